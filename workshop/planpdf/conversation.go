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
	intro := "Take these to your manager. The first are for every new lead; any after them come from where your answers differ most. Write down what you agree."
	if m != nil {
		intro = fmt.Sprintf("%s answered the first questions; talk the answers through together. Any after them come from where your answers and your manager's differ most.", d.managerName())
	}
	d.sub("The conversation with my manager", d.noteHeight(intro)+3*smallLine)
	d.note(intro)
	d.pdf.SetY(d.pdf.GetY() + 1)
	for i, q := range qs {
		if i < core && answerTo(m, i, q) == "" { // the question stays with its lines
			d.need(float64(len(d.lines(q, "", smallSize, d.cw-7)))*smallLine + writeGap + 2)
		}
		d.numbered(i+1, q)
		if i >= core {
			continue
		}
		if ans := answerTo(m, i, q); ans != "" {
			d.text(marginX+7, d.cw-7, d.managerName()+": "+ans, "I", smallSize, smallLine, ink)
			d.pdf.SetY(d.pdf.GetY() + 1)
		} else {
			d.writeOn(marginX+7, d.cw-7, 1, writeGap)
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

// Heights of a ruled line to write on: one under a question of the plan,
// kept small so that the plan keeps its length, and those of a form.
const (
	writeGap     = 5.5
	formWriteGap = 7.5
)

// writeOn draws n ruled lines gap apart to write on at x, w wide.
func (d *doc) writeOn(x, w float64, n int, gap float64) {
	d.need(float64(n)*gap + 1)
	y := d.pdf.GetY()
	d.pdf.SetDrawColor(greyRule.r, greyRule.g, greyRule.b)
	d.pdf.SetLineWidth(0.2)
	for i := 1; i <= n; i++ {
		d.pdf.Line(x, y+float64(i)*gap, x+w, y+float64(i)*gap)
	}
	d.pdf.SetY(y + float64(n)*gap + 1.5)
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
