package journey

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/service"
	"github.com/leadshift/leadshift/workshop/storage"
)

// newManagerJourney shows the alignment step of Kim, who rated every
// statement 3 and 3 and every skill at level 4, with their manager's
// response kept in a store in a temporary folder; confirms collects the
// titles of the questions asked, answered with answer.
func newManagerJourney(t *testing.T) (j *Journey, sh *fakeShell, store *storage.Store, confirms *[]string, answer *bool) {
	t.Helper()
	j, sh = newTestJourney(t, t.TempDir())
	a := j.s.Answers
	a.Participant = workshop.Participant{Name: "Kim Lindqvist", Role: "Service desk lead", LeadershipTime: workshop.LeadershipTimes[1]}
	for _, e := range j.s.Content.Expectations {
		a.Expectations[e.ID] = workshop.Pair{Me: 3, Org: 3}
	}
	for _, s := range j.s.Content.Skills {
		a.Skills[s.ID] = workshop.SkillRate{Current: 4, Importance: 3}
	}
	store, err := storage.Open(filepath.Join(t.TempDir(), "solo"))
	if err != nil {
		t.Fatal(err)
	}
	j.s.KeepManager = store.SaveManager
	confirms, answer = new([]string), new(bool)
	j.s.Confirm = func(title, _ string, done func(bool)) {
		*confirms = append(*confirms, title)
		done(*answer)
	}
	j.show(workshop.StepAlign)
	return j, sh, store, confirms, answer
}

// responseFile writes the manager's response to a request made from a,
// updated at, and returns it and its path.
func responseFile(t *testing.T, c *workshop.Content, a *workshop.Answers, name string, at time.Time) (*manager.Response, string) {
	t.Helper()
	q, err := manager.NewRequest(c, a, manager.Include{}, at)
	if err != nil {
		t.Fatal(err)
	}
	r := manager.NewResponse(q, at)
	r.Manager = name
	first, skill := c.Expectations[0], c.Skills[0]
	r.Expectations[first.ID] = 5 // Kim and their belief say 3
	r.Skills[skill.ID] = manager.SkillView{Needed: 5, Today: 2}
	r.SetAnswer(q.Questions[0].ID, "Stretched thin.")
	r.Commitments = []string{"Time: a one-to-one every second week"}
	path := filepath.Join(t.TempDir(), name+"-manager-response.json")
	if err := storage.WriteResponse(path, r, storage.Shared); err != nil {
		t.Fatal(err)
	}
	return r, path
}

func TestAddingTheManagersAnswersShowsTheThreeWayComparison(t *testing.T) {
	j, sh, store, confirms, _ := newManagerJourney(t)
	c := j.s.Content
	r, path := responseFile(t, c, j.s.Answers, "Dana Okafor", time.Now())
	sh.open = path
	test.Tap(j.managerBar().add)

	if j.s.Manager == nil || j.s.Manager.ID != r.ID {
		t.Fatalf("not applied; the card says %q", j.managerBar().status.Text)
	}
	if kept, err := store.LoadManager(); err != nil || kept == nil || kept.ID != r.ID {
		t.Errorf("not kept beside the answers: %v, %v", kept, err)
	}
	if len(*confirms) != 0 {
		t.Errorf("a first response asked %v", *confirms)
	}
	bar := j.managerBar()
	if !strings.HasPrefix(bar.status.Text, "The answers of Dana Okafor were added.") || bar.status.Importance == widget.DangerImportance ||
		!strings.Contains(bar.held.Text, "Your plan uses the answers of Dana Okafor") {
		t.Errorf("card: %q / %q", bar.status.Text, bar.held.Text)
	}

	// The comparison: me, my belief, my manager, labelled by polarity;
	// the skill with the manager's level needed and view of today.
	first, skill := c.Expectations[0], c.Skills[0]
	texts := uitest.Texts(j.Content)
	for _, want := range []string{"What Dana Okafor says", "Blind spot: " + first.Statement, "Dana Okafor expects (solid)",
		"You: Somewhat (3 of 5). Dana Okafor: Completely (5 of 5).",
		"Misreading: " + first.Statement, "You believed your organisation expects this less (3 of 5) than your manager says (5).",
		skill.Name + " · level needed set by Dana Okafor", "Dana Okafor sees me at (solid)",
		"Two levels apart: " + skill.Name, "You rate yourself at level 4 of 5"} {
		if !strings.Contains(texts, want) {
			t.Errorf("the alignment step does not show %q", want)
		}
	}
	want := "Blind spot: Your manager expects this more than you do"
	if !strings.Contains(texts, want) {
		t.Errorf("no blind spot labelled for a %s statement: %q missing", first.Polarity, want)
	}
	// The bars: me, my belief, my manager for the first statement; my
	// level, the level needed and my manager's view for the first skill.
	var bars []string
	uitest.Visit(j.Content, func(o fyne.CanvasObject) {
		if b, ok := o.(*widgets.TripleBar); ok {
			bars = append(bars, strings.ReplaceAll(uitest.Texts(b), "\n", " "))
		}
	})
	if len(bars) != 1+len(c.Skills) || bars[0] != "3 3 5 " || bars[1] != "4 5 2 " {
		t.Errorf("bars %q", bars)
	}

	// Applying the same file again changes nothing, and asks nothing.
	test.Tap(j.managerBar().add)
	if j.s.Manager.ID != r.ID || len(*confirms) != 0 || j.managerBar().status.Text != "These answers are already in your plan: nothing changed." {
		t.Errorf("applied twice: %q, asked %v", j.managerBar().status.Text, *confirms)
	}
}

func TestANewerResponseReplacesTheOlderOnlyAfterConfirming(t *testing.T) {
	j, sh, store, confirms, answer := newManagerJourney(t)
	older, _ := responseFile(t, j.s.Content, j.s.Answers, "Dana Okafor", time.Now().Add(-time.Hour))
	j.s.Manager = older
	newer, path := responseFile(t, j.s.Content, j.s.Answers, "Dana Okafor", time.Now())
	sh.open = path

	*answer = false // Cancel, the default
	test.Tap(j.managerBar().add)
	if len(*confirms) != 1 || (*confirms)[0] != "Replace your manager's answers?" || j.s.Manager != older {
		t.Fatalf("asked %v; held %v", *confirms, j.s.Manager.ID)
	}
	if kept, _ := store.LoadManager(); kept != nil {
		t.Errorf("cancelled, yet %s was kept", kept.ID)
	}
	if !strings.HasPrefix(j.managerBar().status.Text, "Nothing was changed") {
		t.Errorf("after Cancel: %q", j.managerBar().status.Text)
	}

	*answer = true
	test.Tap(j.managerBar().add)
	if len(*confirms) != 2 || j.s.Manager.ID != newer.ID {
		t.Fatalf("confirmed, yet held %s", j.s.Manager.ID)
	}
	if kept, _ := store.LoadManager(); kept == nil || kept.ID != newer.ID {
		t.Errorf("the newer response was not kept: %v", kept)
	}

	// The older file again: refused, with its reason, without asking.
	_, oldPath := responseFile(t, j.s.Content, j.s.Answers, "Dana Okafor", time.Now().Add(-2*time.Hour))
	sh.open = oldPath
	test.Tap(j.managerBar().add)
	bar := j.managerBar()
	if len(*confirms) != 2 || j.s.Manager.ID != newer.ID || !strings.Contains(bar.status.Text, "this file is not newer, so nothing was changed") ||
		bar.status.Importance != widget.DangerImportance {
		t.Errorf("an older file: %q, asked %v", bar.status.Text, *confirms)
	}
}

func TestAResponseThatIsNotTheParticipantsIsRefusedWithAPlainSentence(t *testing.T) {
	j, sh, store, _, _ := newManagerJourney(t)
	c := j.s.Content
	colleague := workshop.NewAnswers(c.ID, time.Now())
	_, theirs := responseFile(t, c, colleague, "Dana Okafor", time.Now())
	q, err := manager.NewRequest(c, j.s.Answers, manager.Include{}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	request := filepath.Join(t.TempDir(), "kim-manager-request.json")
	if err := storage.WriteRequest(request, q); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(t.TempDir(), "broken.json")
	if err := os.WriteFile(broken, []byte(`{"format":"leadshift.manager-response","version":1,"id":"x"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		theirs:                                  "These answers belong to someone else: they answer a request made from other answers than yours",
		request:                                 "This is the request you made for your manager, not their answers.",
		broken:                                  "This file is damaged or was changed by hand, so it cannot be used",
		filepath.Join(t.TempDir(), "gone.json"): "The file could not be found",
	} {
		sh.open = path
		test.Tap(j.managerBar().add)
		bar := j.managerBar()
		if !strings.HasPrefix(bar.status.Text, want) || bar.status.Importance != widget.DangerImportance || !bar.status.Visible() ||
			!strings.Contains(bar.status.Text, "Nothing was changed.") {
			t.Errorf("%s: card says %q", filepath.Base(path), bar.status.Text)
		}
		if strings.Contains(bar.status.Text, "field ") || strings.Contains(bar.status.Text, path) {
			t.Errorf("%s: a Go error on screen: %q", filepath.Base(path), bar.status.Text)
		}
	}
	if j.s.Manager != nil {
		t.Errorf("a refused file was applied: %+v", j.s.Manager)
	}
	if kept, _ := store.LoadManager(); kept != nil {
		t.Errorf("a refused file was kept: %+v", kept)
	}
}

func TestAskMyManagerSavesARequestWithOnlyWhatIsTicked(t *testing.T) {
	j, sh, _, _, _ := newManagerJourney(t)
	j.s.Answers.Reflections["r1"] = "my private reflection"
	j.show(workshop.StepExpect)
	bar := j.managerBar()
	test.Tap(bar.ask)
	if bar.dialog == nil {
		t.Fatal("no dialog")
	}
	test.Tap(bar.dialog.skills) // my skill levels, not my statements
	test.Tap(bar.dialog.pdf)
	test.Tap(bar.dialog.save)
	sh.tasks.Wait()
	if text := pdfText(t, filepath.Join(sh.out, "Kim-Lindqvist-manager-request.pdf")); !strings.Contains(text, "Kim Lindqvist") ||
		!strings.Contains(text, j.s.Content.Skills[0].Levels[0][:30]) {
		t.Errorf("the printed request does not carry Kim's name and the levels in words:\n%s", text)
	}
	path := filepath.Join(sh.out, "Kim-Lindqvist-manager-request.json")
	if !strings.HasPrefix(bar.status.Text, "Saved as Kim-Lindqvist-manager-request.json. Send it to your manager") ||
		!strings.HasSuffix(bar.status.Text, "The printed version is saved as Kim-Lindqvist-manager-request.pdf.") {
		t.Errorf("card says %q", bar.status.Text)
	}
	q, err := storage.ReadRequest(path)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if q.AnswersID != j.s.Answers.ID || q.Name != "Kim Lindqvist" || len(q.Statements) != len(j.s.Content.Expectations) ||
		len(q.SelfSkills) != len(j.s.Content.Skills) || q.SelfExpectations != nil || strings.Contains(string(data), "private reflection") {
		t.Errorf("request %+v", q)
	}

	// Cancel saves nothing.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	test.Tap(bar.ask)
	test.Tap(bar.dialog.cancel)
	if _, err := os.Stat(path); err == nil || bar.dialog != nil {
		t.Error("Cancel saved a request")
	}
}

func TestManagersPaperAnswersAreTypedInAndApplied(t *testing.T) {
	j, sh, store, _, _ := newManagerJourney(t)
	test.Tap(j.managerBar().paper)
	if sh.paper == nil || sh.paper.AnswersID != j.s.Answers.ID || sh.paper.SelfSkills != nil {
		t.Fatalf("paper request %+v", sh.paper)
	}
	r := manager.NewResponse(sh.paper, time.Now())
	r.Manager = "Dana Okafor"
	r.Expectations[j.s.Content.Expectations[0].ID] = 5
	sh.paperDone(r)
	if j.s.Manager == nil || j.s.Manager.ID != r.ID {
		t.Fatalf("typed answers not applied: %q", j.managerBar().status.Text)
	}
	if kept, _ := store.LoadManager(); kept == nil || kept.Manager != "Dana Okafor" {
		t.Errorf("kept %+v", kept)
	}
}

func TestThePlanPrintsTheManagersAnswersAndTheGuideIsOffered(t *testing.T) {
	j, sh, _, _, _ := newManagerJourney(t)
	r, path := responseFile(t, j.s.Content, j.s.Answers, "Dana Okafor", time.Now())
	sh.open = path
	test.Tap(j.managerBar().add)
	j.show(workshop.StepPlan)
	if texts := uitest.Texts(j.Content); !strings.Contains(texts, "What Dana Okafor commits to") || !strings.Contains(texts, r.Commitments[0]) {
		t.Errorf("the plan step does not show the manager's commitments")
	}
	test.Tap(j.managerBar().guide)
	sh.tasks.Wait()
	if text := pdfText(t, filepath.Join(sh.out, "leadshift-guide-for-managers.pdf")); !strings.Contains(text, j.s.Content.Manager.GuideTitle) {
		t.Errorf("the guide PDF:\n%s", text)
	}
	j.show(workshop.StepFinish)
	test.Tap(j.current.(*finishScreen).savePDF)
	sh.tasks.Wait()
	text := pdfText(t, filepath.Join(sh.out, "Kim-Lindqvist-action-plan.pdf"))
	if !strings.Contains(text, "Dana Okafor") || !strings.Contains(text, "Stretched thin.") {
		t.Errorf("the plan PDF does not carry the manager's answers:\n%s", text)
	}
}

// pushRoom is a live room that keeps every answers document pushed to it.
type pushRoom struct{ pushed [][]byte }

func (r *pushRoom) Banner() fyne.CanvasObject           { return widget.NewLabel("Room") }
func (r *pushRoom) State() workshop.RoomState           { return workshop.RoomState{} }
func (r *pushRoom) SetOnState(func(workshop.RoomState)) {}
func (r *pushRoom) SetOnConflict(func(*service.Conflict)) {
}
func (r *pushRoom) Push(a *workshop.Answers) {
	var b bytes.Buffer
	if err := workshop.EncodeAnswers(&b, a); err != nil {
		panic(err)
	}
	r.pushed = append(r.pushed, b.Bytes())
}
func (r *pushRoom) Merge(*service.Conflict, *workshop.Answers) (*workshop.Answers, []workshop.Clash, error) {
	return nil, nil, nil
}
func (r *pushRoom) Settle(*service.Conflict, *workshop.Answers, map[string]bool) (*workshop.Answers, error) {
	return nil, nil
}

// In a live room the manager's answers stay on the participant's laptop:
// nothing the room receives (and so nothing the facilitator, the projector
// or the room's CSV can show) carries them.
func TestTheManagersAnswersNeverReachTheRoom(t *testing.T) {
	plain, sh := newTestJourney(t, t.TempDir())
	room := &pushRoom{}
	s := plain.s
	s.OnChange = func() { room.Push(s.Answers) }
	store, err := storage.Open(filepath.Join(t.TempDir(), "live"))
	if err != nil {
		t.Fatal(err)
	}
	s.KeepManager = store.SaveManager
	s.Answers.Participant = workshop.Participant{Name: "Kim Lindqvist", Role: "Service desk lead", LeadershipTime: workshop.LeadershipTimes[1]}
	s.Answers.Step = workshop.StepAlign
	j := New(sh, plain.files, "a4", s, room)
	sh.win.SetContent(j.Content)
	r, path := responseFile(t, s.Content, s.Answers, "Dana Okafor", time.Now())
	sh.open = path
	test.Tap(j.managerBar().add)
	if s.Manager == nil || s.Manager.ID != r.ID {
		t.Fatalf("not applied in a live room: %q", j.managerBar().status.Text)
	}
	j.show(workshop.StepExpect)
	ex := j.current.(*expectScreen)
	for id := range ex.me {
		pick(ex.me[id], 2) // a change the room receives
		break
	}
	if len(room.pushed) == 0 {
		t.Fatal("the room received nothing, so this test shows nothing")
	}
	for i, doc := range room.pushed {
		for _, secret := range []string{"Dana Okafor", "Stretched thin.", r.ID, "one-to-one every second week"} {
			if bytes.Contains(doc, []byte(secret)) {
				t.Errorf("push %d carries the manager's %q", i, secret)
			}
		}
	}
}
