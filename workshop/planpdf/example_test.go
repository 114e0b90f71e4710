package planpdf

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
)

// example opens the documented example answers against the built-in
// content pack. While the pack is being rewritten it may not validate; the
// tests that need it then skip and say why.
func example(t *testing.T) (*workshop.Content, *workshop.Answers) {
	t.Helper()
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatalf("built-in content pack: %v", err)
	}
	f, err := os.Open(filepath.Join("..", "..", "docs", "examples", "answers.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := workshop.DecodeAnswers(f)
	if err != nil {
		t.Fatalf("example answers: %v", err)
	}
	if err := a.CheckAgainst(c); err != nil {
		t.Fatalf("example answers do not fit the built-in pack: %v", err)
	}
	return c, a
}

// TestExampleFitsSevenPages: the example's plan and its evidence print
// on seven A4 pages at most (six until the stop-doing lines carried the
// support each hand-over needs; the README says seven).
func TestExampleFitsSevenPages(t *testing.T) {
	c, a := example(t)
	pdf := renderPDF(t, c, a, Options{})
	if *samples != "" {
		if err := os.WriteFile(filepath.Join(*samples, "example.pdf"), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
		compact := renderPDF(t, c, a, Options{Compact: true})
		if err := os.WriteFile(filepath.Join(*samples, "example-compact.pdf"), compact, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pages, _ := pdfInfo(t, pdf)
	if pages > 7 {
		t.Errorf("the example plan has %d pages, want at most 7", pages)
	}
	first := flat(pdfText(t, pdf, 1, 1))
	for _, w := range []string{"Personal development plan", "Focus area 1:", "Goal"} {
		if !strings.Contains(first, w) {
			t.Errorf("page 1 should hold the plan itself: %q missing", w)
		}
	}
	checkFill(t, pdf, pages)
	checkInside(t, pdf)
}

// checkFill fails when a page other than the last is less than a third
// full: the lowest word of its body, header and footer aside, must lie
// below a third of the body's height.
func checkFill(t *testing.T, pdf []byte, pages int) {
	t.Helper()
	const mm = 72 / 25.4
	out := runTool(t, "pdftotext", pdf, "-bbox", "-", "-")
	var h float64
	page := 0
	lowest := map[int]float64{}
	for _, m := range wordBox.FindAllStringSubmatch(out, -1) {
		if m[1] != "" {
			page++
			h, _ = strconv.ParseFloat(m[2], 64)
			continue
		}
		y, _ := strconv.ParseFloat(m[6], 64)
		if y/mm > marginTop-1 && y/mm < h/mm-marginBottom+1 {
			lowest[page] = max(lowest[page], y/mm)
		}
	}
	for p := 1; p < pages; p++ {
		body := h/mm - marginTop - marginBottom
		if fill := (lowest[p] - marginTop) / body; fill < 1.0/3 {
			t.Errorf("page %d of %d is only %.0f%% full", p, pages, 100*fill)
		}
	}
}

// TestPersonas renders every written persona against the built-in pack:
// the plan on page 1, no near-empty page, nothing printed as "not filled
// in". The personas are richer than a typical plan (the one who agrees
// with everything has a page of things to talk through), so they may take
// a seventh page; the example answers must fit in six.
func TestPersonas(t *testing.T) {
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatalf("built-in content pack: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "docs", "examples", "personas", "*.json"))
	if len(files) == 0 {
		t.Fatal("no personas in docs/examples/personas (go test ./assets -run TestPersonaFiles -update writes them)")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			a, err := workshop.DecodeAnswers(f)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			if err := a.CheckAgainst(c); err != nil {
				t.Fatalf("%s does not fit the built-in pack: %v", file, err)
			}
			pdf := renderPDF(t, c, a, Options{})
			if *samples != "" {
				if err := os.WriteFile(filepath.Join(*samples, "persona-"+name+".pdf"), pdf, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			pages, _ := pdfInfo(t, pdf)
			if pages > 7 {
				t.Errorf("%d pages, want at most 7", pages)
			}
			if first := flat(pdfText(t, pdf, 1, 1)); !strings.Contains(first, "Personal development plan: the next 90 days") {
				t.Errorf("page 1 does not open with the plan")
			}
			if text := strings.ToLower(pdfText(t, pdf, 0, 0)); strings.Contains(text, "not filled in") {
				t.Error(`"not filled in" printed`)
			}
			checkFill(t, pdf, pages)
			checkNoHeadingAtFoot(t, pdf)
			if text := flat(pdfText(t, pdf, 1, 1)); name == "almost-nothing" && !strings.Contains(text, "With so few answers") {
				t.Errorf("page 1 does not say why there is no focus area:\n%s", text)
			}
		})
	}
}
