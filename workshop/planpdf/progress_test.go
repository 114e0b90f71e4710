package planpdf

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
)

// day90 opens the documented example of a completed 90 days against the
// built-in content pack.
func day90(t *testing.T) (*workshop.Content, *workshop.Answers) {
	t.Helper()
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "examples", "answers-day90.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := workshop.DecodeAnswers(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return c, a
}

// TestProgressGolden compares the progress report's text, as pdftotext
// lays it out, with testdata/zoe-day90-progress.txt: the words a
// participant takes to the 90-day conversation.
func TestProgressGolden(t *testing.T) {
	c, a := day90(t)
	var buf bytes.Buffer
	if err := RenderProgress(&buf, c, a, Options{}); err != nil {
		t.Fatal(err)
	}
	pdf := buf.Bytes()
	if *samples != "" {
		if err := os.WriteFile(filepath.Join(*samples, "progress.pdf"), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pages, size := pdfInfo(t, pdf)
	got := fmt.Sprintf("pages: %d\nsize: %s\n\n%s", pages, size, runTool(t, "pdftotext", pdf, "-layout", "-enc", "UTF-8", "-", "-"))
	path := filepath.Join("testdata", "zoe-day90-progress.txt")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := range max(len(gl), len(wl)) {
		if i >= len(gl) || i >= len(wl) || gl[i] != wl[i] {
			t.Fatalf("%s differs from line %d: got %d lines, want %d\nlook at the PDF, then run go test -update if the change is intended", path, i+1, len(gl), len(wl))
		}
	}
	text := flat(pdfText(t, pdf, 1, pages))
	for _, w := range []string{"Progress report: 90 days on", "At the workshop", "Target reached: from 11 to 4", "taken back on 12 January 2027", "My team's pulse", "What to focus on next"} {
		if !strings.Contains(text, w) {
			t.Errorf("the report lacks %q", w)
		}
	}
}

// Answers without a re-assessment have no report, and say what to do.
func TestProgressNeedsARound(t *testing.T) {
	c, a := day90(t)
	a.Rounds = nil
	if err := RenderProgress(&bytes.Buffer{}, c, a, Options{}); !errors.Is(err, ErrNoRound) {
		t.Errorf("no round: %v", err)
	}
}

// The pulse sheet carries the pack's questions and answers, and no name.
func TestPulseSheetIsAnonymous(t *testing.T) {
	c, a := day90(t)
	var buf bytes.Buffer
	if err := RenderPulseSheet(&buf, c, Options{}); err != nil {
		t.Fatal(err)
	}
	text := flat(pdfText(t, buf.Bytes(), 1, 1))
	for _, w := range append([]string{c.Pulse.Title, "Do not write your name"}, c.Pulse.Options...) {
		if !strings.Contains(text, w) {
			t.Errorf("the sheet lacks %q", w)
		}
	}
	for _, q := range c.Pulse.Questions {
		if !strings.Contains(text, flat(q.Text)) {
			t.Errorf("the sheet lacks %q", q.Text)
		}
	}
	if n := strings.Count(text, c.Pulse.Title); n != 2 {
		t.Errorf("the sheet holds %d copies, want two to a page", n)
	}
	if strings.Contains(text, a.Participant.Name) || strings.Contains(text, "Name:") {
		t.Error("the anonymous sheet carries a name")
	}
	c.Pulse = nil
	if RenderPulseSheet(&bytes.Buffer{}, c, Options{}) == nil {
		t.Error("a pack without a pulse prints a sheet")
	}
}

// A re-assessment with nothing else since the workshop (no check-in, no
// pulse, no plan at all) still makes an honest report, on Letter too.
func TestProgressOfARoundAlone(t *testing.T) {
	c, a := example(t)
	a.AddRound(workshop.Round{ID: "r1", Date: "2027-03-01", Edition: c.Edition, Ratings: map[string]int{"assess.rescue.system-issue": 4}})
	var buf bytes.Buffer
	if err := RenderProgress(&buf, c, a, Options{Paper: Letter}); err != nil {
		t.Fatal(err)
	}
	text := flat(pdfText(t, buf.Bytes(), 1, 0))
	for _, w := range []string{"Not counted since the workshop", "A major outage lands on you", "What to focus on next"} {
		if !strings.Contains(text, w) {
			t.Errorf("the report lacks %q", w)
		}
	}
	if strings.Contains(text, "My team's pulse") || strings.Contains(text, "My actions") {
		t.Error("the report prints sections it has nothing for")
	}
	a.Plan = nil
	if err := RenderProgress(&bytes.Buffer{}, c, a, Options{}); err != nil {
		t.Errorf("without a plan: %v", err)
	}
}
