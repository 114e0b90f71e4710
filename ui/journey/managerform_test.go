package journey

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

// newTestForm shows the manager's form for a request from Kim, who shared
// their skill levels; finished collects what OnFinish received.
func newTestForm(t *testing.T, paper bool) (f *ManagerForm, q *manager.Request, changes *int, finished *[]*manager.Response) {
	t.Helper()
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	a := workshop.NewAnswers(c.ID, time.Now())
	a.Participant = workshop.Participant{Name: "Kim Lindqvist", Role: "Service desk lead", LeadershipTime: workshop.LeadershipTimes[1]}
	for _, s := range c.Skills {
		a.Skills[s.ID] = workshop.SkillRate{Current: 4, Importance: 3}
	}
	q, err = manager.NewRequest(c, a, manager.Include{SkillRatings: true}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	changes, finished = new(int), new([]*manager.Response)
	f = NewManagerForm(FormSetup{Request: q, Response: manager.NewResponse(q, time.Now()), Now: time.Now, Paper: paper,
		OnChange: func() { *changes++ }, Leave: "Home", OnLeave: func() {},
		Finish: "Save my answers to send back",
		OnFinish: func(r *manager.Response, say func(string, bool)) {
			*finished = append(*finished, r)
			say("Saved.", false)
		}})
	w := test.NewTempWindow(t, f.Content)
	w.Resize(w.Canvas().Size().Max(f.Content.MinSize()))
	return f, q, changes, finished
}

func TestManagerFormEndToEnd(t *testing.T) {
	f, q, changes, finished := newTestForm(t, false)
	if !strings.Contains(f.heading.Text, "Answering Kim Lindqvist · part 1 of 6") || !f.back.Disabled() {
		t.Errorf("heading %q, back enabled on the first part", f.heading.Text)
	}
	test.Type(f.name, "Dana Okafor")

	// What I expect of you: every statement, page by page.
	test.Tap(f.next)
	ex := f.expect
	if ex.pages() < 2 {
		t.Fatalf("%d statements on %d pages", len(q.Statements), ex.pages())
	}
	for p := 0; p < ex.pages(); p++ {
		ex.show(p)
		if len(ex.expect) > expectPerPage {
			t.Fatalf("page %d holds %d statements", p+1, len(ex.expect))
		}
		for _, r := range ex.expect {
			r.SetSelected(r.Options[3]) // A lot
		}
	}
	if ex.answeredCount() != len(q.Statements) || !strings.HasSuffix(ex.status.Text, "answered") {
		t.Fatalf("statements: %q", ex.status.Text)
	}

	// Skills: the anchors in words, Kim's own level beside them; the
	// level needed and today for the first, today cleared again for the
	// second.
	test.Tap(f.next)
	sk := f.skills
	first, second := q.Skills[0], q.Skills[1]
	texts := uitest.Texts(f.Content)
	for _, want := range []string{first.Levels[0], first.Levels[4], "Level needed in this role", "Where Kim Lindqvist is today (optional)",
		"Kim Lindqvist's own rating: level 4, \u201c" + first.Levels[3]} {
		if !strings.Contains(texts, want) {
			t.Errorf("the skills page does not show %q", want)
		}
	}
	test.Tap(sk.needed[first.ID].Buttons[2])
	test.Tap(sk.today[first.ID].Buttons[1])
	test.Tap(sk.needed[second.ID].Buttons[3])
	test.Tap(sk.today[second.ID].Buttons[3])
	var clearButtons []*widget.Button
	uitest.Visit(f.Content, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Clear" {
			clearButtons = append(clearButtons, b)
		}
	})
	test.Tap(clearButtons[1])
	if v := f.r.Skills[second.ID]; v != (manager.SkillView{Needed: 4}) {
		t.Errorf("second skill after clearing today: %+v", v)
	}

	// The questions, each with its limit shown as one types.
	test.Tap(f.next)
	if len(f.answers) != len(q.Questions) || len(q.Questions) != 5 {
		t.Fatalf("%d answer fields for %d questions", len(f.answers), len(q.Questions))
	}
	answer := f.answers[q.Questions[0].ID]
	test.Type(answer, "The team is stretched thin.")
	if answer.Counter() != "27 / 600" {
		t.Errorf("counter %q", answer.Counter())
	}

	// Commitments: in the first, fourth and third fields; kept in order.
	test.Tap(f.next)
	test.Type(f.commitments[0], "A one-to-one every second week")
	test.Type(f.commitments[3], "Priya from the network team")
	test.Type(f.commitments[2], "Cover for the on-call rota in March")

	// Back and forth keeps everything.
	test.Tap(f.back)
	if f.answers[q.Questions[0].ID].Text != "The team is stretched thin." {
		t.Errorf("the answer did not survive going back")
	}
	test.Tap(f.next)
	if f.commitments[2].Text != "Priya from the network team" || len(f.commitments) != 4 {
		t.Errorf("commitments reopened as %d fields, the third %q", len(f.commitments), f.commitments[2].Text)
	}

	test.Tap(f.next)
	if !strings.Contains(uitest.Texts(f.Content), "the level needed for 2 of") || !f.next.Hidden {
		t.Errorf("summary: %s", uitest.Texts(f.Content))
	}
	test.Tap(f.finish)
	if len(*finished) != 1 || f.status.Text != "Saved." {
		t.Fatalf("finished %d times, status %q", len(*finished), f.status.Text)
	}
	r := (*finished)[0]
	if err := manager.MatchRequest(r, q); err != nil {
		t.Errorf("the response is not bound to the request: %v", err)
	}
	if r.Manager != "Dana Okafor" || len(r.Expectations) != len(q.Statements) || r.Expectations[q.Statements[0].ID] != 4 ||
		r.Skills[first.ID] != (manager.SkillView{Needed: 3, Today: 2}) || len(r.Skills) != 2 ||
		r.Answer(q.Questions[0].ID) != "The team is stretched thin." ||
		strings.Join(r.Commitments, "|") != "A one-to-one every second week|Cover for the on-call rota in March|Priya from the network team" {
		t.Errorf("response %+v", r)
	}
	if *changes < 10 {
		t.Errorf("only %d changes kept: the draft is not saved as the manager types", *changes)
	}
}

func TestManagerFormRefusesToFinishWithNothingAnswered(t *testing.T) {
	f, _, _, finished := newTestForm(t, true)
	if !strings.Contains(f.heading.Text, "My manager's answers") || f.nav[len(f.nav)-1].Text != "Add to my plan" {
		t.Errorf("paper form: heading %q, last part %q", f.heading.Text, f.nav[len(f.nav)-1].Text)
	}
	test.Tap(f.nav[len(f.nav)-1])
	test.Tap(f.finish)
	if len(*finished) != 0 || !strings.HasPrefix(f.status.Text, "Nothing is answered yet.") || f.status.Importance != widget.DangerImportance {
		t.Errorf("finished %d, status %q", len(*finished), f.status.Text)
	}
}

func TestCommitmentsComeBackInOrderWithRoomForMore(t *testing.T) {
	for _, c := range []struct{ kept, want []string }{
		{nil, []string{"", "", "", ""}},
		{[]string{"Weekly", "Priya"}, []string{"Weekly", "Priya", "", ""}},
		{[]string{"a", "b", "c", "d"}, []string{"a", "b", "c", "d", ""}},
	} {
		if got := commitmentSlots(c.kept); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: fields %q, want %q", c.kept, got, c.want)
		}
	}
}
