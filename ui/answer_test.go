package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/storage"
)

// writeRequest saves a request from Kim, who shared their skill levels,
// in dir.
func writeRequest(t *testing.T, ui *App, dir string) (*manager.Request, string) {
	t.Helper()
	a := workshop.NewAnswers(ui.deps.Content.ID, time.Now())
	a.Participant = workshop.Participant{Name: "Kim Lindqvist", Role: "Service desk lead", LeadershipTime: workshop.LeadershipTimes[1]}
	for _, s := range ui.deps.Content.Skills {
		a.Skills[s.ID] = workshop.SkillRate{Current: 4, Importance: 3}
	}
	q, err := manager.NewRequest(ui.deps.Content, a, manager.Include{SkillRatings: true}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "kim-manager-request.json")
	if err := storage.WriteRequest(path, q); err != nil {
		t.Fatal(err)
	}
	return q, path
}

// The form itself is walked in ui/journey; here the app opens a request,
// keeps the answers as a draft, saves the response and offers the draft
// again on the start screen.
func TestManagerAnswersARequestFromTheStartScreen(t *testing.T) {
	data, out := t.TempDir(), t.TempDir()
	ui := newTestUI(t, data, out)
	t.Cleanup(ui.leave) // the draft is written before its folder goes
	q, path := writeRequest(t, ui, t.TempDir())
	ui.chooseOpen = func(done func(string)) { done(path) }
	test.Tap(ui.start.answer)
	if ui.form == nil {
		t.Fatalf("no form; start screen says %q", ui.start.problem.Text)
	}
	screen := ui.win.Content()
	if !strings.Contains(uitest.Texts(screen), "Answering Kim Lindqvist") {
		t.Errorf("the form does not say whose request it is:\n%s", uitest.Texts(screen))
	}
	test.Type(uitest.FindEntry(t, screen, "Your name, as your team member knows you"), "Dana Okafor")
	test.Tap(uitest.FindButton(t, screen, "Our conversation"))
	test.Type(firstLongText(t, ui), "The team is stretched thin.")

	// A crash now loses nothing: the draft on this computer holds it all.
	ui.draftSaver.Close()
	draft, err := ui.drafts().Load(q.ID)
	if err != nil || draft == nil || draft.Manager != "Dana Okafor" || draft.Answer(q.Questions[0].ID) != "The team is stretched thin." {
		t.Fatalf("draft %+v, %v", draft, err)
	}

	test.Tap(uitest.FindButton(t, ui.win.Content(), "Save and send back"))
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Save my answers to send back"))
	if text := uitest.Texts(ui.win.Content()); !strings.Contains(text, "Saved as Kim-Lindqvist-manager-response.json. Send this file back to Kim Lindqvist.") {
		t.Fatalf("after saving:\n%s", text)
	}
	r, err := storage.ReadResponse(filepath.Join(out, "Kim-Lindqvist-manager-response.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := manager.MatchRequest(r, q); err != nil || r.Manager != "Dana Okafor" || r.Answer(q.Questions[0].ID) != "The team is stretched thin." {
		t.Errorf("saved response %+v, bound: %v", r, err)
	}

	// Home, then the start screen offers to go on with the draft.
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Home"))
	if len(ui.start.drafts) != 1 || ui.start.drafts[0].Text != "Go on answering Kim Lindqvist's request" {
		t.Fatalf("start screen drafts %v", ui.start.drafts)
	}
	test.Tap(ui.start.drafts[0])
	if ui.form.Response().Manager != "Dana Okafor" || ui.form.Response().ID != r.ID {
		t.Errorf("reopened draft: %+v", ui.form.Response())
	}
}

func TestManagerFormRefusesAFileThatIsNotARequest(t *testing.T) {
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	dir := t.TempDir()
	answers := filepath.Join(dir, "kim-answers.json")
	if err := storage.WriteAnswers(answers, workshop.NewAnswers(ui.deps.Content.ID, time.Now())); err != nil {
		t.Fatal(err)
	}
	garbage := filepath.Join(dir, "notes.json")
	if err := os.WriteFile(garbage, []byte("hello"), 0o600); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		answers: "This is a participant's own answers, not a file for their manager.",
		garbage: "This is not a file LeadShift saved, or it is damaged.",
	} {
		ui.chooseOpen = func(done func(string)) { done(path) }
		test.Tap(ui.start.answer)
		if ui.form != nil || !strings.HasPrefix(ui.start.problem.Text, want) || !ui.start.problem.Visible() {
			t.Errorf("%s: form %v, problem %q", filepath.Base(path), ui.form != nil, ui.start.problem.Text)
		}
	}
}

// A participant types in the answers their manager wrote on paper: the
// same form opens over the journey, keeps a draft, and adding the answers
// brings the journey back with them applied and kept beside the answers.
func TestParticipantTypesInTheManagersPaperAnswers(t *testing.T) {
	data := t.TempDir()
	ui := newTestUI(t, data, t.TempDir())
	t.Cleanup(ui.leave)
	test.Tap(ui.start.solo)
	s := ui.journey.Session()
	s.Answers.Participant = workshop.Participant{Name: "Kim Lindqvist", Role: "Service desk lead"}
	s.Answers.Step = workshop.StepAlign
	ui.openSolo(s.Answers)
	journeyView := ui.win.Content()
	test.Tap(uitest.FindButton(t, journeyView, "My manager answered on paper: type their answers"))
	if ui.form == nil || !strings.Contains(uitest.Texts(ui.win.Content()), "My manager's answers · part 1 of 6") {
		t.Fatalf("the form did not open:\n%s", uitest.Texts(ui.win.Content()))
	}
	test.Type(uitest.FindEntry(t, ui.win.Content(), "As you call them"), "Dana Okafor")
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Our conversation"))
	test.Type(firstLongText(t, ui), "Stretched thin.")
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Add to my plan"))
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Add these answers to my plan"))
	if ui.form != nil || ui.win.Content() != journeyView {
		t.Fatal("the journey did not come back")
	}
	got := ui.journey.Session().Manager
	if got == nil || got.Manager != "Dana Okafor" || got.AnswersID != s.Answers.ID {
		t.Fatalf("applied %+v", got)
	}
	kept, err := storage.ReadResponse(filepath.Join(data, "solo", "manager-response.json"))
	if err != nil || kept.ID != got.ID {
		t.Errorf("kept %+v, %v", kept, err)
	}
	if drafts := ui.drafts().List(); len(drafts) != 0 {
		t.Errorf("the typed draft was not tidied away: %d left", len(drafts))
	}
	if !strings.Contains(uitest.Texts(ui.win.Content()), "What Dana Okafor says") {
		t.Error("the alignment step does not show the typed answers")
	}
}

// firstLongText is the first long text field the window shows.
func firstLongText(t *testing.T, ui *App) *widgets.Entry {
	t.Helper()
	var found *widgets.Entry
	uitest.Visit(ui.win.Content(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widgets.Entry); ok && found == nil {
			found = e
		}
	})
	if found == nil {
		t.Fatal("no long text field on screen")
	}
	return found
}

// Answers started again are not the ones a kept response was made for:
// the journey does not read it.
func TestAResponseForEarlierAnswersIsNotReadAfterStartingAgain(t *testing.T) {
	data := t.TempDir()
	ui := newTestUI(t, data, t.TempDir())
	defer ui.leave() // flushes the last save before the folder goes
	test.Tap(ui.start.solo)
	old := ui.journey.Session().Answers
	q, err := manager.NewRequest(ui.deps.Content, old, manager.Include{}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	r := manager.NewResponse(q, time.Now())
	r.Manager = "Dana Okafor"
	if err := ui.deps.Store.SaveManager(r); err != nil {
		t.Fatal(err)
	}
	ui.openSolo(old)
	if got := ui.journey.Session().Manager; got == nil || got.ID != r.ID {
		t.Fatalf("the response for these answers was not read: %v", got)
	}
	ui.openSolo(workshop.NewAnswers(ui.deps.Content.ID, time.Now()))
	if got := ui.journey.Session().Manager; got != nil {
		t.Errorf("answers started again read the earlier answers' response %s", got.ID)
	}
}
