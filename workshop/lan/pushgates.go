package lan

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// An answer push passes three gates on its way to the store
// (handlePutAnswers), and before the second and third it lets a new room
// state reach the event streams first (yieldToStates):
//
//  1. its member's own: one push of a member at a time (member.pushing);
//  2. the reading room: at most maxBodiesHeld pushes hold their bodies in
//     the host's memory, read or being read; the others wait with their
//     bodies unread, in the kernel's socket buffers. A push whose body has
//     not all arrived within readingHold gives its place up and goes on
//     reading outside, so slow senders do not keep others out;
//  3. the room's turns: maxPushesAtOnce pushes decoded, checked and stored
//     at a time.
//
// When a whole room pushes at once, a queue of 1000 bodies read in
// advance cost the host about 10 MB, and their connections' goroutines
// more: the reading room keeps that to what the turns can take next.
const (
	maxBodiesHeld = 64
	readingHold   = time.Second
)

// readingPlace is a push's place in the reading room.
type readingPlace struct {
	hold *time.Timer // gives the place up after readingHold, until the body has arrived
	give func()      // gives the place up; once only
}

// enterReadingRoom waits for a place in the reading room. Until arrived is
// called the place is given up by itself after readingHold, as the body
// should have arrived by then. It returns an error when m is removed while
// waiting, and nil for both when ctx ends first (the participant left).
func (h *Host) enterReadingRoom(ctx context.Context, m *member) (*readingPlace, error) {
	select {
	case h.reading <- struct{}{}:
	case <-m.gone:
		return nil, workshop.Refuse(workshop.ErrRemoved, "you were removed from this workshop")
	case <-ctx.Done():
		return nil, nil
	}
	give := sync.OnceFunc(func() { <-h.reading })
	return &readingPlace{hold: time.AfterFunc(readingHold, give), give: give}, nil
}

// arrived keeps the place until leave: the body is read and held.
func (p *readingPlace) arrived() { p.hold.Stop() }

// leave gives the place up, if it is still held.
func (p *readingPlace) leave() {
	p.hold.Stop()
	p.give()
}

// A new room state (a phase change) goes to every event stream before the
// pushes that arrive meanwhile are read and decoded: pushes wait until
// every stream has sent it, or until stateYield after it was published,
// whichever comes first, so that a stream stuck on a vanished laptop
// delays them no longer than that.
const stateYield = 500 * time.Millisecond

// wave is one room state on its way to every event stream open when it
// was published.
type wave struct {
	rev    int64
	left   atomic.Int64  // one for each stream that owes it, and one for publish until it has woken them all
	done   chan struct{} // closed once every stream has sent it
	doneAt time.Time     // when done was closed; read after done
	until  time.Time     // pushes stop waiting for it then
}

func newWave(rev int64, until time.Time) *wave {
	w := &wave{rev: rev, done: make(chan struct{}), until: until}
	w.left.Store(1)
	return w
}

// settle counts one stream (or publish) done with w.
func (w *wave) settle() {
	if w.left.Add(-1) == 0 {
		w.doneAt = time.Now()
		close(w.done)
	}
}

// stream is one open event stream: its wake-up channel, and the wave it
// owes (nil when it has sent every state published).
type stream struct {
	wake chan struct{}
	mu   sync.Mutex
	owes *wave
}

// owe makes s owe w, settling what it owed before: w replaces it.
func (s *stream) owe(w *wave) {
	w.left.Add(1)
	s.mu.Lock()
	old := s.owes
	s.owes = w
	s.mu.Unlock()
	if old != nil {
		old.settle()
	}
	select {
	case s.wake <- struct{}{}:
	default: // already woken; it will read the newest state
	}
}

// sent tells s's wave that s has sent revision rev; with all it
// owes sent, or rev -1 when the stream ends, it owes nothing.
func (s *stream) sent(rev int64) {
	s.mu.Lock()
	w := s.owes
	if w == nil || (rev >= 0 && rev < w.rev) {
		s.mu.Unlock()
		return
	}
	s.owes = nil
	s.mu.Unlock()
	w.settle()
}

// yieldToStates waits while a newly published room state is on its way
// to the event streams, for at most stateYield after it was published,
// or until ctx ends.
func (h *Host) yieldToStates(ctx context.Context) {
	w := h.wave.Load()
	if w == nil {
		return
	}
	select {
	case <-w.done:
		return
	default:
	}
	wait := time.Until(w.until)
	if wait <= 0 {
		return
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-w.done:
	case <-t.C:
	case <-ctx.Done():
	}
}
