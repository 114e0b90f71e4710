package journey

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
)

// finishView says what has been answered and saves the answers to send
// back, or, typed in from paper, adds them to the participant's plan.
func (f *ManagerForm) finishView() fyne.CanvasObject {
	f.status = &widget.Label{Wrapping: fyne.TextWrapWord}
	f.status.Hide()
	f.finish = &widget.Button{Text: f.set.Finish, Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: f.onFinish}
	text := fmt.Sprintf("Save your answers as one file and send it back to %s (by e-mail or on a USB stick). "+
		"They add it to their plan in LeadShift; it prints the three-way comparison, your answers to the five questions "+
		"and your commitments, ready for your conversation.", f.person())
	if f.set.Live {
		text = fmt.Sprintf("Send your answers to %s here in the workshop. They go into %s's plan and nowhere else: "+
			"the facilitator, the projector and the rest of the room never see them.", f.person(), f.person())
	}
	if f.set.Paper {
		text = "Add your manager's answers to your plan: the comparison, the skill levels, the five questions and the commitments use them."
	}
	return widgets.Scroll(widgets.Para(f.summary()), widgets.Para(text), container.NewHBox(f.finish), f.status)
}

// summary counts what has been answered, part by part.
func (f *ManagerForm) summary() string {
	skills := 0
	for _, v := range f.r.Skills {
		if v.Needed != 0 {
			skills++
		}
	}
	questions := 0
	for _, a := range f.r.Answers {
		if strings.TrimSpace(a.Text) != "" {
			questions++
		}
	}
	return fmt.Sprintf("Answered: %d of %d statements, the level needed for %d of %d skills, %d of %d questions, and %d commitments.",
		len(f.r.Expectations), len(f.q.Statements), skills, len(f.q.Skills), questions, len(f.q.Questions), len(f.r.Commitments))
}

// onFinish saves or adds the answers, unless nothing is answered yet.
func (f *ManagerForm) onFinish() {
	if f.r.Empty() {
		f.say("Nothing is answered yet. Answer at least one statement, skill or question first: the parts are on the left.", true)
		return
	}
	f.set.OnFinish(f.r, f.say)
}

// say shows how finishing went, in red for a problem.
func (f *ManagerForm) say(text string, bad bool) {
	if f.status == nil {
		return // the person has left the last part meanwhile
	}
	f.status.Importance = widget.MediumImportance
	if bad {
		f.status.Importance = widget.DangerImportance
	}
	say(f.status, text)
}
