package journey

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

func TestLockedExerciseGolden(t *testing.T) {
	_, sh := newTestJourney(t, t.TempDir())
	sh.win.SetContent(lockedView())
	uitest.AssertGolden(t, "locked", sh.win)
}

func TestPagedAssessmentGolden(t *testing.T) {
	j, sh := newTestJourney(t, t.TempDir())
	j.s.Answers.ID = "golden" // the A/B order depends on it
	j.show(workshop.StepAssess)
	uitest.AssertGolden(t, "assess", sh.win)
}

func TestEnterOnTheCheckInGoesOn(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	ci := j.current.(*checkInScreen)
	test.Type(ci.name, "Noor")
	test.Type(ci.role, "Network engineer")
	ci.role.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if _, ok := j.current.(*assessScreen); !ok {
		t.Fatalf("Enter on the check-in: %T, want the self-assessment", j.current)
	}
}

func TestTextThatIsNotANumberIsKeptAndStopsNext(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	ci := j.current.(*checkInScreen)
	test.Type(ci.name, "Noor")
	test.Type(ci.role, "Network engineer")
	test.Type(ci.teamSize, "six-ish")
	test.Tap(j.next)
	if _, ok := j.current.(*checkInScreen); !ok || !strings.Contains(j.problem.Text, `Team size: "six-ish" is not a whole number`) {
		t.Fatalf("after Next: %T, problem %q", j.current, j.problem.Text)
	}
	if ci.teamSize.Text != "six-ish" {
		t.Errorf("the typed text was lost: %q", ci.teamSize.Text)
	}
	ci.teamSize.SetText("6")
	if j.problem.Text != "" {
		t.Errorf("the message stays after the fix: %q", j.problem.Text)
	}
	test.Tap(j.next)
	if _, ok := j.current.(*assessScreen); !ok || j.s.Answers.Participant.TeamSize != 6 {
		t.Fatalf("after the fix: %T, team size %d", j.current, j.s.Answers.Participant.TeamSize)
	}
}

func TestTabLeavesMultiLineFields(t *testing.T) {
	e := widgets.LongText("", "", func(string) {})
	if e.AcceptsTab() {
		t.Error("a multi-line field keeps Tab for itself")
	}
}

func TestRemovedFocusAreaAndRowCanBeBroughtBack(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	j.s.Answers.Delegations = []workshop.DelegationRow{{ID: "r1", What: "Approving changes", Owner: "Priya"}, {ID: "r2", What: "Uptime report", Owner: "Tomás"}}
	j.show(workshop.StepDelegate)
	dl := j.current.(*delegateScreen)
	dl.onRemove("r1")
	if len(j.s.Answers.Delegations) != 1 || len(dl.undo.Objects) == 0 {
		t.Fatalf("after removing: %d rows, undo %v", len(j.s.Answers.Delegations), dl.undo.Objects)
	}
	dl.onUndo()
	if len(j.s.Answers.Delegations) != 2 || j.s.Answers.Delegations[0].ID != "r1" {
		t.Fatalf("after undo: %+v", j.s.Answers.Delegations)
	}

	j.s.Answers.Plan = &workshop.Plan{Focus: []workshop.FocusArea{{Title: "One"}, {Title: "Two"}}}
	j.show(workshop.StepPlan)
	pl := j.current.(*planScreen)
	test.Tap(pl.focus[0].remove)
	if len(j.s.Answers.Plan.Focus) != 1 || j.s.Answers.Plan.Focus[0].Title != "Two" {
		t.Fatalf("after removing: %+v", j.s.Answers.Plan.Focus)
	}
	pl.onUndo()
	if f := j.s.Answers.Plan.Focus; len(f) != 2 || f[0].Title != "One" {
		t.Fatalf("after undo: %+v", f)
	}
}

func TestAnEmptyPlanIsDraftedAgainOnceTheAnswersSaySomething(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	j.show(workshop.StepPlan) // moved ahead with nothing answered
	if len(j.s.Answers.Plan.Focus) != 0 {
		t.Fatalf("a plan from no answers: %+v", j.s.Answers.Plan.Focus)
	}
	a, err := storage.ReadAnswers("../../docs/examples/answers.json")
	if err != nil {
		t.Fatal(err)
	}
	a.Plan = j.s.Answers.Plan
	a.Plan.Manager = "Protects Thursdays"
	j.s.Answers = a
	j.show(workshop.StepPlan)
	if p := j.s.Answers.Plan; len(p.Focus) == 0 || p.Manager != "Protects Thursdays" {
		t.Fatalf("after answering: %d focus areas, manager %q", len(p.Focus), p.Manager)
	}
}
