package ui

import (
	"errors"
	"time"

	"fyne.io/fyne/v2"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/console"
	"github.com/leadshift/leadshift/ui/journey"
	"github.com/leadshift/leadshift/ui/library"
	"github.com/leadshift/leadshift/ui/live"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
	"github.com/leadshift/leadshift/workshop/storage"
)

// This file is what the feature screens ask of the shell: where to go
// next, dialogs, and background work. *App is their Shell.
var (
	_ journey.Shell = (*App)(nil)
	_ live.Shell    = (*App)(nil)
	_ console.Shell = (*App)(nil)
	_ library.Shell = (*App)(nil)
)

// Home shows the start screen.
func (ui *App) Home() { ui.showStart() }

// App is the Fyne app, for preferences, windows and opening files.
func (ui *App) App() fyne.App { return ui.fyneApp }

// Tasks is the app's background work.
func (ui *App) Tasks() *bridge.Tasks { return &ui.tasks }

// Now is the time the app goes by.
func (ui *App) Now() time.Time { return ui.deps.Now() }

// Confirm asks the person a yes-or-no question.
func (ui *App) Confirm(title, message string, done func(ok bool)) { ui.confirm(title, message, done) }

// ChooseSave asks where to save a file named name.
func (ui *App) ChooseSave(name string, done func(path string)) { ui.chooseSave(name, done) }

// ChooseOpen asks for a file to open.
func (ui *App) ChooseOpen(done func(path string)) { ui.chooseOpen(done) }

// ConfirmRoom asks a participant whether the phrase matches the projector.
func (ui *App) ConfirmRoom(phrase string, done func(ok bool)) { ui.confirmRoom(phrase, done) }

// Focus gives o the keyboard.
func (ui *App) Focus(o fyne.Focusable) { ui.win.Canvas().Focus(o) }

// ShowLibrary shows the facilitator's workshops.
func (ui *App) ShowLibrary() {
	ui.leave()
	ui.library = library.New(ui, ui.workshops)
	ui.win.SetContent(ui.library.Content)
}

// ShowSetup shows the setup form of s.
func (ui *App) ShowSetup(s *workshop.Setup) {
	ui.leave()
	if !s.Hosted && !s.Imported { // a draft gains the pack's practice phases, kept until dropped
		cp := *s
		cp.Agenda = workshop.WithPractice(s.Agenda, ui.deps.Content)
		s = &cp
	}
	ui.setup = library.NewSetup(ui, ui.workshops, ui.deps.Content.Title, s)
	ui.win.SetContent(ui.setup.Content)
}

// StartHosting opens the workshop's room (resuming it if it ran before),
// serves it on the network and shows the control window.
func (ui *App) StartHosting(s *workshop.Setup) {
	ui.leave()
	if ui.room != nil {
		ui.room.Close()
		ui.room = nil
	}
	ui.tasks.Run(func() func() {
		c, err := console.Open(ui, s, func(onChange func()) (console.Room, error) {
			r, err := ui.workshops.Host(s, onChange)
			if err != nil {
				return nil, err // not a nil *service.Room in an interface
			}
			return r, nil
		})
		return func() {
			if err != nil {
				ui.ShowError("The workshop could not be hosted", err)
				return
			}
			ui.room = c
			c.Show()
		}
	})
}

// CloseRoom stops hosting the workshop id, if it is the one hosted.
func (ui *App) CloseRoom(id string) {
	if ui.room != nil && ui.room.Setup().ID == id {
		ui.room.Close()
		ui.room = nil
	}
}

// Stopped is told the facilitator stopped hosting.
func (ui *App) Stopped() {
	ui.room = nil
	ui.ShowLibrary()
}

// OpenLive shows the journey of a joined workshop. Answers are kept in the
// live folder, apart from the solo journey's.
func (ui *App) OpenLive(f service.LiveFile, c *workshop.Content, a *workshop.Answers, state workshop.RoomState) {
	store, err := ui.participant.Answers()
	if err != nil {
		ui.ShowError("The workshop cannot be kept on this laptop", err)
		return
	}
	if f.Title == "" {
		f.Title = state.Title
	}
	if state.Title == "" {
		state.Title = f.Title
	}
	link := live.NewLink(state, a, func(onState func(workshop.RoomState)) live.Conn {
		return ui.participant.Connect(f, onState)
	})
	ui.openJourney(a, store, c, link)
}

// rejoin reopens the saved live workshop with the answers on this laptop,
// without the code.
func (ui *App) rejoin(f *service.LiveFile) {
	c, err := f.ContentPack()
	if err != nil {
		ui.ShowError("The saved workshop cannot be reopened", err)
		return
	}
	store, err := ui.participant.Answers()
	if err != nil {
		ui.ShowError("The workshop cannot be kept on this laptop", err)
		return
	}
	a, err := store.Load()
	if err != nil {
		if !errors.Is(err, storage.ErrNoSession) {
			ui.ShowError("Your answers on this laptop could not be read", err)
		}
		a = workshop.NewAnswers(c.ID, ui.deps.Now())
	}
	ui.OpenLive(*f, c, a, workshop.RoomState{})
}
