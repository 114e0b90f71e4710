package journey

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

// The re-assessment asks the situations and the focus dimensions'
// statements again, refuses to save while any is unanswered or a count
// is not a number, and then adds a new dated round beside the workshop's
// answers, with the indicators, the week's counts and the pulse's tallies.
func TestTheReassessmentAddsARoundAndKeepsDayZero(t *testing.T) {
	test.NewTempApp(t)
	a, err := storage.ReadAnswers("../../docs/examples/answers-day90.json")
	if err != nil {
		t.Fatal(err)
	}
	a.Rounds = nil
	pack, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	day0 := a.Clone().Ratings
	saves, left, sheets := 0, 0, 0
	r := NewReassess(pack, a, time.Date(2027, 2, 22, 10, 0, 0, 0, time.UTC), func(*workshop.Answers) { saves++ }, func() { left++ }, func() { sheets++ })
	w := test.NewTempWindow(t, r.Content)
	w.Resize(fyne.NewSize(1366, 768))
	shown := uitest.Texts(r.Content)
	for _, want := range []string{"Day 90: re-assess your plan", "23 to answer", "A major outage lands on you",
		"Rows of my delegation map not yet handed over: 4 at the workshop, 0 aimed at", pack.Pulse.Questions[1].Text} {
		if !strings.Contains(shown, want) {
			t.Errorf("the re-assessment does not show %q", want)
		}
	}
	test.Tap(uitest.FindButton(t, r.Content, "Save the pulse sheet to print"))
	if sheets != 1 {
		t.Error("the pulse sheet button does not save the sheet")
	}
	test.Tap(r.saveBtn)
	if saves != 0 || len(a.Rounds) != 0 || !strings.Contains(r.problem.Text, "an answer to items 1, 2, 3") {
		t.Fatalf("an unanswered re-assessment was saved, or not said: %q", r.problem.Text)
	}
	for i, it := range r.items {
		if it.ID == "assess.rescue.system-issue" {
			// The hand-over response, wherever this participant sees it.
			want := "Always B"
			if swapped(a.ID, it.ID) {
				want = "Always A"
			}
			r.ratings[i].SetSelected(want)
			continue
		}
		r.ratings[i].SetSelected(r.ratings[i].Options[1])
	}
	test.Type(r.values[0], "1")
	test.Type(r.values[1], "4")
	test.Type(r.counts[0], "lots")
	test.Type(r.tallies[0][2], "3")
	test.Type(r.tallies[0][3], "1")
	test.Tap(r.saveBtn)
	if saves != 0 || !strings.Contains(r.problem.Text, `"lots" is not a whole number`) || strings.Contains(r.problem.Text, "an answer to") {
		t.Fatalf("a count that is not a number was saved, or not said: %q", r.problem.Text)
	}
	r.counts[0].SetText("")
	test.Type(r.counts[0], "4")
	test.Tap(r.saveBtn)
	if saves != 1 || left != 1 || len(a.Rounds) != 1 {
		t.Fatalf("saved %d times, left %d times, %d rounds", saves, left, len(a.Rounds))
	}
	got := a.Rounds[0]
	if got.Date != "2027-02-22" || got.Edition != pack.Edition || len(got.Ratings) != 23 || got.Ratings["assess.rescue.system-issue"] != workshop.Scale {
		t.Errorf("the round: %s on %s, %d ratings, the outage %d", got.Edition, got.Date, len(got.Ratings), got.Ratings["assess.rescue.system-issue"])
	}
	if *got.Focus[0].Value != 1 || *got.Focus[1].Value != 4 || got.Counts[workshop.SourceEscalations] != 4 || len(got.Counts) != 1 {
		t.Errorf("indicators and counts: %+v, %v", got.Focus, got.Counts)
	}
	if tally := got.Pulse[pack.Pulse.Questions[0].ID]; len(got.Pulse) != 1 || tally.Total() != 4 || tally[2] != 3 {
		t.Errorf("pulse: %v", got.Pulse)
	}
	for id, v := range day0 {
		if a.Ratings[id] != v {
			t.Fatalf("the workshop's answer to %s changed from %d to %d", id, v, a.Ratings[id])
		}
	}
}
