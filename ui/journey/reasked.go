package journey

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// reaskedCard lists, by step, the answers given to wording that has
// changed since, with a button to each step; nil when there are none. Such
// answers are kept aside, not quoted back, until answered again.
func (p *planScreen) reaskedCard() fyne.CanvasObject {
	ids := p.s.Answers.Reasked()
	if len(ids) == 0 {
		return nil
	}
	c := p.s.Content
	groups := map[workshop.Step][]string{}
	var order []workshop.Step
	for _, id := range ids {
		st, name := reaskedStep(c, id)
		if groups[st] == nil {
			order = append(order, st)
		}
		groups[st] = append(groups[st], name)
	}
	objs := []fyne.CanvasObject{widgets.Para("The workshop's content was reworded after you gave these answers, so they are set aside rather than read against words you did not see. Answer them again and the plan follows.")}
	for _, st := range order {
		names := groups[st]
		st := st
		label := fmt.Sprintf("Answer again: %s (%d)", st.Title(), len(names))
		objs = append(objs, widgets.Note(strings.Join(names, "; ")),
			container.NewHBox(&widget.Button{Text: label, Icon: theme.NavigateNextIcon(), OnTapped: func() { p.j.show(st) }}))
	}
	return widget.NewCard("Asked again", "", container.NewVBox(objs...))
}

// reaskedStep is the step an answer belongs to, and its name for people.
func reaskedStep(c *workshop.Content, id string) (workshop.Step, string) {
	if it := c.Item(id); it != nil {
		return workshop.StepAssess, strings.TrimRight(it.Text, ".")
	}
	for _, e := range c.Expectations {
		if e.ID == id {
			return workshop.StepExpect, strings.TrimRight(e.Statement, ".")
		}
	}
	if s := c.Skill(id); s != nil {
		return workshop.StepSkills, s.Name
	}
	for _, d := range c.Dimensions {
		for _, pr := range d.Prompts {
			if pr.ID == id {
				return workshop.StepAssess, pr.Text
			}
		}
	}
	return workshop.StepAssess, id
}
