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
	"github.com/leadshift/leadshift/workshop/service"
)

// earlierTitle heads the plan kept from before the content was updated.
const earlierTitle = "Your earlier plan (from before the content was updated)"

// earlierCard shows, folded, the plan an update of the content kept in the
// answers' history, with a button to print it; nil when there is none.
func (p *planScreen) earlierCard() fyne.CanvasObject {
	h := p.s.Answers.History
	if h == nil || h.Plan == nil {
		return nil
	}
	old := h.Plan
	objs := []fyne.CanvasObject{widgets.Note("Your answers were redrafted into the plan above when the workshop's content was updated. " +
		"This is the plan you had before, kept as it was.")}
	if s := strings.TrimSpace(old.Shift); s != "" {
		objs = append(objs, widgets.Para("The shift: "+s))
	}
	for i, f := range old.Focus {
		lines := []string{}
		if g := strings.TrimSpace(f.Goal.Specific); g != "" {
			lines = append(lines, "Goal: "+g)
		}
		if f.Goal.By != "" {
			lines = append(lines, "Done by "+workshop.Long(f.Goal.By))
		}
		if s := strings.TrimSpace(f.FirstStep); s != "" {
			step := "First step: " + strings.TrimRight(s, ".")
			if f.StepDated() {
				step += ", by " + workshop.Long(f.FirstStepDate)
			}
			lines = append(lines, step)
		}
		objs = append(objs, widgets.Heading(fmt.Sprintf("Focus area %d: %s", i+1, focusName(f, i))), widgets.Para(strings.Join(lines, "\n")))
	}
	if len(old.Reviews) > 0 {
		dates := make([]string, len(old.Reviews))
		for i, d := range old.Reviews {
			dates[i] = workshop.Long(d)
		}
		objs = append(objs, widgets.Para("Reviews with my manager: "+strings.Join(dates, ", ")))
	}
	p.printEarlier = &widget.Button{Text: "Print my earlier plan", Icon: theme.DocumentPrintIcon(), OnTapped: p.onPrintEarlier}
	objs = append(objs, container.NewHBox(p.printEarlier), p.earlierStatus)
	return widget.NewAccordion(widget.NewAccordionItem(earlierTitle, container.NewVBox(objs...)))
}

// onPrintEarlier saves the earlier plan as a PDF, as the last step saves
// the plan, on the paper size chosen there.
func (p *planScreen) onPrintEarlier() {
	j := p.j
	j.shell.ChooseSave(p.s.Answers.Participant.FileStem()+"-earlier-plan.pdf", func(path string) {
		snap := p.s.Answers.Clone()
		paper := j.shell.App().Preferences().StringWithFallback(PaperPref, j.paper)
		say(p.earlierStatus, "Saving your earlier plan…")
		content, files := p.s.Content, j.files
		j.shell.Tasks().Run(func() func() {
			err := files.SavePlanOf(path, content, snap, snap.History.Plan, service.Print{Paper: paper, Title: "Earlier plan, from before the content was updated"})
			return func() {
				if err != nil {
					say(p.earlierStatus, "")
					j.shell.ShowError("Your earlier plan could not be saved", err)
					return
				}
				say(p.earlierStatus, "Your earlier plan was saved to "+path)
			}
		})
	})
}
