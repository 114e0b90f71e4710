// Package ui is LeadShift's shell: the main window, the start screen, the
// dialogs, and the wiring of the feature screens (ui/journey, ui/live,
// ui/console, ui/library) to the services that do their I/O (package
// service). It decides what the window shows; the feature packages draw
// it. Background work reaches widgets only through ui/bridge.
package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/console"
	"github.com/leadshift/leadshift/ui/journey"
	"github.com/leadshift/leadshift/ui/library"
	"github.com/leadshift/leadshift/ui/live"
	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/service"
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
	// RenderRequest prints a request for a participant's manager, and
	// RenderGuide the one-page guide for managers.
	RenderRequest func(w io.Writer, c *workshop.Content, q *manager.Request, p Print) error
	RenderGuide   func(w io.Writer, c *workshop.Content, p Print) error
	// RenderProgress prints the progress report of a re-assessment, and
	// RenderPulseSheet the anonymous team pulse sheet.
	RenderProgress   func(w io.Writer, c *workshop.Content, a *workshop.Answers, p Print) error
	RenderPulseSheet func(w io.Writer, c *workshop.Content, p Print) error
	// OpenRoom opens the database of a hosted workshop in dir.
	OpenRoom func(ctx context.Context, dir string) (workshop.RoomStore, error)
	// Browse listens for workshops announced on the network until ctx ends.
	Browse func(ctx context.Context, onFound func(service.Found)) error
	// Announce tells the network about a hosted workshop until ctx ends.
	Announce func(ctx context.Context, a service.Announcement) error
	// HostAddr is where a hosted workshop listens, e.g. ":47320".
	HostAddr string
	Paper    string // default paper size, "a4" or "letter"
	Now      func() time.Time
	Version  string // e.g. "0.1.0", from FyneApp.toml
	Licences []byte // THIRD_PARTY_LICENSES.md, Markdown
	DataDir  string // the folder that holds everything LeadShift keeps
}

// Print says how plans are printed: the paper size ("a4" or "letter") and
// the workshop title in the page header (empty for the default).
type Print = service.Print

// App is the main window and whatever it currently shows.
type App struct {
	fyneApp fyne.App
	win     fyne.Window
	deps    Deps

	files       *service.Files
	workshops   *service.Workshops
	participant *service.Participant

	start   *startScreen
	journey *journey.Journey   // the journey on screen, if any
	saver   *storage.Autosaver // saves the journey's answers
	live    *live.Link         // the live room the journey follows, if any
	join    *live.JoinScreen   // the join screen, while it shows
	room    *console.Console   // the workshop being hosted, if any
	library *library.Library   // the library, while it shows
	setup   *library.Setup     // the setup form, while it shows
	// form is the manager's form, while it shows; draftSaver keeps its answers.
	form       *journey.ManagerForm
	draftSaver *storage.DraftSaver

	// chooseSave, chooseFolder, confirmRoom, chooseOpen and confirm ask
	// the person; tests replace them.
	chooseSave   func(name string, done func(path string))
	chooseFolder func(done func(dir string))
	// choosePack asks what the print pack holds: the plans only
	// (compact), or each with the evidence behind it.
	choosePack  func(done func(compact bool))
	confirmRoom func(phrase string, done func(ok bool))
	// chooseAnswers asks which value to keep of each answer changed both
	// on this laptop and in the room.
	chooseAnswers func(c *workshop.Content, clashes []workshop.Clash, done func(takeRoom []bool))
	chooseOpen    func(done func(path string))
	confirm       func(title, message string, done func(ok bool))
	lastPack      service.PackResult // the last print pack made, for tests
	lastExport    exportResult       // the last export made, for tests
	tasks         bridge.Tasks       // background work in flight
	settings      *widget.RadioGroup // the text size, while Settings shows
	about         *widget.RichText   // the About dialog's text, while it shows
}

// New builds the main window on the start screen.
func New(a fyne.App, deps Deps) *App {
	if deps.Now == nil {
		deps.Now = time.Now
	}
	ui := &App{fyneApp: a, deps: deps, win: a.NewWindow("LeadShift")}
	ui.files = &service.Files{Content: deps.Content, RenderPlan: deps.RenderPlan, RenderPack: deps.RenderPack,
		RenderRequest: deps.RenderRequest, RenderGuide: deps.RenderGuide,
		RenderProgress: deps.RenderProgress, RenderPulseSheet: deps.RenderPulseSheet}
	ui.workshops = &service.Workshops{Library: deps.Library, Content: deps.Content, RenderPack: deps.RenderPack,
		OpenStore: deps.OpenRoom, Announce: deps.Announce, HostAddr: deps.HostAddr, Now: deps.Now}
	ui.participant = &service.Participant{Dir: deps.LiveDir, Discover: deps.Browse}
	ui.applyLook()
	// Small enough for a 1366x768 laptop's screen under its task bar.
	widgets.RestoreSize(a, ui.win, "window", fyne.NewSize(1200, 680))
	ui.chooseSave = func(name string, done func(string)) { chooseSaveDialog(ui.win, name, done) }
	ui.chooseFolder = func(done func(string)) { chooseFolderDialog(ui.win, done) }
	ui.choosePack = func(done func(bool)) { choosePackDialog(ui.win, done) }
	ui.confirmRoom = func(phrase string, done func(bool)) { confirmRoomDialog(ui.win, phrase, done) }
	ui.chooseAnswers = func(c *workshop.Content, clashes []workshop.Clash, done func([]bool)) {
		live.ShowClashes(ui.win, c, clashes, done)
	}
	ui.chooseOpen = func(done func(string)) { chooseOpenDialog(ui.win, done) }
	ui.confirm = func(title, message string, done func(bool)) { confirmDialog(ui.win, title, message, done) }
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
	widgets.RememberSize(ui.fyneApp, ui.win, "window")
	ui.leave()
	if ui.room != nil {
		ui.room.Close()
	}
}

// leave stops the screen on show: a journey's answers are flushed to disk
// and a live room's last changes pushed.
func (ui *App) leave() {
	if ui.saver != nil {
		ui.saver.Close()
		ui.saver = nil
	}
	if ui.live != nil {
		ui.live.Close()
		ui.live = nil
	}
	if ui.join != nil {
		ui.join.Close()
		ui.join = nil
	}
	if ui.journey != nil {
		ui.journey.Close() // a conflict dialog it opened changes nothing now
	}
	if ui.draftSaver != nil {
		ui.draftSaver.Close()
		ui.draftSaver = nil
	}
	ui.journey, ui.library, ui.setup, ui.form = nil, nil, nil, nil
}

func (ui *App) showStart() {
	ui.leave()
	saved, err := ui.deps.Store.Load()
	if err != nil && !errors.Is(err, storage.ErrNoSession) {
		ui.ShowError("Your saved answers could not be read", err)
	}
	joined, _ := ui.participant.Saved() // no saved room is the usual case
	var running []*workshop.Setup
	if ui.deps.Library != nil && ui.room == nil {
		setups, _ := ui.workshops.List() // the library screen reports unreadable ones
		for _, s := range setups {
			if s.Running {
				running = append(running, s)
			}
		}
	}
	ui.start = newStartScreen(ui, saved, joined, running, ui.drafts().List())
	ui.win.SetContent(ui.start.content)
}

func (ui *App) showJoin() {
	ui.leave()
	ui.join = live.NewJoinScreen(ui, ui.participant)
	ui.win.SetContent(ui.join.Content)
}

// openSolo shows the solo journey for the given answers.
func (ui *App) openSolo(a *workshop.Answers) {
	ui.openJourney(a, ui.deps.Store, ui.deps.Content, nil)
}

// openJourney shows the journey for answers kept in store, following a
// live room when link is set.
func (ui *App) openJourney(a *workshop.Answers, store *storage.Store, c *workshop.Content, link *live.Link) {
	ui.leave()
	ui.saver = storage.NewAutosaver(store, func(err error) {
		bridge.Do(func() { ui.ShowError("Your answers could not be saved", err) })
	})
	ui.live = link
	if a.Edition == "" { // new answers are made on the pack they are shown with
		a.Edition = c.Edition
	}
	s := &journey.Session{Content: c, Answers: a, Now: ui.deps.Now, Confirm: ui.confirm}
	var err error
	saver := ui.saver
	s.OnChange = func() {
		s.Answers.Touch(s.Now())
		saver.Save(s.Answers)
		if link != nil {
			link.Push(s.Answers)
		}
	}
	s.Keep = func() { saver.Save(s.Answers) }
	if s.Manager, err = store.LoadManager(); err != nil {
		ui.ShowError("Your manager's answers could not be read", err)
	}
	if s.Manager != nil && manager.Bind(s.Manager, a) != nil {
		s.Manager = nil // kept for answers started again since: not these
	}
	s.KeepManager = store.SaveManager
	s.OwnAnswers = ui.otherAnswers(a)
	s.OnChange()
	var room journey.Room // a nil *live.Link is no room
	if link != nil {
		room = link
	}
	ui.journey = journey.New(ui, ui.files, ui.deps.Paper, s, room)
	ui.win.SetContent(ui.journey.Content)
}

// Paper is the paper size chosen last, or the locale's default.
func (ui *App) Paper() string {
	return ui.fyneApp.Preferences().StringWithFallback(journey.PaperPref, ui.deps.Paper)
}

// ShowError shows a failure in a dialog: what could not be done, and why.
func (ui *App) ShowError(title string, err error) {
	dialog.ShowError(fmt.Errorf("%s: %w", title, err), ui.win)
}
