package journey

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
	"github.com/leadshift/leadshift/workshop/manager"
)

// threeWay shows the participant's answers beside their manager's: for
// every statement the manager answered, me, what I believed my
// organisation expects, and what my manager says, then the blind spots
// (me against my manager, worded for the statement's polarity) and the
// misreadings (my belief against my manager); for every skill, my level,
// the level needed (the manager's when given) and the manager's view of
// today, with a flag naming both ratings when they are two levels apart.
func threeWay(v *analysis.ManagerView) []fyne.CanvasObject {
	cmp := v.Comparison
	who := managerName(v.Response)
	objs := []fyne.CanvasObject{widgets.Heading("What " + who + " says"),
		widgets.Para("Biggest differences with your manager first. A blind spot is you against your manager; a misreading is what you believed " +
			"your organisation expects against what your manager says. Both are for the conversation, not a verdict on either of you.")}
	if v.Note != "" {
		objs = append(objs, widgets.Note(v.Note))
	}
	if len(cmp.Statements) == 0 {
		objs = append(objs, widgets.Note(who+" did not answer the statements."))
	} else {
		objs = append(objs, widgets.TripleLegend("I expect", "I believed my organisation expects", who+" expects"))
		chart := container.NewGridWithColumns(2)
		for _, s := range cmp.Statements {
			label := s.Expectation.Statement
			differs := s.BlindSpot != workshop.Aligned || s.Misreading
			if s.BlindSpot != workshop.Aligned {
				label = "Blind spot: " + label
			} else if s.Misreading {
				label = "Misreading: " + label
			}
			chart.Add(&widget.Label{Text: label, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: differs}})
			chart.Add(widgets.NewTripleBar(s.Me, s.Org, s.Manager))
		}
		objs = append(objs, chart)
	}
	for _, s := range cmp.BlindSpots() {
		objs = append(objs, widget.NewSeparator(), widgets.Heading("Blind spot: "+s.Label), widgets.Para(s.Expectation.Statement),
			widgets.Note(fmt.Sprintf("You: %s. %s: %s.", rated(s.Me), who, rated(s.Manager))))
	}
	for _, s := range cmp.Misreadings() {
		objs = append(objs, widget.NewSeparator(), widgets.Heading("Misreading: "+s.Expectation.Statement), widgets.Note(s.Reading+"."))
	}
	for _, a := range v.Agreements {
		objs = append(objs, widget.NewSeparator(), widgets.Heading("To agree together"), widgets.Para(a))
	}
	return append(objs, skillsThreeWay(cmp, who)...)
}

// rated is a rating in words and as a number, or "not rated".
func rated(v int) string {
	if v == 0 {
		return "not rated"
	}
	return fmt.Sprintf("%s (%d of %d)", workshop.ScaleLabel(workshop.ExpectScale, v), v, workshop.Scale)
}

// skillsThreeWay shows every skill: my level, the level needed and my
// manager's view of today, then the skills where we are two levels apart.
func skillsThreeWay(cmp *manager.Comparison, who string) []fyne.CanvasObject {
	objs := []fyne.CanvasObject{widget.NewSeparator(), widgets.Heading("Skills: the level needed, and how " + who + " sees you today"),
		widgets.TripleLegend("Where I am today", "Level needed", who+" sees me at")}
	chart := container.NewGridWithColumns(2)
	var flags []fyne.CanvasObject
	for _, s := range cmp.Skills {
		label := s.Name
		if s.ManagerNeeded {
			label += " · level needed set by " + who
		}
		if s.Differs {
			label = "Two levels apart: " + label
			flags = append(flags, widget.NewSeparator(), widgets.Heading("Two levels apart: "+s.Name), widgets.Para(s.Note+"."))
		}
		chart.Add(&widget.Label{Text: label, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: s.Differs}})
		chart.Add(widgets.NewTripleBar(s.Self, s.Needed, s.Today))
	}
	return append(append(objs, chart), flags...)
}
