package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop/storage"
)

// The start screen lists the plan with its next check-in; checking in
// fills in the progress log and the start screen then names the next.
func TestMyPlansLeadToTheNextCheckIn(t *testing.T) {
	data := t.TempDir()
	a, err := storage.ReadAnswers("../docs/examples/answers-day90.json")
	if err != nil {
		t.Fatal(err)
	}
	a.CheckIns = a.CheckIns[:1]
	store, err := storage.Open(filepath.Join(data, "solo"))
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Save(a); err != nil {
		t.Fatal(err)
	}
	ui := newTestUI(t, data, t.TempDir())
	ui.deps.Now = func() time.Time { return time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC) } // weeks after day 60
	ui.showStart()
	start := uitest.Texts(ui.win.Content())
	if !strings.Contains(start, "My plans") || !strings.Contains(start, "Zoë Müller (my own journey): the day-60 check-in was due on 21 January 2027: check in when you can") {
		t.Fatalf("the start screen does not list the plan with its next check-in:\n%s", start)
	}
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Check in on my own journey"))
	if shown := uitest.Texts(ui.win.Content()); !strings.Contains(shown, "Check-in, day 60 of your plan") {
		t.Fatalf("the check-in screen does not open:\n%s", shown)
	}
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Save this check-in"))
	if shown := uitest.Texts(ui.win.Content()); !strings.Contains(shown, "the day-90 check-in was due on 22 February 2027") {
		t.Fatalf("after checking in the start screen does not name the next:\n%s", shown)
	}
	ui.win.Close() // flushes the autosaver
	kept, err := store.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(kept.CheckIns) != 2 || kept.CheckIns[1].Date != "2027-03-01" || kept.CheckIns[1].Review != 2 || kept.CheckIns[0].ID != a.CheckIns[0].ID {
		t.Errorf("the progress log on disk: %+v", kept.CheckIns)
	}
}

// From day 60 the start screen offers the re-assessment, and with one
// recorded, the progress report, which is saved as a PDF.
func TestMyPlansOfferTheReassessmentAndTheReport(t *testing.T) {
	data, out := t.TempDir(), t.TempDir()
	a, err := storage.ReadAnswers("../docs/examples/answers-day90.json")
	if err != nil {
		t.Fatal(err)
	}
	store, err := storage.Open(filepath.Join(data, "solo"))
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Save(a); err != nil {
		t.Fatal(err)
	}
	ui := newTestUI(t, data, out)
	ui.deps.Now = func() time.Time { return time.Date(2027, 1, 20, 9, 0, 0, 0, time.UTC) } // the day before day 60
	ui.showStart()
	if shown := uitest.Texts(ui.win.Content()); strings.Contains(shown, "Re-assess my own journey") {
		t.Fatal("the re-assessment is offered before day 60")
	}
	ui.deps.Now = func() time.Time { return time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC) }
	ui.showStart()
	q := uitest.NewQueue(t)
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Progress report of my own journey"))
	q.Settle(t, &ui.tasks)
	if ui.lastExport.err != nil || !strings.HasSuffix(ui.lastExport.path, "-progress-report.pdf") {
		t.Fatalf("the progress report: %+v", ui.lastExport)
	}
	if pdf, err := os.ReadFile(ui.lastExport.path); err != nil || !strings.HasPrefix(string(pdf), "%PDF-") {
		t.Fatalf("the progress report was not written as a PDF: %v", err)
	}
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Re-assess my own journey"))
	if shown := uitest.Texts(ui.win.Content()); !strings.Contains(shown, "Day 90: re-assess your plan") {
		t.Fatalf("the re-assessment does not open:\n%s", shown)
	}
}
