package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

var testSlot = &workshop.ManagerSlot{
	Cues:    []string{"our fortnightly one-to-one*"},
	Ask:     "Ask {manager} for a standing slot, and at the first one agree",
	Have:    "At our next one-to-one, agree with {manager}",
	Support: "at the standing slot I ask {first} for",
}

func slotPlan() (*workshop.Content, *workshop.Answers, []workshop.FocusArea) {
	c := &workshop.Content{ManagerSlot: testSlot}
	a := workshop.NewAnswers("x", today)
	a.Participant.Manager = "Ada Moss"
	focus := []workshop.FocusArea{
		{FirstStep: "Ask Ada Moss for a standing slot, and at the first one agree how we handle late news.", Support: "Ada Moss, " + managerMeeting + ": we look at my progress."},
		{FirstStep: "Book an hour with the team.", Support: "A peer lead, once a month."},
	}
	return c, a, focus
}

// A first step that asks my manager for a slot is met at that slot, not
// at a one-to-one the plan only assumed.
func TestTheSupportLineMeetsAtTheSlotTheFirstStepAsksFor(t *testing.T) {
	c, a, focus := slotPlan()
	meetManager(c, a, focus)
	if got := focus[0].Support; !strings.HasPrefix(got, "Ada Moss, at the standing slot I ask Ada for: ") || strings.Contains(got, managerMeeting) {
		t.Errorf("support %q", got)
	}
	if !strings.HasPrefix(focus[0].FirstStep, "Ask Ada Moss for a standing slot") {
		t.Errorf("the ask changed with no one-to-one in the answers: %q", focus[0].FirstStep)
	}
}

// When my answers say my manager and I already meet one to one, the
// first step uses that meeting instead of asking for one.
func TestAOneToOneMyAnswersNameIsUsedNotAskedFor(t *testing.T) {
	for name, say := range map[string]func(a *workshop.Answers){
		"a row about the manager": func(a *workshop.Answers) {
			a.Delegations = []workshop.DelegationRow{{What: "Telling Ada when a date slips", Owner: "Me", Support: "A standing item in our fortnightly one-to-one"}}
		},
		"a sentence naming the manager": func(a *workshop.Answers) {
			a.Reflections["r1"] = "Ada and I talk in our fortnightly one-to-one, but never about dates."
		},
	} {
		c, a, focus := slotPlan()
		say(a)
		meetManager(c, a, focus)
		if got := focus[0].FirstStep; got != "At our next one-to-one, agree with Ada Moss how we handle late news." {
			t.Errorf("%s: first step %q", name, got)
		}
		if !strings.Contains(focus[0].Support, managerMeeting) {
			t.Errorf("%s: support %q", name, focus[0].Support)
		}
	}
	c, a, focus := slotPlan()
	a.Reflections["r1"] = "I hold our fortnightly one-to-ones with the team."
	meetManager(c, a, focus)
	if !strings.HasPrefix(focus[0].FirstStep, "Ask Ada Moss") {
		t.Errorf("a one-to-one that is not with the manager counted: %q", focus[0].FirstStep)
	}
}
