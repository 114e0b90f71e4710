package journey

import (
	"testing"
	"time"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

func TestCheckInGolden(t *testing.T) {
	j, sh := newTestJourney(t, t.TempDir())
	if j.s.Answers.Step != workshop.StepCheckIn {
		t.Fatalf("a new journey opens on %s", j.s.Answers.Step)
	}
	uitest.AssertGolden(t, "checkin", sh.win)
}

func TestPlanEditorGolden(t *testing.T) {
	j, sh := newTestJourney(t, t.TempDir())
	a, err := storage.ReadAnswers("../../docs/examples/answers.json")
	if err != nil {
		t.Fatal(err)
	}
	a.Plan = nil // the editor starts from the suggestions
	j.s.Answers = a
	j.s.Now = func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }
	j.show(workshop.StepPlan)
	if _, ok := j.current.(*planScreen); !ok || len(a.Plan.Focus) == 0 {
		t.Fatalf("showing the plan: %T with %d focus areas", j.current, len(a.Plan.Focus))
	}
	uitest.AssertGolden(t, "plan", sh.win)
}
