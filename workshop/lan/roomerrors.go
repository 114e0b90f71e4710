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
	{}: {
		http.StatusUnauthorized: workshop.ErrUnknownSession,
		http.StatusForbidden:    workshop.ErrRemoved,
	},
}

// refusalOf is the typed error for the host's answer of status to a
// request: a *workshop.RoomError for a refusal (4xx), nil for a failure of
// the host itself.
func refusalOf(method, path string, status int, msg string) *workshop.RoomError {
	if status < 400 || status >= 500 {
		return nil
	}
	kind, ok := refusals[route{method, path}][status]
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

// Unwrap lets errors.Is(err, workshop.ErrStale) match, and errors.As find
// the sentence as a *workshop.RoomError.
func (e *StaleError) Unwrap() error {
	return &workshop.RoomError{Kind: workshop.ErrStale, Message: e.Error()}
}

// Is lets errors.Is(err, workshop.ErrWrongHost) match.
func (e *FingerprintError) Is(target error) bool { return target == workshop.ErrWrongHost }
