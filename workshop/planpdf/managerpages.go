package planpdf

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

// circleOne is the cell a manager circles a rating in, on paper.
const circleOne = "1     2     3     4     5"

// RenderRequest writes a manager's request as a printable form, for a
// manager who prefers paper: the statements to rate, the skills with the
// level needed and today's to write in, the levels in words, the core
// questions and the commitments, each with room to answer.
func RenderRequest(w io.Writer, c *workshop.Content, q *manager.Request, opt Options) error {
	if c == nil || q == nil {
		return errors.New("planpdf: no request to render")
	}
	d, err := standalone(opt, "A request from "+nameOr(q.Name, "your team member"))
	if err != nil {
		return err
	}
	d.pdf.AddPage()
	d.text(marginX, d.cw, "What I expect of you in this role: a request from "+nameOr(q.Name, "your team member"), "B", 15, 7, accent)
	var who []string
	for _, s := range []string{q.Role, q.Created.Format("2 January 2006")} {
		if strings.TrimSpace(s) != "" && !strings.HasPrefix(s, "1 January 0001") {
			who = append(who, s)
		}
	}
	d.text(marginX, d.cw, strings.Join(who, " · "), "", smallSize, smallLine, muted)
	if c.Manager != nil {
		d.pdf.SetY(d.pdf.GetY() + 2)
		d.note(c.Manager.RequestIntro)
	}
	var rows, provides [][]string
	for _, s := range q.Statements {
		if s.Provides {
			provides = append(provides, []string{s.Text, circleOne})
		} else {
			rows = append(rows, []string{s.Text, circleOne})
		}
	}
	if len(provides) > 0 { // rated for what the role will give, as the participant rated them
		rows = append(rows, []string{"For the statements below: how much the role will give this, as you see it."})
		rows = append(rows, provides...)
	}
	cols := []column{{"Statement", 0.68, "L"}, {"What I expect of you (circle one: 1 not at all, 5 completely)", 0.32, "C"}}
	d.sub("The role", d.tableKeep(cols, rows))
	d.table("The role", cols, rows)
	rows = nil
	for _, s := range q.Skills {
		rows = append(rows, []string{s.Name, circleOne, circleOne})
	}
	cols = []column{{"Skill (its levels in words are at the end)", 0.36, "L"}, {"Level this role needs (circle one)", 0.32, "C"}, {"Where I see you today, if you wish", 0.32, "C"}}
	d.sub("The skills", d.tableKeep(cols, rows))
	d.table("The skills", cols, rows)
	d.sub("Five questions", 3*smallLine)
	for i, qu := range q.Questions {
		d.need(smallLine + 2*formWriteGap + 2)
		d.numbered(i+1, qu.Text)
		d.writeOn(marginX+7, d.cw-7, 2, formWriteGap)
	}
	d.sub("What I commit to: time, introductions, budget, a mentor", 3*formWriteGap+12)
	d.writeOn(marginX, d.cw, 3, formWriteGap)
	y := d.pdf.GetY() + 8
	d.pdf.SetDrawColor(ink.r, ink.g, ink.b)
	d.pdf.Line(marginX, y, marginX+d.cw*0.55, y)
	d.pdf.SetXY(marginX, y+1)
	d.text(marginX, d.cw, "Your name", "", smallSize, smallLine, muted)
	d.sub("The levels in words, for the skills above", 3*smallLine)
	for _, s := range q.Skills {
		var ls []string
		for i, l := range s.Levels {
			ls = append(ls, fmt.Sprintf("%d %s", i+1, strings.TrimRight(l, ".")))
		}
		d.need(2 * smallLine)
		d.text(marginX, d.cw, s.Name+": "+strings.Join(ls, "; ")+".", "", 7.5, 3.4, ink)
		d.pdf.SetY(d.pdf.GetY() + 0.3)
	}
	return d.output(w)
}

// RenderGuide writes the one-page guide for managers from the content
// pack's words.
func RenderGuide(w io.Writer, c *workshop.Content, opt Options) error {
	if c == nil || c.Manager == nil {
		return errors.New("planpdf: the content pack has no manager guide")
	}
	d, err := standalone(opt, c.Manager.GuideTitle)
	if err != nil {
		return err
	}
	d.pdf.AddPage()
	d.text(marginX, d.cw, c.Manager.GuideTitle, "B", 16, 7.5, accent)
	d.pdf.SetY(d.pdf.GetY() + 1)
	for _, s := range c.Manager.Guide {
		d.sub(s.Heading, 2*bodyLine)
		d.para(s.Text)
	}
	return d.output(w)
}

// standalone sets up a document that is not a plan, titled title.
func standalone(opt Options, title string) (*doc, error) {
	paper := A4
	if opt.Paper != "" {
		p, err := ParsePaper(string(opt.Paper))
		if err != nil {
			return nil, fmt.Errorf("planpdf: %w", err)
		}
		paper = p
	}
	d := newDoc(paper, title, nil, true, true)
	if opt.Producer != "" {
		d.pdf.SetProducer(opt.Producer, true)
	}
	return d, nil
}

// output writes the document.
func (d *doc) output(w io.Writer) error {
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("planpdf: %w", err)
	}
	return nil
}

func nameOr(s, other string) string {
	if s = strings.TrimSpace(s); s != "" {
		return s
	}
	return other
}
