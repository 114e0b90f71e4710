package journey

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// rehearsal is the written form of a trio round, for someone on their
// own: the situation, what to practise, the checklist an observer would
// hold, and a box to write what they would say. Its text is kept in the
// answers (Answers.Rehearsals).
type rehearsal struct {
	entry *widgets.Entry
	view  fyne.CanvasObject
}

// practiceAfter is the pack's practice that follows step st, or nil.
func practiceAfter(c *workshop.Content, st workshop.Step) *workshop.Practice {
	for i := range c.Practices {
		if c.Practices[i].After == st {
			return &c.Practices[i]
		}
	}
	return nil
}

func newRehearsal(s *Session, p *workshop.Practice) *rehearsal {
	r := &rehearsal{}
	r.entry = widgets.LongText(s.Answers.Rehearsals[p.ID], "What you would say, in your own words", func(t string) {
		if s.Answers.Rehearsals == nil {
			s.Answers.Rehearsals = map[string]string{}
		}
		if t == "" {
			delete(s.Answers.Rehearsals, p.ID)
		} else {
			s.Answers.Rehearsals[p.ID] = t
		}
		s.changed()
	})
	r.entry.SetMinRowsVisible(6)
	checklist := container.NewVBox()
	for _, c := range p.Checklist {
		checklist.Add(widgets.Para("• " + c))
	}
	r.view = widgets.Scroll(
		widgets.Para("In a workshop room you would practise this out loud with two others. On your own, write it down: saying it in writing first makes it easier to say it for real."),
		widgets.Heading("The situation"), widgets.Para(p.Scenario),
		widgets.Heading("What to practise"), widgets.Para(p.Practise),
		widgets.Heading(p.Rehearse), r.entry,
		widgets.Heading("Read it back: would an observer tick these?"), checklist,
		widgets.Note("Optional: what you write stays in your answers file and is not part of the plan."))
	return r
}

// withRehearsal puts the written rehearsal of the practice after step st
// beside the step, as a second tab, on a journey on one's own; in a room
// the practice is a trio round instead.
func (j *Journey) withRehearsal(st workshop.Step, view fyne.CanvasObject) fyne.CanvasObject {
	j.rehearse = nil
	p := practiceAfter(j.s.Content, st)
	if j.live != nil || p == nil {
		return view
	}
	j.rehearse = newRehearsal(j.s, p)
	return container.NewAppTabs(
		container.NewTabItem(st.Title(), view),
		container.NewTabItem("Rehearse: "+p.Title, j.rehearse.view))
}
