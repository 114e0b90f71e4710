package workshop

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

// TestGuardBoundsGuessesFromAnyNumberOfAddresses: the limits per address
// do not bound someone with thousands of addresses (IPv6 privacy
// addresses), so on guard the room as a whole looks at no more than
// GuardGuessBurst + GuardGuessesPerMinute a minute. An attacker firing
// 20 wrong codes a second, each from a fresh address, for ten minutes
// has at most WrongCodeLockout + GuardGuessBurst + 10 ×
// GuardGuessesPerMinute looked at (docs/protocol.md, "The bound"), and a
// newcomer with the right code from an address that gave no wrong code
// joins, after at most the wait the refusal names.
func TestGuardBoundsGuessesFromAnyNumberOfAddresses(t *testing.T) {
	g := NewJoinGate(JoinRates{})
	const minutes, perSecond = 10, 20
	looked, addr := 0, 0
	guess := func(at time.Time) {
		addr++
		_, err := g.TryCode(fmt.Sprintf("2001:db8::%x", addr), "WRONG1", "RIGHT1", at)
		if errors.Is(err, ErrBadCode) {
			looked++
		}
	}
	for tick := range minutes * 60 * perSecond {
		guess(today.Add(time.Duration(tick) * time.Second / perSecond))
	}
	if most := WrongCodeLockout + GuardGuessBurst + minutes*GuardGuessesPerMinute; looked > most {
		t.Errorf("%d wrong codes from %d addresses were looked at in %d minutes; at most %d allowed", looked, addr, minutes, most)
	}
	if looked < WrongCodeLockout+minutes*GuardGuessesPerMinute/2 {
		t.Errorf("only %d wrong codes were looked at: the room stopped looking altogether", looked)
	}
	if g.Alert() == "" {
		t.Error("the facilitator was not told")
	}

	// A newcomer with the right code arrives as the wave ends: refused
	// at most once, with a wait of at most a check's interval, and let
	// in when it tries again after it.
	at := today.Add(minutes * time.Minute)
	guess(at)
	_, err := g.TryCode("2001:db8:1::50", "RIGHT1", "RIGHT1", at)
	var re *RoomError
	if errors.As(err, &re) {
		if !errors.Is(err, ErrTooManyTries) || re.RetryAfter <= 0 || re.RetryAfter > time.Minute/GuardGuessesPerMinute {
			t.Fatalf("the newcomer was refused with %v (wait %v); want a wait of at most %v", err, re.RetryAfter, time.Minute/GuardGuessesPerMinute)
		}
		at = at.Add(re.RetryAfter)
		if _, err := g.TryCode("2001:db8:1::50", "RIGHT1", "RIGHT1", at); err != nil {
			t.Errorf("the newcomer, after the wait it was given: %v", err)
		}
	} else if err != nil {
		t.Fatal(err)
	}
	// A right code spends none of the room's checks: a room's worth of
	// newcomers joins at once after it.
	for i := range 40 {
		if _, err := g.TryCode(fmt.Sprintf("2001:db8:2::%x", i), "RIGHT1", "RIGHT1", at); err != nil {
			t.Fatalf("newcomer %d after the first: %v", i, err)
		}
	}
}
