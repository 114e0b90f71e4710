package lan

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"strings"

	"github.com/google/uuid"
	"github.com/leadshift/leadshift/workshop"
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
		h.mu.Unlock()
		if removed {
			return workshop.Refuse(workshop.ErrRemoved, "you were removed from this workshop")
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
	var req joinRequest
	if err := decodeJSON(w, r, smallBody, &req); err != nil {
		return err
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
	closed, err := h.gate.TryCode(ip, code, h.record.Code, now)
	if closed {
		// Someone may be guessing: close the door and tell the
		// facilitator, who opens it again.
		if err := h.SetJoinOpen(context.WithoutCancel(r.Context()), false); err != nil {
			h.log.Warn("closing joining after wrong codes", "err", err)
		}
		h.log.Warn("joining closed after too many wrong join codes")
		h.changed()
	}
	if err != nil {
		return err
	}
	// The same join again (a retry after a lost answer): the same member.
	// A replay needs the code, so it is checked only now.
	if resp, ok := h.replays.get(req.RequestID, now); ok {
		resp.State = h.snap.Load().json
		writeJSON(w, http.StatusOK, resp)
		return nil
	}
	if err := h.reserve(name, ip); err != nil {
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
	h.addMember(info, hash, ip)
	resp := joinResponse{ParticipantID: info.ID, Token: token, State: h.snap.Load().json, Content: h.contentJSON}
	h.replays.put(req.RequestID, resp, now)
	writeJSON(w, http.StatusOK, resp)
	return nil
}

func (h *Host) handleState(w http.ResponseWriter, _ *http.Request, _ *member) error {
	writeRawJSON(w, http.StatusOK, h.snap.Load().json)
	return nil
}

func (h *Host) handlePutAnswers(w http.ResponseWriter, r *http.Request, m *member) error {
	var req answersRequest
	if err := decodeJSON(w, r, workshop.MaxFileSize, &req); err != nil {
		return err
	}
	if req.Base.Rev < 0 {
		return workshop.Refuse(workshop.ErrInvalid, "base.rev must be 0 or more, not %d", req.Base.Rev)
	}
	if len(req.Answers) == 0 || bytes.Equal(req.Answers, []byte("null")) {
		return workshop.Refuse(workshop.ErrInvalid, "answers are missing")
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
