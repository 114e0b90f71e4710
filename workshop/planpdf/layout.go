package planpdf

import (
	"math"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// rgb is a colour.
type rgb struct{ r, g, b int }

// The palette: one accent, used sparingly, and greys. No meaning is carried
// by colour alone; every coloured mark is also labelled in words or shape.
var (
	accent   = rgb{31, 111, 120} // dark teal: section titles, chart data
	ink      = rgb{30, 33, 36}   // body text
	muted    = rgb{88, 92, 96}   // secondary text, still readable in print
	greyRule = rgb{185, 188, 191}
	gridGrey = rgb{215, 217, 219}
	tint     = rgb{226, 238, 239} // table header and radar fill
	white    = rgb{255, 255, 255}
)

// Type sizes in points and line heights in millimetres.
const (
	bodySize  = 9.5
	bodyLine  = 4.7
	smallSize = 9.0
	smallLine = 4.4
	labelW    = 34.0 // label column of label/value fields
)

// style sets the font and text colour.
func (d *doc) style(st string, size float64, col rgb) {
	d.pdf.SetFont(family, st, size)
	d.pdf.SetTextColor(col.r, col.g, col.b)
}

// rule draws a horizontal line across the content width at y.
func (d *doc) rule(y float64, col rgb, width float64) {
	d.pdf.SetDrawColor(col.r, col.g, col.b)
	d.pdf.SetLineWidth(width)
	d.pdf.Line(marginX, y, d.pageW-marginX, y)
}

// fit shortens s with an ellipsis until it is at most w wide in the
// current font. Only the page header uses it; everywhere else text wraps.
func (d *doc) fit(s string, w float64) string {
	s = strings.Join(strings.Fields(clean(s)), " ")
	if d.pdf.GetStringWidth(s) <= w {
		return s
	}
	// gofpdf does not kern, so widths add up rune by rune.
	limit := w - d.pdf.GetStringWidth("…")
	used, end := 0.0, 0
	for i, r := range s {
		if used += d.pdf.GetStringWidth(string(r)); used > limit {
			end = i
			break
		}
	}
	return strings.TrimSpace(s[:end]) + "…"
}

// bottom is the lowest y content may reach on a page.
func (d *doc) bottom() float64 { return d.pageH - marginBottom }

// room is the height left on the current page.
func (d *doc) room() float64 { return d.bottom() - d.pdf.GetY() }

// need starts a new page unless h millimetres are left on this one.
func (d *doc) need(h float64) {
	if d.room() < h {
		d.pdf.AddPage()
	}
}

// lines wraps s to width w in the given font, one string per line. An
// empty text is one empty line.
func (d *doc) lines(s string, st string, size, w float64) []string {
	d.pdf.SetFont(family, st, size)
	ls := d.pdf.SplitText(clean(s), w)
	if len(ls) == 0 {
		return []string{""}
	}
	return ls
}

// text prints wrapped text at x, width w, from the current y; long text
// continues on following pages.
func (d *doc) text(x, w float64, s string, st string, size, lh float64, col rgb) {
	d.style(st, size, col)
	d.pdf.SetX(x)
	d.pdf.MultiCell(w, lh, clean(s), "", "L", false)
}

// para prints a body paragraph across the content width, keeping at least
// its first two lines together.
func (d *doc) para(s string) {
	d.need(2 * bodyLine)
	d.text(marginX, d.cw, s, "", bodySize, bodyLine, ink)
}

// note prints a secondary paragraph in smaller muted type.
func (d *doc) note(s string) {
	d.need(2 * smallLine)
	d.text(marginX, d.cw, s, "", smallSize, smallLine, muted)
}

// noteHeight is the height note needs for s.
func (d *doc) noteHeight(s string) float64 {
	return float64(len(d.lines(s, "", smallSize, d.cw))) * smallLine
}

// headingLines is how much body a heading needs below it on its page.
const headingLines = 3 * bodyLine

// section starts a major section: a title in the accent colour over a
// grey rule. It moves to a new page unless the title and keep millimetres
// of what follows (at least three lines) fit on this one.
func (d *doc) section(title string, keep float64) {
	ls := d.lines(title, "B", 15, d.cw)
	h := float64(len(ls))*7 + 8
	d.need(h + max(keep, headingLines))
	if d.pdf.GetY() > marginTop+1 {
		d.pdf.SetY(d.pdf.GetY() + 4)
	}
	d.text(marginX, d.cw, title, "B", 15, 7, accent)
	y := d.pdf.GetY() + 1
	d.rule(y, greyRule, 0.3)
	d.pdf.SetY(y + 3)
}

// sub starts a subsection with a bold title, kept together with keep
// millimetres (at least three lines) of what follows, and with the
// pending section title when there is one.
func (d *doc) sub(title string, keep float64) {
	ls := d.lines(title, "B", 11.5, d.cw)
	h := float64(len(ls))*5.6 + subGap
	if d.pending != nil {
		p := d.pending
		d.pending = nil
		d.section(p.title, d.noteHeight(p.intro)+h+max(keep, headingLines))
		if p.intro != "" {
			d.note(p.intro)
		}
	}
	d.need(h + max(keep, headingLines))
	d.pdf.SetY(d.pdf.GetY() + 2.5)
	d.text(marginX, d.cw, title, "B", 11.5, 5.6, ink)
	d.pdf.SetY(d.pdf.GetY() + 1)
}

// subGap is the space a subsection title takes above and below its lines
// (2.5 and 1 mm): counted whole, so that what is kept with the title
// fits under it.
const subGap = 3.5

// pendingSection is a section title held back until the first subsection
// under it is drawn, so that the two always share a page.
type pendingSection struct{ title, intro string }

// fieldAt prints a label in a narrow left column and its value wrapped in
// the rest of a column starting at x, w wide. An empty value is left out,
// label and all.
func (d *doc) fieldAt(x, w float64, label, value string) {
	value = strings.TrimSpace(value)
	if value == "" {
		return
	}
	labelLines := d.lines(label, "B", smallSize, labelW-3)
	valueLines := d.lines(value, "", bodySize, w-labelW)
	d.need(math.Max(float64(len(labelLines))*smallLine, float64(min(len(valueLines), 3))*bodyLine) + 1)
	y, page := d.pdf.GetY(), d.pdf.PageNo()
	d.style("B", smallSize, muted)
	for i, l := range labelLines {
		d.pdf.SetXY(x, y+0.4+float64(i)*smallLine)
		d.pdf.CellFormat(labelW-3, smallLine, l, "", 0, "L", false, 0, "")
	}
	d.pdf.SetXY(x+labelW, y)
	d.text(x+labelW, w-labelW, value, "", bodySize, bodyLine, ink)
	if end := y + float64(len(labelLines))*smallLine; d.pdf.PageNo() == page && d.pdf.GetY() < end {
		d.pdf.SetY(end)
	}
	d.pdf.SetY(d.pdf.GetY() + 0.5)
}

// fieldHeight is the height fieldAt needs for a value in a column w wide;
// 0 for an empty value.
func (d *doc) fieldHeight(w float64, label, value string) float64 {
	if strings.TrimSpace(value) == "" {
		return 0
	}
	l := float64(len(d.lines(label, "B", smallSize, labelW-3))) * smallLine
	v := float64(len(d.lines(value, "", bodySize, w-labelW))) * bodyLine
	return math.Max(l, v) + 0.5
}

// bulletSized prints one list item with a bullet, wrapped under its own
// text, in a given type size and line height.
func (d *doc) bulletSized(x, w float64, s string, size, lh float64) {
	d.need(lh * float64(min(len(d.lines(s, "", size, w-5)), 2)))
	y := d.pdf.GetY()
	d.style("", size, accent)
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(5, lh, "•", "", 0, "L", false, 0, "")
	d.text(x+5, w-5, s, "", size, lh, ink)
	d.pdf.SetY(d.pdf.GetY() + 0.4)
}

// longDate formats a YYYY-MM-DD date as "2 January 2006"; an empty date
// stays empty and anything else is printed as entered.
func longDate(s string) string {
	return workshop.Long(strings.TrimSpace(s))
}
