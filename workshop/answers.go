package workshop

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
)

// AnswersFormat and AnswersVersion identify an answers file.
const (
	AnswersFormat  = "leadshift.answers"
	AnswersVersion = 1
)

// LeadershipTimes are the check-in choices for time in leadership.
var LeadershipTimes = []string{"Not yet", "Less than 1 year", "1 to 3 years", "More than 3 years"}

// Answers is everything one participant has entered. It is the unit that is
// autosaved, exported and turned into a plan.
type Answers struct {
	Format       string               `json:"format"`
	Version      int                  `json:"version"`
	ID           string               `json:"id"`
	ContentID    string               `json:"contentId"`
	Created      time.Time            `json:"created"`
	Updated      time.Time            `json:"updated"`
	Step         Step                 `json:"step"`
	Participant  Participant          `json:"participant"`
	Ratings      map[string]int       `json:"ratings"`
	Reflections  map[string]string    `json:"reflections"`
	Expectations map[string]Pair      `json:"expectations"`
	Skills       map[string]SkillRate `json:"skills"`
	Delegations  []DelegationRow      `json:"delegations"`
	Plan         *Plan                `json:"plan,omitempty"`
	// Share is the participant's consent, in a live workshop, to the
	// facilitator receiving these answers' plan for printing. It travels
	// with the answers, so the room always has the choice that goes with
	// the newest answers. False by default.
	Share bool `json:"share,omitempty"`
}

// Participant is the check-in.
type Participant struct {
	Name           string `json:"name"`
	Role           string `json:"role"`
	TeamSize       int    `json:"teamSize"`
	LeadershipTime string `json:"leadershipTime"`
	Manager        string `json:"manager"`
}

// Pair is an expectation rated twice, 1..Scale each; 0 means not rated.
type Pair struct {
	Me  int `json:"me"`
	Org int `json:"org"`
}

// SkillRate is a skill's current level and its importance for my role,
// 1..Scale each; 0 means not rated.
type SkillRate struct {
	Current    int `json:"current"`
	Importance int `json:"importance"`
}

// DelegationRow is one line of the delegation map.
type DelegationRow struct {
	ID      string `json:"id"`
	What    string `json:"what"`
	Type    string `json:"type"`
	Owner   string `json:"owner"`
	Support string `json:"support"`
	By      string `json:"by"` // YYYY-MM-DD or empty
}

// NewAnswers starts an empty answers record for the given content pack.
func NewAnswers(contentID string, now time.Time) *Answers {
	return &Answers{
		Format:       AnswersFormat,
		Version:      AnswersVersion,
		ID:           uuid.NewString(),
		ContentID:    contentID,
		Created:      now.UTC(),
		Updated:      now.UTC(),
		Step:         StepCheckIn,
		Ratings:      map[string]int{},
		Reflections:  map[string]string{},
		Expectations: map[string]Pair{},
		Skills:       map[string]SkillRate{},
	}
}

// NewDelegationRow returns an empty delegation row with a fresh ID.
func NewDelegationRow() DelegationRow {
	return DelegationRow{ID: uuid.NewString()}
}

// ensureMaps makes the maps of a decoded record writable.
func (a *Answers) ensureMaps() {
	if a.Ratings == nil {
		a.Ratings = map[string]int{}
	}
	if a.Reflections == nil {
		a.Reflections = map[string]string{}
	}
	if a.Expectations == nil {
		a.Expectations = map[string]Pair{}
	}
	if a.Skills == nil {
		a.Skills = map[string]SkillRate{}
	}
}

// Clone returns a deep copy, safe to hand to another goroutine.
func (a *Answers) Clone() *Answers {
	c := *a
	c.Ratings = maps.Clone(a.Ratings)
	c.Reflections = maps.Clone(a.Reflections)
	c.Expectations = maps.Clone(a.Expectations)
	c.Skills = maps.Clone(a.Skills)
	c.Delegations = slices.Clone(a.Delegations)
	if a.Plan != nil {
		p := *a.Plan
		p.Reviews = slices.Clone(a.Plan.Reviews)
		p.Focus = slices.Clone(a.Plan.Focus)
		for i := range p.Focus {
			p.Focus[i].Actions = slices.Clone(p.Focus[i].Actions)
		}
		c.Plan = &p
	}
	return &c
}

var unsafeFileChars = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// FileStem turns the participant's name into a safe file name stem: letters
// and digits joined by dashes, at most 60 characters, "participant" if empty.
func (p Participant) FileStem() string {
	stem := strings.Trim(unsafeFileChars.ReplaceAllString(p.Name, "-"), "-")
	if r := []rune(stem); len(r) > 60 {
		stem = strings.TrimRight(string(r[:60]), "-")
	}
	if stem == "" {
		stem = "participant"
	}
	return stem
}
