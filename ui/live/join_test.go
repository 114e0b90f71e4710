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
		{refusal(workshop.ErrRoomFull, "this workshop is full: it has 200 participants"), "refused to let you in: this workshop is full"},
		{fmt.Errorf("pinned: %w", workshop.ErrWrongHost), "This is not the workshop you picked"},
		{errors.New("connection refused"), "could not be reached: connection refused"},
	} {
		if got := joinProblem(tc.err); !strings.Contains(got, tc.want) {
			t.Errorf("%v: %q, want it to say %q", tc.err, got, tc.want)
		}
	}
}
