package planpdf

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

// The printed request is one answerable page: the statements as a tick
// table, the skills two to a row with the level needed and today's to
// tick, and the questions and commitments two to a row with room to
// write. The skills' levels in words follow on a reference page, marked
// optional. The page is drawn at the largest type size that fits it.

// requestLayouts are the type sizes and lines to write on tried for the
// answerable page, roomiest first; the last one is used whatever it
// takes. Letter paper is shorter than A4.
var requestLayouts = []struct {
	size  float64
	lines int
}{{8.5, 3}, {8, 3}, {7.5, 3}, {7, 3}, {7.5, 2}, {7, 2}}

// Geometry of the answerable page, in millimetres.
const (
	formMargin = 10.0 // top and bottom
	formX      = 15.0 // left and right
	tickBox    = 3.2  // a box to tick, its number in it
	tickStep   = 4.4  // from one box to the next
	formGap    = 5.5  // between lines to write on
	gutter     = 6.0  // between two columns
)

// RenderRequest writes a manager's request as a printable form, for a
// manager who prefers paper: page 1 holds everything to answer (the
// statements, the skills with the level needed and today's, the core
// questions and the commitments); page 2 is the optional reference of
// the skills' levels in words.
func RenderRequest(w io.Writer, c *workshop.Content, q *manager.Request, opt Options) error {
	if c == nil || q == nil {
		return errors.New("planpdf: no request to render")
	}
	for i, l := range requestLayouts {
		d, err := standalone(opt, "A request from "+nameOr(q.Name, "your team member"))
		if err != nil {
			return err
		}
		last := i == len(requestLayouts)-1
		f := &requestForm{d: d, sz: l.size, lh: l.size * 0.44, lines: l.lines, x: formX, w: d.pageW - 2*formX, strict: !last}
		if !f.draw(c, q) {
			continue // too big for one page: a size smaller
		}
		d.levelsInWords(q)
		return d.output(w)
	}
	return errors.New("planpdf: the request could not be laid out") // the last size always draws
}

// requestForm draws the answerable page of a request.
type requestForm struct {
	d      *doc
	sz, lh float64 // type size (points) and line height (mm)
	x, w   float64 // the left edge and the width of the page's content
	lines  int     // lines to write on under each question
	strict bool    // give up at the page's end instead of going on
	over   bool    // the page overflowed, strict
}

// draw draws the page and reports whether it fit (always true when not
// strict: the form then goes on to the next page).
func (f *requestForm) draw(c *workshop.Content, q *manager.Request) bool {
	d := f.d
	d.pdf.SetAutoPageBreak(false, 0)
	d.pdf.AddPage()
	d.pdf.SetY(formMargin)
	who := nameOr(q.Name, "your team member")
	d.text(f.x, f.w, "What I expect of you in this role: a request from "+who, "B", 13, 6, accent)
	var line []string
	for _, s := range []string{q.Role, q.Created.Format("2 January 2006")} {
		if strings.TrimSpace(s) != "" && !strings.HasPrefix(s, "1 January 0001") {
			line = append(line, s)
		}
	}
	f.writeField(strings.Join(line, " · "), "Your name")
	if c.Manager != nil {
		d.pdf.SetY(d.pdf.GetY() + 1)
		d.text(f.x, f.w, c.Manager.RequestIntro, "", f.sz, f.lh, muted)
	}
	f.statements(q)
	f.skills(q)
	f.questions(q)
	d.pdf.SetAutoPageBreak(true, marginBottom)
	return !f.over
}

// fits makes sure h millimetres are left on the page: when strict it
// notes that they are not, otherwise it goes on to a new page.
func (f *requestForm) fits(h float64) bool {
	if f.over {
		return false
	}
	if f.d.pdf.GetY()+h <= f.d.pageH-formMargin {
		return true
	}
	if f.strict {
		f.over = true
		return false
	}
	f.d.pdf.AddPage()
	f.d.pdf.SetY(formMargin)
	return true
}

// heading starts a part of the form, with what to do in it beside.
func (f *requestForm) heading(title, how string) {
	d := f.d
	if !f.fits(f.lh*3 + 5) {
		return
	}
	d.pdf.SetY(d.pdf.GetY() + 1.5)
	y := d.pdf.GetY()
	d.style("B", f.sz+2.5, accent)
	tw := d.pdf.GetStringWidth(title) + 3
	d.pdf.SetXY(f.x, y)
	d.pdf.CellFormat(tw, 5, clean(title), "", 0, "L", false, 0, "")
	d.pdf.SetXY(f.x+tw, y+0.6)
	d.style("", f.sz, muted)
	d.pdf.MultiCell(f.w-tw, f.lh, clean(how), "", "L", false)
	d.pdf.SetY(max(d.pdf.GetY(), y+5) + 0.8)
}

// writeField is a line of text on the left and, on the right, a label
// with a line to write on beside it.
func (f *requestForm) writeField(text, label string) {
	d := f.d
	if !f.fits(formGap + 1) {
		return
	}
	y := d.pdf.GetY() + formGap - 1
	d.style("", f.sz, muted)
	d.pdf.SetXY(f.x, y-f.lh+0.4)
	d.pdf.CellFormat(f.w*0.45, f.lh, clean(text), "", 0, "L", false, 0, "")
	d.style("", f.sz, ink)
	d.pdf.SetXY(f.x+f.w*0.47, y-f.lh+0.4)
	d.pdf.CellFormat(18, f.lh, clean(label), "", 0, "L", false, 0, "")
	d.pdf.SetDrawColor(greyRule.r, greyRule.g, greyRule.b)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(f.x+f.w*0.47+18, y, f.x+f.w, y)
	d.pdf.SetY(y + 1)
}

// ticks draws five boxes, numbered 1 to 5 inside, from x, in a row of height h
// starting at y.
func (f *requestForm) ticks(x, y, h float64) {
	d := f.d
	top := y + (h-tickBox)/2
	d.pdf.SetDrawColor(muted.r, muted.g, muted.b)
	d.pdf.SetLineWidth(0.25)
	d.style("", 5.5, muted)
	for i := range workshop.Scale {
		bx := x + float64(i)*tickStep
		d.pdf.Rect(bx, top, tickBox, tickBox, "D")
		d.pdf.SetXY(bx, top)
		d.pdf.CellFormat(tickBox, tickBox, strconv.Itoa(i+1), "", 0, "C", false, 0, "")
	}
}

// ticksWidth is the width of five boxes.
const ticksWidth = tickStep * workshop.Scale

// row draws a row of a tick table: text wrapped in w from x, bold when
// st says so, and the rule under it; it returns the row's top and height.
func (f *requestForm) row(x, w float64, text, st string) (y, h float64, ok bool) {
	d := f.d
	ls := d.lines(text, st, f.sz, w)
	h = float64(len(ls))*f.lh + 0.9
	if !f.fits(h) {
		return 0, 0, false
	}
	y = d.pdf.GetY()
	d.style(st, f.sz, ink)
	for i, l := range ls {
		d.pdf.SetXY(x, y+0.45+float64(i)*f.lh)
		d.pdf.CellFormat(w, f.lh, l, "", 0, "L", false, 0, "")
	}
	return y, h, true
}

// underline rules a row off from the next, across width w from x.
func (f *requestForm) underline(x, w, y float64) {
	f.d.pdf.SetDrawColor(gridGrey.r, gridGrey.g, gridGrey.b)
	f.d.pdf.SetLineWidth(0.2)
	f.d.pdf.Line(x, y, x+w, y)
}

// statements is the tick table of the expectation statements.
func (f *requestForm) statements(q *manager.Request) {
	d := f.d
	f.heading("The role", "Tick one box for each statement: what you expect of them in this role, from 1 (not at all) to 5 (completely).")
	textW := f.w - ticksWidth - 2
	var provides []manager.Statement
	for _, s := range q.Statements {
		if s.Provides {
			provides = append(provides, s)
			continue
		}
		f.statement(s.Text, textW)
	}
	if len(provides) > 0 {
		if y, h, ok := f.row(f.x, f.w, "What the role will give, as you see it: from 1 (very little) to 5 (a great deal).", "B"); ok {
			d.pdf.SetY(y + h)
		}
		for _, s := range provides {
			f.statement(s.Text, textW)
		}
	}
}

// statement is one row of the statements' table.
func (f *requestForm) statement(text string, textW float64) {
	y, h, ok := f.row(f.x, textW, text, "")
	if !ok {
		return
	}
	f.ticks(f.x+f.w-ticksWidth, y, h)
	f.underline(f.x, f.w, y+h)
	f.d.pdf.SetY(y + h)
}

// skills is the skills' table in two columns, read down the left one
// first.
func (f *requestForm) skills(q *manager.Request) {
	d := f.d
	f.heading("The skills", "For each skill, tick the level this role needs and, if you wish, where you see them today: 1 is the first step, 5 the most skilled. "+
		"Each level in words is on the next page, if you want it.")
	colW := (f.w - gutter) / 2
	nameW := colW - 2*ticksWidth - 3
	if !f.fits(2 * f.lh) {
		return
	}
	y := d.pdf.GetY()
	d.style("B", f.sz-0.5, muted)
	for col := range 2 {
		x := f.x + float64(col)*(colW+gutter)
		d.pdf.SetXY(x, y)
		d.pdf.CellFormat(nameW, f.lh, "Skill", "", 0, "L", false, 0, "")
		d.pdf.CellFormat(ticksWidth+1.5, f.lh, "Role needs", "", 0, "L", false, 0, "")
		d.pdf.CellFormat(ticksWidth, f.lh, "Today, if you wish", "", 0, "L", false, 0, "")
	}
	d.pdf.SetY(y + f.lh + 0.3)
	half := (len(q.Skills) + 1) / 2 // the first half on the left
	for i := range half {
		pair := []manager.SkillAnchors{q.Skills[i]}
		if i+half < len(q.Skills) {
			pair = append(pair, q.Skills[i+half])
		}
		h := 0.0
		for _, s := range pair {
			h = max(h, float64(len(d.lines(s.Name, "", f.sz, nameW)))*f.lh+0.9)
		}
		if !f.fits(h) {
			return
		}
		y := d.pdf.GetY()
		for col, s := range pair {
			x := f.x + float64(col)*(colW+gutter)
			d.style("", f.sz, ink)
			for j, l := range d.lines(s.Name, "", f.sz, nameW) {
				d.pdf.SetXY(x, y+0.45+float64(j)*f.lh)
				d.pdf.CellFormat(nameW, f.lh, l, "", 0, "L", false, 0, "")
			}
			f.ticks(x+nameW, y, h)
			f.ticks(x+nameW+ticksWidth+1.5, y, h)
			f.underline(x, colW, y+h)
		}
		d.pdf.SetY(y + h)
	}
}

// questions are the core questions and the commitments, two to a row,
// each with lines to write on.
func (f *requestForm) questions(q *manager.Request) {
	d := f.d
	f.heading("Our conversation", "A few words under each question are enough: your team member brings them to your conversation.")
	type cell struct{ label, text string }
	var cells []cell
	for i, qu := range q.Questions {
		cells = append(cells, cell{strconv.Itoa(i+1) + ".", qu.Text})
	}
	cells = append(cells, cell{"", "What I commit to: time, introductions, budget, a mentor"})
	colW := (f.w - gutter) / 2
	const numW = 4.5
	for i := 0; i < len(cells); i += 2 {
		pair := cells[i:min(i+2, len(cells))]
		textH := 0.0
		for _, c := range pair {
			textH = max(textH, float64(len(d.lines(c.text, "", f.sz, colW-numW)))*f.lh)
		}
		h := textH + float64(f.lines)*formGap + 1.5
		if !f.fits(h) {
			return
		}
		y := d.pdf.GetY()
		for col, c := range pair {
			x := f.x + float64(col)*(colW+gutter)
			st := ""
			if c.label == "" {
				st = "B" // the commitments
			}
			d.style("B", f.sz, accent)
			d.pdf.SetXY(x, y)
			d.pdf.CellFormat(numW, f.lh, c.label, "", 0, "L", false, 0, "")
			d.style(st, f.sz, ink)
			for j, l := range d.lines(c.text, st, f.sz, colW-numW) {
				d.pdf.SetXY(x+numW, y+float64(j)*f.lh)
				d.pdf.CellFormat(colW-numW, f.lh, l, "", 0, "L", false, 0, "")
			}
			d.pdf.SetDrawColor(greyRule.r, greyRule.g, greyRule.b)
			d.pdf.SetLineWidth(0.2)
			for k := 1; k <= f.lines; k++ {
				ly := y + textH + float64(k)*formGap
				d.pdf.Line(x+numW, ly, x+colW, ly)
			}
		}
		d.pdf.SetY(y + h)
	}
}

// levelsInWords is the optional reference page: each skill's five levels.
func (d *doc) levelsInWords(q *manager.Request) {
	if len(q.Skills) == 0 {
		return
	}
	d.pdf.AddPage()
	d.pdf.SetY(formMargin)
	d.text(marginX, d.cw, "Optional reference: the skills' levels in words", "B", 13, 6, accent)
	d.text(marginX, d.cw, "You do not need this page to answer. For each skill, the five levels your team member rated themselves on, "+
		"from 1 (the first step) to 5 (the most skilled).", "", 8, 3.6, muted)
	d.pdf.SetY(d.pdf.GetY() + 1.5)
	for _, s := range q.Skills {
		var ls []string
		for i, l := range s.Levels {
			ls = append(ls, fmt.Sprintf("%d %s", i+1, strings.TrimRight(l, ".")))
		}
		d.need(2 * 3.1)
		d.text(marginX, d.cw, s.Name+": "+strings.Join(ls, "; ")+".", "", 7.2, 3.1, ink)
		d.pdf.SetY(d.pdf.GetY() + 0.5)
	}
}
