package journey

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
)

// calendarCard holds the dates that only the participant knows (the
// conversation with the manager, a buddy and their check-in) and saves
// every date of the plan as a calendar file.
type calendarCard struct {
	p            *planScreen
	managerTalk  *widget.DateEntry
	buddy        *widget.Entry
	buddyCheckIn *widget.DateEntry
	save         *widget.Button
	status       *widget.Label
}

func (p *planScreen) calendarCard() fyne.CanvasObject {
	pl := p.plan()
	c := &calendarCard{p: p, status: &widget.Label{Wrapping: fyne.TextWrapWord}}
	c.managerTalk = dateField(pl.ManagerTalk, p.bind(&pl.ManagerTalk))
	c.buddy = widgets.TextEntry(pl.Buddy, "A colleague who asks how it goes (optional)", false, p.bind(&pl.Buddy))
	c.buddyCheckIn = dateField(pl.BuddyCheckIn, p.bind(&pl.BuddyCheckIn))
	c.save = &widget.Button{Text: "Save the dates to my calendar", Icon: theme.DocumentSaveIcon(), OnTapped: c.onSave}
	c.status.Hide()
	p.calendar = c
	form := widget.NewForm(
		widget.NewFormItem("Plan conversation with my manager", c.managerTalk),
		widget.NewFormItem("My buddy", c.buddy),
		widget.NewFormItem("First check-in with my buddy", c.buddyCheckIn))
	return widget.NewCard("Dates in my calendar", "Every date of this plan, as a file your calendar imports",
		container.NewVBox(form,
			widgets.Para("The file holds your first steps, the conversation with your manager, the check-in with your buddy and "+
				"the check-ins at day 30, 60 and 90, each saying what to look at that day. Outlook, Google Calendar and Thunderbird import it."),
			container.NewHBox(c.save), c.status))
}

func (c *calendarCard) onSave() {
	s, j := c.p.s, c.p.j
	j.shell.ChooseSave(s.Answers.Participant.FileStem()+"-plan-dates.ics", func(path string) {
		snap, now, files := s.Answers.Clone(), s.Now(), j.files
		c.status.SetText("Saving the dates…")
		c.status.Show()
		j.shell.Tasks().Run(func() func() {
			n, err := files.SaveCalendar(path, snap, now)
			return func() { c.showSaved(path, n, err) }
		})
	})
}

// showSaved says where the dates went, or why they could not be saved.
func (c *calendarCard) showSaved(path string, n int, err error) {
	if err != nil {
		c.status.Hide()
		c.p.j.shell.ShowError("The dates could not be saved", err)
		return
	}
	c.status.SetText(fmt.Sprintf("Saved %d dates to %s. Open it, or import it into your calendar; saving again and importing again updates the same events.", n, filepath.Base(path)))
}
