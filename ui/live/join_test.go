package live

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// The join screen words the room's typed refusals; it never sees a status.
func TestJoinProblemWordsTypedErrors(t *testing.T) {
	refusal := func(kind error, msg string) error {
		return fmt.Errorf("joining: %w", &workshop.RoomError{Kind: kind, Message: msg})
	}
	for _, tc := range []struct {
		err  error
		want string
	}{
		{refusal(workshop.ErrBadCode, "the join code is not the code of this workshop"), "That code is not right"},
		{refusal(workshop.ErrTooManyTries, "too many"), "Too many wrong codes"},
		{refusal(workshop.ErrJoinClosed, "closed"), "closed the room to new participants"},
		{refusal(workshop.ErrRoomFull, "this workshop is full: it has 200 participants"), "The workshop is full. Ask the facilitator."},
		{refusal(workshop.ErrLetBack, "you were removed from this workshop: ask the facilitator to let you back"), "Ask them to let you back"},
		{refusal(workshop.ErrTooManyJoins, "too many people are joining at once: try again in 3 seconds"), "The workshop is busy: too many people are joining at once: try again in 3 seconds."},
		{refusal(workshop.ErrRefused, "something new"), "refused to let you in: something new"},
		{fmt.Errorf("join: %w", workshop.ErrNotCompared), "Compare the check phrase with the projector first."},
		{fmt.Errorf("pinned: %w", workshop.ErrWrongHost), "This is not the workshop you picked"},
		{fmt.Errorf("joining: %w", workshop.ErrNothingListening), "Nothing answered at that address. Check it on the projector."},
		{fmt.Errorf("joining: %w", workshop.ErrUnknownAddress), "not known on this network"},
		{fmt.Errorf("joining: %w", workshop.ErrIncompleteAddress), "not complete"},
		{fmt.Errorf("joining: %w", workshop.ErrNoRoute), "same Wi-Fi as the facilitator"},
		{fmt.Errorf("joining: %w", workshop.ErrNoAnswer), "did not answer in time"},
		{errors.New("tls: something odd"), "could not be reached. Check the address on the projector"},
	} {
		got := joinProblem(tc.err)
		if !strings.Contains(got, tc.want) {
			t.Errorf("%v: %q, want it to say %q", tc.err, got, tc.want)
		}
		for _, jargon := range []string{"dial", "tcp", "tls", "no such host", "connect:"} {
			if strings.Contains(got, jargon) {
				t.Errorf("%v: %q speaks the network's words (%q)", tc.err, got, jargon)
			}
		}
	}
}

// reachRecorder records the addresses the join screen tries to reach,
// and reaches none.
type reachRecorder struct {
	silentJoiner
	reached chan string
}

func (r reachRecorder) Reach(_ context.Context, addr, _ string) (*service.Reached, error) {
	r.reached <- addr
	return nil, fmt.Errorf("joining: %w", workshop.ErrNoAnswer)
}

// The join screen takes the longer guard code the projector shows while
// the room is on guard, typed as shown (with its space) or in lower case,
// as it takes the join code; a code of neither length is refused on the
// field's line before anything goes out; and a short code the room did
// not look at on guard tells the participant to type the longer one.
func TestJoinScreenTakesTheGuardCode(t *testing.T) {
	q := uitest.NewQueue(t)
	test.NewTempApp(t)
	sh := &clockShell{now: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	joiner := reachRecorder{reached: make(chan string, 4)}
	js := NewJoinScreen(sh, joiner)
	defer js.Close()
	test.Type(js.Addr, "192.0.2.7:47320")
	test.Type(js.Name, "Ana")
	for _, tc := range []struct {
		code  string
		taken bool
	}{
		{"K7WQ3M 4XPT", true},
		{"k7wq3m-4xpt", true},
		{"K7WQ3M", true},
		{"K7WQ3M4", false},
		{"K7WQ3M 4XPTZ", false},
	} {
		js.Code.SetText("")
		test.Type(js.Code, tc.code)
		test.Tap(js.Join)
		q.Settle(t, &sh.tasks)
		select {
		case <-joiner.reached:
			if !tc.taken {
				t.Errorf("%q: the screen went out with a code of the wrong length", tc.code)
			}
			if strings.Contains(js.Problem.Text, "letters and digits") {
				t.Errorf("%q: taken, yet the screen says %q", tc.code, js.Problem.Text)
			}
		default:
			if tc.taken {
				t.Errorf("%q: not taken: %q", tc.code, js.Problem.Text)
			} else if !strings.Contains(js.Problem.Text, "6 letters and digits, or 10 while the room is on guard") {
				t.Errorf("%q: refused with %q", tc.code, js.Problem.Text)
			}
		}
	}
	onGuard := &workshop.RoomError{Kind: workshop.ErrOnGuard, Message: "the room is on guard: try again in 2 seconds", RetryAfter: 2 * time.Second}
	if got := joinProblem(fmt.Errorf("joining: %w", onGuard)); got != "The room is on guard: type the longer code shown on the projector." {
		t.Errorf("a short code refused on guard: %q", got)
	}
}
