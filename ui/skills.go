package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// skillsScreen rates each leadership skill: the written level that fits me
// today, and how important the skill is for my role.
type skillsScreen struct {
	s          *session
	current    map[string]*anchorChoice      // by skill ID
	importance map[string]*widget.RadioGroup // by skill ID
}

func newSkillsScreen(s *session) *skillsScreen {
	return &skillsScreen{s: s, current: map[string]*anchorChoice{}, importance: map[string]*widget.RadioGroup{}}
}

func (k *skillsScreen) view() fyne.CanvasObject {
	objs := []fyne.CanvasObject{para("For each skill, pick the description that fits you today, then how important the skill is for the role you have or are moving into.")}
	ans := k.s.answers
	for _, sk := range k.s.content.Skills {
		set := func(update func(r *workshop.SkillRate, v int)) func(int) {
			return func(v int) {
				r := ans.Skills[sk.ID]
				update(&r, v)
				ans.Skills[sk.ID] = r
				k.s.changed()
			}
		}
		cur := ans.Skills[sk.ID]
		k.current[sk.ID] = newAnchorChoice(sk.Levels, cur.Current, set(func(r *workshop.SkillRate, v int) { r.Current = v }))
		k.importance[sk.ID] = scaleRadio(workshop.ImportanceScale, cur.Importance, set(func(r *workshop.SkillRate, v int) { r.Importance = v }))
		objs = append(objs, widget.NewSeparator(), heading(sk.Name), note(sk.Description),
			widget.NewLabel("Where I am today"), k.current[sk.ID].content,
			container.NewHBox(widget.NewLabel("Importance for my role"), k.importance[sk.ID]))
	}
	return scroll(objs...)
}
