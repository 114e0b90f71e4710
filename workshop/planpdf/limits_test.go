package planpdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// full is a text of exactly n characters, in words, as a person might
// fill a field to its limit.
func full(n int) string {
	s := strings.Repeat("Handing over the weekly patch review to Priya with a checklist. ", n/60+1)
	return strings.TrimSpace(s[:n-1]) + "."
}

// fullPlan is the example participant with a plan where every field the
// plan step offers is at its limit: three focus areas, the most
// obstacles, and every list and milestone full.
func fullPlan(t *testing.T) (*workshop.Content, *workshop.Answers) {
	c, a := example(t)
	long, list, line := full(workshop.PlanTextLimit), full(workshop.PlanListLimit), full(workshop.PlanLineLimit)
	p := a.Plan
	for len(p.Focus) < workshop.MaxFocus {
		p.Focus = append(p.Focus, p.Focus[0])
	}
	for i := range p.Focus {
		f := &p.Focus[i]
		f.Title, f.Goal.Measurable, f.Goal.Baseline, f.Goal.Target, f.Support = line, line, line, line, line
		f.Goal.Specific, f.Goal.Achievable, f.Goal.Relevant, f.IfThen, f.FirstStep = long, long, long, long, long
		for j := range f.Actions {
			f.Actions[j].Text = long
		}
	}
	p.Shift, p.Day30, p.Day60, p.Day90, p.Manager = long, list, list, list, long
	p.Strengths, p.StopDoing = []string{list}, []string{list}
	p.Obstacles = nil
	for range workshop.MaxObstacles {
		p.Obstacles = append(p.Obstacles, workshop.Obstacle{Obstacle: long, Response: long})
	}
	return c, a
}

// TestFullPlanFitsSixPages: a plan with every field at its limit prints
// its plan pages (the plan a participant takes to their manager, without
// the evidence) on at most six A4 pages, none of them but the last under
// a third full.
func TestFullPlanFitsSixPages(t *testing.T) {
	c, a := fullPlan(t)
	pdf := renderPDF(t, c, a, Options{Compact: true})
	pages, _ := pdfInfo(t, pdf)
	if pages > 6 {
		t.Errorf("a plan with every field at its limit prints on %d pages, want at most 6", pages)
	}
	checkFill(t, pdf, pages)
	if *samples != "" {
		if err := os.WriteFile(filepath.Join(*samples, "full-plan.pdf"), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
