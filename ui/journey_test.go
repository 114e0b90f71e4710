package ui

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/planpdf"
	"github.com/leadshift/leadshift/workshop/roomdb"
	"github.com/leadshift/leadshift/workshop/storage"
)

// newTestUI builds the app on a temporary data folder; files it is asked to
// save go to out.
func newTestUI(t *testing.T, dataDir, out string) *App {
	t.Helper()
	return newTestUIOn(t, test.NewTempApp(t), dataDir, out)
}

// newTestUIOn builds the app on a given Fyne app, to share its preferences.
func newTestUIOn(t *testing.T, a fyne.App, dataDir, out string) *App {
	t.Helper()
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	store, err := storage.Open(filepath.Join(dataDir, "solo"))
	if err != nil {
		t.Fatal(err)
	}
	lib, err := storage.OpenLibrary(filepath.Join(dataDir, "workshops"))
	if err != nil {
		t.Fatal(err)
	}
	ui := New(a, Deps{Content: c, Store: store, Paper: "a4", Now: time.Now,
		LiveDir: filepath.Join(dataDir, "live"), Library: lib, HostAddr: "127.0.0.1:0",
		OpenRoom: func(ctx context.Context, dir string) (workshop.RoomStore, error) {
			return roomdb.Open(ctx, filepath.Join(dir, "room.db"))
		},
		Browse: func(ctx context.Context, _ func(lan.Found)) error { <-ctx.Done(); return nil },
		RenderPlan: func(w io.Writer, c *workshop.Content, a *workshop.Answers, p Print) error {
			return planpdf.Render(w, c, a, planpdf.Options{Paper: planpdf.Paper(p.Paper), Title: p.Title})
		},
		RenderPack: func(w io.Writer, c *workshop.Content, all []*workshop.Answers, p Print) error {
			return planpdf.RenderPack(w, c, all, planpdf.Options{Paper: planpdf.Paper(p.Paper), Title: p.Title})
		}})
	ui.chooseSave = func(name string, done func(string)) { done(filepath.Join(out, name)) }
	ui.confirm = func(_, _ string, done func(bool)) { done(true) }
	return ui
}

func pick(r *widget.RadioGroup, v int) { r.SetSelected(r.Options[v-1]) }

func TestSoloJourneyEndToEnd(t *testing.T) {
	data, out := t.TempDir(), t.TempDir()
	ui := newTestUI(t, data, out)
	test.Tap(ui.start.solo)
	j := ui.journey

	// Check-in: Next is refused until name and role are given.
	test.Tap(j.next)
	if !strings.Contains(j.problem.Text, "your name") || j.s.answers.Step != workshop.StepCheckIn {
		t.Fatalf("empty check-in: problem %q, step %s", j.problem.Text, j.s.answers.Step)
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
	i := 0
	for _, r := range as.ratings {
		pick(r, 1+i%workshop.Scale)
		i++
	}
	for _, e := range as.reflections {
		test.Type(e, "Approving every change request myself.")
	}
	test.Tap(j.next)
	if _, ok := j.current.(*profileScreen); !ok {
		t.Fatalf("after the assessment: %T, want the profile", j.current)
	}
	test.Tap(j.next)

	// Expectations: make the first statement a blind spot.
	ex := j.current.(*expectScreen)
	for id := range ex.me {
		pick(ex.me[id], 3)
		pick(ex.org[id], 3)
	}
	first := j.s.content.Expectations[0].ID
	pick(ex.me[first], 1)
	pick(ex.org[first], 5)
	test.Tap(j.next)
	al := j.current.(*alignScreen)
	if len(al.alignments) == 0 || al.alignments[0].Kind != workshop.BlindSpot {
		t.Fatalf("alignment: %+v, want a blind spot first", al.alignments)
	}
	test.Tap(j.next)

	// Skills: one big gap on delegation.
	sk := j.current.(*skillsScreen)
	for id, ac := range sk.current {
		test.Tap(ac.buttons[2])
		pick(sk.importance[id], 3)
	}
	test.Tap(sk.current["skill.delegation"].buttons[0])
	pick(sk.importance["skill.delegation"], 5)
	test.Tap(j.next)
	gp := j.current.(*gapsScreen)
	if gp.gaps[0].Skill.ID != "skill.delegation" {
		t.Fatalf("top gap %s, want skill.delegation", gp.gaps[0].Skill.ID)
	}
	test.Tap(j.next)

	// Delegation map: the screen starts with the required rows.
	dl := j.current.(*delegateScreen)
	for k := range dl.what {
		test.Type(dl.what[k], "Approving firewall changes")
		test.Type(dl.owner[k], "Priya")
	}
	test.Tap(j.next)

	// Plan: starts from the suggestions, delegation first.
	pl := j.current.(*planScreen)
	if got := j.s.answers.Plan.Focus[0].Skill; got != "skill.delegation" {
		t.Fatalf("first focus %q, want skill.delegation", got)
	}
	test.Tap(j.next)
	if !strings.Contains(j.problem.Text, "specific goal") {
		t.Fatalf("empty goal: problem %q", j.problem.Text)
	}
	for _, fe := range pl.focus {
		test.Type(fe.specific, "Hand over change approvals to the team")
		test.Type(fe.firstStep, "Book a one-to-one with Priya")
	}
	test.Tap(j.next)

	// Finish: save the PDF and export the answers.
	fin := j.current.(*finishScreen)
	test.Tap(fin.savePDF)
	pdf := filepath.Join(out, "Łukasz-Żółć-action-plan.pdf")
	ui.tasks.Wait()
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
	ui.tasks.Wait()
	if !strings.HasPrefix(fin.status.Text, "Your answers were exported") {
		t.Fatalf("status after exporting: %q", fin.status.Text)
	}
	a, err := storage.ReadAnswers(exported)
	if err != nil || a.Participant.TeamSize != 7 || len(a.Delegations) < 3 {
		t.Fatalf("exported answers: %v, %+v", err, a)
	}

	// Quit and relaunch: the journey resumes where it was, answers intact.
	ui.win.Close()
	again := newTestUI(t, data, out)
	if again.start.solo.Text != "Continue on my own" || !strings.Contains(again.start.resume.Text, "Łukasz Żółć, at Take it home") {
		t.Fatalf("start screen %q / %q does not offer to continue", again.start.solo.Text, again.start.resume.Text)
	}
	test.Tap(again.start.solo)
	if again.journey.s.answers.Step != workshop.StepFinish || again.journey.s.answers.Plan.Focus[0].FirstStep != "Book a one-to-one with Priya" {
		t.Errorf("resumed at %s with plan %+v", again.journey.s.answers.Step, again.journey.s.answers.Plan)
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
