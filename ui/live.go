package ui

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	filestore "github.com/leadshift/leadshift/workshop/storage"
)

const sessionFile = "session.json"

// liveFile is what a participant's laptop keeps about the workshop it has
// joined, next to the answers: enough to rejoin without the code.
type liveFile struct {
	Session lan.Session     `json:"session"`
	Base    lan.Version     `json:"base"`          // the room's version the answers here were last in step with
	Rev     int64           `json:"rev,omitempty"` // protocol 1's revision, no longer used
	Title   string          `json:"title"`
	Content json.RawMessage `json:"content"`
}

func (ui *App) liveSessionPath() string { return filepath.Join(ui.deps.LiveDir, sessionFile) }

// loadLive reads the saved live session, if any.
func (ui *App) loadLive() (*liveFile, error) {
	var f liveFile
	if err := filestore.ReadJSON(ui.liveSessionPath(), &f); err != nil {
		return nil, err
	}
	return &f, nil
}

// liveLink connects the participant's journey to the room: it follows the
// room's state and syncs the answers, which are always saved locally first.
type liveLink struct {
	ui      *App
	file    liveFile
	client  *lan.Client
	syncer  *lan.Syncer
	stop    context.CancelFunc
	state   workshop.RoomState
	status  lan.Status
	banner  *widget.Label
	onState func(prev workshop.RoomState) // set by the journey
	// onConflict, set by the journey, asks the participant which answers
	// to keep when the room holds others than this laptop.
	onConflict func(c *lan.ConflictError)
	asked      *lan.ConflictError // the conflict last put to the participant
	followErr  error              // why following the room stopped for good, if it did
	running    sync.WaitGroup     // the follow and tick goroutines; close waits for them
}

// startLive connects to the room with a saved session.
func startLive(ui *App, f liveFile, state workshop.RoomState, answers *workshop.Answers) *liveLink {
	l := &liveLink{ui: ui, file: f, client: lan.Resume(f.Session), state: state,
		banner: &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord, Importance: widget.HighImportance}}
	ctx, stop := context.WithCancel(context.Background())
	l.stop = stop
	l.running.Add(2)
	go func() {
		defer l.running.Done()
		err := l.client.Follow(ctx, func(st workshop.RoomState) { onMain(func() { l.apply(st) }) })
		if err != nil && ctx.Err() == nil {
			// Following stopped for good: removed, unknown session, or
			// another certificate. Say so instead of going quiet.
			onMain(func() {
				l.followErr = err
				l.paint()
			})
		}
	}()
	go func() {
		defer l.running.Done()
		l.tick(ctx)
	}()
	// The syncer goes on from the room's version saved with the answers:
	// if the room holds others meanwhile (another laptop), it stops with
	// a conflict for the participant to settle, and overwrites nothing.
	l.syncer = lan.NewSyncer(l.client, f.Base, l.onStatus)
	l.syncer.Update(answers)
	l.paint()
	return l
}

// push hands the newest answers to the syncer.
func (l *liveLink) push(a *workshop.Answers) {
	l.syncer.Update(a)
}

// onStatus runs on the syncer's goroutine: keep the room's version on
// disk and show the status.
func (l *liveLink) onStatus(st lan.Status) {
	f := l.file
	f.Base, f.Rev = st.Base, 0
	if err := filestore.WriteJSON(l.ui.liveSessionPath(), f, filestore.Private); err != nil {
		st.Err = errors.Join(st.Err, err)
	}
	onMain(func() {
		l.status = st
		l.paint()
		if c := st.Conflict(); c != nil && c != l.asked && l.onConflict != nil {
			l.asked = c
			l.onConflict(c)
		}
	})
}

// keepMine settles a conflict for this laptop's answers a: they replace
// the room's version the participant saw.
func (l *liveLink) keepMine(c *lan.ConflictError, a *workshop.Answers) {
	l.syncer.Resolve(a, c.At)
}

// takeRoom settles a conflict for the room's answers, which the caller
// puts on screen and saves on this laptop.
func (l *liveLink) takeRoom(c *lan.ConflictError) *workshop.Answers {
	a := c.Room.Clone()
	l.syncer.Resolve(a, c.At)
	return a
}

func (l *liveLink) apply(st workshop.RoomState) {
	prev := l.state
	l.state = st
	l.paint()
	if l.onState != nil {
		l.onState(prev)
	}
}

func (l *liveLink) tick(ctx context.Context) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			onMain(l.paint)
		case <-ctx.Done():
			return
		}
	}
}

// paint shows the room, the phase, the timer and where the answers are.
func (l *liveLink) paint() {
	st := l.state
	text := "Live: " + st.Title
	if len(st.Agenda) > 0 {
		text += fmt.Sprintf(" · phase %d of %d: %s", st.Phase+1, len(st.Agenda), st.Current().Title)
		if st.Pacing == workshop.Paced && (st.Timer.Paused || !st.Timer.Deadline.IsZero()) {
			left := st.Timer.Left(time.Now()).Round(time.Second)
			text += fmt.Sprintf(" · %d:%02d left", int(left.Minutes()), int(left.Seconds())%60)
			if st.Timer.Paused {
				text += " (paused)"
			}
		}
	}
	var apiErr *lan.APIError
	switch {
	case l.followErr != nil:
		text += " · " + followProblem(l.followErr)
	case l.status.Conflict() != nil:
		text += " · saved on this laptop; the room holds other answers from you: choose which to keep"
	case errors.As(l.status.Err, &apiErr) && apiErr.Status < 500:
		text += " · saved on this laptop; the room refused it: " + apiErr.Message
	case l.status.Err != nil && !l.status.Synced():
		text += " · saved on this laptop; the room is out of reach, retrying"
	case l.status.Synced() && l.status.Acked > 0:
		text += " · synced with the room"
	default:
		text += " · saved on this laptop"
	}
	l.banner.SetText(text)
}

// followProblem says in plain words why the room can no longer be
// followed, and what to do.
func followProblem(err error) string {
	var apiErr *lan.APIError
	var fpErr *lan.FingerprintError
	switch {
	case errors.As(err, &fpErr) && fpErr.NoHash:
		return "this laptop cannot check the room's certificate any more: go back and join again with the code. Your answers are saved on this laptop."
	case errors.As(err, &fpErr):
		return "the room's certificate changed, so this may not be your workshop: nothing more is sent. Ask the facilitator; your answers are saved on this laptop."
	case errors.As(err, &apiErr) && apiErr.Status == http.StatusForbidden:
		return "the facilitator removed you from this workshop. Your answers are saved on this laptop."
	case errors.As(err, &apiErr) && apiErr.Status == http.StatusUnauthorized:
		return "the room no longer knows this laptop: go back and join again with the code. Your answers are saved on this laptop."
	case errors.As(err, &apiErr):
		return "the room refused this laptop: " + apiErr.Message + ". Your answers are saved on this laptop."
	}
	return "the room cannot be followed any more. Your answers are saved on this laptop."
}

// close stops following and makes a last attempt to sync.
func (l *liveLink) close() {
	l.stop()
	l.running.Wait()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	l.syncer.Close(ctx)
	l.client.Close()
}

// openLive shows the journey of a joined workshop. Answers are kept in the
// live folder, apart from the solo journey's.
func (ui *App) openLive(f liveFile, c *workshop.Content, a *workshop.Answers, state workshop.RoomState) {
	store, err := filestore.Open(ui.deps.LiveDir)
	if err != nil {
		ui.showError("The workshop cannot be kept on this laptop", err)
		return
	}
	if f.Title == "" {
		f.Title = state.Title
	}
	if state.Title == "" {
		state.Title = f.Title
	}
	ui.openJourney(a, store, c, startLive(ui, f, state, a))
}

// rejoin reopens the saved live workshop with the answers on this laptop,
// without the code.
func (ui *App) rejoin(f *liveFile) {
	c, err := workshop.DecodeContent(bytes.NewReader(f.Content))
	if err != nil {
		ui.showError("The saved workshop cannot be reopened", err)
		return
	}
	store, err := filestore.Open(ui.deps.LiveDir)
	if err != nil {
		ui.showError("The workshop cannot be kept on this laptop", err)
		return
	}
	a, err := store.Load()
	if err != nil {
		if !errors.Is(err, filestore.ErrNoSession) {
			ui.showError("Your answers on this laptop could not be read", err)
		}
		a = workshop.NewAnswers(c.ID, ui.deps.Now())
	}
	ui.openLive(*f, c, a, workshop.RoomState{})
}

// forgetLive removes the saved workshop and its answers from this laptop.
func (ui *App) forgetLive() error {
	var errs []error
	for _, path := range []string{ui.liveSessionPath(), filepath.Join(ui.deps.LiveDir, "answers.json")} {
		if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
