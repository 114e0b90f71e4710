package journey

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop/manager"
)

// managerSkills is the manager's part of the skills: the level this role
// needs, and optionally where the person is today, both on the skill's
// anchors in words, a few skills a page.
type managerSkills struct {
	*pager
	f             *ManagerForm
	needed, today map[string]*widgets.AnchorChoice // by skill ID, on the page shown
}

func newManagerSkills(f *ManagerForm) *managerSkills {
	m := &managerSkills{f: f, needed: map[string]*widgets.AnchorChoice{}, today: map[string]*widgets.AnchorChoice{}}
	all := f.q.Skills
	m.pager = newPager(skillsPerPage, len(all), func(i int) bool { return f.r.Skills[all[i].ID].Needed != 0 },
		func(i int) fyne.CanvasObject { return m.item(all[i]) }, func() { clear(m.needed); clear(m.today) })
	m.start()
	return m
}

func (m *managerSkills) view() fyne.CanvasObject {
	text := fmt.Sprintf("For each skill, pick the description of the level this role needs. If you can, pick also where %s is today: "+
		"it is optional, and it is the part most worth talking through.", m.f.person())
	if m.f.set.Paper {
		text = "For each skill, the level your manager marked as needed in this role, and where they see you today if they marked it."
	}
	return m.frame(widgets.Para(text))
}

// item is one skill with its two choices on the same anchors.
func (m *managerSkills) item(sk manager.SkillAnchors) fyne.CanvasObject {
	r := m.f.r
	set := func(update func(v *manager.SkillView, level int)) func(int) {
		return func(level int) {
			v := r.Skills[sk.ID]
			update(&v, level)
			if v == (manager.SkillView{}) {
				delete(r.Skills, sk.ID)
			} else {
				r.Skills[sk.ID] = v
			}
			m.f.changed()
			m.refresh()
		}
	}
	cur := r.Skills[sk.ID]
	m.needed[sk.ID] = widgets.NewAnchorChoice(sk.Levels, cur.Needed, set(func(v *manager.SkillView, l int) { v.Needed = l }))
	m.today[sk.ID] = widgets.NewAnchorChoice(sk.Levels, cur.Today, set(func(v *manager.SkillView, l int) { v.Today = l }))
	today := fmt.Sprintf("Where %s is today (optional)", m.f.person())
	if m.f.set.Paper {
		today = "Where my manager sees me today (optional)"
	}
	clearToday := &widget.Button{Text: "Clear", Icon: theme.ContentClearIcon(), Importance: widget.LowImportance, OnTapped: func() {
		set(func(v *manager.SkillView, _ int) { v.Today = 0 })(0)
		m.show(m.page)
	}}
	objs := []fyne.CanvasObject{widgets.Heading(sk.Name), widgets.Note(sk.Description),
		bold("Level needed in this role"), m.needed[sk.ID].Content,
		container.NewHBox(bold(today), clearToday)}
	if v, ok := m.f.q.SelfSkills[sk.ID]; ok && !m.f.set.Paper && v >= 1 && v <= len(sk.Levels) {
		objs = append(objs, widgets.Note(fmt.Sprintf("%s's own rating: level %d, \u201c%s\u201d", m.f.person(), v, sk.Levels[v-1])))
	}
	return container.NewVBox(append(objs, m.today[sk.ID].Content)...)
}

// bold is a short bold label.
func bold(text string) *widget.Label {
	return &widget.Label{Text: text, TextStyle: fyne.TextStyle{Bold: true}}
}
