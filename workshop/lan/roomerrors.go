package lan

import (
	"net/http"

	"github.com/leadshift/leadshift/workshop"
)

// This file is the one mapping between the room's typed refusals (in the
// workshop package) and HTTP: the host's handlers return a
// *workshop.RoomError, statusOf gives the status (and reason) it is
// answered with, and refusalOf turns that answer back into the same typed
// error on the participant's laptop. TestRefusalsAreTyped drives the real
// host into each refusal.

// route names an endpoint by method and path; the zero route stands for
// every endpoint.
type route struct{ method, path string }

// refusal is one row of the mapping. Reason names the refusal in the
// answer (errorResponse.Reason) where its status stands for more than one
// refusal of the endpoint.
type refusal struct {
	route  route
	status int
	reason string
	kind   error
}

var (
	joinRoute       = route{http.MethodPost, "/v1/join"}
	putAnswersRoute = route{http.MethodPut, "/v1/answers"}
	getAnswersRoute = route{http.MethodGet, "/v1/answers"}
	eventsRoute     = route{http.MethodGet, "/v1/events"}
	// managers (managers.go)
	managerJoinRoute = route{http.MethodPost, "/v1/manager/join"}
	offerRoute       = route{http.MethodPost, "/v1/pairing"}
)

// refusals maps each refusal to its status, endpoint by endpoint; rows of
// the zero route hold for every endpoint. Endpoint rows come first.
var refusals = []refusal{
	{joinRoute, http.StatusForbidden, "", workshop.ErrBadCode},
	{joinRoute, http.StatusForbidden, "removed", workshop.ErrLetBack},
	{joinRoute, http.StatusTooManyRequests, "", workshop.ErrTooManyTries},
	{joinRoute, http.StatusTooManyRequests, "busy", workshop.ErrTooManyJoins},
	{joinRoute, http.StatusTooManyRequests, "guard", workshop.ErrOnGuard},
	{joinRoute, http.StatusLocked, "", workshop.ErrJoinClosed},
	{joinRoute, http.StatusConflict, "", workshop.ErrRoomFull},
	{managerJoinRoute, http.StatusForbidden, "", workshop.ErrBadCode},
	{managerJoinRoute, http.StatusForbidden, "pairing", workshop.ErrBadPairing},
	{managerJoinRoute, http.StatusTooManyRequests, "", workshop.ErrTooManyTries},
	{managerJoinRoute, http.StatusTooManyRequests, "busy", workshop.ErrTooManyJoins},
	{managerJoinRoute, http.StatusTooManyRequests, "guard", workshop.ErrOnGuard},
	{managerJoinRoute, http.StatusLocked, "", workshop.ErrManagersClosed},
	{offerRoute, http.StatusLocked, "", workshop.ErrManagersClosed},
	{putAnswersRoute, http.StatusConflict, "", workshop.ErrLocked},
	{putAnswersRoute, http.StatusTooManyRequests, "", workshop.ErrTooManyStreams},
	{getAnswersRoute, http.StatusNotFound, "", workshop.ErrNoAnswers},
	{eventsRoute, http.StatusTooManyRequests, "", workshop.ErrTooManyStreams},
	{route{}, http.StatusUnauthorized, "", workshop.ErrUnknownSession},
	{route{}, http.StatusForbidden, "", workshop.ErrRemoved},
	{route{}, http.StatusBadRequest, "", workshop.ErrInvalid},
}

// statusOf is the status and reason the host answers a refusal of kind on
// route r with: the endpoint's row, else the row for every endpoint, else
// 400 (TestEveryRefusalHasAStatus keeps that from happening).
func statusOf(r route, kind error) (int, string) {
	for _, row := range refusals {
		if (row.route == r || row.route == route{}) && row.kind == kind {
			return row.status, row.reason
		}
	}
	return http.StatusBadRequest, ""
}

// refusalOf is the typed error for the host's answer of status (and
// reason, if any) to a request: a *workshop.RoomError for a refusal (4xx),
// nil for a failure of the host itself.
func refusalOf(method, path string, status int, reason, msg string) *workshop.RoomError {
	if status < 400 || status >= 500 {
		return nil
	}
	r := route{method, path}
	kind := workshop.ErrRefused
	for _, exact := range []bool{true, false} {
		for _, row := range refusals {
			if (row.route == r || row.route == route{}) && row.status == status && (!exact || row.reason == reason) {
				return &workshop.RoomError{Kind: row.kind, Message: msg}
			}
		}
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
