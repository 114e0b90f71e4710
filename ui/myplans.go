package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/journey"
	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
	"github.com/leadshift/leadshift/workshop/storage"
)

// myPlans lists the plans kept on this laptop (the journey on one's own,
// and the joined workshop's), each with its next check-in and a button to
// check in; nil when no saved answers hold a plan.
func (ui *App) myPlans(saved *workshop.Answers, joined *service.LiveFile) fyne.CanvasObject {
	box := container.NewVBox()
	add := func(a *workshop.Answers, where string, c *workshop.Content, store *storage.Store) {
		if a == nil || a.Plan == nil || len(a.Plan.Focus) == 0 {
			return
		}
		name := a.Participant.Name
		if name == "" {
			name = "My plan"
		}
		label := widgets.Para(fmt.Sprintf("%s (%s): %s", name, where, nextCheckIn(a, ui.deps.Now())))
		check := &widget.Button{Text: "Check in on " + where, Icon: theme.ConfirmIcon(), OnTapped: func() { ui.openCheckIn(c, a, store) }}
		buttons := container.NewHBox(append([]fyne.CanvasObject{check}, ui.followUpButtons(c, a, store, where)...)...)
		box.Add(container.NewBorder(nil, nil, nil, buttons, label))
	}
	add(saved, "my own journey", ui.deps.Content, ui.deps.Store)
	if joined != nil {
		c, err := joined.ContentPack()
		store, serr := ui.participant.Answers()
		if err == nil && serr == nil {
			a, _ := store.Load() // none saved yet is the usual case
			add(a, joined.Title, c, store)
		}
	}
	if len(box.Objects) == 0 {
		return nil
	}
	return widget.NewCard("My plans", "Check in at day 30, 60 and 90, and re-assess from day 60: nothing is lost if you skip one or come back months later", box)
}

// nextCheckIn says when a plan's next check-in is due, in words.
func nextCheckIn(a *workshop.Answers, now time.Time) string {
	review, date := a.NextReview()
	if review == 0 {
		return fmt.Sprintf("every check-in recorded, %d in the progress log", len(a.CheckIns))
	}
	what := fmt.Sprintf("the day-%d check-in", workshop.ReviewDays[min(review, len(workshop.ReviewDays))-1])
	due, err := time.Parse(workshop.DateLayout, date)
	if err != nil {
		return what + " is next"
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	switch days := int(due.Sub(today).Hours() / 24); {
	case days > 1:
		return fmt.Sprintf("%s is on %s, in %d days", what, workshop.Long(date), days)
	case days == 1:
		return fmt.Sprintf("%s is tomorrow, %s", what, workshop.Long(date))
	case days == 0:
		return what + " is today"
	default:
		return fmt.Sprintf("%s was due on %s: check in when you can", what, workshop.Long(date))
	}
}

// openCheckIn shows the next check-in of a (made with content c), kept in
// store; saving it returns to the start screen.
func (ui *App) openCheckIn(c *workshop.Content, a *workshop.Answers, store *storage.Store) {
	ui.leave()
	saver := storage.NewAutosaver(store, func(err error) {
		bridge.Do(func() { ui.ShowError("Your check-in could not be saved", err) })
	})
	ui.saver = saver
	p := journey.NewProgress(c, a, ui.deps.Now(), func(a *workshop.Answers) {
		a.Touch(ui.deps.Now())
		saver.Save(a)
	}, ui.showStart)
	ui.win.SetContent(p.Content)
}
