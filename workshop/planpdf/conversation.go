package planpdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
	"github.com/leadshift/leadshift/workshop/manager"
)

// managerFor is the manager's response to read with answers a: the one
// in the options when it is bound to them, else none.
func managerFor(opt *manager.Response, a *workshop.Answers) *manager.Response {
	if opt == nil || manager.Bind(opt, a) != nil {
		return nil
	}
	return opt
}

// managerName is the manager's name as the response or the check-in
// gives it.
func (d *doc) managerName() string {
	if m := d.r.Manager; m != nil && strings.TrimSpace(m.Response.Manager) != "" {
		return strings.TrimSpace(m.Response.Manager)
	}
	if s := strings.TrimSpace(d.a.Participant.Manager); s != "" {
		return s
	}
	return "My manager"
}

// conversation draws the conversation with the manager on the plan
// pages, always: the core questions, each with the manager's answer or
// room to write, then the questions the biggest differences raise, then
// what the manager's answers ask the two of them to agree together.
func (d *doc) conversation() {
	qs := d.r.Questions
	if len(qs) == 0 {
		return
	}
	core := min(len(qs), len(manager.CoreQuestions(d.c, d.a)))
	var m *manager.Response
	if d.r.Manager != nil {
		m = d.r.Manager.Response
	}
	intro := "Take these to your manager, and write down what you agree."
	if m != nil {
		intro = fmt.Sprintf("%s answered the first questions; talk the answers through together. Any after them come from where your answers and your manager's differ most.", d.managerName())
	}
	d.sub("The conversation with my manager", d.noteHeight(intro)+3*smallLine)
	d.note(intro)
	for i, q := range qs {
		ans := answerTo(m, i, q)
		switch {
		case i < core && ans == "":
			d.withRoom(i+1, q)
		case i < core:
			d.numbered(i+1, q)
			d.text(marginX+7, d.cw-7, d.managerName()+": "+ans, "I", smallSize, smallLine, ink)
			d.pdf.SetY(d.pdf.GetY() + 1)
		default:
			d.numbered(i+1, q)
		}
	}
	if d.r.Manager != nil {
		d.listSized("To agree together", d.r.Manager.Agreements, smallSize, smallLine)
	}
}

// answerTo is the manager's answer to core question i, q: the answer to
// the same question, else to the one asked in its place.
func answerTo(m *manager.Response, i int, q string) string {
	if m == nil {
		return ""
	}
	for _, a := range m.Answers {
		if a.Question == q && strings.TrimSpace(a.Text) != "" {
			return strings.TrimSpace(a.Text)
		}
	}
	return strings.TrimSpace(m.Answer("core-" + strconv.Itoa(i+1)))
}

// writeGap is the height of a ruled line to write on beside a question
// of the plan.
const writeGap = 6.0

// roomShare is the share of the width a question takes when the room to
// write its answer runs beside it. The room is kept to the question's own
// height, which keeps the example plan short: more room to write (two
// lines at 0.52) costs it a page.
const roomShare = 0.7

// withRoom prints numbered question n on the left and ruled lines to
// write the answer on beside it, as many as fit the question's height,
// one at least.
func (d *doc) withRoom(n int, q string) {
	qw := (d.cw - 7) * roomShare
	ls := d.lines(q, "", smallSize, qw)
	rows := max(1, int(float64(len(ls))*smallLine/writeGap))
	h := max(float64(len(ls))*smallLine, float64(rows)*writeGap) + 1
	d.need(h)
	y := d.pdf.GetY()
	d.style("B", smallSize, accent)
	d.pdf.SetXY(marginX, y)
	d.pdf.CellFormat(7, smallLine, strconv.Itoa(n)+".", "", 0, "L", false, 0, "")
	d.text(marginX+7, qw, q, "", smallSize, smallLine, ink)
	x := marginX + 7 + qw + 4
	d.pdf.SetDrawColor(greyRule.r, greyRule.g, greyRule.b)
	d.pdf.SetLineWidth(0.2)
	for i := 1; i <= rows; i++ {
		d.pdf.Line(x, y+float64(i)*writeGap, d.pageW-marginX, y+float64(i)*writeGap)
	}
	d.pdf.SetY(y + h)
}

// commitments draws the manager's commitments in their own box, with a
// line for both signatures under them.
func (d *doc) commitments(m *analysis.ManagerView) {
	const sigGap = 10.0
	var items []string
	for _, s := range m.Response.Commitments {
		if s = strings.TrimSpace(s); s != "" {
			items = append(items, s)
		}
	}
	title := "What my manager commits to"
	h := 4.0 + sigGap + 2*smallLine
	for _, s := range items {
		h += float64(len(d.lines(s, "", bodySize, d.cw-13)))*bodyLine + 0.4
	}
	d.sub(title, min(h, 80))
	y, page := d.pdf.GetY(), d.pdf.PageNo()
	d.pdf.SetY(y + 2)
	for _, s := range items {
		d.bulletSized(marginX+4, d.cw-8, s, bodySize, bodyLine)
	}
	colW := (d.cw - 20) / 2
	ly := d.pdf.GetY() + sigGap
	d.pdf.SetDrawColor(ink.r, ink.g, ink.b)
	d.pdf.SetLineWidth(0.3)
	names := []string{"Participant: " + strings.TrimSpace(d.a.Participant.Name), "Manager: " + d.managerName()}
	for i, n := range names {
		x := marginX + 4 + float64(i)*(colW+12)
		d.pdf.Line(x, ly, x+colW, ly)
		d.pdf.SetXY(x, ly+0.8)
		d.text(x, colW, strings.TrimSuffix(strings.TrimSpace(n), ":"), "", smallSize, smallLine, muted)
	}
	end := ly + smallLine + 2.5
	if d.pdf.PageNo() == page {
		d.pdf.SetDrawColor(muted.r, muted.g, muted.b)
		d.pdf.SetLineWidth(0.3)
		d.pdf.Rect(marginX, y, d.cw, end-y, "D")
	}
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetY(end)
}
