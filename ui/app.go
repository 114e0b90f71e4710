// Package ui holds LeadShift's Fyne screens: the start screen, the solo
// journey's steps and their charts. It is the only package that touches
// widgets; the workshop package does the thinking.
package ui

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

// Deps is what the screens need from the outside world.
type Deps struct {
	Content    *workshop.Content
	Store      *storage.Store
	RenderPlan func(w io.Writer, c *workshop.Content, a *workshop.Answers, paper string) error
	RenderPack func(w io.Writer, c *workshop.Content, all []*workshop.Answers, paper string) error
	Paper      string // default paper size, "a4" or "letter"
	Now        func() time.Time
}

// App is the main window and whatever it currently shows.
type App struct {
	fyneApp fyne.App
	win     fyne.Window
	deps    Deps

	start   *startScreen
	journey *journey // nil until the solo journey is opened
	saver   *storage.Autosaver

	// chooseSave and chooseFolder ask for a file or folder; tests replace them.
	chooseSave   func(name string, done func(path string))
	chooseFolder func(done func(dir string))
	lastPack     packResult     // the last print pack made, for tests
	tasks        sync.WaitGroup // background work in flight
}

// New builds the main window on the start screen.
func New(a fyne.App, deps Deps) *App {
	if deps.Now == nil {
		deps.Now = time.Now
	}
	ui := &App{fyneApp: a, deps: deps, win: a.NewWindow("LeadShift")}
	ui.win.Resize(fyne.NewSize(1100, 760))
	ui.chooseSave = func(name string, done func(string)) { chooseSaveDialog(ui.win, name, done) }
	ui.chooseFolder = func(done func(string)) { chooseFolderDialog(ui.win, done) }
	ui.saver = storage.NewAutosaver(deps.Store, func(err error) {
		onMain(func() { ui.showError("Your answers could not be saved", err) })
	})
	ui.win.SetOnClosed(ui.saver.Close)
	ui.showStart()
	return ui
}

// Window is the main window.
func (ui *App) Window() fyne.Window { return ui.win }

// ShowAndRun shows the window and runs the app until it quits.
func (ui *App) ShowAndRun() { ui.win.ShowAndRun() }

func (ui *App) showStart() {
	saved, err := ui.deps.Store.Load()
	if err != nil && !errors.Is(err, storage.ErrNoSession) {
		ui.showError("Your saved answers could not be read", err)
	}
	ui.journey = nil
	ui.start = newStartScreen(ui, saved)
	ui.win.SetContent(ui.start.content)
}

// openJourney shows the solo journey for the given answers.
func (ui *App) openJourney(a *workshop.Answers) {
	s := &session{content: ui.deps.Content, answers: a, now: ui.deps.Now, win: ui.win}
	s.onChange = func() {
		s.answers.Touch(s.now())
		ui.saver.Save(s.answers)
	}
	s.onChange()
	ui.journey = newJourney(ui, s)
	ui.win.SetContent(ui.journey.content)
}

func (ui *App) showError(title string, err error) {
	dialog.ShowError(fmt.Errorf("%s: %w", title, err), ui.win)
}

// session is the answers being worked on and how to report a change.
type session struct {
	content  *workshop.Content
	answers  *workshop.Answers
	now      func() time.Time
	win      fyne.Window
	onChange func()
}

func (s *session) changed() { s.onChange() }
