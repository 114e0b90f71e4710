package journey

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// followUpCard offers the plan's check-in, and the re-assessment once it
// is open, on the last step of the journey: in a follow-up session the
// participant rejoins on that step and does them in the room, their
// answers reaching the room as every other answer does. nil before the
// plan's first review date.
func (f *finishScreen) followUpCard() fyne.CanvasObject {
	a, now := f.s.Answers, f.s.Now()
	if a.Plan == nil || len(a.Plan.Focus) == 0 || len(a.Plan.Reviews) == 0 || a.Plan.Reviews[0] > now.Format(workshop.DateLayout) {
		return nil
	}
	box := container.NewHBox(&widget.Button{Text: "Check in on my plan", Icon: theme.ConfirmIcon(), OnTapped: f.openCheckIn})
	if a.ReassessOpen(now) {
		box.Add(&widget.Button{Text: "Re-assess my plan", Icon: theme.ViewRefreshIcon(), Importance: widget.HighImportance, OnTapped: f.openReassess})
	}
	return widget.NewCard("After the workshop", "Record where your plan stands; from day 60, re-take the situations", box)
}

// openCheckIn shows the plan's next check-in in the journey's place;
// saving or going back returns to this step.
func (f *finishScreen) openCheckIn() {
	p := NewProgress(f.s.Content, f.s.Answers, f.s.Now(), func(*workshop.Answers) { f.s.changed() }, f.back)
	f.j.body.Objects = []fyne.CanvasObject{p.Content}
	f.j.body.Refresh()
}

// openReassess shows the re-assessment in the journey's place.
func (f *finishScreen) openReassess() {
	r := NewReassess(f.s.Content, f.s.Answers, f.s.Now(), func(*workshop.Answers) { f.s.changed() }, f.back, f.savePulseSheet)
	f.j.body.Objects = []fyne.CanvasObject{r.Content}
	f.j.body.Refresh()
}

// back shows the last step again.
func (f *finishScreen) back() { f.j.show(workshop.StepFinish) }

// savePulseSheet saves the team pulse sheet to print.
func (f *finishScreen) savePulseSheet() {
	f.j.shell.ChooseSave("team-pulse-sheet.pdf", func(path string) {
		content, files, paper := f.s.Content, f.j.files, strings.ToLower(f.paper.Selected)
		f.j.shell.Tasks().Run(func() func() {
			err := files.SavePulseSheet(path, content, service.Print{Paper: paper})
			return func() {
				if err != nil {
					f.j.shell.ShowError("The pulse sheet could not be saved", err)
				}
			}
		})
	})
}
