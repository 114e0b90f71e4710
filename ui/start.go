package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// startScreen is where a person chooses how to use LeadShift.
type startScreen struct {
	ui      *App
	saved   *workshop.Answers
	content fyne.CanvasObject

	solo     *widget.Button // start, or continue when answers are saved
	startNew *widget.Button // only when answers are saved
	print    *widget.Button // print plans from a folder of exported answers
}

func newStartScreen(ui *App, saved *workshop.Answers) *startScreen {
	s := &startScreen{ui: ui, saved: saved}
	title := widget.NewLabelWithStyle("LeadShift", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	intro := widget.NewLabelWithStyle("From technician to team lead: assess where you stand, align expectations,\n"+
		"find your skill gaps, map what to delegate, and leave with a personal action plan.",
		fyne.TextAlignCenter, fyne.TextStyle{})

	s.solo = &widget.Button{Text: "Work on my own", Icon: theme.AccountIcon(), Importance: widget.HighImportance, OnTapped: s.onSolo}
	soloHelp := widget.NewLabelWithStyle("Go through every exercise at your own pace and save your plan as a PDF.\n"+
		"Your answers stay on this computer and are saved after every change.", fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	buttons := container.NewVBox(s.solo)
	if saved != nil {
		s.solo.Text = fmt.Sprintf("Continue where I left off (%s)", resumeLabel(saved))
		s.startNew = &widget.Button{Text: "Start again with a blank journey", Icon: theme.ContentClearIcon(), OnTapped: s.onStartNew}
		buttons.Add(s.startNew)
	}
	s.print = &widget.Button{Text: "Print plans from exported answers…", Icon: theme.DocumentPrintIcon(), Importance: widget.LowImportance, OnTapped: ui.printFolder}
	s.content = container.NewCenter(container.NewVBox(title, intro, widget.NewSeparator(), buttons, soloHelp,
		widget.NewSeparator(), s.print))
	return s
}

func resumeLabel(a *workshop.Answers) string {
	name := a.Participant.Name
	if name == "" {
		name = "unnamed"
	}
	return fmt.Sprintf("%s, at %s", name, a.Step.Title())
}

func (s *startScreen) onSolo() {
	a := s.saved
	if a == nil {
		a = workshop.NewAnswers(s.ui.deps.Content.ID, s.ui.deps.Now())
	}
	s.ui.openJourney(a)
}

func (s *startScreen) onStartNew() {
	dialog.ShowConfirm("Start again?",
		"This clears the answers saved on this computer.\nExport them first from the last step if you want to keep them.",
		func(ok bool) {
			if ok {
				s.ui.openJourney(workshop.NewAnswers(s.ui.deps.Content.ID, s.ui.deps.Now()))
			}
		}, s.ui.win)
}
