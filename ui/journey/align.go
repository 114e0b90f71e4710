package journey

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// alignScreen shows me-versus-organization for every expectation, the
// mismatches, and the questions to take to one's manager.
type alignScreen struct {
	s          *Session
	alignments []workshop.Alignment
}

func newAlignScreen(s *Session) *alignScreen {
	return &alignScreen{s: s, alignments: workshop.Alignments(s.Content, s.Answers)}
}

func (a *alignScreen) view() fyne.CanvasObject {
	objs := []fyne.CanvasObject{
		widgets.Para("Biggest differences first. Unrealistic: you expect more than your organization does. " +
			"Blind spot: your organization expects more than you do. Both are worth a conversation."),
		widgets.PairLegend("I expect", "My organization expects"),
	}
	chart := container.NewGridWithColumns(2)
	var questions []fyne.CanvasObject
	for _, al := range a.alignments {
		label := al.Expectation.Statement
		if al.Kind != workshop.Aligned {
			label = strings.ToUpper(string(al.Kind)) + ": " + label
		}
		chart.Add(&widget.Label{Text: label, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: al.Kind != workshop.Aligned}})
		chart.Add(widgets.NewPairBar(al.Me, al.Org))
		if al.Kind != workshop.Aligned {
			questions = append(questions, widgets.Heading(fmt.Sprintf("%s (%s)", al.Expectation.Statement, al.Kind)))
			for _, q := range al.Expectation.Questions {
				questions = append(questions, widgets.Para("• "+q))
			}
		}
	}
	objs = append(objs, chart, widget.NewSeparator())
	if len(questions) == 0 {
		objs = append(objs, widgets.Heading("No big mismatches"), widgets.Para("Your picture of the role and your organization's match closely. "+
			"Check that with your manager: ask them to rate the same statements."))
	} else {
		objs = append(objs, widgets.Heading("Questions to take to your manager"))
		objs = append(objs, questions...)
	}
	return widgets.Scroll(objs...)
}
