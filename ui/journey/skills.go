package journey

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// skillsScreen rates each leadership skill: the written level that fits me
// today, and how important the skill is for my role.
type skillsScreen struct {
	s          *Session
	current    map[string]*widgets.AnchorChoice // by skill ID
	importance map[string]*widget.RadioGroup    // by skill ID
}

func newSkillsScreen(s *Session) *skillsScreen {
	return &skillsScreen{s: s, current: map[string]*widgets.AnchorChoice{}, importance: map[string]*widget.RadioGroup{}}
}

func (k *skillsScreen) view() fyne.CanvasObject {
	objs := []fyne.CanvasObject{widgets.Para("For each skill, pick the description that fits you today, then how important the skill is for the role you have or are moving into.")}
	ans := k.s.Answers
	for _, sk := range k.s.Content.Skills {
		set := func(update func(r *workshop.SkillRate, v int)) func(int) {
			return func(v int) {
				r := ans.Skills[sk.ID]
				update(&r, v)
				ans.Skills[sk.ID] = r
				k.s.changed()
			}
		}
		cur := ans.Skills[sk.ID]
		k.current[sk.ID] = widgets.NewAnchorChoice(sk.Levels, cur.Current, set(func(r *workshop.SkillRate, v int) { r.Current = v }))
		k.importance[sk.ID] = widgets.ScaleRadio(workshop.ImportanceScale, cur.Importance, set(func(r *workshop.SkillRate, v int) { r.Importance = v }))
		objs = append(objs, widget.NewSeparator(), widgets.Heading(sk.Name), widgets.Note(sk.Description),
			widget.NewLabel("Where I am today"), k.current[sk.ID].Content,
			container.NewHBox(widget.NewLabel("Importance for my role"), k.importance[sk.ID]))
	}
	return widgets.Scroll(objs...)
}
