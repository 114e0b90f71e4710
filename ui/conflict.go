package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// ChooseAnswers asks which answers to keep when the room holds other
// answers than this laptop: keepMine for this laptop's.
func (ui *App) ChooseAnswers(c *workshop.Content, mine, room *workshop.Answers, done func(keepMine bool)) {
	ui.chooseAnswers(c, mine, room, done)
}

// answersSummary is what a participant compares to choose between two
// versions of their answers: one line per field, both sides.
func answersSummary(c *workshop.Content, a *workshop.Answers) []string {
	plan := "not started"
	if a.Plan != nil {
		plan = "started"
	}
	return []string{
		a.Step.Title(),
		fmt.Sprintf("%d%%", workshop.Progress(c, a)),
		a.Updated.Local().Format("15:04:05, 2 Jan"),
		a.Participant.Role,
		fmt.Sprintf("%d", len(a.Ratings)),
		fmt.Sprintf("%d", len(a.Reflections)),
		plan,
	}
}

var summaryRows = []string{"Step", "Done", "Last changed", "Role", "Statements rated", "Reflections written", "Plan"}

// chooseAnswersDialog shows this laptop's answers and the room's side by
// side and asks which to keep.
func chooseAnswersDialog(win fyne.Window, c *workshop.Content, mine, room *workshop.Answers, done func(keepMine bool)) {
	grid := container.NewGridWithColumns(3,
		widget.NewLabel(""),
		widget.NewLabelWithStyle("On this laptop", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle("In the room", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	m, r := answersSummary(c, mine), answersSummary(c, room)
	for i, row := range summaryRows {
		grid.Add(widget.NewLabel(row))
		grid.Add(widget.NewLabel(m[i]))
		grid.Add(widget.NewLabel(r[i]))
	}
	intro := &widget.Label{Wrapping: fyne.TextWrapWord,
		Text: "The room holds other answers from you than this laptop, probably written on another laptop. Choose which answers to go on with; the other version is replaced."}
	dialog.ShowCustomConfirm("Which answers do you keep?", "Keep this laptop's", "Take the room's",
		container.NewVBox(intro, grid), done, win)
}
