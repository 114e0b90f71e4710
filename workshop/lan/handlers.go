package lan

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/leadshift/leadshift/workshop"
)

// maxMembers caps the roster, so a runaway client cannot fill the host.
const maxMembers = 1000

// maxPushesAtOnce is how many answer pushes are read, decoded, checked and
// stored at a time; the rest wait with their bodies unread. The store
// writes one at a time anyway, and every push in progress holds its body
// and its answers decoded, several times the size of the body.
// pushReadTimeout bounds the reading of a push's body once its turn has
// come, so a slow sender cannot hold a turn for long.
const (
	maxPushesAtOnce = 8
	pushReadTimeout = 10 * time.Second
)

// routes is the HTTP API; docs/protocol.md describes it.
func (h *Host) routes() map[string]map[string]handlerFunc {
	return map[string]map[string]handlerFunc{
		"/v1/hello":   {http.MethodGet: h.handleHello},
		"/v1/join":    {http.MethodPost: h.handleJoin},
		"/v1/state":   {http.MethodGet: h.authed(h.handleState)},
		"/v1/events":  {http.MethodGet: h.authed(h.handleEvents)},
		"/v1/answers": {http.MethodGet: h.authed(h.handleGetAnswers), http.MethodPut: h.authed(h.handlePutAnswers)},
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
			return fail(http.StatusUnauthorized, "this request needs the token you received when you joined")
		}
		m, err := h.byToken(r.Context(), strings.TrimSpace(token))
		if errors.Is(err, workshop.ErrNotFound) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="leadshift", error="invalid_token"`)
			return fail(http.StatusUnauthorized, "this workshop does not know your token: join it again with the code")
		}
		if err != nil {
			return internalError("check your token", err)
		}
		h.mu.Lock()
		removed := m.info.Removed
		m.info.LastSeen = h.now().UTC()
		h.mu.Unlock()
		if removed {
			return fail(http.StatusForbidden, "you were removed from this workshop")
		}
		return f(w, r, m)
	}
}

func (h *Host) handleHello(w http.ResponseWriter, _ *http.Request) error {
	st := h.snap.Load().state
	writeJSON(w, http.StatusOK, Hello{Protocol: ProtocolVersion, Title: st.Title, Fingerprint: h.fingerprint, JoinOpen: st.JoinOpen})
	return nil
}

func (h *Host) handleJoin(w http.ResponseWriter, r *http.Request) error {
	var req joinRequest
	if err := decodeJSON(w, r, smallBody, &req); err != nil {
		return err
	}
	name := cleanName(req.Name)
	switch {
	case name == "":
		return fail(http.StatusBadRequest, "name is empty: enter your name or an alias")
	case utf8.RuneCountInString(strings.TrimSpace(req.Name)) > maxName:
		return fail(http.StatusBadRequest, "name is longer than %d characters", maxName)
	case len(req.RequestID) > 64:
		return fail(http.StatusBadRequest, "requestId is longer than 64 characters")
	}
	code := NormalizeCode(req.Code)
	if code == "" {
		return fail(http.StatusBadRequest, "code is empty: enter the join code shown by the facilitator")
	}
	ip, now := clientIP(r), h.now()
	// A closed room answers the same for every code, so it is no oracle
	// for guessing one.
	if !h.snap.Load().state.JoinOpen {
		return fail(http.StatusLocked, "the facilitator has closed this workshop to new participants")
	}
	if wait := h.limiter.wait(ip, now); wait > 0 {
		return tooMany(w, wait, "", "too many wrong join codes from this computer")
	}
	if subtle.ConstantTimeCompare([]byte(code), []byte(h.record.Code)) != 1 {
		h.limiter.failed(ip, now)
		if h.gate.wrongCode(now) {
			// Someone may be guessing: close the door and tell the
			// facilitator, who opens it again.
			if err := h.SetJoinOpen(context.WithoutCancel(r.Context()), false); err != nil {
				h.log.Warn("closing joining after wrong codes", "err", err)
			}
			h.log.Warn("joining closed after too many wrong join codes")
			h.changed()
		}
		return fail(http.StatusForbidden, "the join code is not the code of this workshop")
	}
	// The same join again (a retry after a lost answer): the same member.
	// A replay needs the code, so it is checked only now.
	if resp, ok := h.gate.replay(req.RequestID, now); ok {
		resp.State = h.snap.Load().json
		writeJoined(w, resp)
		return nil
	}
	if h.gate.isBlocked(ip) || h.wasRemoved(name) {
		return refuse(http.StatusForbidden, reasonNotLetBack, "you were removed from this workshop: ask the facilitator to let you back")
	}
	if wait, why := h.gate.admit(ip, now); wait > 0 {
		return tooMany(w, wait, reasonBusy, why)
	}
	if !h.reserve() {
		return fail(http.StatusConflict, "this workshop is full: it has %d participants", h.maxMembers)
	}
	info := workshop.Member{ID: uuid.NewString(), Name: name, Joined: now.UTC(), LastSeen: now.UTC(), Step: workshop.StepCheckIn}
	token := NewToken()
	hash := HashToken(token)
	if err := h.store.AddMember(r.Context(), info, hash); err != nil {
		h.unreserve()
		return internalError("add you to the workshop", err)
	}
	h.addMember(info, hash, ip)
	resp := joinResponse{ParticipantID: info.ID, Token: token, State: h.snap.Load().json, Content: h.contentJSON}
	h.gate.remember(req.RequestID, resp, now)
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

// tooMany answers 429 with Retry-After: why, and when to try again;
// reason as for refuse.
func tooMany(w http.ResponseWriter, wait time.Duration, reason, why string) error {
	secs := max(1, int(math.Ceil(wait.Seconds())))
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	return refuse(http.StatusTooManyRequests, reason, "%s: try again in %d seconds", why, secs)
}

func (h *Host) handleState(w http.ResponseWriter, _ *http.Request, _ *member) error {
	writeRawJSON(w, http.StatusOK, h.snap.Load().json)
	return nil
}

func (h *Host) handlePutAnswers(w http.ResponseWriter, r *http.Request, m *member) error {
	// The store takes one write at a time, so when a whole room pushes at
	// once the pushes queue. They queue here, before their bodies are
	// read, so that a waiting push holds no more of the host's memory than
	// its connection: at most maxPushesAtOnce are read, decoded, checked
	// and stored at a time. The time spent waiting does not count against
	// the request's deadlines: once its turn comes, the body must arrive
	// within pushReadTimeout and the answer leave within writeTimeout.
	select {
	case h.pushing <- struct{}{}:
		defer func() { <-h.pushing }()
	case <-r.Context().Done():
		return nil // the participant left; nothing to answer
	}
	rc := http.NewResponseController(w)
	now := time.Now()
	err := errors.Join(rc.SetReadDeadline(now.Add(pushReadTimeout)), rc.SetWriteDeadline(now.Add(writeTimeout)))
	if err != nil && !errors.Is(err, http.ErrNotSupported) { // a ResponseRecorder has no deadlines
		return internalError("read your answers", err)
	}
	body, err := readBody(w, r, workshop.MaxFileSize)
	if err != nil {
		return err
	}
	var req answersRequest
	if err := unmarshalBody(body, &req); err != nil {
		return err
	}
	if req.Base.Rev < 0 {
		return fail(http.StatusBadRequest, "base.rev must be 0 or more, not %d", req.Base.Rev)
	}
	if len(req.Answers) == 0 || bytes.Equal(req.Answers, []byte("null")) {
		return fail(http.StatusBadRequest, "answers are missing")
	}
	a, err := workshop.DecodeAnswers(bytes.NewReader(req.Answers))
	if err != nil {
		return fail(http.StatusBadRequest, "answers: %v", err)
	}
	if err := a.CheckAgainst(h.content); err != nil {
		return fail(http.StatusBadRequest, "answers: %v", err)
	}
	// The document is stored re-encoded (NormalizeAnswers), never as sent.
	stored, err := h.putAnswers(r.Context(), m, req.Base, a)
	var refused *httpError
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
		return fail(http.StatusNotFound, "the host has no answers from you yet")
	}
	data, err := NormalizeAnswers(a)
	if err != nil {
		return internalError("read your answers", err)
	}
	writeJSON(w, http.StatusOK, answersResponse{Version: v, Answers: data})
	return nil
}
