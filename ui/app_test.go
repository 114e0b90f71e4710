package ui

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/planpdf"
	"github.com/leadshift/leadshift/workshop/roomdb"
	"github.com/leadshift/leadshift/workshop/service"
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
	ui := New(a, Deps{Content: c, Store: store, Paper: "a4", Now: time.Now, Version: "9.8.7", Licences: assets.Licences, DataDir: dataDir,
		LiveDir: filepath.Join(dataDir, "live"), Library: lib, HostAddr: "127.0.0.1:0",
		OpenRoom: func(ctx context.Context, dir string) (workshop.RoomStore, error) {
			return roomdb.Open(ctx, filepath.Join(dir, "room.db"))
		},
		Browse: func(ctx context.Context, _ func(service.Found)) error { <-ctx.Done(); return nil },
		RenderPlan: func(w io.Writer, c *workshop.Content, a *workshop.Answers, p Print) error {
			return planpdf.Render(w, c, a, planpdf.Options{Paper: planpdf.Paper(p.Paper), Title: p.Title, Manager: p.Manager})
		},
		RenderRequest: func(w io.Writer, c *workshop.Content, q *manager.Request, p Print) error {
			return planpdf.RenderRequest(w, c, q, planpdf.Options{Paper: planpdf.Paper(p.Paper)})
		},
		RenderGuide: func(w io.Writer, c *workshop.Content, p Print) error {
			return planpdf.RenderGuide(w, c, planpdf.Options{Paper: planpdf.Paper(p.Paper)})
		},
		RenderProgress: func(w io.Writer, c *workshop.Content, a *workshop.Answers, p Print) error {
			return planpdf.RenderProgress(w, c, a, planpdf.Options{Paper: planpdf.Paper(p.Paper)})
		},
		RenderPulseSheet: func(w io.Writer, c *workshop.Content, p Print) error {
			return planpdf.RenderPulseSheet(w, c, planpdf.Options{Paper: planpdf.Paper(p.Paper)})
		},
		RenderPack: func(w io.Writer, c *workshop.Content, all []*workshop.Answers, p Print) error {
			return planpdf.RenderPack(w, c, all, planpdf.Options{Paper: planpdf.Paper(p.Paper), Title: p.Title, Compact: p.Compact})
		}})
	ui.choosePack = func(done func(bool)) { done(false) } // each plan with its evidence
	ui.chooseSave = func(name string, done func(string)) { done(filepath.Join(out, name)) }
	ui.confirm = func(_, _ string, done func(bool)) { done(true) }
	return ui
}

func TestWindowSizeIsRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	data := t.TempDir()
	first := newTestUIOn(t, a, data, t.TempDir())
	first.win.Resize(fyne.NewSize(900, 640))
	first.win.Close()
	again := newTestUIOn(t, a, data, t.TempDir())
	if got := again.win.Canvas().Size(); got != fyne.NewSize(900, 640) {
		t.Errorf("window reopened at %v, want the 900x640 it closed at", got)
	}
}

// The journey's own test (ui/journey) walks every step; here the app keeps
// the answers across a relaunch and resumes where the person was.
func TestSoloJourneyResumesAfterRelaunch(t *testing.T) {
	data := t.TempDir()
	ui := newTestUI(t, data, t.TempDir())
	if ui.start.solo.Text != "Work on my own" || ui.start.resume != nil {
		t.Fatalf("a new laptop offers to continue: %q", ui.start.solo.Text)
	}
	test.Tap(ui.start.solo)
	s := ui.journey.Session()
	s.Answers.Participant.Name = "Łukasz Żółć"
	s.Answers.Plan = &workshop.Plan{}
	s.Answers.Plan.Focus = append(s.Answers.Plan.Focus, analysis.NewFocusArea(s.Content, s.Answers, analysis.Suggestion{ID: "skill.delegation", Title: "Delegation"}, 0, time.Now()))
	s.Answers.Plan.Focus[0].FirstStep = "Book a one-to-one with Priya"
	s.Answers.Step = workshop.StepFinish
	s.OnChange()
	ui.win.Close() // flushes the autosaver

	again := newTestUI(t, data, t.TempDir())
	if again.start.solo.Text != "Continue on my own" || !strings.Contains(again.start.resume.Text, "Łukasz Żółć, at Take it home") {
		t.Fatalf("start screen %q / %q does not offer to continue", again.start.solo.Text, again.start.resume.Text)
	}
	test.Tap(again.start.solo)
	got := again.journey.Session().Answers
	if got.Step != workshop.StepFinish || got.Plan.Focus[0].FirstStep != "Book a one-to-one with Priya" {
		t.Errorf("resumed at %s with plan %+v", got.Step, got.Plan)
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

// pdfPages is the number of pages of the PDF at path.
func pdfPages(t *testing.T, path string) int {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo (install poppler-utils): %v", err)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if f := strings.Fields(l); len(f) == 2 && f[0] == "Pages:" {
			n, err := strconv.Atoi(f[1])
			if err != nil {
				t.Fatalf("pdfinfo: %q", l)
			}
			return n
		}
	}
	t.Fatalf("pdfinfo gave no page count:\n%s", out)
	return 0
}
