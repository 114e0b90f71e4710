// Package console is the facilitator's side of a hosted workshop: the
// control window (join details, the roster, phases, timer, lock, exports)
// and the projector window with the room's anonymous charts. It drives the
// room through the Room interface (implemented by service.Room) and asks
// the app around it for dialogs and exports through Shell; it never opens a
// file, a socket or a database itself.
package console

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// guardWhy tells the facilitator, and the room on the projector, why the
// join code shown is the longer guard code.
const guardWhy = "Someone is guessing the code. New people join with this longer code."

// redrawEvery bounds how often the control and projector windows redraw
// while answers stream in: a room of 40 answering at once redraws 4 times
// a second, not 40.
const redrawEvery = 250 * time.Millisecond

// Room is a hosted workshop as the console drives it; *service.Room is one.
// Its methods that take a context write to the room's store.
type Room interface {
	Title() string
	Code() string
	Fingerprint() string
	Addrs() []string
	State() workshop.RoomState
	// Content is the content pack the room runs.
	Content() *workshop.Content
	Members() []workshop.Member
	// Aggregates are the current phase's frozen figures, once shown.
	Aggregates() workshop.RoomAggregates
	// ResultsShown reports whether the current phase's results were shown.
	ResultsShown() bool
	// Answered is how many people have answered the current phase.
	Answered() int
	// ShowResults freezes the current phase's figures and shows them.
	ShowResults(ctx context.Context) error

	Next(ctx context.Context) error
	GoTo(ctx context.Context, phase int) error
	SetLocked(ctx context.Context, locked bool) error
	SetJoinOpen(ctx context.Context, open bool) error
	SetPacing(ctx context.Context, p workshop.Pacing) error
	TimerAdd(ctx context.Context, d time.Duration) error
	TimerPause(ctx context.Context) error
	TimerResume(ctx context.Context) error
	Remove(ctx context.Context, memberID string) error
	// LetBack lets a removed participant join again with the code.
	LetBack(ctx context.Context, memberID string) error
	// JoinAlert says that many wrong codes came in from everywhere, so
	// someone may be guessing the code, or "".
	JoinAlert() string
	// GuardCode is the longer code newcomers type while the room is on
	// guard against guessing, or "" (lan.Host.GuardCode).
	GuardCode() string
	// Problem is a network failure since hosting started
	// (service.ErrServeStopped, service.ErrNotAnnounced), or nil.
	Problem() error

	Stop() error  // mark the workshop as ended, before Close
	Close() error // stop hosting; the room can be resumed
}

// Shell is what the console needs from the app around it.
type Shell interface {
	ShowError(title string, err error)
	Confirm(title, message string, done func(ok bool))
	Tasks() *bridge.Tasks
	App() fyne.App
	Window() fyne.Window
	Now() time.Time
	// ExportPrintPack, ExportCSV and ExportArchive ask where to save and
	// write the workshop's file.
	ExportPrintPack(s *workshop.Setup)
	ExportCSV(s *workshop.Setup)
	ExportArchive(s *workshop.Setup)
	// Stopped is told that the facilitator stopped hosting.
	Stopped()
}

// Console is a hosted workshop's control window.
type Console struct {
	shell Shell
	setup *workshop.Setup
	room  Room
	stop  context.CancelFunc
	done  chan struct{} // closed when the redraw goroutine ends
	dirty atomic.Bool

	code, phase, timer         *widget.Label
	guardWhy                   *widget.Label // why the code shown is the longer guard code
	roomStatus                 *widget.Label
	results                    *widget.Button // shows the room's results
	resultsStatus              *widget.Label  // whether a chart is ready or shown
	timerShown                 int            // 1 + the phase whose results the timer's end showed
	joinAlert                  *widget.Label  // joining closed by itself, or a network failure
	prev, next, lock, joinOpen *widget.Button
	plusMinute, pause, pacing  *widget.Button
	roster                     *roster
	managers                   *managersSwitch // managers.go
	notes                      *phaseNotes
	groups                     *groupsPanel // practice trios and buddies (trios.go)
	projector                  *projectorWindow
	shortcuts                  []fyne.Shortcut
}

// Open hosts the workshop s with host, which is given the function to
// call whenever the room changes (on any goroutine). It runs off the UI
// goroutine; call Show on it to draw the console.
func Open(shell Shell, s *workshop.Setup, host func(onChange func()) (Room, error)) (*Console, error) {
	c := &Console{shell: shell, setup: s, roster: newRoster()}
	c.roster.onRemove = c.onRemove
	c.roster.onLetBack = c.onLetBack
	room, err := host(func() { c.dirty.Store(true) })
	if err != nil {
		return nil, err
	}
	c.room = room
	ctx, stop := context.WithCancel(context.Background())
	c.stop, c.done = stop, make(chan struct{})
	go c.redraw(ctx)
	return c, nil
}

// Room is the hosted room.
func (r *Console) Room() Room { return r.room }

// Setup is the workshop hosted.
func (r *Console) Setup() *workshop.Setup { return r.setup }

// redraw coalesces the host's change notices into a few redraws a second,
// and ticks the timer once a second.
func (r *Console) redraw(ctx context.Context) {
	defer close(r.done)
	t := time.NewTicker(redrawEvery)
	defer t.Stop()
	ticks := 0
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		ticks++
		full := r.dirty.Swap(false)
		if !full && ticks%4 != 0 {
			continue
		}
		bridge.Do(func() {
			if ctx.Err() != nil {
				return
			}
			if full {
				r.refresh()
			} else {
				r.paintTimer()
			}
		})
	}
}

// Close stops hosting. The room stays in its database, ready to resume.
func (r *Console) Close() {
	r.stop()
	<-r.done
	r.room.Close()
	if r.projector != nil {
		r.projector.win.Close()
	}
	for _, sc := range r.shortcuts {
		r.shell.Window().Canvas().RemoveShortcut(sc)
	}
}

// Show draws the console in the main window.
func (r *Console) Show() {
	r.shell.Window().SetContent(r.view())
	r.refresh()
	r.addShortcuts(r.shell.Window().Canvas())
}

func (r *Console) view() fyne.CanvasObject {
	r.code = widget.NewLabelWithStyle("Join code: "+r.room.Code(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.code.SizeName = theme.SizeNameHeadingText
	r.guardWhy = &widget.Label{Text: guardWhy, Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord}
	r.guardWhy.Hide()
	join := container.NewVBox(r.code, r.guardWhy,
		widget.NewLabel("Address: "+strings.Join(lanAddresses(r.room.Addrs()), "   or   ")),
		widget.NewLabel("Check phrase: "+r.room.Fingerprint()))
	r.phase = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}
	r.timer = widget.NewLabel("")
	r.roomStatus = widget.NewLabel("")
	r.joinAlert = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	r.prev = &widget.Button{Text: "Previous phase", Icon: theme.MediaSkipPreviousIcon(), OnTapped: r.onPrev}
	r.next = &widget.Button{Text: "Next phase", Icon: theme.MediaSkipNextIcon(), Importance: widget.HighImportance, OnTapped: r.onNext}
	r.lock = &widget.Button{Icon: theme.VisibilityOffIcon(), OnTapped: r.onLock}
	r.plusMinute = &widget.Button{Text: "+1 min", Icon: theme.ContentAddIcon(), OnTapped: r.onPlusMinute}
	r.pause = &widget.Button{OnTapped: r.onPause}
	r.pacing = &widget.Button{OnTapped: r.onPacing}
	r.joinOpen = &widget.Button{OnTapped: r.onJoinOpen}
	projector := &widget.Button{Text: "Projector window", Icon: theme.ComputerIcon(), OnTapped: r.openProjector}
	r.results = &widget.Button{Text: "Show the room's results", Icon: theme.VisibilityIcon(), OnTapped: r.onShowResults}
	r.resultsStatus = &widget.Label{Wrapping: fyne.TextWrapWord}
	r.notes = newPhaseNotes()
	r.groups = newGroupsPanel(r)
	r.managers = newManagersSwitch(r)
	controls := container.NewVBox(r.withManagers(r.joinOpen, projector, r.phase, r.timer,
		container.NewGridWithColumns(2, r.prev, r.next),
		container.NewGridWithColumns(2, r.plusMinute, r.pause),
		r.lock, r.results, r.resultsStatus, r.pacing, r.joinOpen, r.joinAlert, r.roomStatus,
		widgets.Note("Shortcuts: Ctrl+→ next phase, Ctrl+← previous, Ctrl+↑ one more minute, Ctrl+P pause or resume, Ctrl+L lock answers."),
		r.groups.box, r.notes.box)...)
	exports := container.NewBorder(nil, nil, container.NewHBox(
		&widget.Button{Text: "Print pack", Icon: theme.DocumentPrintIcon(), OnTapped: func() { r.shell.ExportPrintPack(r.setup) }},
		&widget.Button{Text: "Room CSV", Icon: theme.GridIcon(), OnTapped: func() { r.shell.ExportCSV(r.setup) }},
		&widget.Button{Text: "Archive", Icon: theme.DownloadIcon(), OnTapped: func() { r.shell.ExportArchive(r.setup) }}),
		&widget.Button{Text: "Stop hosting", Icon: theme.MediaStopIcon(), OnTapped: r.onStop})
	rosterBox := container.NewBorder(widgets.Heading("Participants"), nil, nil, nil, container.NewVScroll(r.roster.box))
	split := container.NewHSplit(rosterBox, container.NewVScroll(controls))
	split.Offset = 0.6
	return container.NewBorder(container.NewVBox(widget.NewCard(r.setup.Title, workshop.Long(r.setup.Date)+" · "+widgets.OrDash(r.setup.Venue), join)),
		exports, nil, nil, split)
}

// lanAddresses are the addresses participants can reach, without the
// loopback ones (unless there is nothing else).
func lanAddresses(addrs []string) []string {
	var out []string
	for _, a := range addrs {
		if lanAddress([]string{a}) == a {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return addrs
	}
	return out
}

// refresh redraws from the room: the roster, the phase and the controls,
// and the projector.
func (r *Console) refresh() {
	st := r.room.State()
	r.phase.SetText(fmt.Sprintf("Phase %d of %d: %s", st.Phase+1, len(st.Agenda), st.Current().Title))
	r.prev.Enable()
	if st.Phase == 0 {
		r.prev.Disable()
	}
	r.next.Enable()
	if st.Phase == len(st.Agenda)-1 {
		r.next.Disable()
	}
	r.lock.SetText(map[bool]string{false: "Lock answers of this phase", true: "Unlock answers"}[st.Locked])
	r.pacing.SetText(map[workshop.Pacing]string{workshop.Paced: "Paced: switch to self-paced", workshop.SelfPaced: "Self-paced: switch to paced"}[st.Pacing])
	r.joinOpen.SetText(map[bool]string{true: "Close the room to new participants", false: "Open the room to new participants"}[st.JoinOpen])
	code := r.room.Code()
	if guard := r.room.GuardCode(); guard != "" {
		code = service.ShowCode(guard)
		r.guardWhy.Show()
	} else {
		r.guardWhy.Hide()
	}
	r.code.SetText("Join code: " + code)
	if !st.JoinOpen {
		r.code.SetText("Join code: " + code + " (the room is closed to new participants)")
	}
	if alert := strings.TrimSpace(r.room.JoinAlert() + "\n" + problemText(r.room.Problem())); alert != "" {
		r.joinAlert.SetText(alert)
		r.joinAlert.Show()
	} else {
		r.joinAlert.Hide()
	}
	r.paintTimer()
	r.managers.paint(st)
	r.paintResults(st)
	r.notes.show(debriefOf(r.room))
	r.groups.refresh(st)
	in, connected := r.roster.update(r.room.Members())
	r.roomStatus.SetText(fmt.Sprintf("%d in the room, %d connected now.", in, connected))
	if r.projector != nil {
		r.projector.refresh()
	}
}

func (r *Console) paintTimer() {
	st := r.room.State()
	left := st.Timer.Left(r.shell.Now()).Round(time.Second)
	text := fmt.Sprintf("Time left: %d:%02d", int(left.Minutes()), int(left.Seconds())%60)
	r.pause.SetText("Pause timer")
	r.pause.SetIcon(theme.MediaPauseIcon())
	if st.Timer.Paused {
		text += " (paused)"
		r.pause.SetText("Resume timer")
		r.pause.SetIcon(theme.MediaPlayIcon())
	}
	r.timer.SetText(text)
	if r.projector != nil {
		r.projector.paintTimer()
	}
	// The phase's time is up: the room discusses it now, if enough
	// people answered.
	if left == 0 && !st.Timer.Paused && !st.Timer.Deadline.IsZero() && r.timerShown != st.Phase+1 &&
		phaseChart(st.Current()) != noChart && !r.room.ResultsShown() && r.room.Answered() >= workshop.MinGroup {
		r.timerShown = st.Phase + 1
		r.act("The room's results could not be shown", func(ctx context.Context) error {
			if err := r.room.ShowResults(ctx); !errors.Is(err, workshop.ErrTooFewAnswers) {
				return err
			}
			return nil
		})
	}
}

// paintResults says whether the current phase has a chart, whether it is
// ready (enough people answered) and whether the projector shows it.
func (r *Console) paintResults(st workshop.RoomState) {
	if phaseChart(st.Current()) == noChart {
		r.results.Hide()
		r.resultsStatus.SetText("This phase has no room chart.")
		return
	}
	r.results.Show()
	if r.room.ResultsShown() {
		r.results.SetText("Results shown")
		r.results.Disable()
		r.resultsStatus.SetText(fmt.Sprintf("The projector shows the room's results, taken from %d people and fixed for this phase.", r.room.Aggregates().Participants))
		return
	}
	r.results.SetText("Show the room's results")
	r.results.Enable()
	switch n := r.room.Answered(); {
	case n >= workshop.MinGroup:
		r.resultsStatus.SetText(fmt.Sprintf("Chart ready: %d people have answered this phase. The results are fixed once shown, and show by themselves at pens down or when the time is up.", n))
	default:
		r.resultsStatus.SetText(fmt.Sprintf("%d of the %d answers a chart needs so far.", n, workshop.MinGroup))
	}
}

// problemText words a network failure of the hosted room for the
// facilitator, or "" for none.
func problemText(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, service.ErrNotAnnounced):
		return "This network does not let LeadShift announce the workshop, so it will not appear in participants' lists: ask them to type the address shown on the projector."
	case errors.Is(err, service.ErrServeStopped):
		return "The workshop stopped answering on the network. Stop hosting and host it again; every answer so far is kept."
	}
	return "The workshop has a network problem. Stop hosting and host it again; every answer so far is kept."
}
