package ui

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

// redrawEvery bounds how often the control and projector windows redraw
// while answers stream in: a room of 40 answering at once redraws 4 times
// a second, not 40.
const redrawEvery = 250 * time.Millisecond

// controlRoom is a hosted workshop and the facilitator's control window.
type controlRoom struct {
	ui    *App
	setup *workshop.Setup
	store workshop.RoomStore
	host  *lan.Host
	addrs []string
	stop  context.CancelFunc
	dirty atomic.Bool
	// exports counts exports reading the store; close waits for them.
	exports sync.WaitGroup

	problemMu sync.Mutex
	problem   string // a network failure the facilitator should know about

	phase, timer, roomStatus   *widget.Label
	joinAlert                  *widget.Label // too many wrong codes closed joining
	prev, next, lock, joinOpen *widget.Button
	plusMinute, pause, pacing  *widget.Button
	roster                     *fyne.Container
	remove                     map[string]*widget.Button // by member ID, for tests
	letBack                    map[string]*widget.Button // removed members, by ID, for tests
	projector                  *projectorWindow
	shortcuts                  []fyne.Shortcut
}

// startHosting opens the workshop's room (resuming it if it ran before)
// and serves it on the network.
func (ui *App) startHosting(s *workshop.Setup) {
	ui.leave()
	if ui.room != nil {
		ui.room.close()
		ui.room = nil
	}
	ui.background(func() func() {
		room, err := openRoom(ui, s)
		return func() {
			if err != nil {
				ui.showError("The workshop could not be hosted", err)
				return
			}
			ui.room = room
			room.show()
		}
	})
}

// openRoom runs off the UI goroutine: it works on its own copy of the
// setup, never on the one a form may be editing.
func openRoom(ui *App, form *workshop.Setup) (*controlRoom, error) {
	cp := *form
	cp.Agenda = slices.Clone(form.Agenda)
	s := &cp
	if s.Imported {
		return nil, errors.New("this workshop was opened from an archive: print and export it, but host a new one")
	}
	c := ui.deps.Content
	if s.ContentFile != "" {
		var err error
		if c, err = loadContentFile(s.ContentFile); err != nil {
			return nil, err
		}
	}
	dir, err := ui.deps.Library.Dir(s.ID)
	if err != nil {
		return nil, err
	}
	ctx, stop := context.WithCancel(context.Background())
	store, err := ui.deps.OpenRoom(ctx, dir)
	if err != nil {
		stop()
		return nil, err
	}
	r := &controlRoom{ui: ui, setup: s, store: store, stop: stop, remove: map[string]*widget.Button{}}
	r.host, err = lan.NewHost(ctx, store, lan.HostOptions{Title: s.Title, Content: c, Agenda: s.Agenda, Pacing: s.Pacing,
		Now: ui.deps.Now, OnChange: func() { r.dirty.Store(true) }})
	if err == nil {
		err = r.serve(ctx)
	}
	if err != nil {
		stop()
		store.Close()
		return nil, err
	}
	s.Hosted, s.Running = true, true
	if err := ui.deps.Library.Save(s); err != nil {
		r.close()
		return nil, err
	}
	go r.redraw(ctx)
	return r, nil
}

// serve listens on the usual port, or any free one when it is taken, and
// announces the room on the network.
func (r *controlRoom) serve(ctx context.Context) error {
	l, err := net.Listen("tcp", r.ui.deps.HostAddr)
	if err != nil {
		if l, err = net.Listen("tcp", ":0"); err != nil {
			return fmt.Errorf("no network port to host on: %w", err)
		}
	}
	r.addrs = lan.ShareAddrs(l.Addr())
	slog.Info("hosting the workshop", "title", r.host.Title(), "code", r.host.Code(), "address", r.addrs[0], "fingerprint", r.host.Fingerprint())
	go func() {
		if err := r.host.Serve(l); err != nil {
			slog.Error("serving the workshop stopped", "err", err)
			r.report("The workshop stopped answering on the network. Stop hosting and host it again; every answer so far is kept.")
		}
	}()
	if r.ui.deps.Announce != nil {
		port := l.Addr().(*net.TCPAddr).Port
		go func() {
			err := r.ui.deps.Announce(ctx, lan.Announcement{Title: r.host.Title(), Port: port, Fingerprint: r.host.Fingerprint()})
			if err != nil && ctx.Err() == nil {
				slog.Warn("announcing the workshop failed", "err", err)
				r.report("This network does not let LeadShift announce the workshop, so it will not appear in participants' lists: ask them to type the address shown on the projector.")
			}
		}()
	}
	return nil
}

// report keeps a problem for the control window to show; it is redrawn
// with the next refresh.
func (r *controlRoom) report(problem string) {
	r.problemMu.Lock()
	r.problem = problem
	r.problemMu.Unlock()
	r.dirty.Store(true)
}

// redraw coalesces the host's change notices into a few redraws a second,
// and ticks the timer once a second.
func (r *controlRoom) redraw(ctx context.Context) {
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
		onMain(func() {
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

// close stops hosting. The room stays in its database, ready to resume.
func (r *controlRoom) close() {
	r.stop()
	r.host.Close()
	r.exports.Wait() // an export in flight still reads the store
	r.store.Close()
	if r.projector != nil {
		r.projector.win.Close()
	}
	for _, sc := range r.shortcuts {
		r.ui.win.Canvas().RemoveShortcut(sc)
	}
}

func (r *controlRoom) show() {
	r.ui.win.SetContent(r.view())
	r.refresh()
	r.addShortcuts(r.ui.win.Canvas())
}

func (r *controlRoom) view() fyne.CanvasObject {
	code := widget.NewLabelWithStyle("Join code: "+r.host.Code(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	code.SizeName = theme.SizeNameHeadingText
	join := container.NewVBox(code,
		widget.NewLabel("Address: "+strings.Join(r.addrs, "   or   ")),
		widget.NewLabel("Check phrase: "+r.host.Fingerprint()))
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
	controls := container.NewVBox(r.phase, r.timer,
		container.NewGridWithColumns(2, r.prev, r.next),
		container.NewGridWithColumns(2, r.plusMinute, r.pause),
		r.lock, r.pacing, r.joinOpen, r.joinAlert, r.roomStatus,
		note("Shortcuts: Ctrl+→ next phase, Ctrl+← previous, Ctrl+↑ one more minute, Ctrl+P pause or resume, Ctrl+L lock answers."))
	r.roster = container.NewVBox()
	projector := &widget.Button{Text: "Projector window", Icon: theme.ComputerIcon(), OnTapped: r.openProjector}
	exports := container.NewHBox(projector,
		&widget.Button{Text: "Print pack", Icon: theme.DocumentPrintIcon(), OnTapped: func() { r.ui.exportPrintPack(r.setup) }},
		&widget.Button{Text: "Room CSV", Icon: theme.GridIcon(), OnTapped: func() { r.ui.exportCSV(r.setup) }},
		&widget.Button{Text: "Archive", Icon: theme.DownloadIcon(), OnTapped: func() { r.ui.exportArchive(r.setup) }},
		&widget.Button{Text: "Stop hosting", Icon: theme.MediaStopIcon(), OnTapped: r.onStop})
	rosterBox := container.NewBorder(heading("Participants"), nil, nil, nil, container.NewVScroll(r.roster))
	split := container.NewHSplit(rosterBox, container.NewVScroll(controls))
	split.Offset = 0.6
	return container.NewBorder(container.NewVBox(widget.NewCard(r.setup.Title, r.setup.Date+" · "+orDash(r.setup.Venue), join)),
		exports, nil, nil, split)
}

// refresh redraws everything from the host: the roster, the phase and the
// controls, and the projector.
func (r *controlRoom) refresh() {
	st := r.host.State()
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
	r.problemMu.Lock()
	problem := r.problem
	r.problemMu.Unlock()
	r.joinAlert.SetText(strings.TrimSpace(r.host.JoinAlert() + "\n" + problem))
	r.paintTimer()
	r.paintRoster()
	if r.projector != nil {
		r.projector.refresh()
	}
}

func (r *controlRoom) paintTimer() {
	st := r.host.State()
	left := st.Timer.Left(r.ui.deps.Now()).Round(time.Second)
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
}

func (r *controlRoom) paintRoster() {
	members := r.host.Members()
	r.roster.RemoveAll()
	clear(r.remove)
	if r.letBack == nil {
		r.letBack = map[string]*widget.Button{}
	}
	clear(r.letBack)
	connected := 0
	var removed []workshop.Member
	for _, m := range members {
		if m.Removed {
			removed = append(removed, m)
			continue
		}
		state := "offline"
		if m.Connected {
			state = "connected"
			connected++
		}
		shared := ""
		if m.Share {
			shared = " · plan shared"
		}
		id := m.ID
		rm := &widget.Button{Icon: theme.ContentRemoveIcon(), Importance: widget.LowImportance, OnTapped: func() { r.onRemove(id) }}
		r.remove[id] = rm
		line := widget.NewLabel(fmt.Sprintf("%s · %s · %s%s", m.Name, state, stepTitle(m.Step), shared))
		bar := &widget.ProgressBar{Max: 100, Value: float64(m.Progress)}
		r.roster.Add(container.NewBorder(nil, nil, nil, rm, container.NewGridWithColumns(2, line, bar)))
	}
	r.roomStatus.SetText(fmt.Sprintf("%d in the room, %d connected now.", len(r.remove), connected))
	if len(r.remove) == 0 {
		r.roster.Add(note("Nobody has joined yet. Show the projector window: participants choose \"Join a workshop\" and type the code."))
	}
	for _, m := range removed {
		text := m.Name + " · removed: cannot join again with this name or laptop"
		if m.LetBack {
			r.roster.Add(widget.NewLabel(m.Name + " · removed, let back: may join again with the code"))
			continue
		}
		id := m.ID
		back := &widget.Button{Text: "Let back", Importance: widget.LowImportance, OnTapped: func() {
			r.act("The participant could not be let back", func(ctx context.Context) error { return r.host.LetBack(ctx, id) })
		}}
		r.letBack[id] = back
		r.roster.Add(container.NewBorder(nil, nil, nil, back, widget.NewLabel(text)))
	}
}

func stepTitle(s workshop.Step) string {
	if s.Title() == "" {
		return "not started"
	}
	return s.Title()
}
