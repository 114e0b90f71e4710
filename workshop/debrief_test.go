package workshop

import (
	"errors"
	"testing"
)

func debriefFor(s Step) Debrief {
	return Debrief{Step: s, Seed: "seed.txt", Question: "Q " + string(s), Say: "Say", Ask: []string{"Ask"}, Watch: []string{"Watch"}}
}

func TestDebriefOfAPhaseIsItsFirstStepWithOne(t *testing.T) {
	c := &Content{Debriefs: []Debrief{debriefFor(StepAlign), debriefFor(StepCheckIn), debriefFor(StepPlan)}}
	for _, tt := range []struct {
		steps []Step
		want  string
	}{
		{[]Step{StepCheckIn}, "Q checkin"},
		{[]Step{StepExpect, StepAlign}, "Q align"}, // the second step has the debrief
		{[]Step{StepPlan, StepFinish}, "Q plan"},
		{[]Step{StepSkills, StepGaps}, ""}, // none: the pack has no debrief here
	} {
		got := ""
		if d := c.Debrief(Phase{Steps: tt.steps}); d != nil {
			got = d.Question
		}
		if got != tt.want {
			t.Errorf("phase %v: debrief %q, want %q", tt.steps, got, tt.want)
		}
	}
}

func TestValidateBrokenDebriefs(t *testing.T) {
	tests := []struct {
		name      string
		break_    func(d *Debrief)
		wantItem  string
		wantField string
	}{
		{"unknown step", func(d *Debrief) { d.Step = "lunch" }, "debrief.lunch", "step"},
		{"no question", func(d *Debrief) { d.Question = " " }, "debrief.plan", "question"},
		{"no seed", func(d *Debrief) { d.Seed = "" }, "debrief.plan", "seed"},
		{"nothing to say", func(d *Debrief) { d.Say = "" }, "debrief.plan", "say"},
		{"nothing to ask", func(d *Debrief) { d.Ask = nil }, "debrief.plan", "ask"},
		{"an empty question to ask", func(d *Debrief) { d.Ask = []string{"a", ""} }, "debrief.plan", "ask[1]"},
		{"nothing to watch", func(d *Debrief) { d.Watch = nil }, "debrief.plan", "watch"},
		{"second debrief of a step", func(d *Debrief) { d.Step = StepCheckIn }, "debrief.checkin", "step"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := fixture(t)
			c.Debriefs = []Debrief{debriefFor(StepCheckIn), debriefFor(StepPlan)}
			if err := c.Validate(); err != nil {
				t.Fatalf("valid debriefs: %v", err)
			}
			tt.break_(&c.Debriefs[1])
			var fe *FieldError
			if err := c.Validate(); !errors.As(err, &fe) {
				t.Fatalf("Validate() = %v, want a *FieldError", err)
			}
			if fe.ItemID != tt.wantItem || fe.Field != tt.wantField {
				t.Errorf("error names item %q field %q, want item %q field %q (%v)", fe.ItemID, fe.Field, tt.wantItem, tt.wantField, fe)
			}
		})
	}
}
