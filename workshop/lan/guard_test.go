package lan

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// TestGuessesFromFreshIPv6AddressesAreBounded: one computer on an IPv6
// network can send every guess from a new privacy address, so the limits
// per address never apply. Wrong codes from 1,200 fresh addresses over
// ten minutes are looked at no more than the room-wide bound of
// docs/protocol.md allows; a newcomer with the right code from an
// address of its own then joins, after at most the one wait the room
// names.
func TestGuessesFromFreshIPv6AddressesAreBounded(t *testing.T) {
	h, clock := defaultLimits(t, HostOptions{})
	const minutes, perMinute = 10, 120
	looked := 0
	for i := range minutes * perMinute {
		status, _, _ := joinFrom(h, fmt.Sprintf("2001:db8::%x", i+1), otherCode(h.Code()), "guesser", "")
		if status == http.StatusForbidden {
			looked++
		}
		clock.add(time.Minute / perMinute)
	}
	if most := workshop.WrongCodeLockout + workshop.GuardGuessBurst + minutes*workshop.GuardGuessesPerMinute; looked > most {
		t.Errorf("%d wrong codes from %d IPv6 addresses were looked at in %d minutes, at most %d allowed", looked, minutes*perMinute, minutes, most)
	}
	if h.JoinAlert() == "" {
		t.Error("the facilitator was not told")
	}
	status, _, msg := joinFrom(h, "2001:db8:1::50", h.Code(), "Newcomer", "")
	if status == http.StatusTooManyRequests {
		clock.add(time.Minute / workshop.GuardGuessesPerMinute)
		status, _, msg = joinFrom(h, "2001:db8:1::50", h.Code(), "Newcomer", "")
	}
	if status != http.StatusOK {
		t.Errorf("the newcomer with the right code, on guard: %d %s", status, msg)
	}
	t.Logf("%d of %d wrong codes looked at in %d minutes", looked, minutes*perMinute, minutes)
}
