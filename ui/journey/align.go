package journey

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// alignScreen shows me against what I believe my organisation expects for
// every statement, labelled by the analysis, and the questions to take to
// one's manager.
type alignScreen struct {
	s       *Session
	report  *analysis.Report
	manager *managerBar
}

func newAlignScreen(j *Journey, s *Session) *alignScreen {
	return &alignScreen{s: s, report: s.analyze(), manager: newManagerBar(j)}
}

func (a *alignScreen) bar() *managerBar { return a.manager }

func (a *alignScreen) view() fyne.CanvasObject {
	// The manager's answers come first when there are some; else the way
	// to ask for them.
	var objs []fyne.CanvasObject
	if a.report.Manager != nil {
		objs = append(threeWay(a.report.Manager), a.manager.Content,
			widget.NewSeparator(), widgets.Heading("Before your manager answered: you and your belief about your organisation"))
	} else {
		objs = append(objs, a.manager.Content)
	}
	objs = append(objs,
		widgets.Para("Biggest differences first. A difference of two points or more is worth a conversation. What it means depends on the statement: "+
			"some describe the job as it is, others the job as it is often imagined."),
		widgets.PairLegend("I expect", "What I believe my organisation expects"),
	)
	chart := container.NewGridWithColumns(2)
	var mismatches []fyne.CanvasObject
	for _, e := range a.report.Expectations {
		label := e.Expectation.Statement
		if e.Mismatch() {
			label = e.Label + ": " + label
		}
		chart.Add(&widget.Label{Text: label, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: e.Mismatch()}})
		chart.Add(widgets.NewPairBar(e.Me, e.Org))
		if e.Mismatch() {
			mismatches = append(mismatches, widgets.Heading(e.Label), widgets.Para(e.Expectation.Statement), widgets.Note(e.Next))
		}
	}
	objs = append(objs, chart, widget.NewSeparator())
	if len(mismatches) == 0 {
		objs = append(objs, widgets.Heading("No big differences"), widgets.Para("Your picture of the role and what you believe your organisation expects match closely. "+
			"It is still your belief: check it with your manager, with the questions below."))
	} else {
		objs = append(objs, mismatches...)
	}
	objs = append(objs, widget.NewSeparator(), widgets.Heading("Questions to take to your manager"))
	for _, q := range a.report.Questions {
		objs = append(objs, widgets.Para("• "+q))
	}
	return widgets.Scroll(objs...)
}
