package manager

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/google/uuid"
	"github.com/leadshift/leadshift/workshop"
)

// RequestFormat and RequestVersion identify a manager's request file.
const (
	RequestFormat  = "leadshift.manager-request"
	RequestVersion = 1
)

// Request is what a participant sends their manager: who they are, the
// expectation statements and the skills with their level anchors, the
// core questions, and, only when the participant ticks them in, their own
// ratings. It never carries reflections or the self-assessment.
type Request struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	ID      string `json:"id"`
	// AnswersID is the participant's answers ID: the response is bound to it.
	AnswersID string    `json:"answersId"`
	ContentID string    `json:"contentId"`
	Edition   string    `json:"edition"`
	Created   time.Time `json:"created"`
	Name      string    `json:"name"`
	Role      string    `json:"role"`
	// Statements are the expectation statements, rated by the manager on
	// the participant's scale (workshop.ExpectScale).
	Statements []Statement `json:"statements"`
	// Skills are the skills, each with its level anchors in words.
	Skills []SkillAnchors `json:"skills"`
	// Questions are the core conversation questions for the manager.
	Questions []Question `json:"questions"`
	// SelfSkills is the participant's own level for each skill (skill ID
	// to 1..Scale), present only when they chose to share it.
	SelfSkills map[string]int `json:"selfSkills,omitempty"`
	// SelfExpectations is the participant's own answers to the statements,
	// present only when they chose to share them.
	SelfExpectations map[string]workshop.Pair `json:"selfExpectations,omitempty"`
}

// Statement is an expectation statement as the manager sees it.
type Statement struct {
	ID       string            `json:"id"`
	Text     string            `json:"text"`
	Polarity workshop.Polarity `json:"polarity"`
	// Provides marks statements about what the role gives (pay, status).
	Provides bool `json:"provides,omitempty"`
}

// SkillAnchors is a skill with its level anchors, level 1 first.
type SkillAnchors struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Levels      []string `json:"levels"`
}

// Question is one core conversation question; its ID binds the manager's
// answer to it.
type Question struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Include is what the participant chooses to share beyond the statements
// and skills: nothing, unless ticked in.
type Include struct {
	SkillRatings       bool // my own level of each skill
	ExpectationAnswers bool // my answers to the statements
}

// NewRequest makes a request from the participant's answers a, made on
// content pack c, sharing what inc says.
func NewRequest(c *workshop.Content, a *workshop.Answers, inc Include, now time.Time) (*Request, error) {
	if a.ID == "" {
		return nil, errors.New("these answers have no ID, so a response could not be bound to them")
	}
	r := &Request{Format: RequestFormat, Version: RequestVersion, ID: uuid.NewString(),
		AnswersID: a.ID, ContentID: c.ID, Edition: c.Edition, Created: now.UTC(),
		Name: a.Participant.Name, Role: a.Participant.Role}
	for _, e := range c.Expectations {
		r.Statements = append(r.Statements, Statement{ID: e.ID, Text: e.Statement, Polarity: e.Polarity, Provides: e.Provides})
	}
	for _, s := range c.Skills {
		r.Skills = append(r.Skills, SkillAnchors{ID: s.ID, Name: s.Name, Description: s.Description, Levels: slices.Clone(s.Levels)})
	}
	for i, q := range CoreQuestions(c, a) {
		r.Questions = append(r.Questions, Question{ID: fmt.Sprintf("core-%d", i+1), Text: q})
	}
	if inc.SkillRatings {
		r.SelfSkills = map[string]int{}
		for id, s := range a.Skills {
			if v, ok := workshop.ValidRating(s.Current); ok && c.Skill(id) != nil {
				r.SelfSkills[id] = v
			}
		}
	}
	if inc.ExpectationAnswers {
		r.SelfExpectations = map[string]workshop.Pair{}
		for id, p := range a.Expectations {
			if hasStatement(c, id) && (p.Me != 0 || p.Org != 0) {
				r.SelfExpectations[id] = p
			}
		}
	}
	return r, nil
}

// CoreQuestions are the questions every participant takes to their
// manager: the pack's core questions, or, for someone not leading a team
// yet, those about the step (when the pack has them).
func CoreQuestions(c *workshop.Content, a *workshop.Answers) []string {
	if a.Participant.LeadershipTime == workshop.LeadershipTimes[0] && len(c.CoreQuestionsNotYet) > 0 {
		return slices.Clone(c.CoreQuestionsNotYet)
	}
	return slices.Clone(c.CoreQuestions)
}

// Statement returns the request's statement with the given ID, or nil.
func (r *Request) Statement(id string) *Statement {
	if i := slices.IndexFunc(r.Statements, func(s Statement) bool { return s.ID == id }); i >= 0 {
		return &r.Statements[i]
	}
	return nil
}

// Skill returns the request's skill with the given ID, or nil.
func (r *Request) Skill(id string) *SkillAnchors {
	if i := slices.IndexFunc(r.Skills, func(s SkillAnchors) bool { return s.ID == id }); i >= 0 {
		return &r.Skills[i]
	}
	return nil
}

// DecodeRequest reads and checks a request file.
func DecodeRequest(r io.Reader) (*Request, error) {
	var q Request
	if err := workshop.DecodeDocument(r, &q, RequestFormat, &q.Format); err != nil {
		return nil, err
	}
	if err := q.check(); err != nil {
		return nil, err
	}
	return &q, nil
}

// EncodeRequest writes a request as indented JSON.
func EncodeRequest(w io.Writer, r *Request) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// check enforces what a request must hold to be answered.
func (r *Request) check() error {
	if r.Version != RequestVersion {
		return field("version", fmt.Sprintf("is %d, this LeadShift reads version %d", r.Version, RequestVersion))
	}
	if err := workshop.CheckBounds(r); err != nil {
		return err
	}
	if err := checkIDs(r.ID, r.AnswersID); err != nil {
		return err
	}
	if len(r.Statements) == 0 && len(r.Skills) == 0 {
		return field("statements", "is empty, and so is skills: there is nothing to answer")
	}
	seen := map[string]bool{}
	for i, s := range r.Statements {
		if err := uniqueID(seen, fmt.Sprintf("statements[%d].id", i), s.ID); err != nil {
			return err
		}
		if s.Polarity != workshop.Role && s.Polarity != workshop.Myth {
			return field(fmt.Sprintf("statements[%d].polarity", i), fmt.Sprintf("is %q, want role or myth", s.Polarity))
		}
	}
	for i, s := range r.Skills {
		if err := uniqueID(seen, fmt.Sprintf("skills[%d].id", i), s.ID); err != nil {
			return err
		}
		if len(s.Levels) != workshop.Scale {
			return field(fmt.Sprintf("skills[%d].levels", i), fmt.Sprintf("has %d level anchors, want %d", len(s.Levels), workshop.Scale))
		}
	}
	for i, q := range r.Questions {
		if err := uniqueID(seen, fmt.Sprintf("questions[%d].id", i), q.ID); err != nil {
			return err
		}
	}
	for id, v := range r.SelfSkills {
		if r.Skill(id) == nil || !valid(v) {
			return field("selfSkills", fmt.Sprintf("%q must be one of the request's skills, rated 1 to %d", id, workshop.Scale))
		}
	}
	for id, p := range r.SelfExpectations {
		if r.Statement(id) == nil || !validOrZero(p.Me) || !validOrZero(p.Org) {
			return field("selfExpectations", fmt.Sprintf("%q must be one of the request's statements, rated 1 to %d", id, workshop.Scale))
		}
	}
	return nil
}

// hasStatement reports whether pack c has an expectation statement id.
func hasStatement(c *workshop.Content, id string) bool {
	return slices.ContainsFunc(c.Expectations, func(e workshop.Expectation) bool { return e.ID == id })
}
