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
	stranger := Dial(addr, "")
	defer stranger.Close()

	_, err := stranger.Join(ctx(t), otherCode(h.Code()), "Eve")
	want(t, "a wrong code", err, workshop.ErrBadCode)
	_, _, err = ana.GetAnswers(ctx(t))
	want(t, "answers before any were sent", err, workshop.ErrNoAnswers)
	_, err = Resume(Session{Addr: addr, Fingerprint: j.Session.Fingerprint, Token: "not-a-token"}).State(ctx(t))
	want(t, "an unknown token", err, workshop.ErrUnknownSession)

	a := exampleAnswers(t)
	if _, err := ana.PushAnswers(ctx(t), 1, a); err != nil {
		t.Fatal(err)
	}
	if err := h.GoTo(ctx(t), 1); err != nil {
		t.Fatal(err)
	}
	if err := h.SetLocked(ctx(t), true); err != nil {
		t.Fatal(err)
	}
	changed := a.Clone()
	for id, v := range changed.Ratings {
		changed.Ratings[id] = v%5 + 1
		break
	}
	_, err = ana.PushAnswers(ctx(t), 2, changed)
	want(t, "a change to a locked phase", err, workshop.ErrLocked)

	if err := h.SetJoinOpen(ctx(t), false); err != nil {
		t.Fatal(err)
	}
	_, err = stranger.Join(ctx(t), h.Code(), "Late")
	want(t, "joining a closed room", err, workshop.ErrJoinClosed)

	if err := h.Remove(ctx(t), j.Session.ParticipantID); err != nil {
		t.Fatal(err)
	}
	_, err = ana.State(ctx(t))
	want(t, "a removed participant", err, workshop.ErrRemoved)
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
		{http.MethodPut, "/v1/share", http.StatusBadRequest, workshop.ErrRefused},
	} {
		if got := refusalOf(tc.method, tc.path, tc.status, "why"); got == nil || got.Kind != tc.want || got.Message != "why" {
			t.Errorf("%s %s %d: %+v, want %v", tc.method, tc.path, tc.status, got, tc.want)
		}
	}
	if got := refusalOf(http.MethodPut, "/v1/answers", http.StatusInternalServerError, "oops"); got != nil {
		t.Errorf("a failure of the host is a refusal: %+v", got)
	}
	if err := error(&APIError{Status: 503, Message: "busy"}); errors.Is(err, workshop.ErrRefused) {
		t.Error("a 503 matches ErrRefused")
	}
	if !errors.Is(&StaleError{Rev: 1, HostRev: 2}, workshop.ErrStale) {
		t.Error("a StaleError does not match ErrStale")
	}
	if !errors.Is(&FingerprintError{Expected: "a", Got: "b"}, workshop.ErrWrongHost) {
		t.Error("a FingerprintError does not match ErrWrongHost")
	}
}
