package planpdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// summary draws the first page: who the plan belongs to and the focus
// areas at a glance with their first steps.
func (d *doc) summary() {
	p := d.a.Participant
	d.text(marginX, d.cw, "Personal action plan", "B", 22, 10, accent)
	d.pdf.SetY(d.pdf.GetY() + 1)
	name := strings.TrimSpace(p.Name)
	if name == "" {
		name = "Participant"
	}
	d.text(marginX, d.cw, name, "B", 15, 7, ink)
	d.pdf.SetY(d.pdf.GetY() + 5)

	d.field("Name", p.Name)
	d.field("Role", p.Role)
	d.field("Team size", teamSize(p.TeamSize))
	d.field("Time in leadership", p.LeadershipTime)
	d.field("Manager", p.Manager)

	d.section("Focus areas at a glance", 25)
	if d.a.Plan == nil {
		d.note("Your action plan has not been written yet. These focus areas are suggested from your answers; choose and shape them with your manager.")
		d.pdf.SetY(d.pdf.GetY() + 2)
		sugg := workshop.Suggest(d.c, d.a)
		if len(sugg) == 0 {
			d.para("No focus area stands out yet: complete the self-assessment, expectations and skills to get suggestions.")
		}
		for i, s := range sugg {
			d.glance(i+1, s.Title, s.Why, nil)
		}
		return
	}
	if len(d.a.Plan.Focus) == 0 {
		d.para("No focus area has been chosen yet.")
	}
	for i, f := range d.a.Plan.Focus {
		d.glance(i+1, f.Title, f.Why, &f)
	}
}

// glance draws one numbered focus area: title, why and, for a written
// plan, the first step and its date.
func (d *doc) glance(n int, title, why string, f *workshop.FocusArea) {
	const indent = 11.0
	w := d.cw - indent
	x := marginX + indent
	h := float64(len(d.lines(orNone(title), "B", 11.5, w)))*5.6 + bodyLine*float64(min(len(d.lines(why, "", bodySize, w)), 4))
	if f != nil {
		h += 2 * bodyLine
	}
	d.need(min(h, 60) + 4)
	d.pdf.SetY(d.pdf.GetY() + 3)
	y := d.pdf.GetY()
	d.pdf.SetFillColor(accent.r, accent.g, accent.b)
	d.pdf.Circle(marginX+3.6, y+2.8, 3.6, "F")
	d.style("B", 11, white)
	d.pdf.SetXY(marginX, y+0.3)
	d.pdf.CellFormat(7.2, 5, strconv.Itoa(n), "", 0, "C", false, 0, "")

	d.pdf.SetY(y)
	d.text(x, w, orNone(title), "B", 11.5, 5.6, ink)
	if strings.TrimSpace(why) != "" {
		d.text(x, w, why, "", bodySize, bodyLine, ink)
	}
	if f == nil {
		return
	}
	d.pdf.SetY(d.pdf.GetY() + 1)
	d.fieldAt(x, w, "First step", f.FirstStep)
	d.fieldAt(x, w, "By", longDate(f.FirstStepDate))
}

// teamSize says how many people the participant leads.
func teamSize(n int) string {
	switch {
	case n <= 0:
		return ""
	case n == 1:
		return "1 person"
	}
	return fmt.Sprintf("%d people", n)
}
