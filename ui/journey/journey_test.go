package journey

import (
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/planpdf"
	"github.com/leadshift/leadshift/workshop/service"
	"github.com/leadshift/leadshift/workshop/storage"
)

// fakeShell stands in for the app around the journey: files it is asked
// to save go to out, and every question is answered yes.
type fakeShell struct {
	app   fyne.App
	win   fyne.Window
	out   string
	tasks bridge.Tasks
	home  int
	errs  []error
	open  string // the file ChooseOpen chooses
	// paper and paperDone are the request and callback of the last
	// TypeManagerAnswers.
	paper     *manager.Request
	paperDone func(*manager.Response)
}

func (f *fakeShell) Home()                                          { f.home++ }
func (f *fakeShell) ShowError(title string, err error)              { f.errs = append(f.errs, err) }
func (f *fakeShell) ChooseSave(name string, done func(path string)) { done(filepath.Join(f.out, name)) }
func (f *fakeShell) ChooseOpen(done func(path string))              { done(f.open) }
func (f *fakeShell) TypeManagerAnswers(q *manager.Request, done func(*manager.Response)) {
	f.paper, f.paperDone = q, done
}
func (f *fakeShell) Tasks() *bridge.Tasks { return &f.tasks }
func (f *fakeShell) App() fyne.App        { return f.app }
func (f *fakeShell) Window() fyne.Window  { return f.win }
func (f *fakeShell) ChooseAnswers(_ *workshop.Content, clashes []workshop.Clash, done func([]bool)) {
	done(make([]bool, len(clashes)))
}

// newTestJourney shows a new solo journey in a test window, with the
// built-in content and real files written to out.
func newTestJourney(t *testing.T, out string) (*Journey, *fakeShell) {
	t.Helper()
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	sh := &fakeShell{app: a, win: test.NewTempWindow(t, nil), out: out}
	files := &service.Files{Content: c,
		RenderPlan: func(w io.Writer, c *workshop.Content, a *workshop.Answers, p service.Print) error {
			return planpdf.Render(w, c, a, planpdf.Options{Paper: planpdf.Paper(p.Paper), Title: p.Title, Manager: p.Manager})
		},
		RenderRequest: func(w io.Writer, c *workshop.Content, q *manager.Request, p service.Print) error {
			return planpdf.RenderRequest(w, c, q, planpdf.Options{Paper: planpdf.Paper(p.Paper)})
		},
		RenderGuide: func(w io.Writer, c *workshop.Content, p service.Print) error {
			return planpdf.RenderGuide(w, c, planpdf.Options{Paper: planpdf.Paper(p.Paper)})
		}}
	s := &Session{Content: c, Answers: workshop.NewAnswers(c.ID, time.Now()), Now: time.Now,
		Confirm: func(_, _ string, done func(bool)) { done(true) }, OnChange: func() {}}
	j := New(sh, files, "a4", s, nil)
	sh.win.SetContent(j.Content)
	return j, sh
}

func pick(r *widget.RadioGroup, v int) { r.SetSelected(r.Options[v-1]) }

func TestSoloJourneyEndToEnd(t *testing.T) {
	out := t.TempDir()
	j, sh := newTestJourney(t, out)

	// Check-in: Next is refused until name and role are given.
	test.Tap(j.next)
	if !strings.Contains(j.problem.Text, "your name") || j.s.Answers.Step != workshop.StepCheckIn {
		t.Fatalf("empty check-in: problem %q, step %s", j.problem.Text, j.s.Answers.Step)
	}
	ci := j.current.(*checkInScreen)
	test.Type(ci.name, "Łukasz Żółć")
	test.Type(ci.role, "Service desk lead")
	test.Type(ci.teamSize, "7")
	ci.leadershipTime.SetSelected(workshop.LeadershipTimes[1])
	test.Tap(j.next)

	// Self-assessment: refused while anything is unrated.
	as := j.current.(*assessScreen)
	test.Tap(j.next)
	if !strings.Contains(j.problem.Text, "statements to rate") {
		t.Fatalf("unrated assessment: problem %q", j.problem.Text)
	}
	if !strings.HasPrefix(as.status.Text, "Page 1 of ") || !strings.HasSuffix(as.status.Text, fmt.Sprintf("0 of %d answered", len(as.items))) {
		t.Fatalf("status %q", as.status.Text)
	}
	i := 0
	for p := 0; p < as.pages(); p++ {
		as.show(p)
		if len(as.ratings) > perPage {
			t.Fatalf("page %d holds %d items", p+1, len(as.ratings))
		}
		// In the order of the IDs: a map's order would give other
		// answers, and another plan, on every run.
		for _, id := range slices.Sorted(maps.Keys(as.ratings)) {
			pick(as.ratings[id], 1+i%workshop.Scale)
			i++
		}
		for _, e := range as.reflections {
			test.Type(e, "Approving every change request myself.")
		}
	}
	if !strings.HasSuffix(as.status.Text, fmt.Sprintf("%d of %d answered", len(as.items), len(as.items))) || i != len(as.items) {
		t.Fatalf("after rating every page: %q, %d rated", as.status.Text, i)
	}
	test.Tap(j.next)
	if _, ok := j.current.(*profileScreen); !ok {
		t.Fatalf("after the assessment: %T, want the profile", j.current)
	}
	test.Tap(j.next)

	// Expectations: make the first statement a blind spot.
	ex := j.current.(*expectScreen)
	for p := ex.pages() - 1; p >= 0; p-- {
		ex.show(p)
		if len(ex.me) > expectPerPage {
			t.Fatalf("expectations page %d holds %d statements", p+1, len(ex.me))
		}
		for id := range ex.me {
			pick(ex.me[id], 3)
			pick(ex.org[id], 3)
		}
	}
	first := j.s.Content.Expectations[0].ID
	pick(ex.me[first], 1)
	pick(ex.org[first], 5)
	if want := fmt.Sprintf("%d of %d answered", len(j.s.Content.Expectations), len(j.s.Content.Expectations)); !strings.HasSuffix(ex.status.Text, want) {
		t.Fatalf("expectations status %q, want %q", ex.status.Text, want)
	}
	test.Tap(j.next)
	al := j.current.(*alignScreen)
	if e := al.report.Expectations; len(e) == 0 || e[0].ID != first || !e[0].Mismatch() || e[0].Label == "" {
		t.Fatalf("alignment: %+v, want %s first, labelled", e, first)
	}
	test.Tap(j.next)

	// Skills: one big gap on delegation.
	sk := j.current.(*skillsScreen)
	for p := range sk.pages() {
		sk.show(p)
		for id, ac := range sk.current {
			test.Tap(ac.Buttons[2])
			pick(sk.importance[id], 3)
			if id == "skill.delegation" {
				test.Tap(ac.Buttons[0])
				pick(sk.importance[id], 5)
			}
		}
	}
	test.Tap(j.next)
	gp := j.current.(*gapsScreen)
	if gp.report.Skills[0].ID != "skill.delegation" {
		t.Fatalf("top gap %s, want skill.delegation", gp.report.Skills[0].ID)
	}
	test.Tap(j.next)

	// Delegation map: the screen starts with the required rows.
	dl := j.current.(*delegateScreen)
	for k := range dl.what {
		test.Type(dl.what[k], "Approving firewall changes")
		test.Type(dl.owner[k], "Priya")
	}
	test.Tap(j.next)
	if !strings.Contains(j.problem.Text, "hours of your week") {
		t.Fatalf("week not filled: problem %q", j.problem.Text)
	}
	for _, e := range dl.week.hours {
		test.Type(e[0], "10")
		test.Type(e[1], "8")
	}
	test.Type(dl.week.counts[workshop.SourceEscalations], "six-ish")
	if err := dl.week.counts[workshop.SourceEscalations].Validate(); err == nil || !strings.Contains(err.Error(), "whole number") {
		t.Fatalf("\"six-ish\" accepted: %v", err)
	}
	if !strings.Contains(uitest.Texts(j.Content), "Type a whole number of times, from 0 to 1000.") {
		t.Error("no message under the count that is not a number")
	}
	test.Tap(j.next)
	if _, ok := j.current.(*delegateScreen); !ok || !strings.Contains(j.problem.Text, "count") {
		t.Fatalf("a count that is not a number let the journey on: %T, %q", j.current, j.problem.Text)
	}
	dl.week.counts[workshop.SourceEscalations].SetText("6")
	for _, src := range workshop.CountSources[1:] {
		test.Type(dl.week.counts[src], "2")
	}
	test.Tap(j.next)

	// Plan: starts from the suggestions, delegation first.
	pl := j.current.(*planScreen)
	want := analysis.Analyze(j.s.Content, j.s.Answers).Focus
	if got := j.s.Answers.Plan.Focus; len(got) == 0 || len(got) != len(want) || got[0].Skill != want[0].ID || got[0].Why != want[0].Why {
		t.Fatalf("plan starts with %+v, want the analysis's focus areas %+v", got, want)
	}
	for _, fe := range pl.focus {
		fe.specific.SetText("Get better at this")
	}
	test.Tap(j.next)
	if msg := pl.focus[0].problems[workshop.AreaSpecific]; !strings.Contains(msg.Text, "Make the goal specific") || !strings.Contains(j.problem.Text, "still need") {
		t.Fatalf("vague goal: under the goal %q, beside Next %q", msg.Text, j.problem.Text)
	}
	for _, fe := range pl.focus {
		fe.specific.SetText("Hand over change approvals to the team")
		fe.firstStep.SetText("Book a one-to-one with Priya")
		if fe.baseline.Text == "" { // a count the week does not hold: the person says it
			fe.baseline.SetText("3")
			fe.target.SetText("1")
		}
	}
	test.Tap(j.next)

	// Finish: save the PDF and export the answers.
	fin := j.current.(*finishScreen)
	test.Tap(fin.savePDF)
	pdf := filepath.Join(out, "Łukasz-Żółć-action-plan.pdf")
	sh.tasks.Wait()
	if !strings.HasPrefix(fin.status.Text, "Your plan was saved") {
		t.Fatalf("status after saving: %q", fin.status.Text)
	}
	text := pdfText(t, pdf)
	for _, want := range []string{"Łukasz Żółć", "Hand over change approvals to the team", "Book a one-to-one with Priya"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	test.Tap(fin.exportJSON)
	exported := filepath.Join(out, "Łukasz-Żółć-answers.json")
	sh.tasks.Wait()
	if !strings.HasPrefix(fin.status.Text, "Your answers were exported") {
		t.Fatalf("status after exporting: %q", fin.status.Text)
	}
	a, err := storage.ReadAnswers(exported)
	if err != nil || a.Participant.TeamSize != 7 || len(a.Delegations) < 3 {
		t.Fatalf("exported answers: %v, %+v", err, a)
	}
	if len(sh.errs) > 0 {
		t.Errorf("errors shown: %v", sh.errs)
	}
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no PDF: %v", err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (install poppler-utils): %v", err)
	}
	return string(out)
}

// stillRoom is a live room that never changes.
type stillRoom struct{ pushed int }

func (r *stillRoom) Banner() fyne.CanvasObject             { return widget.NewLabel("Live") }
func (r *stillRoom) State() workshop.RoomState             { return workshop.RoomState{} }
func (r *stillRoom) SetOnState(func(workshop.RoomState))   {}
func (r *stillRoom) Push(*workshop.Answers)                { r.pushed++ }
func (r *stillRoom) SetOnConflict(func(*service.Conflict)) {}
func (r *stillRoom) Merge(_ *service.Conflict, a *workshop.Answers) (*workshop.Answers, []workshop.Clash, error) {
	return a, nil, nil
}
func (r *stillRoom) Settle(_ *service.Conflict, a *workshop.Answers, _ map[string]bool) (*workshop.Answers, error) {
	return a, nil
}

// In a live room the share box starts from this workshop's answers, the
// choice goes into the answers (and so to the room with them), and the
// screen says what the facilitator receives.
func TestShareChoiceIsInTheAnswers(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	changes := 0
	j.s.OnChange = func() { changes++ }
	j.live = &stillRoom{}
	f := newFinishScreen(j, j.s)
	if f.share.Checked || !strings.Contains(f.receives.Text, "never your answers or your plan") {
		t.Fatalf("a new participant's share box: checked %v, %q", f.share.Checked, f.receives.Text)
	}
	f.share.SetChecked(true)
	if !j.s.Answers.Share || changes != 1 || !strings.Contains(f.receives.Text, "your action plan") {
		t.Errorf("after sharing: answers share %v, %d changes, %q", j.s.Answers.Share, changes, f.receives.Text)
	}
	if again := newFinishScreen(j, j.s); !again.share.Checked {
		t.Error("the share box forgot the participant's choice")
	}
}

// TestLongStepsArePagedWithoutHunting: Expectations and Skills are paged
// like the self-assessment; a page change opens at the top; "Go to the
// first unanswered" and Next with a missing answer both open the page of
// the first unanswered item, scroll to it and highlight it.
func TestLongStepsArePagedWithoutHunting(t *testing.T) {
	j, sh := newTestJourney(t, t.TempDir())
	sh.win.Resize(fyne.NewSize(1366, 710))
	j.s.Answers.Participant.Name, j.s.Answers.Participant.Role = "Marek Nowak", "Team lead"
	j.show(workshop.StepExpect)
	ex := j.current.(*expectScreen)
	n := len(j.s.Content.Expectations)
	if want := fmt.Sprintf("Page 1 of %d · 0 of %d answered", (n+expectPerPage-1)/expectPerPage, n); ex.status.Text != want {
		t.Errorf("status %q, want %q", ex.status.Text, want)
	}
	// Everything but the second rating of statement 7.
	missing := j.s.Content.Expectations[6].ID
	for p := range ex.pages() {
		ex.show(p)
		for id := range ex.me {
			pick(ex.me[id], 2)
			if id != missing {
				pick(ex.org[id], 4)
			}
		}
	}
	ex.show(0)
	ex.scroll.ScrollToBottom()
	test.Tap(ex.next)
	if ex.page != 1 || ex.scroll.Offset.Y != 0 {
		t.Errorf("Next page: page %d, scrolled to %v; want page 2 at its top", ex.page+1, ex.scroll.Offset)
	}
	ex.show(0)
	test.Tap(j.next)
	if !strings.Contains(j.problem.Text, "please add") || ex.page != 6/expectPerPage || ex.marked != 6 {
		t.Fatalf("Next with one rating missing: %q, page %d, highlighted %d; want page %d with statement 7 highlighted",
			j.problem.Text, ex.page+1, ex.marked, 6/expectPerPage+1)
	}
	if ex.boxes[6].bg.FillColor == nil || ex.scroll.Offset.Y != ex.boxes[6].box.Position().Y {
		t.Errorf("statement 7 is not highlighted and scrolled to: %v, offset %v, at %v", ex.boxes[6].bg.FillColor, ex.scroll.Offset, ex.boxes[6].box.Position())
	}
	ex.show(0)
	test.Tap(ex.firstOpen)
	if ex.page != 6/expectPerPage || ex.marked != 6 {
		t.Errorf("Go to the first unanswered: page %d, highlighted %d", ex.page+1, ex.marked)
	}
	pick(ex.org[missing], 4)
	if !ex.firstOpen.Disabled() || !strings.HasSuffix(ex.status.Text, fmt.Sprintf("%d of %d answered", n, n)) {
		t.Errorf("all answered: %q, first-unanswered enabled %v", ex.status.Text, !ex.firstOpen.Disabled())
	}

	j.show(workshop.StepSkills)
	sk := j.current.(*skillsScreen)
	if len(sk.current) != skillsPerPage || !strings.HasPrefix(sk.status.Text, "Page 1 of ") {
		t.Errorf("skills: %d on the first page, status %q", len(sk.current), sk.status.Text)
	}
}
