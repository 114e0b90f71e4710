package workshop

import (
	"testing"
	"time"
)

// TestDigest: the digest follows the exercises' answers and nothing else,
// so a plan is drafted again only when an answer changed.
func TestDigest(t *testing.T) {
	start := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	a := NewAnswers("builtin", start)
	a.Ratings["x.1"] = 3
	before := a.Digest()
	a.Plan, a.Step, a.Share, a.Updated = &Plan{Shift: "mine"}, StepPlan, true, start.Add(time.Hour)
	if a.Digest() != before {
		t.Error("the digest changed with the plan, step, sharing or time")
	}
	for name, change := range map[string]func(){
		"a rating":       func() { a.Ratings["x.1"] = 4 },
		"a week's count": func() { a.Week.Counts = map[Source]int{SourceEscalations: 18} },
		"a row":          func() { a.Delegations = append(a.Delegations, NewDelegationRow()) },
	} {
		prev := a.Digest()
		change()
		if a.Digest() == prev {
			t.Errorf("the digest did not change with %s", name)
		}
	}
}

// TestMarkEdited: a field is recorded once, on the plan or its area.
func TestMarkEdited(t *testing.T) {
	var p Plan
	p.MarkEdited(PlanShift)
	p.MarkEdited(PlanShift)
	if len(p.Edited) != 1 || !p.IsEdited(PlanShift) || p.IsEdited(PlanDay30) {
		t.Errorf("plan edited = %q", p.Edited)
	}
	var f FocusArea
	f.MarkEdited(AreaAction + string(Experience))
	if !f.IsEdited("action70") || f.IsEdited(AreaTitle) {
		t.Errorf("area edited = %q", f.Edited)
	}
}
