package workshop

import "testing"

func TestNewPlan(t *testing.T) {
	c := fixture(t)
	p := NewPlan(c, []Suggestion{{Skill: "sk.y", Title: "Skill sk.y", Why: "gap"}, {Title: "Custom"}}, day)
	if len(p.Focus) != 2 {
		t.Fatalf("focus areas: %d, want 2", len(p.Focus))
	}
	f := p.Focus[0]
	for _, k := range Kinds {
		if got := f.ActionsOf(k); len(got) != 1 {
			t.Errorf("kind %s: %d actions, want the skill's 1", k, len(got))
		}
	}
	if f.FirstStepDate != "2026-11-29" || p.Reviews[2] != "2027-02-20" {
		t.Errorf("dates: first step %s, last review %s", f.FirstStepDate, p.Reviews[2])
	}
	if len(p.Focus[1].Actions) != 0 || p.Focus[1].Support != DefaultSupport {
		t.Errorf("custom focus area: %+v", p.Focus[1])
	}
}

func TestCloneIsDeep(t *testing.T) {
	c := fixture(t)
	a := answered(c, 2)
	a.Delegations = []DelegationRow{{What: "w"}}
	a.Plan = NewPlan(c, []Suggestion{{Skill: "sk.x"}}, day)
	b := a.Clone()
	b.Ratings["a.1"] = 5
	b.Delegations[0].What = "changed"
	b.Plan.Focus[0].Actions[0].Text = "changed"
	b.Plan.Reviews[0] = "changed"
	if a.Ratings["a.1"] != 2 || a.Delegations[0].What != "w" || a.Plan.Focus[0].Actions[0].Text == "changed" || a.Plan.Reviews[0] == "changed" {
		t.Error("changing the clone changed the original")
	}
}

func TestFileStem(t *testing.T) {
	for name, want := range map[string]string{
		"Zoë Müller":       "Zoë-Müller",
		"../../etc/passwd": "etc-passwd",
		"":                 "participant",
		"  ***  ":          "participant",
		"Łukasz Żółć (IT)": "Łukasz-Żółć-IT",
		"a\x00b/c\\d:e":    "a-b-c-d-e",
	} {
		if got := (Participant{Name: name}).FileStem(); got != want {
			t.Errorf("FileStem(%q) = %q, want %q", name, got, want)
		}
	}
}
