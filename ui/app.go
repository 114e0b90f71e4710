// Package ui holds LeadShift's Fyne screens: the start screen, the journey's
// steps and their charts, joining a live workshop, and the facilitator's
// library, setup and control windows. It is the only package that touches
// widgets; the workshop package does the thinking.
package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/storage"
)

// Deps is what the screens need from the outside world.
type Deps struct {
	Content    *workshop.Content
	Store      *storage.Store // the solo journey's answers
	LiveDir    string         // where a live participant's answers and session are kept
	Library    *storage.Library
	RenderPlan func(w io.Writer, c *workshop.Content, a *workshop.Answers, p Print) error
	RenderPack func(w io.Writer, c *workshop.Content, all []*workshop.Answers, p Print) error
	// OpenRoom opens the database of a hosted workshop in dir.
	OpenRoom func(ctx context.Context, dir string) (workshop.RoomStore, error)
	// Browse listens for workshops announced on the network until ctx ends.
	Browse func(ctx context.Context, onFound func(lan.Found)) error
	// Announce tells the network about a hosted workshop until ctx ends.
	Announce func(ctx context.Context, a lan.Announcement) error
	// HostAddr is where a hosted workshop listens, e.g. ":47320".
	HostAddr string
	Paper    string // default paper size, "a4" or "letter"
	Now      func() time.Time
}

// Print says how plans are printed: the paper size ("a4" or "letter") and
// the workshop title in the page header (empty for the default).
type Print struct {
	Paper, Title string
}

// App is the main window and whatever it currently shows.
type App struct {
	fyneApp fyne.App
	win     fyne.Window
	deps    Deps

	start   *startScreen
	journey *journey // the journey on screen, if any
	saver   *storage.Autosaver
	live    *liveLink    // the live room the journey follows, if any
	join    *joinScreen  // the join screen, while it shows
	room    *controlRoom // the workshop being hosted, if any

	// chooseSave, chooseFolder and confirmRoom ask the person; tests replace them.
	chooseSave   func(name string, done func(path string))
	chooseFolder func(done func(dir string))
	confirmRoom  func(phrase string, done func(ok bool))
	// chooseAnswers asks which answers to keep in a conflict with the room.
	chooseAnswers func(c *workshop.Content, mine, room *workshop.Answers, done func(keepMine bool))
	chooseOpen    func(done func(path string))
	confirm       func(title, message string, done func(ok bool))
	lastPack      packResult     // the last print pack made, for tests
	lastExport    exportResult   // the last export made, for tests
	library       *libraryScreen // the library, while it shows
	setup         *setupScreen   // the setup form, while it shows
	tasks         sync.WaitGroup // background work in flight
}

// New builds the main window on the start screen.
func New(a fyne.App, deps Deps) *App {
	if deps.Now == nil {
		deps.Now = time.Now
	}
	ui := &App{fyneApp: a, deps: deps, win: a.NewWindow("LeadShift")}
	restoreSize(a, ui.win, "window", fyne.NewSize(1100, 760))
	ui.chooseSave = func(name string, done func(string)) { chooseSaveDialog(ui.win, name, done) }
	ui.chooseFolder = func(done func(string)) { chooseFolderDialog(ui.win, done) }
	ui.confirmRoom = func(phrase string, done func(bool)) { confirmRoomDialog(ui.win, phrase, done) }
	ui.chooseAnswers = func(c *workshop.Content, mine, room *workshop.Answers, done func(bool)) {
		chooseAnswersDialog(ui.win, c, mine, room, done)
	}
	ui.chooseOpen = func(done func(string)) { chooseOpenDialog(ui.win, done) }
	ui.confirm = func(title, message string, done func(bool)) { dialog.ShowConfirm(title, message, done, ui.win) }
	ui.win.SetOnClosed(ui.closeAll)
	ui.showStart()
	return ui
}

// Window is the main window.
func (ui *App) Window() fyne.Window { return ui.win }

// ShowAndRun shows the window and runs the app until it quits.
func (ui *App) ShowAndRun() { ui.win.ShowAndRun() }

// closeAll saves what is pending and leaves any room, when the window closes.
func (ui *App) closeAll() {
	rememberSize(ui.fyneApp, ui.win, "window")
	ui.leave()
	if ui.room != nil {
		ui.room.close()
	}
}

// leave stops the journey on screen: its answers are flushed to disk and
// a live room's last changes pushed.
func (ui *App) leave() {
	if ui.saver != nil {
		ui.saver.Close()
		ui.saver = nil
	}
	if ui.live != nil {
		ui.live.close()
		ui.live = nil
	}
	if ui.join != nil {
		ui.join.close()
		ui.join = nil
	}
	ui.journey = nil
}

func (ui *App) showStart() {
	ui.leave()
	saved, err := ui.deps.Store.Load()
	if err != nil && !errors.Is(err, storage.ErrNoSession) {
		ui.showError("Your saved answers could not be read", err)
	}
	live, _ := ui.loadLive() // no saved room is the usual case
	var running []*workshop.Setup
	if ui.deps.Library != nil && ui.room == nil {
		setups, _ := ui.deps.Library.List() // the library screen reports unreadable ones
		for _, s := range setups {
			if s.Running {
				running = append(running, s)
			}
		}
	}
	ui.start = newStartScreen(ui, saved, live, running)
	ui.win.SetContent(ui.start.content)
}

func (ui *App) showJoin() {
	ui.leave()
	ui.join = newJoinScreen(ui)
	ui.win.SetContent(ui.join.content)
}

// openSolo shows the solo journey for the given answers.
func (ui *App) openSolo(a *workshop.Answers) {
	ui.openJourney(a, ui.deps.Store, ui.deps.Content, nil)
}

// openJourney shows the journey for answers kept in store, following a
// live room when live is set.
func (ui *App) openJourney(a *workshop.Answers, store *storage.Store, c *workshop.Content, live *liveLink) {
	ui.leave()
	ui.saver = storage.NewAutosaver(store, func(err error) {
		onMain(func() { ui.showError("Your answers could not be saved", err) })
	})
	ui.live = live
	s := &session{content: c, answers: a, now: ui.deps.Now, confirm: ui.confirm}
	saver := ui.saver
	s.onChange = func() {
		s.answers.Touch(s.now())
		saver.Save(s.answers)
		if live != nil {
			live.push(s.answers)
		}
	}
	s.onChange()
	ui.journey = newJourney(ui, s, live)
	ui.win.SetContent(ui.journey.content)
}

// paper is the paper size chosen last, or the locale's default.
func (ui *App) paper() string {
	return ui.fyneApp.Preferences().StringWithFallback(paperPref, ui.deps.Paper)
}

func (ui *App) showError(title string, err error) {
	dialog.ShowError(fmt.Errorf("%s: %w", title, err), ui.win)
}

// session is the answers being worked on and how to report a change.
type session struct {
	content  *workshop.Content
	answers  *workshop.Answers
	now      func() time.Time
	confirm  func(title, message string, done func(ok bool))
	onChange func()
}

func (s *session) changed() { s.onChange() }

// restoreSize gives a window the size it had when it last closed. Fyne has
// no API for window positions, so only the size is remembered.
func restoreSize(a fyne.App, w fyne.Window, name string, fallback fyne.Size) {
	p := a.Preferences()
	width := p.FloatWithFallback(name+".width", float64(fallback.Width))
	height := p.FloatWithFallback(name+".height", float64(fallback.Height))
	w.Resize(fyne.NewSize(float32(max(width, 640)), float32(max(height, 480))))
}

// rememberSize keeps a window's size for the next launch.
func rememberSize(a fyne.App, w fyne.Window, name string) {
	size := w.Canvas().Size()
	if size.Width > 0 && size.Height > 0 {
		a.Preferences().SetFloat(name+".width", float64(size.Width))
		a.Preferences().SetFloat(name+".height", float64(size.Height))
	}
}
