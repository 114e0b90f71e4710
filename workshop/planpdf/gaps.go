package planpdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// Skill chart marks in millimetres: a filled dot for the current level, a
// ring for the importance, so they differ by shape, not only colour.
const (
	dotR  = 1.4
	ringR = 2.3
	gapW  = 18.0 // gap column of the chart
)

// gaps draws the skill gaps ranked by priority: a dot chart, a table and
// the level descriptions of the top gaps.
func (d *doc) gaps() {
	gs := workshop.Gaps(d.c, d.a)
	textW := 0.36 * d.cw
	scaleX := marginX + textW + 6
	scaleW := d.cw - textW - 6 - gapW - 6
	xOf := func(v int) float64 { return scaleX + float64(v-1)/float64(workshop.Scale-1)*scaleW }

	legendH := bodyLine + 2
	axisH := smallLine + 2.5
	header := func() {
		y := d.pdf.GetY()
		d.pdf.SetFillColor(accent.r, accent.g, accent.b)
		d.pdf.Circle(marginX+dotR+0.5, y+bodyLine/2, dotR, "F")
		d.style("", smallSize, ink)
		d.pdf.SetXY(marginX+5, y)
		d.pdf.CellFormat(40, bodyLine, "Current level", "", 0, "L", false, 0, "")
		d.ring(marginX+46+ringR, y+bodyLine/2)
		d.style("", smallSize, ink)
		d.pdf.SetXY(marginX+46+2*ringR+2, y)
		d.pdf.CellFormat(60, bodyLine, "Importance for your role", "", 0, "L", false, 0, "")
		y += legendH
		d.style("B", smallSize, muted)
		d.pdf.SetXY(marginX, y)
		d.pdf.CellFormat(textW, smallLine, "Skill", "", 0, "L", false, 0, "")
		for v := 1; v <= workshop.Scale; v++ {
			d.pdf.SetXY(xOf(v)-3, y)
			d.pdf.CellFormat(6, smallLine, strconv.Itoa(v), "", 0, "C", false, 0, "")
		}
		d.pdf.SetXY(d.pageW-marginX-gapW, y)
		d.pdf.CellFormat(gapW, smallLine, "Gap", "", 0, "R", false, 0, "")
		d.rule(y+smallLine+1, muted, 0.3)
		d.pdf.SetY(y + axisH)
	}
	rowH := func(g workshop.Gap) float64 {
		n := len(d.lines(g.Skill.Name, "", smallSize, textW))
		return max(float64(n)*smallLine, 2*ringR) + 2*padY
	}

	intro := "Your current level next to how important each skill is for your role, both from 1 to 5. Skills are ranked by priority: the gap times its importance."
	keep := d.noteHeight(intro) + 2 + legendH + axisH
	if len(gs) > 0 {
		keep += rowH(gs[0])
	}
	d.section("Skill gaps", keep)
	d.note(intro)
	d.pdf.SetY(d.pdf.GetY() + 2)
	if len(gs) == 0 {
		d.para("No skill has been rated for both level and importance yet.")
		return
	}
	d.need(keep)
	header()
	for _, g := range gs {
		h := rowH(g)
		if d.room() < h {
			d.pdf.AddPage()
			header()
		}
		d.gapRow(g, h, textW, xOf)
	}
	d.unratedSkills()

	rows := make([][]string, len(gs))
	for i, g := range gs {
		rows[i] = []string{strconv.Itoa(i + 1), g.Skill.Name, strconv.Itoa(g.Current),
			fmt.Sprintf("%d %s", g.Importance, workshop.ScaleLabel(workshop.ImportanceScale, g.Importance)),
			signed(g.Size()), strconv.Itoa(g.Priority())}
	}
	d.pdf.SetY(d.pdf.GetY() + 4)
	d.table("Skill gaps", []column{
		{"Rank", 0.08, "R"}, {"Skill", 0.36, "L"}, {"Current", 0.12, "R"},
		{"Importance", 0.2, "L"}, {"Gap", 0.1, "R"}, {"Priority", 0.14, "R"},
	}, rows)
	d.topGaps(gs)
}

// gapRow draws one skill: its name, the current level as a dot and the
// importance as a ring on the 1 to 5 scale, joined by a line, and the gap.
func (d *doc) gapRow(g workshop.Gap, h, textW float64, xOf func(int) float64) {
	y := d.pdf.GetY()
	d.style("", smallSize, ink)
	for i, l := range d.lines(g.Skill.Name, "", smallSize, textW) {
		d.pdf.SetXY(marginX, y+padY+float64(i)*smallLine)
		d.pdf.CellFormat(textW, smallLine, l, "", 0, "L", false, 0, "")
	}
	cy := y + padY + smallLine/2
	d.pdf.SetDrawColor(gridGrey.r, gridGrey.g, gridGrey.b)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(xOf(1), cy, xOf(workshop.Scale), cy)
	d.pdf.SetDrawColor(muted.r, muted.g, muted.b)
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(xOf(g.Current), cy, xOf(g.Importance), cy)
	d.ring(xOf(g.Importance), cy)
	d.pdf.SetFillColor(accent.r, accent.g, accent.b)
	d.pdf.Circle(xOf(g.Current), cy, dotR, "F")
	st := ""
	if g.Size() > 0 {
		st = "B"
	}
	d.style(st, smallSize, ink)
	d.pdf.SetXY(d.pageW-marginX-gapW, y+padY)
	d.pdf.CellFormat(gapW, smallLine, signed(g.Size()), "", 0, "R", false, 0, "")
	d.rule(y+h, gridGrey, 0.2)
	d.pdf.SetY(y + h)
}

// ring draws the importance mark: an open circle.
func (d *doc) ring(x, y float64) {
	d.pdf.SetDrawColor(ink.r, ink.g, ink.b)
	d.pdf.SetFillColor(white.r, white.g, white.b)
	d.pdf.SetLineWidth(0.45)
	d.pdf.Circle(x, y, ringR, "FD")
	d.pdf.SetLineWidth(0.2)
}

// signed prints a gap with its sign: "+2", "0", "−1".
func signed(n int) string {
	switch {
	case n > 0:
		return "+" + strconv.Itoa(n)
	case n < 0:
		return "−" + strconv.Itoa(-n)
	}
	return "0"
}

// unratedSkills lists the skills not yet rated for level and importance.
func (d *doc) unratedSkills() {
	var missing []string
	for _, s := range d.c.Skills {
		r := d.a.Skills[s.ID]
		if r.Current < 1 || r.Current > workshop.Scale || r.Importance < 1 || r.Importance > workshop.Scale {
			missing = append(missing, s.Name)
		}
	}
	if len(missing) > 0 {
		d.pdf.SetY(d.pdf.GetY() + 1.5)
		d.note("Not rated yet: " + strings.Join(missing, "; ") + ".")
	}
}

// topGaps describes, for the three biggest gaps, the level today and the
// level the role needs, in the content pack's own words.
func (d *doc) topGaps(gs []workshop.Gap) {
	var top []workshop.Gap
	for _, g := range gs {
		if g.Size() > 0 && len(top) < 3 {
			top = append(top, g)
		}
	}
	d.sub("Your top gaps", 0)
	if len(top) == 0 {
		d.para("No skill is below what your role needs.")
		return
	}
	for i, g := range top {
		d.need(smallLine + 4*bodyLine)
		d.pdf.SetY(d.pdf.GetY() + 1.5)
		d.text(marginX, d.cw, fmt.Sprintf("%d. %s: from level %d to level %d", i+1, g.Skill.Name, g.Current, g.Importance), "B", bodySize, bodyLine, ink)
		d.pdf.SetY(d.pdf.GetY() + 1)
		d.field(fmt.Sprintf("Today (level %d)", g.Current), level(g.Skill, g.Current))
		d.field(fmt.Sprintf("Target (level %d)", g.Importance), level(g.Skill, g.Importance))
	}
}

// level is a skill's description of level v.
func level(s *workshop.Skill, v int) string {
	if v < 1 || v > len(s.Levels) {
		return ""
	}
	return s.Levels[v-1]
}
