package planpdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// Expectation chart geometry in millimetres.
const (
	barH    = 3.2 // one bar
	barGap  = 1.0 // between the two bars of a statement
	flagW   = 26.0
	hatchDx = 1.1 // spacing of the hatching lines
)

// flagText names a mismatch in words, so it never depends on colour.
func flagText(k workshop.MismatchKind) string {
	switch k {
	case workshop.Unrealistic:
		return "UNREALISTIC"
	case workshop.BlindSpot:
		return "BLIND SPOT"
	}
	return ""
}

// alignment draws the expectation chart, flags the mismatches and lists
// the questions to take to the manager.
func (d *doc) alignment() {
	als := workshop.Alignments(d.c, d.a)
	textW := 0.42 * d.cw
	barsX := marginX + textW + 4
	barsW := d.cw - textW - 4 - flagW - 6
	xOf := func(v int) float64 { return barsX + float64(v)/float64(workshop.Scale)*barsW }

	legendH := bodyLine + 2
	axisH := smallLine + 2.5
	header := func() {
		y := d.pdf.GetY()
		d.pdf.SetFillColor(accent.r, accent.g, accent.b)
		d.pdf.Rect(marginX, y+1, 8, barH, "F")
		d.style("", smallSize, ink)
		d.pdf.SetXY(marginX+10, y)
		d.pdf.CellFormat(30, bodyLine, "I expect", "", 0, "L", false, 0, "")
		d.hatched(marginX+42, y+1, 8, barH)
		d.style("", smallSize, ink)
		d.pdf.SetXY(marginX+52, y)
		d.pdf.CellFormat(60, bodyLine, "Organization expects", "", 0, "L", false, 0, "")
		y += legendH
		d.style("B", smallSize, muted)
		d.pdf.SetXY(marginX, y)
		d.pdf.CellFormat(textW, smallLine, "Statement", "", 0, "L", false, 0, "")
		for v := 1; v <= workshop.Scale; v++ {
			d.pdf.SetXY(xOf(v)-3, y)
			d.pdf.CellFormat(6, smallLine, strconv.Itoa(v), "", 0, "C", false, 0, "")
		}
		d.pdf.SetXY(d.pageW-marginX-flagW, y)
		d.pdf.CellFormat(flagW, smallLine, "Mismatch", "", 0, "R", false, 0, "")
		d.rule(y+smallLine+1, muted, 0.3)
		d.pdf.SetY(y + axisH)
	}
	rowH := func(al workshop.Alignment) float64 {
		n := len(d.lines(al.Expectation.Statement, "", smallSize, textW))
		return max(float64(n)*smallLine, 2*barH+barGap+smallLine-barH) + 2*padY
	}

	intro := "How much you expect each statement to be part of your role, next to how much you believe your organization expects it (1 = not at all, 5 = completely). A difference of 2 points or more is flagged."
	keep := d.noteHeight(intro) + 2 + legendH + axisH
	if len(als) > 0 {
		keep += rowH(als[0])
	}
	d.section("Expectation alignment", keep)
	d.note(intro)
	d.pdf.SetY(d.pdf.GetY() + 2)
	if len(als) == 0 {
		d.para("No statement has been rated twice yet.")
	} else {
		d.need(keep)
		header()
	}
	for _, al := range als {
		h := rowH(al)
		if d.room() < h {
			d.pdf.AddPage()
			header()
		}
		d.alignmentRow(al, h, textW, xOf)
	}
	d.unrated()
	d.mismatches()
}

// alignmentRow draws one statement with its two bars and its flag.
func (d *doc) alignmentRow(al workshop.Alignment, h, textW float64, xOf func(int) float64) {
	y := d.pdf.GetY()
	d.style("", smallSize, ink)
	for i, l := range d.lines(al.Expectation.Statement, "", smallSize, textW) {
		d.pdf.SetXY(marginX, y+padY+float64(i)*smallLine)
		d.pdf.CellFormat(textW, smallLine, l, "", 0, "L", false, 0, "")
	}
	d.pdf.SetDrawColor(gridGrey.r, gridGrey.g, gridGrey.b)
	d.pdf.SetLineWidth(0.2)
	for v := 1; v <= workshop.Scale; v++ {
		d.pdf.Line(xOf(v), y+0.5, xOf(v), y+h-0.5)
	}
	d.pdf.SetDrawColor(muted.r, muted.g, muted.b)
	d.pdf.Line(xOf(0), y+0.5, xOf(0), y+h-0.5)
	top := y + padY + (smallLine-barH)/2
	d.pdf.SetFillColor(accent.r, accent.g, accent.b)
	d.pdf.Rect(xOf(0), top, xOf(al.Me)-xOf(0), barH, "F")
	d.hatched(xOf(0), top+barH+barGap, xOf(al.Org)-xOf(0), barH)
	d.style("", smallSize, ink)
	for i, v := range []int{al.Me, al.Org} {
		d.pdf.SetXY(xOf(v)+1, top+float64(i)*(barH+barGap)+barH/2-smallLine/2)
		d.pdf.CellFormat(5, smallLine, strconv.Itoa(v), "", 0, "L", false, 0, "")
	}
	if f := flagText(al.Kind); f != "" {
		d.style("B", smallSize, ink)
		d.pdf.SetXY(d.pageW-marginX-flagW, y+padY)
		d.pdf.CellFormat(flagW, smallLine, f, "", 0, "R", false, 0, "")
	}
	d.rule(y+h, gridGrey, 0.2)
	d.pdf.SetY(y + h)
}

// hatched draws a bar as an outline filled with diagonal lines: it stays
// distinct from a solid bar in grayscale print.
func (d *doc) hatched(x, y, w, h float64) {
	if w <= 0 {
		return
	}
	d.pdf.SetFillColor(white.r, white.g, white.b)
	d.pdf.Rect(x, y, w, h, "F")
	d.pdf.ClipRect(x, y, w, h, false)
	d.pdf.SetDrawColor(ink.r, ink.g, ink.b)
	d.pdf.SetLineWidth(0.2)
	for t := -h; t < w; t += hatchDx {
		d.pdf.Line(x+t, y+h, x+t+h, y)
	}
	d.pdf.ClipEnd()
	d.pdf.SetLineWidth(0.3)
	d.pdf.Rect(x, y, w, h, "D")
	d.pdf.SetLineWidth(0.2)
}

// unrated lists the statements not yet rated twice.
func (d *doc) unrated() {
	var missing []string
	for _, e := range d.c.Expectations {
		p := d.a.Expectations[e.ID]
		if p.Me < 1 || p.Me > workshop.Scale || p.Org < 1 || p.Org > workshop.Scale {
			missing = append(missing, "“"+e.Statement+"”")
		}
	}
	if len(missing) > 0 && len(missing) < len(d.c.Expectations) {
		d.pdf.SetY(d.pdf.GetY() + 1.5)
		d.note("Not rated twice yet: " + strings.Join(missing, "; ") + ".")
	}
}

// mismatches explains each flagged statement and lists its questions for
// the manager.
func (d *doc) mismatches() {
	ms := workshop.Mismatches(d.c, d.a)
	d.sub("Mismatches to talk about", 0)
	if len(ms) == 0 {
		d.para("No statement differs by 2 points or more: what you expect and what you believe your organization expects look aligned.")
		return
	}
	kinds := map[workshop.MismatchKind]bool{}
	for _, m := range ms {
		kinds[m.Kind] = true
	}
	var legend []string
	if kinds[workshop.Unrealistic] {
		legend = append(legend, "UNREALISTIC: you expect more than your organization does.")
	}
	if kinds[workshop.BlindSpot] {
		legend = append(legend, "BLIND SPOT: your organization expects more than you do.")
	}
	d.note(strings.Join(legend, " ") + " Take these questions to your manager.")
	for _, m := range ms {
		d.need(3*bodyLine + smallLine + 3)
		d.pdf.SetY(d.pdf.GetY() + 2)
		d.text(marginX, d.cw, flagText(m.Kind)+": "+m.Expectation.Statement, "B", bodySize, bodyLine, ink)
		d.text(marginX, d.cw, fmt.Sprintf("You: %d (%s). Your organization: %d (%s).",
			m.Me, workshop.ScaleLabel(workshop.ExpectScale, m.Me), m.Org, workshop.ScaleLabel(workshop.ExpectScale, m.Org)),
			"", smallSize, smallLine, muted)
		d.minor("Questions for your manager")
		for _, q := range m.Expectation.Questions {
			d.bullet(marginX+2, d.cw-2, q)
		}
	}
}
