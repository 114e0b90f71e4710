package journey

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// skillsPerPage is how many skills one page of Skills holds: each has
// five written levels.
const skillsPerPage = 3

// skillsScreen rates each leadership skill: the written level that fits me
// today, and how important the skill is for my role, a few skills a page.
type skillsScreen struct {
	*pager
	s          *Session
	current    map[string]*widgets.AnchorChoice // by skill ID, on the page shown
	importance map[string]*widget.RadioGroup    // by skill ID, on the page shown
}

func newSkillsScreen(s *Session) *skillsScreen {
	k := &skillsScreen{s: s, current: map[string]*widgets.AnchorChoice{}, importance: map[string]*widget.RadioGroup{}}
	all := s.Content.Skills
	k.pager = newPager(skillsPerPage, len(all), func(i int) bool {
		r := s.Answers.Skills[all[i].ID]
		return r.Current != 0 && r.Importance != 0
	}, func(i int) fyne.CanvasObject { return k.item(all[i]) }, func() { clear(k.current); clear(k.importance) })
	k.start()
	return k
}

func (k *skillsScreen) view() fyne.CanvasObject {
	return k.frame(widgets.Para("For each skill, pick the description that fits you today, then how important the skill is for the role you have or are moving into."))
}

// item is one skill with its levels and its importance.
func (k *skillsScreen) item(sk workshop.Skill) fyne.CanvasObject {
	ans := k.s.Answers
	set := func(update func(r *workshop.SkillRate, v int)) func(int) {
		return func(v int) {
			r := ans.Skills[sk.ID]
			update(&r, v)
			ans.Skills[sk.ID] = r
			k.s.changed()
			k.refresh()
		}
	}
	cur := ans.Skills[sk.ID]
	k.current[sk.ID] = widgets.NewAnchorChoice(sk.Levels, cur.Current, set(func(r *workshop.SkillRate, v int) { r.Current = v }))
	k.importance[sk.ID] = widgets.ScaleRadio(workshop.ImportanceScale, cur.Importance, set(func(r *workshop.SkillRate, v int) { r.Importance = v }))
	return container.NewVBox(widgets.Heading(sk.Name), widgets.Note(sk.Description),
		widget.NewLabel("Where I am today"), k.current[sk.ID].Content,
		container.NewBorder(nil, nil, widget.NewLabel("Importance for my role"), nil, widgets.Fit(k.importance[sk.ID])))
}
