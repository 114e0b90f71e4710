package workshop

import (
	"fmt"
	"time"
)

// DateLayout is the layout of every date a participant enters.
const DateLayout = "2006-01-02"

// Plan is the participant's personal action plan.
type Plan struct {
	Focus   []FocusArea `json:"focus"`
	Day30   string      `json:"day30"`
	Day60   string      `json:"day60"`
	Day90   string      `json:"day90"`
	Reviews []string    `json:"reviews"` // review dates, YYYY-MM-DD
}

// FocusArea is one development focus of the plan.
type FocusArea struct {
	Skill         string       `json:"skill"` // skill ID, empty for a custom focus
	Title         string       `json:"title"`
	Why           string       `json:"why"`
	Goal          Goal         `json:"goal"`
	Actions       []PlanAction `json:"actions"`
	Measure       string       `json:"measure"`
	Support       string       `json:"support"`
	FirstStep     string       `json:"firstStep"`
	FirstStepDate string       `json:"firstStepDate"`
}

// Goal is a SMART goal, one field per letter.
type Goal struct {
	Specific   string `json:"specific"`
	Measurable string `json:"measurable"`
	Achievable string `json:"achievable"`
	Relevant   string `json:"relevant"`
	TimeBound  string `json:"timeBound"`
}

// PlanAction is a development action in the plan.
type PlanAction struct {
	Text string `json:"text"`
	Kind Kind   `json:"kind"`
}

// MaxFocus is the largest number of focus areas a plan holds.
const MaxFocus = 3

// DefaultSupport is the support line a new focus area starts with.
const DefaultSupport = "A mentor or coach, plus a monthly check-in with my manager"

// NewPlan starts a plan from the suggested focus areas: each carries the
// skill's suggested actions; dates are set relative to start.
func NewPlan(c *Content, suggestions []Suggestion, start time.Time) *Plan {
	p := &Plan{Reviews: []string{
		start.AddDate(0, 0, 30).Format(DateLayout),
		start.AddDate(0, 0, 60).Format(DateLayout),
		start.AddDate(0, 0, 90).Format(DateLayout),
	}}
	for _, s := range suggestions {
		p.Focus = append(p.Focus, NewFocusArea(c, s, start))
	}
	return p
}

// NewFocusArea turns a suggestion into an editable focus area.
func NewFocusArea(c *Content, s Suggestion, start time.Time) FocusArea {
	f := FocusArea{
		Skill:         s.Skill,
		Title:         s.Title,
		Why:           s.Why,
		Support:       DefaultSupport,
		FirstStepDate: start.AddDate(0, 0, 7).Format(DateLayout),
	}
	f.Goal.TimeBound = "Within 90 days, by " + start.AddDate(0, 0, 90).Format(DateLayout)
	if sk := c.Skill(s.Skill); sk != nil {
		for _, a := range sk.Actions {
			f.Actions = append(f.Actions, PlanAction{Text: a.Text, Kind: a.Kind})
		}
	}
	return f
}

// ActionsOf returns the focus area's actions of one 70-20-10 kind.
func (f FocusArea) ActionsOf(k Kind) []PlanAction {
	var out []PlanAction
	for _, a := range f.Actions {
		if a.Kind == k {
			out = append(out, a)
		}
	}
	return out
}

// ParseDate parses a YYYY-MM-DD date, naming the field on error.
func ParseDate(field, s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return t, fmt.Errorf("%s: %q is not a date like 2026-12-31", field, s)
	}
	return t, nil
}
