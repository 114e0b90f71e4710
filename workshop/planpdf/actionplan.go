package planpdf

import (
	"fmt"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// actionPlan draws every focus area in full, then the 30-60-90 day
// milestones and the review dates.
func (d *doc) actionPlan() {
	d.section("Action plan", 0)
	p := d.a.Plan
	if p == nil {
		d.para("Your action plan has not been written yet. The focus areas suggested from your answers are on the first page; turn them into goals, actions and a first step with your manager.")
		return
	}
	if len(p.Focus) == 0 {
		d.para("No focus area has been chosen yet.")
	}
	for i, f := range p.Focus {
		d.focus(i+1, f)
	}

	d.sub("30-60-90 days", 0)
	d.field("By day 30", p.Day30)
	d.field("By day 60", p.Day60)
	d.field("By day 90", p.Day90)

	d.sub("Review dates", 0)
	var dates []string
	for _, r := range p.Reviews {
		if strings.TrimSpace(r) != "" {
			dates = append(dates, longDate(r))
		}
	}
	if len(dates) == 0 {
		d.para("No review dates set.")
		return
	}
	for _, r := range dates {
		d.bullet(marginX, d.cw, r)
	}
}

// goalFields are the SMART letters with their labels, in order.
var goalFields = []struct {
	label string
	get   func(workshop.Goal) string
}{
	{"Specific", func(g workshop.Goal) string { return g.Specific }},
	{"Measurable", func(g workshop.Goal) string { return g.Measurable }},
	{"Achievable", func(g workshop.Goal) string { return g.Achievable }},
	{"Relevant", func(g workshop.Goal) string { return g.Relevant }},
	{"Time-bound", func(g workshop.Goal) string { return g.TimeBound }},
}

// focus draws one focus area: title, why, SMART goal, the actions grouped
// by 70-20-10, success measure, support and the first step.
func (d *doc) focus(n int, f workshop.FocusArea) {
	if n > 1 {
		d.gap(3)
	}
	d.sub(fmt.Sprintf("Focus area %d: %s", n, orNone(f.Title)), 2*bodyLine+smallLine)
	if strings.TrimSpace(f.Why) != "" {
		d.para(f.Why)
	}
	d.minor("SMART goal")
	for _, g := range goalFields {
		d.field(g.label, g.get(f.Goal))
	}
	d.minor("Development actions (70-20-10)")
	for _, k := range workshop.Kinds {
		acts := f.ActionsOf(k)
		d.need(smallLine + bodyLine + 1)
		d.pdf.SetY(d.pdf.GetY() + 0.5)
		d.text(marginX+2, d.cw-2, k.Label(), "B", smallSize, smallLine, ink)
		if len(acts) == 0 {
			d.text(marginX+7, d.cw-7, "none planned", "I", bodySize, bodyLine, muted)
		}
		for _, a := range acts {
			d.bullet(marginX+2, d.cw-2, orNone(a.Text))
		}
	}
	d.minor("Making it happen")
	d.field("Success measure", f.Measure)
	d.field("Support", f.Support)
	d.field("First step", f.FirstStep)
	d.field("First step by", longDate(f.FirstStepDate))
}

// signatures draws lines for the participant and the manager to sign and
// date.
func (d *doc) signatures() {
	const lineGap = 14.0
	text := "We have discussed this plan and will review it on the dates above."
	colW := (d.cw - 12) / 2
	p := d.a.Participant
	names := []string{"Participant: " + orNone(p.Name), "Manager: " + orNone(p.Manager)}
	if strings.TrimSpace(p.Manager) == "" {
		names[1] = "Manager"
	}
	nameH := 0.0
	for _, n := range names {
		nameH = max(nameH, float64(len(d.lines(n, "", smallSize, colW)))*smallLine)
	}
	d.sub("Agreement", bodyLine+2*lineGap+nameH+2*smallLine+6)
	d.para(text)
	top := d.pdf.GetY() + 2
	bottom := top
	for i, n := range names {
		x := marginX + float64(i)*(colW+12)
		y := top + lineGap
		d.pdf.SetDrawColor(ink.r, ink.g, ink.b)
		d.pdf.SetLineWidth(0.3)
		d.pdf.Line(x, y, x+colW, y)
		d.pdf.SetXY(x, y+1)
		d.text(x, colW, n, "", smallSize, smallLine, muted)
		y = d.pdf.GetY() + lineGap - smallLine
		d.pdf.Line(x, y, x+colW*0.6, y)
		d.pdf.SetXY(x, y+1)
		d.text(x, colW, "Date", "", smallSize, smallLine, muted)
		bottom = max(bottom, d.pdf.GetY())
	}
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetY(bottom)
}
