package live

import (
	"context"
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// Link connects the participant's journey to the room: it follows the
// room's state, hands the answers to the syncer, and shows both on its
// banner. Every method runs on the UI goroutine.
type Link struct {
	conn    Conn
	state   workshop.RoomState
	status  service.SyncStatus
	banner  *widget.Label
	onState func(prev workshop.RoomState) // set by the journey
	// onConflict, set by the journey, settles a conflict when the room
	// holds other answers than this laptop (Merge, Settle).
	onConflict func(c *service.Conflict)
	asked      *service.Conflict // the conflict last put to the participant
	combined   bool              // the last conflict was settled by combining both sides
	ticking    chan struct{}     // closed when the timer goroutine ends
	ended      bool              // the facilitator stopped hosting
	followErr  error             // why following the room stopped for good, if it did
	partners   service.Partners  // the participant's own trio and buddies (partners.go)
	onPartners func()
	heard      int64 // the room's grouping last asked about
	onTick     func()
	pairing    bool // the pairing with the manager is followed (manager_pair.go)
}

// NewLink starts a link in a room last seen in state, with the answers on
// this laptop. connect opens the network link, reporting each room state
// to the callback it is given (on the network's goroutine). The answers
// are synced from the room's version they were last in step with: if the
// room holds others meanwhile (another laptop), the two are merged answer
// by answer and the participant is asked only about answers changed on
// both sides (SetOnConflict, Merge, Settle); nothing is overwritten
// before.
func NewLink(state workshop.RoomState, answers *workshop.Answers, connect func(onState func(workshop.RoomState)) Conn) *Link {
	l := &Link{state: state,
		banner: &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord, Importance: widget.HighImportance}}
	l.conn = connect(func(st workshop.RoomState) { bridge.Do(func() { l.apply(st) }) })
	ctx := l.conn.Context()
	l.ticking = make(chan struct{})
	var ended <-chan struct{} // nil, never ready, without an Ender
	if e, ok := l.conn.(Ender); ok {
		ended = e.Ended()
	}
	var stopped <-chan error // nil, never ready, without a Stopper
	if s, ok := l.conn.(Stopper); ok {
		stopped = s.Stopped()
	}
	go l.tick(ctx, ended, stopped)
	l.conn.StartSync(answers, func(st service.SyncStatus) {
		bridge.Do(func() { l.onStatus(st) })
	})
	l.paint()
	return l
}

// onStatus shows where the answers are, and puts a new conflict to the
// participant.
func (l *Link) onStatus(st service.SyncStatus) {
	l.status = st
	l.paint()
	if c := st.Conflict(); c != nil && c != l.asked && l.onConflict != nil {
		l.asked = c
		l.combined = false
		l.paint()
		l.onConflict(c)
	}
}

// SetOnConflict sets how to settle a conflict when the room holds other
// answers than this laptop: Merge, then Settle with the participant's
// choices if there are clashes.
func (l *Link) SetOnConflict(f func(c *service.Conflict)) { l.onConflict = f }

// Merge settles what it can of the conflict c by itself: a (the answers
// on this laptop now) and the room's are merged answer by answer from the
// version both were edited from. Without clashes the merged answers go to
// the room at once and the banner says so; the caller shows them and
// saves them on this laptop. With clashes nothing is sent: the caller
// puts them to the participant and goes on with Settle.
func (l *Link) Merge(c *service.Conflict, a *workshop.Answers) (*workshop.Answers, []workshop.Clash, error) {
	merged, clashes := workshop.Merge(c.Base, a, c.Room)
	if len(clashes) > 0 {
		return merged, clashes, nil
	}
	if err := l.conn.Resolve(c, merged, nil); err != nil {
		return nil, nil, err
	}
	l.combined = true
	l.paint()
	return merged, nil, nil
}

// Settle ends the conflict c with the participant's choices: a (the
// answers on this laptop now) merged with the room's again, with the
// room's value for every clash whose Key is in takeRoom and this laptop's
// for the others. The result goes to the room, after a trace of both
// sides is kept; the caller shows it and saves it on this laptop.
func (l *Link) Settle(c *service.Conflict, a *workshop.Answers, takeRoom map[string]bool) (*workshop.Answers, error) {
	merged, clashes := workshop.Merge(c.Base, a, c.Room)
	var keys []string
	for _, cl := range clashes {
		keys = append(keys, cl.Key())
		if takeRoom[cl.Key()] {
			cl.TakeTheirs(merged)
		}
	}
	if err := l.conn.Resolve(c, merged, keys); err != nil {
		return nil, err
	}
	l.combined = true
	l.paint()
	return merged, nil
}

// Banner is the line above the journey that shows the room.
func (l *Link) Banner() fyne.CanvasObject { return l.banner }

// BannerText is what the banner says.
func (l *Link) BannerText() string { return l.banner.Text }

// State is the room's state as last heard.
func (l *Link) State() workshop.RoomState { return l.state }

// Status is how far the room has stored the answers.
func (l *Link) Status() service.SyncStatus { return l.status }

// SetOnState sets what to do after the room changes; prev is the state
// before.
func (l *Link) SetOnState(f func(prev workshop.RoomState)) { l.onState = f }

// Push hands the newest answers to the syncer.
func (l *Link) Push(a *workshop.Answers) { l.conn.Push(a) }

// Close stops following and makes a last attempt to sync.
func (l *Link) Close() {
	l.conn.Close()
	<-l.ticking
}

func (l *Link) apply(st workshop.RoomState) {
	prev := l.state
	l.state = st
	l.paint()
	l.followPartners(prev, st)
	if l.onState != nil {
		l.onState(prev)
	}
}

// tick repaints the countdown once a second, and the end of the room, or
// of following it, as soon as it is heard.
func (l *Link) tick(ctx context.Context, ended <-chan struct{}, stopped <-chan error) {
	defer close(l.ticking)
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			bridge.Do(func() {
				l.paint()
				if l.onTick != nil {
					l.onTick()
				}
			})
		case <-ended:
			ended = nil
			bridge.Do(func() {
				l.ended = true
				l.paint()
			})
		case err := <-stopped:
			stopped = nil
			bridge.Do(func() {
				l.followErr = err
				l.paint()
			})
		case <-ctx.Done():
			return
		}
	}
}

// Ended tells whether the facilitator stopped hosting the room.
func (l *Link) Ended() bool { return l.ended }

// paint shows the room, the phase, the timer and where the answers are.
func (l *Link) paint() {
	st := l.state
	text := "Live: " + st.Title
	if l.ended {
		l.banner.Importance = widget.MediumImportance
		l.banner.SetText(text + " · the room has ended: the facilitator stopped hosting. Your answers are saved on this laptop.")
		return
	}
	if len(st.Agenda) > 0 {
		text += fmt.Sprintf(" · phase %d of %d: %s", st.Phase+1, len(st.Agenda), st.Current().Title)
		if st.Current().Practice != "" && st.Round > 0 {
			text += fmt.Sprintf(", round %d of %d", st.Round, workshop.PracticeRounds)
		}
		if st.Pacing == workshop.Paced && (st.Timer.Paused || !st.Timer.Deadline.IsZero()) {
			left := st.Timer.Left(time.Now()).Round(time.Second)
			text += fmt.Sprintf(" · %d:%02d left", int(left.Minutes()), int(left.Seconds())%60)
			if st.Timer.Paused {
				text += " (paused)"
			}
		}
	}
	var refused *workshop.RoomError
	switch {
	case l.followErr != nil:
		text += " · " + followProblem(l.followErr)
	case l.status.Conflict() != nil:
		text += " · saved on this laptop; the room holds other answers from you: choose which to keep"
	case errors.As(l.status.Err, &refused):
		text += " · saved on this laptop; the room refused it: " + refused.Message
	case l.status.Err != nil && !l.status.Synced():
		text += " · saved on this laptop; the room is out of reach, retrying"
	case l.status.Synced() && l.status.Acked > 0:
		text += " · synced with the room"
	default:
		text += " · saved on this laptop"
	}
	if l.combined && l.status.Conflict() == nil {
		text += ". " + Combined
	}
	l.banner.SetText(text)
}

// Combined is what the banner says once a conflict with another laptop
// was settled by combining both sides' answers.
const Combined = "Answers from your other laptop were combined with the ones here."

// followProblem says in plain words why the room can no longer be
// followed, and what to do.
func followProblem(err error) string {
	var refused *workshop.RoomError
	switch {
	case errors.Is(err, workshop.ErrNoCertificate):
		return "this laptop cannot check the room's certificate any more: go back and join again with the code. Your answers are saved on this laptop."
	case errors.Is(err, workshop.ErrWrongHost):
		return "the room's certificate changed, so this may not be your workshop: nothing more is sent. Ask the facilitator; your answers are saved on this laptop."
	case errors.Is(err, workshop.ErrRemoved):
		return "the facilitator removed you from this workshop. Your answers are saved on this laptop."
	case errors.Is(err, workshop.ErrUnknownSession):
		return "the room no longer knows this laptop: go back and join again with the code. Your answers are saved on this laptop."
	case errors.As(err, &refused):
		return "the room refused this laptop: " + refused.Message + ". Your answers are saved on this laptop."
	}
	return "the room cannot be followed any more. Your answers are saved on this laptop."
}
