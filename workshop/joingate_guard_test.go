package workshop

import (
	"errors"
	"fmt"
	"strings"
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

// TestGuardCodeLetsNewcomersInAtOnce: under the same sustained guessing
// (20 wrong codes a second, each from a fresh address, for ten minutes),
// newcomers who type the guard code shown on the projector join at once,
// every one of them, while the short code keeps its bound; wrong guard
// codes spend only their own address's budget.
func TestGuardCodeLetsNewcomersInAtOnce(t *testing.T) {
	const guard = "RIGHT1WXYZ"
	g := NewJoinGate(JoinRates{})
	g.SetGuardCode(guard)
	if got := g.GuardCode(); got != "" {
		t.Fatalf("the guard code is shown before the room is on guard: %q", got)
	}
	if _, err := g.TryCode("10.0.0.1", guard, "RIGHT1", today); !errors.Is(err, ErrBadCode) {
		t.Fatalf("the guard code before the room is on guard: %v, want ErrBadCode", err)
	}
	const minutes, perSecond = 10, 20
	looked, addr, newcomers := 0, 0, 0
	for tick := range minutes * 60 * perSecond {
		at := today.Add(time.Duration(tick) * time.Second / perSecond)
		addr++
		_, err := g.TryCode(fmt.Sprintf("2001:db8::%x", addr), "WRONG1", "RIGHT1", at)
		if errors.Is(err, ErrBadCode) {
			looked++
		}
		if g.GuardCode() == "" {
			continue
		}
		// On guard: every second a newcomer types the guard code, and a
		// guesser from a fresh address guesses one.
		if tick%perSecond == 0 {
			newcomers++
			if _, err := g.TryCode(fmt.Sprintf("2001:db8:1::%x", tick), guard, "RIGHT1", at); err != nil {
				t.Fatalf("a newcomer with the guard code at %v: %v", at.Sub(today), err)
			}
		}
		_, err = g.TryCode(fmt.Sprintf("2001:db8:2::%x", addr), "WRONG1WXYZ", "RIGHT1", at)
		refusedAs(t, "a wrong guard code from a fresh address", err, ErrBadCode)
	}
	if most := WrongCodeLockout + GuardGuessBurst + minutes*GuardGuessesPerMinute; looked > most {
		t.Errorf("%d short codes looked at in %d minutes; at most %d allowed, guard codes or not", looked, minutes, most)
	}
	if newcomers < 9*60 {
		t.Errorf("only %d newcomers came while the room was on guard", newcomers)
	}
	if g.GuardCode() != guard || !strings.Contains(g.Alert(), "longer code") {
		t.Errorf("the facilitator sees guard code %q and alert %q", g.GuardCode(), g.Alert())
	}

	// The short code is refused unlooked as before, with what to do.
	at := today.Add(minutes * time.Minute)
	_, err := g.TryCode("2001:db8:3::1", "WRONG1", "RIGHT1", at)
	refusedAs(t, "a short code once the room's checks are spent", err, ErrOnGuard)
	var re *RoomError
	if !errors.As(err, &re) || !strings.Contains(re.Message, "longer code") || re.RetryAfter <= 0 {
		t.Errorf("the refusal of a short code on guard: %+v", re)
	}

	// One address's typos spend its own budget only: the fifth wrong
	// guard code stops it, not its neighbour, nor the right code from it
	// a minute later.
	for i := range MaxWrongCodes {
		_, err := g.TryCode("10.5.0.1", "RIGHT1WXYQ", "RIGHT1", at)
		refusedAs(t, fmt.Sprintf("wrong guard code %d", i+1), err, ErrBadCode)
	}
	_, err = g.TryCode("10.5.0.1", guard, "RIGHT1", at)
	refusedAs(t, "the guard code after five wrong ones", err, ErrTooManyTries)
	if _, err := g.TryCode("10.5.0.2", guard, "RIGHT1", at); err != nil {
		t.Errorf("a neighbour with the guard code: %v", err)
	}
	if _, err := g.TryCode("10.5.0.1", guard, "RIGHT1", at.Add(CodeWindow)); err != nil {
		t.Errorf("the guard code a minute after five typos: %v", err)
	}

	// A participant whose short code was refused on guard types the
	// guard code at once.
	if _, err := g.TryCode("2001:db8:3::1", guard, "RIGHT1", at); err != nil {
		t.Errorf("the guard code right after a short code was refused: %v", err)
	}

	// The guard code stays until the facilitator clears the alert, even
	// once the guessing has stopped; then it is no longer taken.
	later := at.Add(2 * WrongCodeWindow)
	if _, err := g.TryCode("10.6.0.1", guard, "RIGHT1", later); err != nil {
		t.Errorf("the guard code after the guessing stopped: %v", err)
	}
	g.Clear()
	if g.GuardCode() != "" {
		t.Error("the guard code is still shown after the alert was cleared")
	}
	_, err = g.TryCode("10.6.0.2", guard, "RIGHT1", later)
	refusedAs(t, "the guard code after the alert was cleared", err, ErrBadCode)
}
