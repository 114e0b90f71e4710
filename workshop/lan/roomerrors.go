package lan

import (
	"net/http"

	"github.com/leadshift/leadshift/workshop"
)

// This file is the one mapping between the room's typed errors (in the
// workshop package) and HTTP: refusals lists the status the host answers
// each refusal with, refusalOf turns the host's answer back into the same
// typed error on the participant's laptop. TestRefusalsAreTyped checks the
// table against the host's handlers.

// route names an endpoint by method and path.
type route struct{ method, path string }

// The reasons a refusal's answer names when its status stands for more
// than one refusal of the endpoint (errorResponse.Reason).
const (
	reasonNotLetBack = "removed" // 403 to a join: removed, not let back
	reasonBusy       = "busy"    // 429 to a join: the room's join rate
)

// refusals maps an endpoint's refusal statuses to the domain's errors.
// A zero route holds the statuses every authenticated endpoint shares.
var refusals = map[route]map[int]error{
	{http.MethodPost, "/v1/join"}: {
		http.StatusForbidden:       workshop.ErrBadCode,
		http.StatusTooManyRequests: workshop.ErrTooManyTries,
		http.StatusLocked:          workshop.ErrJoinClosed,
		http.StatusConflict:        workshop.ErrRoomFull,
	},
	{http.MethodPut, "/v1/answers"}: {http.StatusConflict: workshop.ErrLocked},
	{http.MethodGet, "/v1/answers"}: {http.StatusNotFound: workshop.ErrNoAnswers},
	{http.MethodGet, "/v1/events"}:  {http.StatusTooManyRequests: workshop.ErrTooManyStreams},
	{}: {
		http.StatusUnauthorized: workshop.ErrUnknownSession,
		http.StatusForbidden:    workshop.ErrRemoved,
	},
}

// reasons are the refusals named by errorResponse.Reason, over the table.
// A conflicting push (409 with the room's version) is a *ConflictError
// instead, matching workshop.ErrConflict.
var reasons = map[route]map[string]error{
	{http.MethodPost, "/v1/join"}: {
		reasonNotLetBack: workshop.ErrLetBack,
		reasonBusy:       workshop.ErrTooManyJoins,
	},
}

// refusalOf is the typed error for the host's answer of status (and
// reason, if any) to a request: a *workshop.RoomError for a refusal (4xx),
// nil for a failure of the host itself.
func refusalOf(method, path string, status int, reason, msg string) *workshop.RoomError {
	if status < 400 || status >= 500 {
		return nil
	}
	r := route{method, path}
	kind, ok := reasons[r][reason]
	if !ok {
		kind, ok = refusals[r][status]
	}
	if !ok {
		kind, ok = refusals[route{}][status]
	}
	if !ok {
		kind = workshop.ErrRefused
	}
	return &workshop.RoomError{Kind: kind, Message: msg}
}

// Unwrap is the refusal this answer of the host stands for, so that
// errors.Is(err, workshop.ErrLocked) and the like work on it; nil for a
// failure of the host.
func (e *APIError) Unwrap() error {
	if e.refusal == nil {
		return nil
	}
	return e.refusal
}

// Unwrap lets errors.Is(err, workshop.ErrConflict) match, and errors.As
// find the sentence as a *workshop.RoomError.
func (e *ConflictError) Unwrap() error {
	return &workshop.RoomError{Kind: workshop.ErrConflict, Message: e.Error()}
}

// Is lets errors.Is(err, workshop.ErrWrongHost) match, and
// workshop.ErrNoCertificate for a saved session without the certificate.
func (e *FingerprintError) Is(target error) bool {
	return target == workshop.ErrWrongHost || (e.NoHash && target == workshop.ErrNoCertificate)
}
