package lan

import (
	"context"
	"fmt"
	"net/http"
	"strings"
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

// TestGuardCodeLetsNewcomersInWhileGuessingGoesOn: the same guessing from
// fresh IPv6 addresses through the host's join handler, now with a
// newcomer every 5 seconds typing the guard code the facilitator's screen
// shows (spaced as the projector shows it): each joins at once, none is
// told to wait, and the short code's checks stay within the bound. A
// guesser trying guard codes spends only its own address's budget; a
// short code is refused with the hint to type the longer code; opening the
// room again takes the guard code away.
func TestGuardCodeLetsNewcomersInWhileGuessingGoesOn(t *testing.T) {
	h, clock := defaultLimits(t, HostOptions{JoinBurst: 1000, JoinPerMinute: 1000})
	if h.GuardCode() != "" {
		t.Fatalf("a guard code is shown before anyone guessed: %q", h.GuardCode())
	}
	const minutes, perMinute = 10, 120
	looked, joined := 0, 0
	for i := range minutes * perMinute {
		status, _, _ := joinFrom(h, fmt.Sprintf("2001:db8::%x", i+1), otherCode(h.Code()), "guesser", "")
		if status == http.StatusForbidden {
			looked++
		}
		if guard := h.GuardCode(); guard != "" && i%10 == 0 {
			if len(guard) != GuardCodeLength || !strings.HasPrefix(guard, h.Code()) {
				t.Fatalf("guard code %q for join code %s", guard, h.Code())
			}
			status, _, msg := joinFrom(h, fmt.Sprintf("2001:db8:1::%x", i), strings.ToLower(ShowCode(guard)), fmt.Sprintf("Newcomer %d", i), "")
			if status != http.StatusOK {
				t.Fatalf("newcomer %d with the guard code, on guard: %d %s", i, status, msg)
			}
			joined++
			status, _, _ = joinFrom(h, fmt.Sprintf("2001:db8:2::%x", i), otherCode(guard), "guesser", "")
			if status != http.StatusForbidden {
				t.Fatalf("a wrong guard code from a fresh address: %d, want 403", status)
			}
		}
		clock.add(time.Minute / perMinute)
	}
	if most := workshop.WrongCodeLockout + workshop.GuardGuessBurst + minutes*workshop.GuardGuessesPerMinute; looked > most {
		t.Errorf("%d short codes looked at in %d minutes, at most %d allowed", looked, minutes, most)
	}
	if joined < 100 {
		t.Errorf("only %d newcomers came on guard", joined)
	}
	guard := h.GuardCode()
	status, _, msg := joinFrom(h, "2001:db8:3::1", h.Code(), "Short code", "")
	if status != http.StatusTooManyRequests || !strings.Contains(msg, "longer code") {
		t.Errorf("the short code on guard, the room's checks spent: %d %q, want 429 naming the longer code", status, msg)
	}
	for range workshop.MaxWrongCodes {
		joinFrom(h, "2001:db8:4::1", otherCode(guard), "Typist", "")
	}
	if status, _, _ := joinFrom(h, "2001:db8:4::1", guard, "Typist", ""); status != http.StatusTooManyRequests {
		t.Errorf("the guard code after %d wrong ones from one address: %d, want 429", workshop.MaxWrongCodes, status)
	}
	if status, _, msg := joinFrom(h, "2001:db8:4::2", guard, "Neighbour", ""); status != http.StatusOK {
		t.Errorf("a neighbour of the typist with the guard code: %d %s", status, msg)
	}
	if err := h.SetJoinOpen(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	if h.GuardCode() != "" || h.JoinAlert() != "" {
		t.Errorf("after the facilitator opened the room again: guard code %q, alert %q", h.GuardCode(), h.JoinAlert())
	}
	if status, _, _ := joinFrom(h, "2001:db8:5::1", guard, "Late", ""); status != http.StatusForbidden {
		t.Errorf("the old guard code after the alert was cleared: %d, want 403", status)
	}
}
