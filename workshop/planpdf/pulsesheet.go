package planpdf

import (
	"errors"
	"io"
	"strconv"

	"github.com/leadshift/leadshift/workshop"
)

// RenderPulseSheet writes the team pulse as an anonymous sheet to hand
// round: the pack's words for the team, and each question with a box for
// every answer. It carries no name, no date and no field to write in.
func RenderPulseSheet(w io.Writer, c *workshop.Content, opt Options) error {
	if c == nil || c.Pulse == nil {
		return errors.New("planpdf: the content pack has no team pulse")
	}
	p := c.Pulse
	d, err := standalone(opt, p.Title)
	if err != nil {
		return err
	}
	d.pdf.AddPage()
	d.pulseCopy(p)
	// Two copies to a page when one fits in half of it, with a line to
	// cut along.
	if half := d.pageH / 2; d.pdf.GetY() < half-5 {
		d.pdf.SetDrawColor(muted.r, muted.g, muted.b)
		d.pdf.SetDashPattern([]float64{2, 2}, 0)
		d.pdf.Line(marginX/2, half, d.pageW-marginX/2, half)
		d.pdf.SetDashPattern([]float64{}, 0)
		d.pdf.SetY(half + marginTop - headerY)
		d.pulseCopy(p)
	}
	d.pdf.SetLineWidth(0.2)
	return d.output(w)
}

// pulseCopy draws one copy of the sheet from the current position.
func (d *doc) pulseCopy(p *workshop.Pulse) {
	d.text(marginX, d.cw, p.Title, "B", 16, 7.5, accent)
	d.pdf.SetY(d.pdf.GetY() + 2)
	d.para(p.Intro)
	const box = 4.5
	colW := d.cw / float64(len(p.Options))
	for i, q := range p.Questions {
		d.pdf.SetY(d.pdf.GetY() + 6)
		d.need(3*bodyLine + box + 8)
		d.text(marginX, d.cw, strconv.Itoa(i+1)+". "+q.Text, "B", 11, 5.4, ink)
		y := d.pdf.GetY() + 3
		d.pdf.SetDrawColor(ink.r, ink.g, ink.b)
		d.pdf.SetLineWidth(0.3)
		for j, o := range p.Options {
			x := marginX + float64(j)*colW
			d.pdf.Rect(x, y, box, box, "D")
			d.style("", bodySize, ink)
			d.pdf.SetXY(x+box+2, y)
			d.pdf.CellFormat(colW-box-3, box, d.fit(o, colW-box-3), "", 0, "L", false, 0, "")
		}
		d.pdf.SetY(y + box + 2)
	}
}
