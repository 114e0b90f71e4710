package planpdf

import (
	"strconv"
	"strings"
	"testing"
)

// headings are the plan's and the evidence's section and subsection
// titles, as pdftotext gives their words.
var headings = []string{"The shift I am making", "Strengths to build on", "What I will stop doing myself", "30-60-90 days",
	"Obstacles and how I will handle them", "What my manager commits to", "Signatures", "Progress log",
	"To talk through with my manager", "Questions for my manager", "The evidence behind the plan", "Things to talk through",
	"Readiness profile", "What the role is, and what I expect of it", "Skills", "Delegation map", "My week", "My reflections"}

// checkNoHeadingAtFoot fails when the last line of a page's body, header
// and footer aside, is a heading (or a focus area's title): a heading is
// always kept with what it introduces.
func checkNoHeadingAtFoot(t *testing.T, pdf []byte) {
	t.Helper()
	const mm = 72 / 25.4
	out := runTool(t, "pdftotext", pdf, "-bbox", "-", "-")
	type word struct {
		y    float64
		text string
	}
	var pages [][]word
	var h float64
	for _, m := range wordBox.FindAllStringSubmatch(out, -1) {
		if m[1] != "" {
			pages = append(pages, nil)
			h, _ = strconv.ParseFloat(m[2], 64)
			continue
		}
		y, _ := strconv.ParseFloat(m[6], 64)
		if y/mm > marginTop-1 && y/mm < h/mm-marginBottom+1 {
			pages[len(pages)-1] = append(pages[len(pages)-1], word{y, m[7]})
		}
	}
	for i, words := range pages {
		lowest := 0.0
		for _, w := range words {
			lowest = max(lowest, w.y)
		}
		var line []string
		for _, w := range words {
			if lowest-w.y < 1.5 { // the same line
				line = append(line, w.text)
			}
		}
		last := strings.Join(line, " ")
		for _, hd := range headings {
			if last == hd || strings.HasPrefix(last, "Focus area") && strings.Count(last, " ") < 8 {
				t.Errorf("page %d ends with the heading %q", i+1, last)
				break
			}
		}
	}
}

// TestNoHeadingAtTheFootOfAPage: across the example, a plan with every
// field full and every persona, no page ends with a heading.
func TestNoHeadingAtTheFootOfAPage(t *testing.T) {
	c, a := example(t)
	checkNoHeadingAtFoot(t, renderPDF(t, c, a, Options{}))
	c, a = fullPlan(t)
	checkNoHeadingAtFoot(t, renderPDF(t, c, a, Options{Compact: true}))
	checkNoHeadingAtFoot(t, renderPDF(t, c, a, Options{}))
}
