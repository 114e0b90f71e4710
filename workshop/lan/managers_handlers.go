package lan

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

// The managers' endpoints (docs/protocol.md, "Managers"); managers.go
// keeps the pairings they work on.

// managerBody bounds an offered request and a manager's response: the
// pack's statements and skills with their anchors, or the manager's
// answers, are tens of kilobytes.
const managerBody = 512 << 10

// Wire messages of the managers' endpoints; docs/protocol.md describes each.
type (
	offerRequest struct {
		Request json.RawMessage `json:"request"` // a manager.Request document
	}
	pairingResponse struct {
		Code     string            `json:"code,omitempty"`     // the code to show, until a manager pairs
		Manager  string            `json:"manager,omitempty"`  // the paired manager's name
		Response *manager.Response `json:"response,omitempty"` // their newest answers, once sent
	}
	managerJoinRequest struct {
		Code    string `json:"code"`    // the room's join code
		Pairing string `json:"pairing"` // the code on the participant's screen
		Name    string `json:"name"`
	}
	managerJoinResponse struct {
		Token   string           `json:"token"`
		Title   string           `json:"title"`
		Request *manager.Request `json:"request"`
	}
)

// handleOffer opens a pairing for the member with the request they made.
func (h *Host) handleOffer(w http.ResponseWriter, r *http.Request, m *member) error {
	if err := h.snap.Load().state.CheckManagers(); err != nil {
		return err
	}
	var req offerRequest
	if err := decodeJSON(w, r, managerBody, &req); err != nil {
		return err
	}
	if len(req.Request) == 0 || bytes.Equal(req.Request, []byte("null")) {
		return workshop.Refuse(workshop.ErrInvalid, "request is missing")
	}
	q, err := manager.DecodeRequest(bytes.NewReader(req.Request))
	if err != nil {
		return workshop.Refuse(workshop.ErrInvalid, "request: %v", err)
	}
	if q.ContentID != h.content.ID {
		return workshop.Refuse(workshop.ErrInvalid, "the request was made on another content pack than this workshop's")
	}
	h.mu.Lock()
	a := m.answers
	h.mu.Unlock()
	if a != nil && a.ID != q.AnswersID {
		return workshop.Refuse(workshop.ErrInvalid, "the request is for other answers than the ones you sent this workshop")
	}
	code := h.pairs.offer(m.id, q, h.record.Code)
	writeJSON(w, http.StatusOK, pairingResponse{Code: code})
	return nil
}

// handlePairing tells the member how their pairing stands, with their
// manager's answers once sent.
func (h *Host) handlePairing(w http.ResponseWriter, _ *http.Request, m *member) error {
	st := h.pairs.status(m.id)
	if st == nil {
		st = &pairingResponse{}
	}
	writeJSON(w, http.StatusOK, st)
	return nil
}

// handleManagerJoin pairs a manager holding the room's code and a
// participant's pairing code. Wrong codes of either kind are limited as
// wrong join codes are (workshop.JoinGate), each kind on its own count.
func (h *Host) handleManagerJoin(w http.ResponseWriter, r *http.Request) error {
	err := http.NewResponseController(w).SetReadDeadline(time.Now().Add(joinReadTimeout))
	if err != nil && !errors.Is(err, http.ErrNotSupported) {
		return internalError("read your request", err)
	}
	var req managerJoinRequest
	if err := decodeJSON(w, r, joinBody, &req); err != nil {
		return err
	}
	select {
	case h.joining <- struct{}{}:
		defer func() { <-h.joining }()
	case <-r.Context().Done():
		return nil
	}
	name, err := workshop.JoinName(req.Name)
	if err != nil {
		return err
	}
	code, pairCode := NormalizeCode(req.Code), NormalizeCode(req.Pairing)
	if code == "" || pairCode == "" {
		return workshop.Refuse(workshop.ErrInvalid, "enter both codes: the workshop's join code and the pairing code on your team member's screen")
	}
	if err := h.snap.Load().state.CheckManagers(); err != nil {
		return err
	}
	ip, now := clientIP(r), h.now()
	alerted, err := h.gate.TryCode(ip, code, h.record.Code, now)
	if alerted {
		h.log.Warn("too many wrong join codes: the room is on guard")
		h.changed()
	}
	if err != nil {
		return err
	}
	if err := h.tryPairing(ip, pairCode, now); err != nil {
		return err
	}
	if err := h.gate.Admit(ip, now); err != nil {
		return err
	}
	token := NewToken()
	q := h.pairs.pair(pairCode, name, HashToken(token))
	if q == nil {
		return workshop.Refuse(workshop.ErrBadPairing, "this pairing code has just been used or withdrawn: ask your team member for the code on their screen now")
	}
	h.changed() // the roster counts the managers paired
	writeJSON(w, http.StatusOK, managerJoinResponse{Token: token, Title: h.Title(), Request: q})
	return nil
}

// tryPairing checks a pairing code given from ip under the wrong-code
// limits; the refusal names the pairing code, not the join code.
func (h *Host) tryPairing(ip, code string, now time.Time) error {
	want := "" // never equal to a code given: a wrong code
	if h.pairs.isOpen(code) {
		want = code
	}
	alerted, err := h.pairs.gate.TryCode(ip, code, want, now)
	if alerted {
		h.log.Warn("too many wrong pairing codes: pairing is on guard")
	}
	var refused *workshop.RoomError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, workshop.ErrBadCode):
		return workshop.Refuse(workshop.ErrBadPairing, "the pairing code is not one shown in this workshop: check it on your team member's screen")
	case errors.As(err, &refused):
		e := workshop.Refuse(refused.Kind, "too many wrong pairing codes from this computer%s", strings.TrimPrefix(refused.Message, "too many wrong join codes from this computer"))
		e.RetryAfter = refused.RetryAfter
		return e
	}
	return err
}

// managerAuthed lets a request through only with the token of a manager
// still paired, and hands f the pairing.
func (h *Host) managerAuthed(f func(w http.ResponseWriter, r *http.Request, p *pairing) error) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		p := h.pairs.byManager(HashToken(strings.TrimSpace(token)))
		if !ok || p == nil {
			w.Header().Set("WWW-Authenticate", `Bearer realm="leadshift"`)
			return workshop.Refuse(workshop.ErrUnknownSession, "this workshop does not know your pairing: ask your team member for a new code")
		}
		h.mu.Lock()
		conns := h.conns
		h.mu.Unlock()
		if conns != nil {
			conns.markMember(r, "manager:"+p.memberID)
		}
		return f(w, r, p)
	}
}

// handleManagerResponse takes a paired manager's answers for their team
// member: only answers to the request they paired with.
func (h *Host) handleManagerResponse(w http.ResponseWriter, r *http.Request, p *pairing) error {
	body, err := readBody(w, r, managerBody)
	if err != nil {
		return err
	}
	resp, err := manager.DecodeResponse(bytes.NewReader(body))
	if err != nil {
		return workshop.Refuse(workshop.ErrInvalid, "your answers: %v", err)
	}
	if err := manager.MatchRequest(resp, p.request); err != nil {
		return workshop.Refuse(workshop.ErrInvalid, "these answers are for another request than the one you paired with")
	}
	if !h.pairs.deliver(p, resp) {
		return workshop.Refuse(workshop.ErrUnknownSession, "your team member's pairing has ended: ask them for a new code")
	}
	writeJSON(w, http.StatusOK, struct{}{})
	return nil
}
