package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/journey"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

// followUpButtons are the plan's buttons on the start screen after the
// check-in: the re-assessment once it is open (from day 60), and the
// progress report once there is a re-assessment to report on.
func (ui *App) followUpButtons(c *workshop.Content, a *workshop.Answers, store *storage.Store, where string) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	if a.ReassessOpen(ui.deps.Now()) {
		out = append(out, &widget.Button{Text: "Re-assess " + where, Icon: theme.ViewRefreshIcon(), OnTapped: func() { ui.openReassess(c, a, store) }})
	}
	if len(a.Rounds) > 0 {
		out = append(out, &widget.Button{Text: "Progress report of " + where, Icon: theme.DocumentPrintIcon(), OnTapped: func() { ui.saveProgress(c, a) }})
	}
	return out
}

// openReassess shows the re-assessment of a (made with content c), kept
// in store; saving it returns to the start screen.
func (ui *App) openReassess(c *workshop.Content, a *workshop.Answers, store *storage.Store) {
	ui.leave()
	saver := storage.NewAutosaver(store, func(err error) {
		bridge.Do(func() { ui.ShowError("Your re-assessment could not be saved", err) })
	})
	ui.saver = saver
	r := journey.NewReassess(c, a, ui.deps.Now(), func(a *workshop.Answers) {
		a.Touch(ui.deps.Now())
		saver.Save(a)
	}, ui.showStart, func() { ui.savePulseSheet(c) })
	ui.win.SetContent(r.Content)
}

// saveProgress saves the progress report of a's latest re-assessment.
func (ui *App) saveProgress(c *workshop.Content, a *workshop.Answers) {
	snap := a.Clone()
	ui.exportFile(snap.Participant.FileStem()+"-progress-report.pdf", func(_ context.Context, path string) (string, error) {
		err := ui.files.SaveProgress(path, c, snap, Print{Paper: ui.Paper()})
		return "Your progress report: take it to the 90-day conversation with your manager.", err
	})
}

// savePulseSheet saves the team pulse sheet to print.
func (ui *App) savePulseSheet(c *workshop.Content) {
	ui.exportFile("team-pulse-sheet.pdf", func(_ context.Context, path string) (string, error) {
		err := ui.files.SavePulseSheet(path, c, Print{Paper: ui.Paper()})
		return "The team pulse sheet, two copies to a page: print a page for every two people in your team, and cut along the line.", err
	})
}
