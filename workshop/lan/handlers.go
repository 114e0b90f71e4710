package lan

import (
	"bytes"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/leadshift/leadshift/workshop"
)

// maxPushesAtOnce is how many answer pushes are decoded, checked and
// stored at a time (the third of a push's gates, pushgates.go). The store
// writes one at a time anyway, and every push in progress holds its
// answers decoded, several times the size of the body.
//
// A push's body is read before it waits for one of those turns, under a
// deadline sized to its length (pushReadTime), and each member pushes one
// version at a time: so a slow sender holds its own connection and
// nothing of anyone else's.
const maxPushesAtOnce = 8

// A push's body must arrive within pushReadBase, plus a second for every
// pushReadRate bytes it announces (the slowest Wi-Fi still works at ten
// times that rate).
const (
	pushReadBase = 2 * time.Second
	pushReadRate = 128 << 10
)

// pushReadTime is how long a push announcing length bytes (-1 when it does
// not say) may take to send them.
func pushReadTime(length int64) time.Duration {
	if length < 0 || length > workshop.MaxFileSize {
		length = workshop.MaxFileSize
	}
	return pushReadBase + time.Duration(length)*time.Second/pushReadRate
}

// A join's body is a name, a code and a request ID: well under joinBody
// bytes, which must arrive within joinReadTimeout. maxJoinsAtOnce joins
// are checked and stored at a time; the rest wait with their bodies read.
const (
	joinBody        = 4 << 10
	joinReadTimeout = 5 * time.Second
	maxJoinsAtOnce  = 16
)

// routes is the HTTP API; docs/protocol.md describes it.
func (h *Host) routes() map[string]map[string]handlerFunc {
	return map[string]map[string]handlerFunc{
		"/v1/hello":    {http.MethodGet: h.handleHello},
		"/v1/join":     {http.MethodPost: h.handleJoin},
		"/v1/state":    {http.MethodGet: h.authed(h.handleState)},
		"/v1/events":   {http.MethodGet: h.authed(h.handleEvents)},
		"/v1/answers":  {http.MethodGet: h.authed(h.handleGetAnswers), http.MethodPut: h.authed(h.handlePutAnswers)},
		"/v1/partners": {http.MethodGet: h.authed(h.handlePartners)},
		// Managers (managers.go)
		"/v1/pairing":          {http.MethodGet: h.authed(h.handlePairing), http.MethodPost: h.authed(h.handleOffer)},
		"/v1/manager/join":     {http.MethodPost: h.handleManagerJoin},
		"/v1/manager/response": {http.MethodPut: h.managerAuthed(h.handleManagerResponse)},
	}
}

// authed lets a request through only with the bearer token of a member
// still in the room, and hands that member to f. No endpoint takes a
// member ID: a token reaches its own member's data and nothing else.
func (h *Host) authed(f func(w http.ResponseWriter, r *http.Request, m *member) error) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || token == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="leadshift"`)
			return workshop.Refuse(workshop.ErrUnknownSession, "this request needs the token you received when you joined")
		}
		m, err := h.byToken(r.Context(), strings.TrimSpace(token))
		if errors.Is(err, workshop.ErrNotFound) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="leadshift", error="invalid_token"`)
			return workshop.Refuse(workshop.ErrUnknownSession, "this workshop does not know your token: join it again with the code")
		}
		if err != nil {
			return internalError("check your token", err)
		}
		h.mu.Lock()
		removed := m.info.Removed
		m.info.LastSeen = h.now().UTC()
		conns := h.conns
		h.mu.Unlock()
		if removed {
			return workshop.Refuse(workshop.ErrRemoved, "you were removed from this workshop")
		}
		if conns != nil {
			conns.markMember(r, m.id)
		}
		return f(w, r, m)
	}
}

func (h *Host) handleHello(w http.ResponseWriter, _ *http.Request) error {
	st := h.snap.Load().state
	writeJSON(w, http.StatusOK, Hello{Protocol: ProtocolVersion, Title: st.Title, Fingerprint: h.fingerprint, JoinOpen: st.JoinOpen})
	return nil
}

// handleJoin lets someone with the code into the room, under the rules
// of workshop.JoinGate and workshop.Roster; a retried request gets the
// answer the first one got.
func (h *Host) handleJoin(w http.ResponseWriter, r *http.Request) error {
	err := http.NewResponseController(w).SetReadDeadline(time.Now().Add(joinReadTimeout))
	if err != nil && !errors.Is(err, http.ErrNotSupported) { // a ResponseRecorder has no deadlines
		return internalError("read your request", err)
	}
	var req joinRequest
	if err := decodeJSON(w, r, joinBody, &req); err != nil {
		return err
	}
	select {
	case h.joining <- struct{}{}:
		defer func() { <-h.joining }()
	case <-r.Context().Done():
		return nil // the newcomer left; nothing to answer
	}
	name, err := workshop.JoinName(req.Name)
	if err != nil {
		return err
	}
	if len(req.RequestID) > 64 {
		return workshop.Refuse(workshop.ErrInvalid, "requestId is longer than 64 characters")
	}
	code := NormalizeCode(req.Code)
	if code == "" {
		return workshop.Refuse(workshop.ErrInvalid, "code is empty: enter the join code shown by the facilitator")
	}
	ip, now := clientIP(r), h.now()
	if err := h.snap.Load().state.CheckJoin(); err != nil {
		return err
	}
	alerted, err := h.gate.TryCode(ip, code, h.record.Code, now)
	if alerted {
		// Someone may be guessing: the room stays open and the gate
		// slows the guessers; the facilitator is told (JoinAlert).
		h.log.Warn("too many wrong join codes: the room is on guard")
		h.changed()
	}
	if err != nil {
		return err
	}
	// The same join again (a retry after a lost answer): the same member.
	// A replay needs the code, so it is checked only now.
	if resp, ok := h.replays.get(req.RequestID, now); ok {
		resp.State = h.snap.Load().json
		writeJoined(w, resp)
		return nil
	}
	if err := h.reserve(name); err != nil {
		return err
	}
	if err := h.gate.Admit(ip, now); err != nil {
		h.unreserve()
		return err
	}
	info := workshop.Member{ID: uuid.NewString(), Name: name, Joined: now.UTC(), LastSeen: now.UTC(), Step: workshop.StepCheckIn}
	token := NewToken()
	hash := HashToken(token)
	if err := h.store.AddMember(r.Context(), info, hash); err != nil {
		h.unreserve()
		return internalError("add you to the workshop", err)
	}
	h.addMember(info, hash)
	resp := joinResponse{ParticipantID: info.ID, Token: token, State: h.snap.Load().json, Content: h.contentJSON}
	h.replays.put(req.RequestID, resp, now)
	writeJoined(w, resp)
	return nil
}

// writeJoined answers a join. The state and the content pack are already
// compact JSON and are copied in as they are, into a body of the right
// size: json.Marshal would check, copy and grow a buffer for the content
// pack (tens of kilobytes) for every one of a room's joins.
func writeJoined(w http.ResponseWriter, resp joinResponse) {
	ids, _ := json.Marshal(struct { // two strings: cannot fail
		ParticipantID string `json:"participantId"`
		Token         string `json:"token"`
	}{resp.ParticipantID, resp.Token})
	body := make([]byte, 0, len(ids)+len(resp.State)+len(resp.Content)+32)
	body = append(body, ids[:len(ids)-1]...) // without the closing brace
	body = append(body, `,"state":`...)
	body = append(body, resp.State...)
	body = append(body, `,"content":`...)
	body = append(body, resp.Content...)
	body = append(body, '}')
	writeRawJSON(w, http.StatusOK, body)
}

func (h *Host) handleState(w http.ResponseWriter, _ *http.Request, _ *member) error {
	writeRawJSON(w, http.StatusOK, h.snap.Load().json)
	return nil
}

func (h *Host) handlePutAnswers(w http.ResponseWriter, r *http.Request, m *member) error {
	// One push per member at a time: a laptop's syncer sends one version
	// after the other, so a second one at once is a retry of a push still
	// in progress, or someone trying to hold the room's turns.
	select {
	case m.pushing <- struct{}{}:
		defer func() { <-m.pushing }()
	default:
		refused := workshop.Refuse(workshop.ErrTooManyStreams, "your previous answers are still being received: try again in a second")
		refused.RetryAfter = time.Second
		return refused
	}
	// A new phase goes out to the room before anyone's answers are read.
	h.yieldToStates(r.Context())
	place, err := h.enterReadingRoom(r.Context(), m)
	if place == nil {
		return err // removed, or gone
	}
	defer place.leave()
	rc := http.NewResponseController(w)
	err = rc.SetReadDeadline(time.Now().Add(pushReadTime(r.ContentLength)))
	if err != nil && !errors.Is(err, http.ErrNotSupported) { // a ResponseRecorder has no deadlines
		return internalError("read your answers", err)
	}
	body, err := readBody(w, r, workshop.MaxFileSize)
	if err != nil {
		return err
	}
	place.arrived()
	// The store takes one write at a time, so when a whole room pushes at
	// once the pushes queue here, bodies read, up to maxBodiesHeld of them.
	// The time spent waiting does not count against the answer's deadline:
	// once its turn comes, the answer must leave within writeTimeout. A
	// member removed meanwhile leaves the queue.
	select {
	case h.pushing <- struct{}{}:
		defer func() { <-h.pushing }()
	case <-m.gone:
		return workshop.Refuse(workshop.ErrRemoved, "you were removed from this workshop")
	case <-r.Context().Done():
		return nil // the participant left; nothing to answer
	}
	select {
	case <-m.gone:
		return workshop.Refuse(workshop.ErrRemoved, "you were removed from this workshop")
	default:
	}
	h.yieldToStates(r.Context())
	err = rc.SetWriteDeadline(time.Now().Add(writeTimeout))
	if err != nil && !errors.Is(err, http.ErrNotSupported) {
		return internalError("read your answers", err)
	}
	var req answersRequest
	if err := unmarshalBody(body, &req); err != nil {
		return err
	}
	if req.Base.Rev < 0 {
		return workshop.Refuse(workshop.ErrInvalid, "base.rev must be 0 or more, not %d", req.Base.Rev)
	}
	if len(req.Answers) == 0 || bytes.Equal(req.Answers, []byte("null")) {
		return workshop.Refuse(workshop.ErrInvalid, "answers are missing")
	}
	// Bounded before decoding: a million tiny entries in 4 MB would take
	// the host far more memory decoded than as bytes.
	if err := workshop.CheckShape(req.Answers); err != nil {
		return workshop.Refuse(workshop.ErrInvalid, "answers: %v", err)
	}
	a, err := workshop.DecodeAnswers(bytes.NewReader(req.Answers))
	if err != nil {
		return workshop.Refuse(workshop.ErrInvalid, "answers: %v", err)
	}
	if err := a.CheckAgainst(h.content); err != nil {
		return workshop.Refuse(workshop.ErrInvalid, "answers: %v", err)
	}
	// The document is stored re-encoded (NormalizeAnswers), never as sent.
	stored, err := h.putAnswers(r.Context(), m, req.Base, a)
	var refused *workshop.RoomError
	var conflict *conflictError
	switch {
	case errors.As(err, &refused):
		return err
	case errors.As(err, &conflict):
		data, err := NormalizeAnswers(conflict.answers)
		if err != nil {
			return internalError("compare your answers", err)
		}
		writeJSON(w, http.StatusConflict, errorResponse{
			Error:    "the room holds other answers from you than the ones these were edited from: choose which to keep",
			Conflict: &answersResponse{Version: conflict.at, Answers: data},
		})
		return nil
	case err != nil:
		return internalError("save your answers", err)
	}
	writeJSON(w, http.StatusOK, answersResponse{Version: stored})
	return nil
}

func (h *Host) handleGetAnswers(w http.ResponseWriter, r *http.Request, m *member) error {
	h.mu.Lock()
	v, a := Version{Rev: m.rev, Hash: m.hash}, m.answers
	h.mu.Unlock()
	if a == nil {
		return workshop.Refuse(workshop.ErrNoAnswers, "the host has no answers from you yet")
	}
	data, err := NormalizeAnswers(a)
	if err != nil {
		return internalError("read your answers", err)
	}
	writeJSON(w, http.StatusOK, answersResponse{Version: v, Answers: data})
	return nil
}

// clientIP is the address a request came from, without the port.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
