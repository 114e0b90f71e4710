package journey

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// expectScreen rates each statement about the role twice: what I expect,
// and what I believe my organisation expects (or will provide).
type expectScreen struct {
	s       *Session
	me, org map[string]*widget.RadioGroup // by expectation ID
}

func newExpectScreen(s *Session) *expectScreen {
	return &expectScreen{s: s, me: map[string]*widget.RadioGroup{}, org: map[string]*widget.RadioGroup{}}
}

func (e *expectScreen) view() fyne.CanvasObject {
	objs := []fyne.CanvasObject{widgets.Para("The role as you imagine it, and the role as you believe your organisation sees it. Rate each statement twice: " +
		"how much you expect it, and how much you believe your organisation expects it (for pay, status and an easier week: how much it will provide). " +
		"If you do not know, give your best guess: the differences become questions for your manager.")}
	ans := e.s.Answers
	for _, x := range e.s.Content.Expectations {
		set := func(update func(p *workshop.Pair, v int)) func(int) {
			return func(v int) {
				p := ans.Expectations[x.ID]
				update(&p, v)
				ans.Expectations[x.ID] = p
				e.s.changed()
			}
		}
		cur := ans.Expectations[x.ID]
		e.me[x.ID] = widgets.ScaleRadio(workshop.ExpectScale, cur.Me, set(func(p *workshop.Pair, v int) { p.Me = v }))
		e.org[x.ID] = widgets.ScaleRadio(workshop.ExpectScale, cur.Org, set(func(p *workshop.Pair, v int) { p.Org = v }))
		org := "What I believe my organisation expects"
		if x.Provides {
			org = "What I believe my organisation will provide"
		}
		rows := container.New(&widgets.TwoColumns{}, widget.NewLabel("I expect"), e.me[x.ID], widget.NewLabel(org), e.org[x.ID])
		objs = append(objs, widget.NewSeparator(), widgets.Heading(x.Statement), rows)
	}
	return widgets.Scroll(objs...)
}
