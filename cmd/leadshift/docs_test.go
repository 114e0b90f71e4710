package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

// numbers reads the number words the documentation writes.
var numbers = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// docFigures returns every match of re's first group in the named files,
// with the file it came from.
func docFigures(t *testing.T, re *regexp.Regexp, files ...string) map[string]string {
	t.Helper()
	found := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join("../..", f))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			found[f+": "+strings.Join(strings.Fields(m[0]), " ")] = m[1]
		}
	}
	if len(found) == 0 {
		t.Fatalf("no figure matching %s in %v: reword the check with the text", re, files)
	}
	return found
}

// The plan's size and page count that the README gives are the example
// plan's, as this build prints it.
func TestDocumentedPlanFigures(t *testing.T) {
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Fatal("needs pdfinfo: install poppler-utils (make test installs it)")
	}
	out := filepath.Join(t.TempDir(), "plan.pdf")
	leadshift(t, nil, "plan", "--answers", "../../docs/examples/answers.json", "--out", out, "--paper", "a4")
	pdf, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	info, err := exec.Command("pdfinfo", out).Output()
	if err != nil {
		t.Fatal(err)
	}
	pages, _ := strconv.Atoi(regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(string(info))[1])
	for where, n := range docFigures(t, regexp.MustCompile(`fits on (\w+) A4 pages`), "README.md") {
		if numbers[n] != pages {
			t.Errorf("%s, but the example plan has %d", where, pages)
		}
	}
	kb := len(pdf) / 1000
	for where, n := range docFigures(t, regexp.MustCompile(`PDF of about (\d+) KB`), "README.md") {
		if doc, _ := strconv.Atoi(n); doc < kb*85/100 || doc > kb*115/100 {
			t.Errorf("%s, but the example plan is %d KB", where, kb)
		}
	}
}

// The check phrase's length and the rounding of the room's medians, as the
// guides give them, are the code's.
func TestDocumentedRoomFigures(t *testing.T) {
	for where, n := range docFigures(t, regexp.MustCompile(`\b(two|three|four|five|six|seven|eight|nine|ten) words\b`),
		"README.md", "docs/facilitator-guide.md", "docs/protocol.md") {
		if numbers[n] != lan.PhraseWords {
			t.Errorf("%s, but a check phrase has %d words", where, lan.PhraseWords)
		}
	}
	for where, n := range docFigures(t, regexp.MustCompile(`rounded to (\d+)`),
		"docs/facilitator-guide.md", "docs/protocol.md") {
		if doc, _ := strconv.Atoi(n); doc != workshop.ScoreStep {
			t.Errorf("%s, but medians are rounded to %d", where, workshop.ScoreStep)
		}
	}
}

// Every example of a content pack or answers file in the documentation
// carries the version this LeadShift reads: an older one is refused.
func TestDocumentedFormatVersions(t *testing.T) {
	files := []string{"README.md"}
	docs, _ := filepath.Glob("../../docs/*.md")
	for _, d := range docs {
		files = append(files, strings.TrimPrefix(d, "../../"))
	}
	want := map[string]int{workshop.ContentFormat: workshop.ContentVersion, workshop.AnswersFormat: workshop.AnswersVersion}
	re := regexp.MustCompile(`"format":\s*"(leadshift\.\w+)",\s*"version":\s*(\d+)`)
	for where, format := range docFigures(t, re, files...) {
		v, _ := strconv.Atoi(re.FindStringSubmatch(where)[2])
		if w, ok := want[format]; ok && v != w {
			t.Errorf("%s, but this LeadShift reads %s version %d", where, format, w)
		}
	}
}
