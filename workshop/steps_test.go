package workshop

import (
	"strings"
	"testing"
)

func TestMissing(t *testing.T) {
	c := fixture(t)
	empty := NewAnswers(c.ID, today)
	full := answered(c, 3)
	full.Delegations = []DelegationRow{{What: "approve changes", Owner: "Sam", Kind: RowHold}}
	full.Week = Week{Today: Hours{Technical: 30, People: 5}, Counts: map[Source]int{SourceEscalations: 4, SourceWaiting: 0, SourceAfterHours: 2}}
	full.Plan = &Plan{Focus: samplePlan().Focus}

	tests := []struct {
		step  Step
		a     *Answers
		wants []string // substrings of the missing list; none means complete
	}{
		{StepCheckIn, empty, []string{"name", "role"}},
		{StepCheckIn, full, nil},
		{StepAssess, empty, []string{"9 statements"}},
		{StepAssess, full, nil},
		{StepProfile, empty, nil},
		{StepExpect, empty, []string{"3 expectations"}},
		{StepSkills, empty, []string{"3 skills"}},
		{StepDelegate, empty, []string{"hours of your week", "3 counts of your week"}},
		{StepDelegate, full, nil},
		{StepPlan, empty, []string{"at least one focus area"}},
		{StepPlan, full, nil},
	}
	for _, tt := range tests {
		got := tt.a.Missing(c, tt.step)
		if len(tt.wants) == 0 && len(got) > 0 {
			t.Errorf("%s: missing %v, want complete", tt.step, got)
		}
		for _, w := range tt.wants {
			if !strings.Contains(strings.Join(got, "|"), w) {
				t.Errorf("%s: missing %v, want it to mention %q", tt.step, got, w)
			}
		}
	}

	t.Run("half-rated expectation still missing", func(t *testing.T) {
		a := answered(c, 3)
		a.Expectations["e.2"] = Pair{Me: 2}
		if got := a.Missing(c, StepExpect); len(got) != 1 || !strings.HasPrefix(got[0], "1 expectation ") {
			t.Errorf("got %v", got)
		}
	})
	t.Run("a plan that chooses no focus and says why is complete", func(t *testing.T) {
		a := full.Clone()
		a.Plan = &Plan{Note: "Talk it through first."}
		if got := a.Missing(c, StepPlan); len(got) != 0 {
			t.Errorf("got %v", got)
		}
	})
	t.Run("a short delegation map is advice, not a lock", func(t *testing.T) {
		a := full.Clone()
		a.Delegations = []DelegationRow{{What: "approve changes"}}
		if got := a.Missing(c, StepDelegate); len(got) > 0 {
			t.Errorf("a short map blocks the step: %v", got)
		}
		if n := a.RowsShort(c); n != c.Delegation.MinRow {
			t.Errorf("a row without an owner: %d short, want %d", n, c.Delegation.MinRow)
		}
		if n := full.RowsShort(c); n != max(0, c.Delegation.MinRow-1) {
			t.Errorf("one filled row: %d short", n)
		}
	})
	t.Run("bad first step date", func(t *testing.T) {
		a := full.Clone()
		a.Plan.Focus[0].FirstStepDate = "next week"
		if got := a.Missing(c, StepPlan); len(got) != 1 || !strings.Contains(got[0], "first step a date") {
			t.Errorf("got %v", got)
		}
	})
	t.Run("SMART is enforced", func(t *testing.T) {
		for _, tt := range []struct {
			name   string
			change func(f *FocusArea)
			want   string
		}{
			{"vague goal", func(f *FocusArea) { f.Goal.Specific = "Get better at this" }, "make the goal specific"},
			{"no indicator", func(f *FocusArea) { f.Goal.Measurable = " " }, "what you will count"},
			{"no baseline", func(f *FocusArea) { f.Goal.Baseline = "" }, "baseline as a number"},
			{"target in words", func(f *FocusArea) { f.Goal.Target = "fewer" }, "target as a number"},
			{"no first step", func(f *FocusArea) { f.FirstStep = "" }, "first step"},
		} {
			a := full.Clone()
			tt.change(&a.Plan.Focus[0])
			if got := a.Missing(c, StepPlan); len(got) != 1 || !strings.Contains(got[0], tt.want) || !strings.HasPrefix(got[0], "Focus area 1: ") {
				t.Errorf("%s: got %v, want one message with %q", tt.name, got, tt.want)
			}
		}
	})
}

func TestStepIndex(t *testing.T) {
	for i, s := range Steps {
		if s.Index() != i || s.Title() == "" {
			t.Errorf("%s: index %d title %q", s, s.Index(), s.Title())
		}
	}
	if Step("nope").Index() != -1 {
		t.Error("unknown step has an index")
	}
}

func TestChangedSteps(t *testing.T) {
	c := fixture(t)
	a := answered(c, 3)
	if got := ChangedSteps(a, a.Clone()); len(got) != 0 {
		t.Errorf("a copy differs in %v", got)
	}
	if got := ChangedSteps(&Answers{}, NewAnswers(c.ID, today)); len(got) != 0 {
		t.Errorf("missing and empty answers differ in %v", got)
	}
	b := a.Clone()
	b.Ratings["a.1"] = 1
	b.Plan = &Plan{}
	b.Step = StepGaps // moving on is not a change of answers
	if got := ChangedSteps(a, b); len(got) != 2 || got[0] != StepAssess || got[1] != StepPlan {
		t.Errorf("changed %v, want assess and plan", got)
	}
	tagged := a.Clone()
	tagged.Tags = map[string][]string{"p.1": {TagOther}}
	if got := ChangedSteps(a, tagged); len(got) != 1 || got[0] != StepAssess {
		t.Errorf("a reflection tag changed %v, want assess", got)
	}
}
