package analysis

import (
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// Goals drawn from priorities are drafted after the priorities are
// agreed, and the step says so; the count it started keeps its date.
func TestAStepThatStartsFromAnAgreementIsDatedAfterIt(t *testing.T) {
	c := &workshop.Content{Skills: []workshop.Skill{
		{ID: "sk.up", Stories: []workshop.Story{{Cues: []string{"nobody told me"}, Measure: "Priorities agreed with {manager}", MeasureAny: "Priorities agreed with {manager}",
			Feeds: &workshop.Feeds{Skill: "sk.goals", FirstStep: "Once {manager} and I have agreed the priorities ({when}), draft the goals from them", Slot: 0}}}},
		{ID: "sk.goals"},
	}}
	a := workshop.NewAnswers("x", today)
	a.Participant.Manager = "Ada Moss"
	a.Reflections["r1"] = "Nobody told me what matters this year."
	focus := []workshop.FocusArea{
		{Skill: "sk.up", Goal: workshop.Goal{Measurable: "Priorities agreed with Ada Moss"}, FirstStepDate: day(today, 7)},
		{Skill: "sk.goals", FirstStep: "Book an hour with the team. From today I log my hours for one week.", FirstStepDate: day(today, 14)},
	}
	startFromAgreement(c, a, focus, today)
	agreed := day(today, 30)
	want := "Once Ada Moss and I have agreed the priorities (by " + workshop.Long(agreed) + "), draft the goals from them. Meanwhile, from " + workshop.Long(day(today, 14)) + ", I log my hours for one week."
	if focus[1].FirstStep != want {
		t.Errorf("first step %q, want %q", focus[1].FirstStep, want)
	}
	if focus[1].FirstStepDate <= agreed {
		t.Errorf("dated %s, not after the agreement on %s", focus[1].FirstStepDate, agreed)
	}
	// Without the agreement in the plan, the step stays as it was.
	focus[0].Goal.Measurable = "Something else"
	focus[1].FirstStep, focus[1].FirstStepDate = "Book an hour with the team.", day(today, 14)
	startFromAgreement(c, a, focus, today)
	if focus[1].FirstStep != "Book an hour with the team." || focus[1].FirstStepDate != day(today, 14) {
		t.Errorf("moved without the agreement: %+v", focus[1])
	}
}
