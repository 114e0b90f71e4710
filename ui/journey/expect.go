package journey

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// expectPerPage is how many statements one page of Expectations holds.
const expectPerPage = 5

// expectScreen rates each statement about the role twice: what I expect,
// and what I believe my organisation expects (or will provide), a few
// statements a page.
type expectScreen struct {
	*pager
	s       *Session
	me, org map[string]*widget.RadioGroup // by expectation ID, on the page shown
	manager *managerBar
}

func newExpectScreen(j *Journey, s *Session) *expectScreen {
	e := &expectScreen{s: s, me: map[string]*widget.RadioGroup{}, org: map[string]*widget.RadioGroup{}, manager: newManagerBar(j)}
	all := s.Content.Expectations
	e.pager = newPager(expectPerPage, len(all), func(i int) bool {
		p := s.Answers.Expectations[all[i].ID]
		return p.Me != 0 && p.Org != 0
	}, func(i int) fyne.CanvasObject { return e.item(all[i]) }, func() { clear(e.me); clear(e.org) })
	e.start()
	return e
}

func (e *expectScreen) bar() *managerBar { return e.manager }

func (e *expectScreen) view() fyne.CanvasObject {
	return e.frame(container.NewVBox(widgets.Para("The role as you imagine it, and the role as you believe your organisation sees it. Rate each statement twice: "+
		"how much you expect it, and how much you believe your organisation expects it (for pay, status and an easier week: how much it will provide). "+
		"If you do not know, give your best guess: the differences become questions for your manager."), e.manager.compact()))
}

// item is one statement with its two ratings.
func (e *expectScreen) item(x workshop.Expectation) fyne.CanvasObject {
	ans := e.s.Answers
	set := func(update func(p *workshop.Pair, v int)) func(int) {
		return func(v int) {
			p := ans.Expectations[x.ID]
			update(&p, v)
			ans.Expectations[x.ID] = p
			e.s.changed()
			e.refresh()
		}
	}
	cur := ans.Expectations[x.ID]
	e.me[x.ID] = widgets.ScaleRadio(workshop.ExpectScale, cur.Me, set(func(p *workshop.Pair, v int) { p.Me = v }))
	e.org[x.ID] = widgets.ScaleRadio(workshop.ExpectScale, cur.Org, set(func(p *workshop.Pair, v int) { p.Org = v }))
	org := "What I believe my organisation expects"
	if x.Provides {
		org = "What I believe my organisation will provide"
	}
	rows := container.New(&widgets.TwoColumns{}, widget.NewLabel("I expect"), widgets.Fit(e.me[x.ID]), widget.NewLabel(org), widgets.Fit(e.org[x.ID]))
	return container.NewVBox(widgets.Heading(x.Statement), rows)
}
