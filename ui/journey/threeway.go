package journey

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
	"github.com/leadshift/leadshift/workshop/manager"
)

// threeWay shows the participant's answers beside their manager's: for
// every statement the manager answered, me, what I believed my
// organisation expects, and what my manager says, with what the
// difference means for the statement's polarity; for every skill, the
// level needed (the manager's when given), the manager's view of today
// beside mine, and a flag naming both when they are two levels apart.
func threeWay(v *analysis.ManagerView) []fyne.CanvasObject {
	cmp := v.Comparison
	who := managerName(v.Response)
	objs := []fyne.CanvasObject{widgets.Heading("What " + who + " says"),
		widgets.Para("Biggest differences with your manager first. A blind spot is you against your manager; a misreading is what you believed " +
			"your organisation expects against what your manager says. Both are worth the conversation, not a verdict on either of you.")}
	if v.Note != "" {
		objs = append(objs, widgets.Note(v.Note))
	}
	for _, s := range cmp.Statements {
		objs = append(objs, widget.NewSeparator(), statementThreeWay(s, who))
	}
	if len(cmp.Statements) == 0 {
		objs = append(objs, widgets.Note(who+" did not answer the statements."))
	}
	objs = append(objs, widget.NewSeparator(), widgets.Heading("Skills: the level needed, and how "+who+" sees you today"))
	for _, s := range cmp.Skills {
		objs = append(objs, skillThreeWay(s, who))
	}
	for _, a := range v.Agreements {
		objs = append(objs, widgets.Para("• "+a))
	}
	return objs
}

// statementThreeWay is one statement seen three ways.
func statementThreeWay(s manager.StatementComparison, who string) fyne.CanvasObject {
	org := "I believed my organisation expects"
	mine := "I expect"
	theirs := who + " expects of me"
	if s.Expectation.Provides {
		org, theirs = "I believed my organisation will provide", who+" says the role gives"
	}
	rows := container.New(&widgets.TwoColumns{},
		widget.NewLabel(mine), rating(s.Me),
		widget.NewLabel(org), rating(s.Org),
		widget.NewLabel(theirs), rating(s.Manager))
	differs := s.BlindSpot != workshop.Aligned || s.Misreading
	objs := []fyne.CanvasObject{&widget.Label{Text: s.Expectation.Statement, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: differs}}, rows}
	if s.BlindSpot != workshop.Aligned {
		objs = append(objs, widgets.Heading("Blind spot: "+s.Label))
	}
	if s.Misreading {
		objs = append(objs, widgets.Note("Misreading: "+s.Reading+"."))
	}
	return container.NewVBox(objs...)
}

// rating is a rating in words and as a number, or "not rated".
func rating(v int) fyne.CanvasObject {
	if v == 0 {
		return widget.NewLabel("not rated")
	}
	return widget.NewLabel(fmt.Sprintf("%s (%d of %d)", workshop.ScaleLabel(workshop.ExpectScale, v), v, workshop.Scale))
}

// skillThreeWay is one skill: the level needed, my level and my
// manager's view of it.
func skillThreeWay(s manager.SkillComparison, who string) fyne.CanvasObject {
	needed := "Level needed (a first-line lead)"
	if s.ManagerNeeded {
		needed = "Level needed (" + who + ")"
	}
	level := func(label string, v int) fyne.CanvasObject {
		text := "not rated"
		if v > 0 {
			text = fmt.Sprintf("level %d: %s", v, s.Skill.Levels[v-1])
		}
		width := canvas.NewRectangle(color.Transparent)
		width.SetMinSize(fyne.NewSize(260, 0))
		return container.NewBorder(nil, nil, container.NewStack(width, widget.NewLabel(label)), nil, widgets.Para(text))
	}
	rows := container.NewVBox(level(needed, s.Needed), level("I rate myself", s.Self), level(who+" sees me today", s.Today))
	objs := []fyne.CanvasObject{&widget.Label{Text: s.Name, TextStyle: fyne.TextStyle{Bold: true}}, rows}
	if s.Differs {
		objs = append(objs, widgets.Heading("Two levels apart: "+s.Note+"."))
	}
	return container.NewVBox(objs...)
}
