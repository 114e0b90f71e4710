package live

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
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
