package workshop

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
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
	case StepDelegate:
		if n := len(a.filledDelegations()); n < c.Delegation.MinRow {
			out = append(out, fmt.Sprintf("at least %d things that land on you, each with who could own it", c.Delegation.MinRow))
		}
	case StepPlan:
		out = append(out, a.planMissing()...)
	}
	return out
}

func (a *Answers) filledDelegations() []DelegationRow {
	var out []DelegationRow
	for _, r := range a.Delegations {
		if strings.TrimSpace(r.What) != "" && strings.TrimSpace(r.Owner) != "" {
			out = append(out, r)
		}
	}
	return out
}

func (a *Answers) planMissing() []string {
	if a.Plan == nil || len(a.Plan.Focus) == 0 {
		return []string{"at least one focus area"}
	}
	var out []string
	for i, f := range a.Plan.Focus {
		name := fmt.Sprintf("focus area %d", i+1)
		if strings.TrimSpace(f.Title) == "" {
			out = append(out, name+": a title")
		}
		if strings.TrimSpace(f.Goal.Specific) == "" {
			out = append(out, name+": the specific goal")
		}
		if strings.TrimSpace(f.FirstStep) == "" {
			out = append(out, name+": a first step")
		}
		if _, err := ParseDate(name+": first step date", f.FirstStepDate); err != nil {
			out = append(out, err.Error())
		}
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
		StepCheckIn:  old.Participant == new.Participant,
		StepAssess:   maps.Equal(old.Ratings, new.Ratings) && maps.Equal(old.Reflections, new.Reflections),
		StepExpect:   maps.Equal(old.Expectations, new.Expectations),
		StepSkills:   maps.Equal(old.Skills, new.Skills),
		StepDelegate: slices.Equal(old.Delegations, new.Delegations),
		StepPlan:     reflect.DeepEqual(old.Plan, new.Plan),
	}
	for _, st := range exerciseSteps {
		if !same[st] {
			out = append(out, st)
		}
	}
	return out
}
