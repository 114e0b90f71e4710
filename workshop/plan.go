package workshop

import (
	"fmt"
	"strings"
	"time"
)

// DateLayout is the layout dates are stored in.
const DateLayout = "2006-01-02"

// LongDate is how dates are written for people: "5 March 2027".
const LongDate = "2 January 2006"

// Plan is the participant's personal development plan for 90 days.
type Plan struct {
	Shift string `json:"shift"` // the shift I am making, from → to
	// Note is what the plan says about itself when it chooses no focus:
	// the answers are to be talked through first, or nothing stands out.
	Note      string      `json:"note,omitempty"`
	Strengths []string    `json:"strengths,omitempty"`
	Focus     []FocusArea `json:"focus"`
	StopDoing []string    `json:"stopDoing,omitempty"`
	Day30     string      `json:"day30"`
	Day60     string      `json:"day60"`
	Day90     string      `json:"day90"`
	Obstacles []Obstacle  `json:"obstacles,omitempty"`
	Manager   string      `json:"manager,omitempty"` // what my manager commits to
	Talk      []string    `json:"talk,omitempty"`    // answers to talk through with a coach or manager
	Reviews   []string    `json:"reviews"`           // review dates, YYYY-MM-DD
	// ManagerTalk is the day of the plan conversation with my manager
	// (YYYY-MM-DD), once agreed; empty until then.
	ManagerTalk string `json:"managerTalk,omitempty"`
	// Buddy is my accountability buddy's name, and BuddyCheckIn the day
	// of our first check-in (YYYY-MM-DD); both empty without a buddy.
	Buddy        string `json:"buddy,omitempty"`
	BuddyCheckIn string `json:"buddyCheckIn,omitempty"`
	// Edited lists the plan's fields the person has written themselves
	// (the Plan* field names), which a redraft keeps; DraftedFrom is the
	// Digest of the answers the rest was drafted from (see planedits.go).
	Edited      []string `json:"edited,omitempty"`
	DraftedFrom string   `json:"draftedFrom,omitempty"`
}

// FocusArea is one development focus of the plan.
type FocusArea struct {
	Skill string `json:"skill"` // skill or role focus ID; empty for a custom focus
	// Under is set when the focus is taught the other way: stepping in
	// too rarely rather than too often.
	Under bool `json:"under,omitempty"`
	// Turn names the side of the skill the focus is taught from, when
	// the pack has more than one (workshop.Turn); empty for the usual.
	Turn          string       `json:"turn,omitempty"`
	Title         string       `json:"title"`
	Why           string       `json:"why"`
	Current       int          `json:"current,omitempty"` // skill level today, 0 when not a skill
	Target        int          `json:"target,omitempty"`  // skill level aimed at in 90 days
	Goal          Goal         `json:"goal"`
	Actions       []PlanAction `json:"actions"`
	IfThen        string       `json:"ifThen,omitempty"`
	Support       string       `json:"support"`
	FirstStep     string       `json:"firstStep"`
	FirstStepDate string       `json:"firstStepDate"`
	// Measure is the separate success measure of version 1 files; it is
	// moved into Goal.Measurable when a file is opened.
	Measure string `json:"measure,omitempty"`
	// Edited lists the area's fields the person has written themselves
	// (the Area* field names), which a redraft keeps.
	Edited []string `json:"edited,omitempty"`
}

// Goal is a SMART goal: specific, measured by an indicator with a baseline
// and a target, achievable, relevant, and due by a date.
type Goal struct {
	Specific   string `json:"specific"`
	Measurable string `json:"measurable"` // the indicator
	Baseline   string `json:"baseline,omitempty"`
	Target     string `json:"target,omitempty"`
	// Tally is set when today's number was not known when the plan was
	// drafted: the first weeks' tally, from the first step, is the
	// baseline, and the goal is whole without one.
	Tally bool `json:"tally,omitempty"`
	// Own is set when the measure is the person's own count, drafted
	// from their words ("Reopened tickets a week"): the milestones count
	// it again from the first step.
	Own        bool   `json:"own,omitempty"`
	Achievable string `json:"achievable"`
	Relevant   string `json:"relevant"`
	By         string `json:"by,omitempty"` // YYYY-MM-DD
	// TimeBound is the free-text deadline of version 1 files; opened files
	// keep it until By is set.
	TimeBound string `json:"timeBound,omitempty"`
}

// Obstacle is something likely to get in the way, and how I will handle it.
type Obstacle struct {
	Obstacle string `json:"obstacle"`
	Response string `json:"response"`
}

// PlanAction is a development action in the plan.
type PlanAction struct {
	Text string `json:"text"`
	Kind Kind   `json:"kind"`
}

// MaxFocus is the largest number of focus areas a plan holds: two are
// suggested, the participant may add a third.
const MaxFocus = 3

// MaxSuggested is the number of focus areas the analysis suggests at most.
const MaxSuggested = 2

// StepDated reports whether the first step still needs its date said
// after it: it has one, and the step's text does not name it already
// ("Decide by 8 December 2026 who takes over …").
func (f FocusArea) StepDated() bool {
	return f.FirstStepDate != "" && !strings.Contains(f.FirstStep, Long(f.FirstStepDate))
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

// ParseDate parses a stored date, naming the field on error.
func ParseDate(field, s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return t, fmt.Errorf("%s: %q is not a date like 2026-12-31", field, s)
	}
	return t, nil
}

// dateForms are the ways people write a date that ReadDate accepts, day
// before month where the order could be read both ways.
var dateForms = []string{DateLayout, "2 January 2006", "2 Jan 2006", "January 2, 2006", "Jan 2, 2006", "2/1/2006", "2.1.2006", "2-1-2006"}

// ReadDate reads a date as people type it ("2026-12-01", "1 December
// 2026", "1/12/2026", "December 1, 2026") and returns it stored as
// YYYY-MM-DD.
func ReadDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range dateForms {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(DateLayout), nil
		}
	}
	return "", fmt.Errorf("%q is not a date like 5 March 2027", s)
}

// Long writes a stored date in long form ("5 March 2027"); text that is
// not a date is returned as it is.
func Long(date string) string {
	t, err := time.Parse(DateLayout, date)
	if err != nil {
		return date
	}
	return t.Format(LongDate)
}
