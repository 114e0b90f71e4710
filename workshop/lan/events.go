package lan

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// sseWriteTimeout bounds each write to an event stream, so a participant
// whose laptop vanished does not hold the stream open for ever.
const sseWriteTimeout = 20 * time.Second

// endEvent tells a participant's app that the facilitator stopped hosting
// the room, so it can say so at once instead of retrying in silence.
var endEvent = []byte("event: end\ndata: {}\n\n")

// snapshot is one revision of the room state, encoded once for everyone.
type snapshot struct {
	state workshop.RoomState
	json  []byte // the state as JSON
	event []byte // the state as one server-sent event
}

func newSnapshot(s workshop.RoomState) (*snapshot, error) {
	data, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("encoding the room state: %w", err)
	}
	event := fmt.Appendf(nil, "id: %d\nevent: state\ndata: %s\n\n", s.Rev, data)
	return &snapshot{state: s, json: data, event: event}, nil
}

// publish makes snap the current state and wakes every event stream. A
// stream that is still sending an older state sends only the newest one
// next: states coalesce, they never queue up. Answer pushes arriving
// meanwhile wait until the streams have sent it (yieldToStates).
func (h *Host) publish(snap *snapshot) {
	h.snap.Store(snap)
	w := newWave(snap.state.Rev, time.Now().Add(stateYield))
	h.wave.Store(w)
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.subs {
		s.owe(w)
	}
	w.settle()
}

// handleEvents streams the room state: the current state at once, then
// every newer one, with a heartbeat comment in between. A Last-Event-ID
// header is accepted, but the current state is always sent first, since
// a state replaces all earlier ones.
func (h *Host) handleEvents(w http.ResponseWriter, r *http.Request, m *member) error {
	s, gone, ok := h.subscribe(m)
	if !ok {
		refused := workshop.Refuse(workshop.ErrTooManyStreams, "you have too many connections open to the room: close one, or try again in a second")
		refused.RetryAfter = time.Second
		return refused
	}
	defer h.unsubscribe(m, s)

	hdr := w.Header()
	hdr.Set("Content-Type", "text/event-stream")
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	// The stream lives as long as the participant follows the room, so it
	// has no overall write deadline (net/http lifts the read deadline once
	// the request is read): each write gets its own deadline instead.
	rc := http.NewResponseController(w)
	send := func(b []byte) error {
		if err := rc.SetWriteDeadline(time.Now().Add(sseWriteTimeout)); err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
		return rc.Flush()
	}
	snap := h.snap.Load()
	if err := send(snap.event); err != nil {
		return nil // the participant left; nothing to answer
	}
	sent := snap.state.Rev
	s.sent(sent)
	beat := time.NewTicker(h.heartbeat)
	defer beat.Stop()
	for {
		var err error
		select {
		case <-r.Context().Done():
			return nil
		case <-h.closing:
			send(endEvent) // the facilitator stopped hosting: say so, then close
			return nil
		case <-gone:
			return nil
		case <-s.wake:
			if snap := h.snap.Load(); snap.state.Rev > sent {
				err, sent = send(snap.event), snap.state.Rev
			}
			s.sent(sent)
		case <-beat.C:
			err = send([]byte(": heartbeat\n\n"))
		}
		if err != nil {
			return nil
		}
	}
}

// subscribe registers an event stream of m, which is now connected. It
// returns the stream and m's removal channel, or false when m already
// holds maxStreamsPerMember streams.
func (h *Host) subscribe(m *member) (s *stream, gone <-chan struct{}, ok bool) {
	s = &stream{wake: make(chan struct{}, 1)}
	h.mu.Lock()
	if m.streams >= maxStreamsPerMember {
		h.mu.Unlock()
		return nil, nil, false
	}
	h.subs[s] = struct{}{}
	m.streams++
	m.info.LastSeen = h.now().UTC()
	first := m.streams == 1
	h.mu.Unlock()
	if first {
		h.changed()
	}
	return s, m.gone, true
}

// unsubscribe ends an event stream of m; with its last stream gone, m is
// no longer connected.
func (h *Host) unsubscribe(m *member, s *stream) {
	h.mu.Lock()
	delete(h.subs, s)
	m.streams--
	m.info.LastSeen = h.now().UTC()
	last := m.streams == 0
	h.mu.Unlock()
	s.sent(-1) // it owes nothing more
	if last {
		h.changed()
	}
}
