package manager

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/leadshift/leadshift/workshop"
)

// ResponseFormat and ResponseVersion identify a manager's response file.
const (
	ResponseFormat  = "leadshift.manager-response"
	ResponseVersion = 1
)

// Response is the manager's answer to a Request. It is its own document,
// bound to the request's ID, the participant's answers ID and the content
// edition the request was made on; the participant's LeadShift keeps it
// beside their answers, and the analysis reads it as a second rater.
type Response struct {
	Format    string    `json:"format"`
	Version   int       `json:"version"`
	ID        string    `json:"id"`
	RequestID string    `json:"requestId"`
	AnswersID string    `json:"answersId"`
	ContentID string    `json:"contentId"`
	Edition   string    `json:"edition"`
	Created   time.Time `json:"created"`
	Updated   time.Time `json:"updated"`
	// Manager is the manager's name.
	Manager string `json:"manager"`
	// Expectations is, per statement ID, "what I expect of you in this
	// role", 1..Scale on the scale the participant used.
	Expectations map[string]int `json:"expectations"`
	// Skills is, per skill ID, the level needed in this role and,
	// optionally, where the person is today.
	Skills map[string]SkillView `json:"skills"`
	// Answers holds the manager's answers to the request's questions, by
	// question ID, each with the question as it was asked.
	Answers []Answer `json:"answers"`
	// Commitments are what the manager commits to: time, introductions,
	// budget, a mentor, in the manager's words.
	Commitments []string `json:"commitments"`
}

// SkillView is a manager's view of one skill, 1..Scale; 0 means not rated.
type SkillView struct {
	Needed int `json:"needed"`
	Today  int `json:"today,omitempty"`
}

// Answer is the manager's answer to one question.
type Answer struct {
	ID       string `json:"id"`
	Question string `json:"question"`
	Text     string `json:"text"`
}

// NewResponse starts an empty response to request q.
func NewResponse(q *Request, now time.Time) *Response {
	r := &Response{Format: ResponseFormat, Version: ResponseVersion, ID: uuid.NewString(),
		RequestID: q.ID, AnswersID: q.AnswersID, ContentID: q.ContentID, Edition: q.Edition,
		Created: now.UTC(), Updated: now.UTC(),
		Expectations: map[string]int{}, Skills: map[string]SkillView{}, Commitments: []string{}}
	for _, qu := range q.Questions {
		r.Answers = append(r.Answers, Answer{ID: qu.ID, Question: qu.Text})
	}
	return r
}

// Touch records a change at time now.
func (r *Response) Touch(now time.Time) { r.Updated = now.UTC() }

// Answer returns the answer to question id, or "".
func (r *Response) Answer(id string) string {
	if i := slices.IndexFunc(r.Answers, func(a Answer) bool { return a.ID == id }); i >= 0 {
		return r.Answers[i].Text
	}
	return ""
}

// SetAnswer writes the answer to question id.
func (r *Response) SetAnswer(id, text string) {
	if i := slices.IndexFunc(r.Answers, func(a Answer) bool { return a.ID == id }); i >= 0 {
		r.Answers[i].Text = text
	}
}

// Empty reports whether the manager has answered nothing yet.
func (r *Response) Empty() bool {
	return len(r.Expectations) == 0 && len(r.Skills) == 0 && len(r.Commitments) == 0 &&
		!slices.ContainsFunc(r.Answers, func(a Answer) bool { return strings.TrimSpace(a.Text) != "" })
}

// DecodeResponse reads and checks a response file on its own; Apply
// checks it against the participant's answers.
func DecodeResponse(rd io.Reader) (*Response, error) {
	var r Response
	if err := workshop.DecodeDocument(rd, &r, ResponseFormat, &r.Format); err != nil {
		return nil, err
	}
	if err := r.check(); err != nil {
		return nil, err
	}
	if r.Expectations == nil {
		r.Expectations = map[string]int{}
	}
	if r.Skills == nil {
		r.Skills = map[string]SkillView{}
	}
	return &r, nil
}

// EncodeResponse writes a response as indented JSON.
func EncodeResponse(w io.Writer, r *Response) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// check enforces ranges and sizes on a decoded response.
func (r *Response) check() error {
	if r.Version != ResponseVersion {
		return field("version", fmt.Sprintf("is %d, this LeadShift reads version %d", r.Version, ResponseVersion))
	}
	if err := workshop.CheckBounds(r); err != nil {
		return err
	}
	if err := checkIDs(r.ID, r.AnswersID); err != nil {
		return err
	}
	if _, err := uuid.Parse(r.RequestID); err != nil {
		return field("requestId", "is not a request ID: this response does not say which request it answers")
	}
	for id, v := range r.Expectations {
		if !valid(v) {
			return &workshop.FieldError{ItemID: id, Field: "expectations", Problem: fmt.Sprintf("%d is not 1 to %d", v, workshop.Scale)}
		}
	}
	for id, s := range r.Skills {
		if !validOrZero(s.Needed) || !validOrZero(s.Today) {
			return &workshop.FieldError{ItemID: id, Field: "skills", Problem: fmt.Sprintf("levels must be 1 to %d", workshop.Scale)}
		}
	}
	seen := map[string]bool{}
	for i, a := range r.Answers {
		if err := uniqueID(seen, fmt.Sprintf("answers[%d].id", i), a.ID); err != nil {
			return err
		}
	}
	return nil
}
