package library

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
)

// fakeWorkshops is a library held in memory.
type fakeWorkshops struct {
	setups  []*workshop.Setup
	deleted []string
}

func (f *fakeWorkshops) List() ([]*workshop.Setup, []error)   { return f.setups, nil }
func (f *fakeWorkshops) Save(s *workshop.Setup) error         { f.setups = append(f.setups, s); return nil }
func (f *fakeWorkshops) Delete(id string) error               { f.deleted = append(f.deleted, id); return nil }
func (f *fakeWorkshops) Import(context.Context, string) error { return nil }
func (f *fakeWorkshops) CheckContent(string) error            { return nil }

// fakeShell stands in for the app around the library.
type fakeShell struct {
	tasks   bridge.Tasks
	shown   []string
	closed  []string
	hosting []*workshop.Setup
	// followUps are the workshops reopened as follow-up sessions.
	followUps []*workshop.Setup
}

func (f *fakeShell) Home()                                { f.shown = append(f.shown, "home") }
func (f *fakeShell) ShowLibrary()                         { f.shown = append(f.shown, "library") }
func (f *fakeShell) ShowSetup(s *workshop.Setup)          { f.shown = append(f.shown, "setup") }
func (f *fakeShell) StartHosting(s *workshop.Setup)       { f.hosting = append(f.hosting, s) }
func (f *fakeShell) StartFollowUp(s *workshop.Setup)      { f.followUps = append(f.followUps, s) }
func (f *fakeShell) CloseRoom(id string)                  { f.closed = append(f.closed, id) }
func (f *fakeShell) ShowError(string, error)              {}
func (f *fakeShell) Confirm(_, _ string, done func(bool)) { done(true) }
func (f *fakeShell) ChooseOpen(func(string))              {}
func (f *fakeShell) Tasks() *bridge.Tasks                 { return &f.tasks }
func (f *fakeShell) Now() time.Time                       { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }
func (f *fakeShell) Paper() string                        { return "a4" }
func (f *fakeShell) ExportPrintPack(*workshop.Setup)      {}
func (f *fakeShell) ExportCSV(*workshop.Setup)            {}
func (f *fakeShell) ExportArchive(*workshop.Setup)        {}

func testSetups() []*workshop.Setup {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	draft := workshop.NewSetup(now, "a4")
	draft.ID, draft.Title, draft.Venue = "d1", "New team leads, spring cohort", "Hotel Bristol, room 2"
	held := workshop.NewSetup(now.AddDate(0, -1, 0), "a4")
	held.ID, held.Title, held.Hosted = "h1", "Ops leads, Kraków", true
	return []*workshop.Setup{draft, held}
}

func TestLibraryGolden(t *testing.T) {
	test.NewTempApp(t)
	sh, ws := &fakeShell{}, &fakeWorkshops{setups: testSetups()}
	l := New(sh, ws)
	if !l.Row("d1").Print.Disabled() || l.Row("h1").Print.Disabled() || l.Row("h1").Open.Text != "Resume hosting" {
		t.Error("a draft offers printing, or a held workshop does not offer to resume")
	}
	w := test.NewTempWindow(t, l.Content)
	uitest.AssertGolden(t, "library", w)

	test.Tap(l.Row("d1").Remove)
	if len(ws.deleted) != 1 || ws.deleted[0] != "d1" || len(sh.closed) != 1 || sh.shown[len(sh.shown)-1] != "library" {
		t.Errorf("deleting: deleted %v, rooms closed %v, shown %v", ws.deleted, sh.closed, sh.shown)
	}
}

func TestADraftOffersToStartHosting(t *testing.T) {
	test.NewTempApp(t)
	sh, ws := &fakeShell{}, &fakeWorkshops{}
	v := NewSetup(sh, ws, "LeadShift", workshop.NewSetup(sh.Now(), "a4"))
	w := test.NewTempWindow(t, v.Content)
	w.Resize(uitest.Laptop)
	v.Title.SetText("New team leads")
	test.Tap(v.Save)
	if len(ws.setups) != 1 || sh.shown[len(sh.shown)-1] != "library" {
		t.Fatalf("Save draft: saved %d, shown %v", len(ws.setups), sh.shown)
	}
	// The minutes fields are sized for minutes, not for the window.
	if width := v.Minutes[0].Size().Width; width > 120 {
		t.Errorf("a minutes field is %.0f px wide", width)
	}
	l := New(sh, ws)
	row := l.Row(ws.setups[0].ID)
	if row.Host == nil || row.Host.Importance != widget.HighImportance || row.Remove.Importance == widget.DangerImportance {
		t.Fatalf("a saved draft's row: Start hosting %+v, Delete in the danger style", row.Host)
	}
	test.Tap(row.Host)
	if len(sh.hosting) != 1 || sh.hosting[0] != ws.setups[0] {
		t.Errorf("Start hosting from the library hosted %v", sh.hosting)
	}
}

func TestSetupProblemsAreSentencesOnTheField(t *testing.T) {
	test.NewTempApp(t)
	sh, ws := &fakeShell{}, &fakeWorkshops{}
	v := NewSetup(sh, ws, "LeadShift", workshop.NewSetup(sh.Now(), "a4"))
	v.Title.SetText("Ops leads")
	v.Minutes[2].SetText("ten")
	test.Tap(v.Save)
	if want := "Phase 3, Expectation alignment: give it 1 to 600 minutes."; v.Problem.Text != want || len(ws.setups) != 0 {
		t.Errorf("minutes \"ten\": %q, want %q", v.Problem.Text, want)
	}
	if v.Minutes[2].Validate() == nil || v.Minutes[1].Validate() != nil {
		t.Error("only the wrong minutes field should be marked")
	}
	v.Minutes[2].SetText("30")
	v.Date.SetText("someday")
	test.Tap(v.Save)
	if !strings.Contains(v.Problem.Text, "The date \"someday\" is not a date") || strings.Contains(v.Problem.Text, "field") {
		t.Errorf("bad date: %q", v.Problem.Text)
	}
	// Three problems at once: each is said under its own field.
	v.Title.SetText("")
	v.Minutes[4].SetText("0")
	test.Tap(v.Host)
	if v.Problem.Text != "Please fix the 3 problems marked in red above." || len(sh.hosting) != 0 {
		t.Errorf("three problems: %q, hosting %d", v.Problem.Text, len(sh.hosting))
	}
	var shown []string
	for _, c := range v.checked {
		if c.Message.Visible() {
			shown = append(shown, c.Message.Text)
		}
	}
	want := []string{"Give the workshop a title.", `"someday" is not a date: type it like 5 March 2027 or 2027-03-05.`, "Give it 1 to 600 minutes."}
	if !slices.Equal(shown, want) || v.checked[6].Message.Visible() != true {
		t.Errorf("messages under the fields: %q, want %q (the fifth phase's)", shown, want)
	}
	v.Title.SetText("Ops leads")
	if v.checked[0].Message.Visible() {
		t.Error("the title's message stays once a title is typed")
	}
}
