package journey

import (
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

// Back in the room for a follow-up session, a participant re-assesses
// from the last step of their saved journey: the round joins their
// answers (and so reaches the room, as any change does) and the journey
// shows the last step again.
func TestTheLastStepLeadsToTheReassessment(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	a, err := storage.ReadAnswers("../../docs/examples/answers-day90.json")
	if err != nil {
		t.Fatal(err)
	}
	a.Rounds = nil
	changes := 0
	j.s.Answers, j.s.OnChange = a, func() { changes++ }
	j.s.Now = func() time.Time { return time.Date(2026, 12, 21, 9, 0, 0, 0, time.UTC) } // before day 30
	j.show(workshop.StepFinish)
	if strings.Contains(uitest.Texts(j.body), "After the workshop") {
		t.Error("the follow-up is offered before the first review date")
	}
	j.s.Now = func() time.Time { return time.Date(2027, 2, 22, 9, 0, 0, 0, time.UTC) }
	j.show(workshop.StepFinish)
	test.Tap(uitest.FindButton(t, j.body, "Re-assess my plan"))
	if !strings.Contains(uitest.Texts(j.body), "Day 90: re-assess your plan") {
		t.Fatal("the re-assessment does not open in the journey")
	}
	uitest.Visit(j.body, func(o fyne.CanvasObject) {
		if r, ok := o.(*widget.RadioGroup); ok {
			r.SetSelected(r.Options[2])
		}
	})
	test.Tap(uitest.FindButton(t, j.body, "Save the re-assessment"))
	if len(a.Rounds) != 1 || a.Rounds[0].Date != "2027-02-22" || changes == 0 {
		t.Fatalf("%d rounds, %d changes after saving", len(a.Rounds), changes)
	}
	if !strings.Contains(uitest.Texts(j.body), "After the workshop") {
		t.Error("saving does not return to the last step")
	}
}
