package journey

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

// TestPlanCatchesUpWhenAMovedAheadParticipantFillsTheirWeek: the room
// moved the participant to the plan before they filled in their week; the
// plan says it is drafted from part of the answers; they write their own
// goal, go back, fill in the week; the plan's baseline fills in, the
// banner says what changed, and their goal stays.
func TestPlanCatchesUpWhenAMovedAheadParticipantFillsTheirWeek(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	a, err := storage.ReadAnswers("../../docs/examples/answers.json")
	if err != nil {
		t.Fatal(err)
	}
	week := a.Week
	a.Plan, a.Week = nil, workshop.Week{}
	j.s.Answers = a
	j.show(workshop.StepPlan)
	p := j.current.(*planScreen)
	if text := p.bannerText(); !strings.Contains(text, "drafted from part of your answers: Delegation map is not finished yet") {
		t.Fatalf("the plan does not say it is drafted from part of the answers: %q", text)
	}
	empty := -1
	for i, f := range a.Plan.Focus {
		if f.Goal.Baseline == "" {
			empty = i
		}
	}
	if empty < 0 {
		t.Fatal("every focus area has a baseline without the week: the test shows nothing")
	}
	const mine = "Hand the Monday patch review to the team and only read the summary"
	p.focus[0].specific.SetText("")
	test.Type(p.focus[0].specific, mine)

	// Back to the delegation map: the week, typed in.
	j.show(workshop.StepDelegate)
	d := j.current.(*delegateScreen)
	for _, e := range d.week.hours {
		test.Type(e[0], "10")
		test.Type(e[1], "10")
	}
	for src, e := range d.week.counts {
		test.Type(e, strconv.Itoa(week.Counts[src]))
	}
	if len(a.Missing(j.s.Content, workshop.StepDelegate)) > 0 {
		t.Fatalf("the week is still missing: %q", a.Missing(j.s.Content, workshop.StepDelegate))
	}

	j.show(workshop.StepPlan)
	p = j.current.(*planScreen)
	pl := j.s.Answers.Plan
	for i, f := range pl.Focus {
		if f.Goal.Baseline == "" {
			t.Errorf("focus area %d (%s) still has no baseline", i+1, f.Title)
		}
	}
	if got := p.focus[empty].baseline.Text; got == "" {
		t.Error("the baseline field is empty on the page")
	}
	text := p.bannerText()
	for _, want := range []string{"Your plan has caught up with your answers", "today and target are filled in from your week",
		"Kept as you wrote it: in focus area 1, the goal."} {
		if !strings.Contains(text, want) {
			t.Errorf("the banner does not say %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "part of your answers") {
		t.Errorf("the plan still says it is drafted from part of the answers:\n%s", text)
	}
	if pl.Focus[0].Goal.Specific != mine || p.focus[0].specific.Text != mine {
		t.Errorf("the person's goal was drafted over: %q", pl.Focus[0].Goal.Specific)
	}
	// Shown again with nothing changed, the plan stays and says nothing.
	j.show(workshop.StepPlan)
	if text := j.current.(*planScreen).bannerText(); text != "" {
		t.Errorf("with the answers unchanged, the banner says: %q", text)
	}
}

// TestNextSaysWhatIsMissingOnEachField: a focus area without a baseline
// or first step gets a message under each of those fields, and the line
// beside Next says one sentence, not a list.
func TestNextSaysWhatIsMissingOnEachField(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	a, err := storage.ReadAnswers("../../docs/examples/answers.json")
	if err != nil {
		t.Fatal(err)
	}
	j.s.Answers = a
	j.show(workshop.StepPlan)
	p := j.current.(*planScreen)
	p.focus[0].baseline.SetText("")
	p.focus[0].firstStep.SetText("")
	test.Tap(j.next)
	if _, ok := j.current.(*planScreen); !ok {
		t.Fatalf("Next went on to %T with fields missing", j.current)
	}
	if want := "2 fields of your plan still need an answer: each says what under it, in red."; j.problem.Text != want {
		t.Errorf("the message beside Next = %q, want %q", j.problem.Text, want)
	}
	for field, want := range map[string]string{workshop.AreaBaseline: "Give the baseline as a number", workshop.AreaFirstStep: "Write a first step"} {
		if msg := p.focus[0].problems[field]; !msg.Visible() || !strings.HasPrefix(msg.Text, want) {
			t.Errorf("under %s: %q (shown %v), want %q", field, msg.Text, msg.Visible(), want)
		}
	}
	if p.scroll.Offset.Y <= 0 {
		t.Error("the page did not scroll to the first field with a message")
	}
	test.Type(p.focus[0].baseline, "4")
	if p.focus[0].problems[workshop.AreaBaseline].Visible() {
		t.Error("the baseline's message stays after a number is typed")
	}
	if want := "One field of your plan still needs an answer"; !strings.HasPrefix(j.problem.Text, want) {
		t.Errorf("after the fix the message beside Next = %q", j.problem.Text)
	}
}

// TestARemovedFocusTakesTheShiftAndMilestonesWithIt: the Undo stands where
// the removed area stood, the shift line and the milestones no longer name
// it, and Undo brings all three back; a shift line the person wrote stays.
func TestARemovedFocusTakesTheShiftAndMilestonesWithIt(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	a, err := storage.ReadAnswers("../../docs/examples/answers.json")
	if err != nil {
		t.Fatal(err)
	}
	a.Plan = nil
	j.s.Answers = a
	j.show(workshop.StepPlan)
	p := j.current.(*planScreen)
	if len(a.Plan.Focus) < 2 {
		t.Fatalf("the example drafts %d focus areas; the test needs two", len(a.Plan.Focus))
	}
	gone, shift := a.Plan.Focus[1], a.Plan.Shift
	counted, _ := j.s.Content.Skill(gone.Skill).Indicator.Source.Short()
	if !strings.Contains(strings.ToLower(a.Plan.Day90), counted) {
		t.Fatalf("the draft's day 90 does not count the second area's %q: %q", counted, a.Plan.Day90)
	}
	test.Tap(p.focus[1].remove)
	pl := j.s.Answers.Plan
	if pl.Shift == shift || strings.Contains(strings.ToLower(pl.Day90), counted) {
		t.Errorf("after removing %q: shift %q, day 90 %q", gone.Title, pl.Shift, pl.Day90)
	}
	at := slices.Index(p.box.Objects, fyne.CanvasObject(p.undo))
	card := slices.IndexFunc(p.box.Objects, func(o fyne.CanvasObject) bool {
		c, ok := o.(*widget.Card)
		return ok && strings.HasPrefix(c.Title, "Focus area 1:")
	})
	if at < 0 || at != card+1 || len(buttons(p.undo, "Undo")) != 1 {
		t.Fatalf("the Undo is at %d on the page, the remaining area at %d; want it just below, where the removed area stood", at, card)
	}
	test.Tap(buttons(p.undo, "Undo")[0])
	pl = j.s.Answers.Plan
	if len(pl.Focus) != 2 || pl.Shift != shift || !strings.Contains(strings.ToLower(pl.Day90), counted) {
		t.Errorf("after Undo: %d areas, shift %q, day 90 %q", len(pl.Focus), pl.Shift, pl.Day90)
	}

	// A shift line the person wrote stays when an area goes.
	p = j.current.(*planScreen)
	const mine = "From the person who fixes it to the person who makes sure it gets fixed."
	pl.Shift = ""
	p.bindPlan(workshop.PlanShift, &pl.Shift)(mine)
	p.onRemove(1)
	if j.s.Answers.Plan.Shift != mine {
		t.Errorf("the person's shift line became %q", j.s.Answers.Plan.Shift)
	}
}
