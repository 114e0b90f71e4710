package journey

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

// managerExpect is the manager's part of the expectation statements:
// what I expect of you in this role, on the scale the participant used,
// a few statements a page.
type managerExpect struct {
	*pager
	f      *ManagerForm
	expect map[string]*widget.RadioGroup // by statement ID, on the page shown
}

func newManagerExpect(f *ManagerForm) *managerExpect {
	m := &managerExpect{f: f, expect: map[string]*widget.RadioGroup{}}
	all := f.q.Statements
	m.pager = newPager(expectPerPage, len(all), func(i int) bool { return f.r.Expectations[all[i].ID] != 0 },
		func(i int) fyne.CanvasObject { return m.item(all[i]) }, func() { clear(m.expect) })
	m.start()
	return m
}

func (m *managerExpect) view() fyne.CanvasObject {
	text := fmt.Sprintf("How much do you expect each of these of %s in this role? Some statements describe the job as it is, "+
		"others the job as it is often imagined: answer what you really expect, not what sounds right.", m.f.person())
	if m.f.set.Paper {
		text = "What your manager ticked for each statement: how much they expect it of you in this role."
	}
	return m.frame(widgets.Para(text))
}

// item is one statement with the manager's rating, and the participant's
// own answers when they shared them.
func (m *managerExpect) item(s manager.Statement) fyne.CanvasObject {
	r := m.f.r
	m.expect[s.ID] = widgets.ScaleRadio(workshop.ExpectScale, r.Expectations[s.ID], func(v int) {
		r.Expectations[s.ID] = v
		m.f.changed()
		m.refresh()
	})
	label := "What I expect of you in this role"
	if s.Provides {
		label = "What this role will give you"
	}
	objs := []fyne.CanvasObject{widgets.Heading(s.Text)}
	if p, ok := m.f.q.SelfExpectations[s.ID]; ok && !m.f.set.Paper {
		objs = append(objs, widgets.Note(fmt.Sprintf("%s expects: %s · believes the organisation expects: %s",
			m.f.person(), workshop.ScaleLabel(workshop.ExpectScale, p.Me), workshop.ScaleLabel(workshop.ExpectScale, p.Org))))
	}
	objs = append(objs, container.New(&widgets.TwoColumns{}, widget.NewLabel(label), widgets.Fit(m.expect[s.ID])))
	return container.NewVBox(objs...)
}
