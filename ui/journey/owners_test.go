package journey

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

// The team's first names typed at the check-in are the owners the
// delegation map offers, with a rota and not decided yet; a name picked
// and "Not decided yet" picked read right in the plan drafted from them.
func TestOwnersArePickedFromTheTeamsNames(t *testing.T) {
	j, sh := newTestJourney(t, t.TempDir())
	a, err := storage.ReadAnswers("../../docs/examples/personas/hero.json")
	if err != nil {
		t.Fatal(err)
	}
	a.Plan = nil
	j.s.Answers = a
	j.s.Now = func() time.Time { return time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC) }
	j.show(workshop.StepCheckIn)
	test.Type(j.current.(*checkInScreen).team, "Priya, Sam ,priya,, Марина")
	if want := []string{"Priya", "Sam", "Марина"}; !slices.Equal(a.Participant.Team, want) {
		t.Fatalf("team %q, want %q", a.Participant.Team, want)
	}

	j.show(workshop.StepDelegate)
	dl := j.current.(*delegateScreen)
	test.Tap(dl.owner[0].ActionItem.(fyne.Tappable))
	list := sh.win.Canvas().Overlays().Top()
	if got, want := uitest.Texts(list), "Priya\nSam\nМарина\nA rota\nNot decided yet\n"; got != want {
		t.Fatalf("owner choices %q, want %q", got, want)
	}
	list.Hide()
	pickOwner(t, sh.win, dl.owner[0], "Not decided yet")
	pickOwner(t, sh.win, dl.owner[1], "Sam")
	rows := a.Delegations
	if rows[0].Owner != "Not decided yet" || rows[0].OwnerKind != workshop.OwnerUndecided || rows[1].Owner != "Sam" || rows[1].OwnerKind != workshop.OwnerPerson {
		t.Fatalf("rows after picking: %+v", rows[:2])
	}

	j.show(workshop.StepPlan)
	step := handOverStep(t, a.Plan)
	if !strings.HasPrefix(step, "Decide by ") || !strings.Contains(step, `who takes over "Approving every firewall change", and ask them`) {
		t.Errorf("first step for a row not decided yet: %q", step)
	}
	if !slices.ContainsFunc(a.Plan.StopDoing, func(s string) bool {
		return strings.HasPrefix(s, "I stop doing \"Being the first call for every P1 outage\" myself: Sam owns it")
	}) {
		t.Errorf("stop doing %q, want the P1 calls owned by Sam", a.Plan.StopDoing)
	}
	if all := strings.Join(append([]string{a.Plan.Day30, a.Plan.Day60, a.Plan.Day90}, a.Plan.StopDoing...), " "); strings.Contains(all, "Not decided yet") {
		t.Errorf("the plan names \"Not decided yet\" as an owner: %s", all)
	}

	// Picking a name instead, the plan drafted again asks them.
	j.show(workshop.StepDelegate)
	pickOwner(t, sh.win, j.current.(*delegateScreen).owner[0], "Priya")
	a.Plan = nil
	j.show(workshop.StepPlan)
	if step := handOverStep(t, a.Plan); !strings.HasPrefix(step, `Ask Priya to take over "Approving every firewall change"`) {
		t.Errorf("first step for a row picked for Priya: %q", step)
	}
}

// More names than the map offers is said on the field and keeps the
// journey on the check-in; the names typed stay as typed.
func TestTooManyTeamNamesAreSaid(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	ci := j.current.(*checkInScreen)
	test.Type(ci.name, "Zoë")
	test.Type(ci.role, "Team lead")
	typed := strings.Repeat("Sam, Kev, ", workshop.MaxTeamNames)
	for i := range workshop.MaxTeamNames + 1 {
		typed += string(rune('A'+i%26)) + strings.Repeat("x", i/26+1) + ", "
	}
	ci.team.SetText(typed)
	test.Tap(j.next)
	if j.s.Answers.Step != workshop.StepCheckIn || !strings.Contains(j.problem.Text, "Team's first names: 33 names, and the map offers at most 30") {
		t.Errorf("33 names: step %s, problem %q", j.s.Answers.Step, j.problem.Text)
	}
	if ci.team.Validate() == nil || ci.team.Text != typed || len(j.s.Answers.Participant.Team) != workshop.MaxTeamNames {
		t.Errorf("33 names: field error %v, %d names kept", ci.team.Validate(), len(j.s.Answers.Participant.Team))
	}
}

// handOverStep is the plan's first step that hands a row over or decides
// who takes it.
func handOverStep(t *testing.T, p *workshop.Plan) string {
	t.Helper()
	if p == nil {
		t.Fatal("no plan drafted")
	}
	for _, f := range p.Focus {
		if strings.Contains(f.FirstStep, "take") {
			return f.FirstStep
		}
	}
	t.Fatalf("no first step hands a row over: %+v", p.Focus)
	return ""
}

// pickOwner opens a row's owner list and taps option in it.
func pickOwner(t *testing.T, w fyne.Window, e *widget.SelectEntry, option string) {
	t.Helper()
	test.Tap(e.ActionItem.(fyne.Tappable))
	menu := w.Canvas().Overlays().Top()
	if menu == nil {
		t.Fatal("the owner list did not open")
	}
	var item fyne.Tappable
	uitest.Visit(menu, func(o fyne.CanvasObject) {
		if tap, ok := o.(fyne.Tappable); ok && item == nil && uitest.Texts(o) == option+"\n" {
			item = tap
		}
	})
	if item == nil {
		t.Fatalf("no %q in the owner list: %q", option, uitest.Texts(menu))
	}
	test.Tap(item)
	if e.Text != option {
		t.Fatalf("picked %q: the field shows %q", option, e.Text)
	}
}
