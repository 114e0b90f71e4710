package lan

import (
	"errors"
	"net/http"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// TestRefusalsAreTyped drives the real host into each refusal and checks
// the client hands back the room's typed error, with the host's sentence.
func TestRefusalsAreTyped(t *testing.T) {
	h, addr := startHost(t, HostOptions{Pacing: workshop.Paced})
	ana, j := join(t, addr, h.Code(), "Ana")

	unchecked := Dial(addr, "")
	defer unchecked.Close()
	if _, err := unchecked.Join(ctx(t), h.Code(), "Eve"); !errors.Is(err, workshop.ErrNotCompared) {
		t.Errorf("a join before the phrase was compared: %v, want ErrNotCompared", err)
	}
	stranger := dialCompared(t, addr)
	_, err := stranger.Join(ctx(t), otherCode(h.Code()), "Eve")
	want(t, "a wrong code", err, workshop.ErrBadCode)
	_, _, err = ana.GetAnswers(ctx(t))
	want(t, "answers before any were sent", err, workshop.ErrNoAnswers)
	_, err = Resume(Session{Addr: addr, Fingerprint: j.Session.Fingerprint, CertSHA256: j.Session.CertSHA256, Token: "not-a-token"}).State(ctx(t))
	want(t, "an unknown token", err, workshop.ErrUnknownSession)
	_, err = Resume(Session{Addr: addr, Fingerprint: j.Session.Fingerprint, Token: j.Session.Token}).State(ctx(t))
	if !errors.Is(err, workshop.ErrNoCertificate) || !errors.Is(err, workshop.ErrWrongHost) {
		t.Errorf("a saved session without the certificate: %v, want ErrNoCertificate", err)
	}

	a := exampleAnswers(t)
	v, err := ana.PushAnswers(ctx(t), Version{}, a)
	if err != nil {
		t.Fatal(err)
	}
	other := a.Clone()
	other.Participant.Role = "changed elsewhere"
	_, err = ana.PushAnswers(ctx(t), Version{}, other)
	want(t, "a push from another version", err, workshop.ErrConflict)
	if err := h.GoTo(ctx(t), 1); err != nil {
		t.Fatal(err)
	}
	if err := h.SetLocked(ctx(t), true); err != nil {
		t.Fatal(err)
	}
	changed := a.Clone()
	for id, r := range changed.Ratings {
		changed.Ratings[id] = r%5 + 1
		break
	}
	_, err = ana.PushAnswers(ctx(t), v, changed)
	want(t, "a change to a locked phase", err, workshop.ErrLocked)

	if err := h.Remove(ctx(t), j.Session.ParticipantID); err != nil {
		t.Fatal(err)
	}
	_, err = ana.State(ctx(t))
	want(t, "a removed participant", err, workshop.ErrRemoved)
	_, err = dialCompared(t, addr).Join(ctx(t), h.Code(), "Ana")
	want(t, "a removed participant joining again", err, workshop.ErrLetBack)

	if err := h.SetJoinOpen(ctx(t), false); err != nil {
		t.Fatal(err)
	}
	_, err = stranger.Join(ctx(t), h.Code(), "Late")
	want(t, "joining a closed room", err, workshop.ErrJoinClosed)

	busy, addr := startHost(t, HostOptions{JoinBurst: 1, JoinPerMinute: 1, SourceBurst: 100, SourcePerMinute: 100})
	join(t, addr, busy.Code(), "First")
	_, err = dialCompared(t, addr).Join(ctx(t), busy.Code(), "Second")
	want(t, "a join over the room's rate", err, workshop.ErrTooManyJoins)
}

func want(t *testing.T, what string, err, kind error) {
	t.Helper()
	var re *workshop.RoomError
	if !errors.Is(err, kind) || !errors.Is(err, workshop.ErrRefused) || !errors.As(err, &re) || re.Message == "" {
		t.Errorf("%s: %v, want %v with the host's sentence", what, err, kind)
	}
}

func TestRefusalTable(t *testing.T) {
	for _, tc := range []struct {
		method, path string
		status       int
		want         error
	}{
		{http.MethodPost, "/v1/join", http.StatusForbidden, workshop.ErrBadCode},
		{http.MethodPost, "/v1/join", http.StatusTooManyRequests, workshop.ErrTooManyTries},
		{http.MethodPost, "/v1/join", http.StatusLocked, workshop.ErrJoinClosed},
		{http.MethodPost, "/v1/join", http.StatusConflict, workshop.ErrRoomFull},
		{http.MethodPut, "/v1/answers", http.StatusConflict, workshop.ErrLocked},
		{http.MethodPut, "/v1/answers", http.StatusForbidden, workshop.ErrRemoved},
		{http.MethodGet, "/v1/events", http.StatusUnauthorized, workshop.ErrUnknownSession},
		{http.MethodGet, "/v1/events", http.StatusTooManyRequests, workshop.ErrTooManyStreams},
		{http.MethodPut, "/v1/answers", http.StatusBadRequest, workshop.ErrInvalid},
		{http.MethodPut, "/v1/answers", http.StatusTeapot, workshop.ErrRefused},
	} {
		if got := refusalOf(tc.method, tc.path, tc.status, "", "why"); got == nil || got.Kind != tc.want || got.Message != "why" {
			t.Errorf("%s %s %d: %+v, want %v", tc.method, tc.path, tc.status, got, tc.want)
		}
	}
	for _, tc := range []struct {
		status int
		reason string
		want   error
	}{
		{http.StatusForbidden, "removed", workshop.ErrLetBack},
		{http.StatusTooManyRequests, "busy", workshop.ErrTooManyJoins},
		{http.StatusTooManyRequests, "guard", workshop.ErrOnGuard},
		{http.StatusForbidden, "a reason of a newer host", workshop.ErrBadCode},
	} {
		if got := refusalOf(http.MethodPost, "/v1/join", tc.status, tc.reason, "why"); got == nil || got.Kind != tc.want {
			t.Errorf("join %d %q: %+v, want %v", tc.status, tc.reason, got, tc.want)
		}
	}
	if got := refusalOf(http.MethodPut, "/v1/answers", http.StatusInternalServerError, "", "oops"); got != nil {
		t.Errorf("a failure of the host is a refusal: %+v", got)
	}
	if err := error(&APIError{Status: 503, Message: "busy"}); errors.Is(err, workshop.ErrRefused) {
		t.Error("a 503 matches ErrRefused")
	}
	if !errors.Is(&ConflictError{}, workshop.ErrConflict) || !errors.Is(&ConflictError{}, workshop.ErrRefused) {
		t.Error("a ConflictError does not match ErrConflict")
	}
	if !errors.Is(&FingerprintError{Expected: "a", Got: "b"}, workshop.ErrWrongHost) {
		t.Error("a FingerprintError does not match ErrWrongHost")
	}
}

// TestEveryRefusalHasAStatus: every refusal the host's handlers can
// return has its status, and the participant's laptop reads that status
// back as the same refusal, on the endpoint that returns it.
func TestEveryRefusalHasAStatus(t *testing.T) {
	for _, tc := range []struct {
		r    route
		kind error
	}{
		{joinRoute, workshop.ErrInvalid},
		{joinRoute, workshop.ErrBadCode},
		{joinRoute, workshop.ErrTooManyTries},
		{joinRoute, workshop.ErrJoinClosed},
		{joinRoute, workshop.ErrRoomFull},
		{joinRoute, workshop.ErrLetBack},
		{joinRoute, workshop.ErrTooManyJoins},
		{joinRoute, workshop.ErrOnGuard},
		{putAnswersRoute, workshop.ErrLocked},
		{putAnswersRoute, workshop.ErrInvalid},
		{putAnswersRoute, workshop.ErrTooManyStreams},
		{getAnswersRoute, workshop.ErrNoAnswers},
		{eventsRoute, workshop.ErrTooManyStreams},
		{route{http.MethodGet, "/v1/state"}, workshop.ErrUnknownSession},
		{route{http.MethodGet, "/v1/state"}, workshop.ErrRemoved},
		{eventsRoute, workshop.ErrRemoved},
		{managerJoinRoute, workshop.ErrInvalid},
		{managerJoinRoute, workshop.ErrBadCode},
		{managerJoinRoute, workshop.ErrBadPairing},
		{managerJoinRoute, workshop.ErrTooManyTries},
		{managerJoinRoute, workshop.ErrTooManyJoins},
		{managerJoinRoute, workshop.ErrOnGuard},
		{managerJoinRoute, workshop.ErrManagersClosed},
		{offerRoute, workshop.ErrManagersClosed},
		{offerRoute, workshop.ErrInvalid},
		{route{http.MethodPut, "/v1/manager/response"}, workshop.ErrUnknownSession},
	} {
		status, reason := statusOf(tc.r, tc.kind)
		if status < 400 || status >= 500 {
			t.Errorf("%v on %v: status %d", tc.kind, tc.r, status)
		}
		if got := refusalOf(tc.r.method, tc.r.path, status, reason, "why"); got == nil || got.Kind != tc.kind {
			t.Errorf("%v on %v: answered %d %q, read back as %+v", tc.kind, tc.r, status, reason, got)
		}
	}
}
