package workshop

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"time"
)

// Step is one stop of the workshop journey.
type Step string

// The journey's steps, in order.
const (
	StepCheckIn  Step = "checkin"
	StepAssess   Step = "assess"
	StepProfile  Step = "profile"
	StepExpect   Step = "expect"
	StepAlign    Step = "align"
	StepSkills   Step = "skills"
	StepGaps     Step = "gaps"
	StepDelegate Step = "delegate"
	StepPlan     Step = "plan"
	StepFinish   Step = "finish"
)

// Steps lists the journey in order.
var Steps = []Step{StepCheckIn, StepAssess, StepProfile, StepExpect, StepAlign,
	StepSkills, StepGaps, StepDelegate, StepPlan, StepFinish}

var stepTitles = map[Step]string{
	StepCheckIn:  "Check-in",
	StepAssess:   "Self-assessment",
	StepProfile:  "Readiness profile",
	StepExpect:   "Expectations",
	StepAlign:    "Mismatches",
	StepSkills:   "Skills",
	StepGaps:     "Skill gaps",
	StepDelegate: "Delegation map",
	StepPlan:     "Action plan",
	StepFinish:   "Take it home",
}

// Title names the step for people.
func (s Step) Title() string { return stepTitles[s] }

// Index is the step's position in Steps, or -1 for an unknown step.
func (s Step) Index() int {
	for i, x := range Steps {
		if x == s {
			return i
		}
	}
	return -1
}

// Missing lists, in words for the participant, what must still be answered
// before leaving step s. An empty list means the step is complete.
func (a *Answers) Missing(c *Content, s Step) []string {
	var out []string
	switch s {
	case StepCheckIn:
		if strings.TrimSpace(a.Participant.Name) == "" {
			out = append(out, "your name or an alias")
		}
		if strings.TrimSpace(a.Participant.Role) == "" {
			out = append(out, "your role")
		}
	case StepAssess:
		if n := countMissing(c.items(), func(id string) bool { return a.Ratings[id] != 0 }); n > 0 {
			out = append(out, plural(n, "statement", "statements")+" to rate")
		}
	case StepExpect:
		if n := countMissing(c.expectationIDs(), func(id string) bool {
			p := a.Expectations[id]
			return p.Me != 0 && p.Org != 0
		}); n > 0 {
			out = append(out, plural(n, "expectation", "expectations")+" to rate twice")
		}
	case StepSkills:
		if n := countMissing(c.skillIDs(), func(id string) bool {
			r := a.Skills[id]
			return r.Current != 0 && r.Importance != 0
		}); n > 0 {
			out = append(out, plural(n, "skill", "skills")+" to rate for level and importance")
		}
	case StepDelegate: // a short map is advice (RowsShort), never a lock
		if a.Week.Today.Total() == 0 {
			out = append(out, "the hours of your week today")
		}
		if n := countMissing(sourceNames(CountSources), func(id string) bool { _, ok := a.Week.Counts[Source(id)]; return ok }); n > 0 {
			out = append(out, plural(n, "count", "counts")+" of your week")
		}
	case StepPlan:
		out = append(out, a.planMissing()...)
	}
	return out
}

// FilledRows returns the rows of the delegation map that name what and who.
func (a *Answers) FilledRows() []DelegationRow {
	var out []DelegationRow
	for _, r := range a.Delegations {
		if strings.TrimSpace(r.What) != "" && strings.TrimSpace(r.Owner) != "" {
			out = append(out, r)
		}
	}
	return out
}

func (a *Answers) planMissing() []string {
	if a.Plan == nil || len(a.Plan.Focus) == 0 && a.Plan.Note == "" {
		return []string{"at least one focus area"}
	}
	var out []string
	for i, f := range a.Plan.Focus {
		out = append(out, f.Missing(fmt.Sprintf("Focus area %d", i+1))...)
	}
	return out
}

// Missing lists what keeps the focus area from being a SMART goal, each
// as a sentence that starts with name (see Problems).
func (f FocusArea) Missing(name string) []string {
	var out []string
	for _, p := range f.Problems() {
		out = append(out, name+": "+lowerFirst(p.Text))
	}
	return out
}

// Problems lists, field by field, what keeps the focus area from being a
// SMART goal: specific, measurable with a baseline and a target, and a
// first step with a date.
func (f FocusArea) Problems() []Problem {
	var out []Problem
	say := func(field, s string) { out = append(out, Problem{Field: field, Text: s}) }
	if strings.TrimSpace(f.Title) == "" {
		say(AreaTitle, "Give it a title.")
	}
	switch spec := strings.TrimSpace(f.Goal.Specific); {
	case spec == "":
		say(AreaSpecific, "Write the specific goal: what you will do differently.")
	case len(strings.Fields(spec)) < 6 && !strings.ContainsAny(spec, "0123456789"):
		say(AreaSpecific, "Make the goal specific: say what you will do, with whom or how often (at least six words).")
	}
	if strings.TrimSpace(f.Goal.Measurable) == "" {
		say(AreaMeasurable, "Name what you will count to see progress.")
	}
	if !hasNumber(f.Goal.Baseline) && !(f.Goal.Tally && strings.TrimSpace(f.Goal.Baseline) == "") {
		say(AreaBaseline, "Give the baseline as a number: where you are today.")
	}
	if !hasNumber(f.Goal.Target) && !(f.Goal.Tally && strings.TrimSpace(f.Goal.Target) == "") {
		say(AreaTarget, "Give the target as a number: where you want to be by the end.")
	}
	if strings.TrimSpace(f.FirstStep) == "" {
		say(AreaFirstStep, "Write a first step you can take this week.")
	}
	if _, err := time.Parse(DateLayout, f.FirstStepDate); err != nil {
		say(AreaFirstStepDate, "Give the first step a date.")
	}
	return out
}

// lowerFirst starts s with a small letter.
func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

func hasNumber(s string) bool { return strings.ContainsAny(s, "0123456789") }

func sourceNames(ss []Source) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = string(s)
	}
	return out
}

func countMissing(ids []string, answered func(string) bool) int {
	n := 0
	for _, id := range ids {
		if !answered(id) {
			n++
		}
	}
	return n
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// ChangedSteps lists the exercise steps whose answers differ between old
// and new, in journey order. Empty and missing answers count as equal.
func ChangedSteps(old, new *Answers) []Step {
	var out []Step
	same := map[Step]bool{
		StepCheckIn:  old.Participant.Same(new.Participant),
		StepAssess:   maps.Equal(old.Ratings, new.Ratings) && maps.Equal(old.Reflections, new.Reflections) && maps.EqualFunc(old.Tags, new.Tags, slices.Equal),
		StepExpect:   maps.Equal(old.Expectations, new.Expectations),
		StepSkills:   maps.Equal(old.Skills, new.Skills),
		StepDelegate: slices.EqualFunc(old.Delegations, new.Delegations, sameRow) && reflect.DeepEqual(old.Week, new.Week),
		StepPlan:     reflect.DeepEqual(old.Plan, new.Plan),
	}
	for _, st := range exerciseSteps {
		if !same[st] {
			out = append(out, st)
		}
	}
	return out
}
