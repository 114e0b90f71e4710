package workshop

import (
	"crypto/subtle"
	"fmt"
	"math"
	"sync"
	"time"
)

// The rules for joining a room beyond the roster's. The join code is on
// the projector, so anyone in the room has it: the rates keep someone with
// the code from filling the room, the wrong-code limits keep someone
// without it from guessing it.
const (
	// A source address may join DefaultSourceBurst times at once, then
	// once every 10 seconds.
	DefaultSourceBurst     = 5
	DefaultSourcePerMinute = 6
	// The whole room takes DefaultJoinBurst joins at once, then
	// DefaultJoinPerMinute a minute (JoinRates can raise both).
	DefaultJoinBurst     = 50
	DefaultJoinPerMinute = 30
	// An address with MaxWrongCodes wrong codes within CodeWindow waits
	// until the oldest of them is a CodeWindow old.
	MaxWrongCodes = 5
	CodeWindow    = time.Minute
	// WrongCodeLockout wrong codes from all addresses together within
	// WrongCodeWindow put the room on guard, and tell the facilitator: an
	// address that has given a wrong code within CodeWindow is then
	// refused before its code is looked at, so each address gets at most
	// one guess a CodeWindow. The room stays open: an address that has
	// given no wrong code joins with the right one as before.
	WrongCodeLockout = 30
	WrongCodeWindow  = 10 * time.Minute
	// On guard, the room as a whole looks at no more than
	// GuardGuessesPerMinute wrong codes a minute, after a burst of
	// GuardGuessBurst, from however many addresses they come: past that,
	// a code is refused before it is looked at, with the seconds until the
	// next may be. Many addresses are easy (IPv6 privacy addresses), so
	// the limits per address alone do not bound the guessing; a right
	// code spends nothing, so people with it get in as the room allows.
	// Newcomers need not wait for those checks: on guard they join with
	// the room's guard code (SetGuardCode), limited per address only.
	GuardGuessesPerMinute = 30
	GuardGuessBurst       = 5
	// maxTracked is how many addresses the gate remembers before it
	// forgets those it no longer needs; past it, new addresses wait.
	maxTracked = 4096
)

// JoinRates are a room's join rates; a zero field takes its default.
type JoinRates struct {
	Burst, PerMinute             int // the whole room
	SourceBurst, SourcePerMinute int // each source address
}

// JoinGate applies the joining rules to attempts as they arrive: rates
// per source address and for the room, wrong codes per address, and the
// room-wide guard against guessing that the facilitator sees and clears.
// Each code is checked under one lock, so however many arrive at once, no
// more are looked at than these rules allow. It is safe for concurrent
// use; time comes from the caller.
type JoinGate struct {
	rates JoinRates

	mu        sync.Mutex
	sources   map[string]*bucket
	room      bucket
	wrongBy   map[string][]time.Time // address → recent wrong codes, oldest first
	wrong     []time.Time            // wrong codes from anywhere, oldest first
	guarded   bucket                 // the wrong codes the room may look at on guard
	lockedAt  time.Time              // when wrong codes put the room on guard; zero if they have not
	lockCount int                    // wrong codes within the window then, and since

	guardCode    string                 // the longer code taken from the guard on, until Clear; "" for none
	guardWrongBy map[string][]time.Time // address → recent wrong guard codes, oldest first
}

// NewJoinGate is a gate with the given rates.
func NewJoinGate(r JoinRates) *JoinGate {
	orDefault := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	orDefault(&r.Burst, DefaultJoinBurst)
	orDefault(&r.PerMinute, DefaultJoinPerMinute)
	orDefault(&r.SourceBurst, DefaultSourceBurst)
	orDefault(&r.SourcePerMinute, DefaultSourcePerMinute)
	return &JoinGate{rates: r, sources: map[string]*bucket{}, wrongBy: map[string][]time.Time{}, guardWrongBy: map[string][]time.Time{}}
}

// TryCode checks the code given from addr against the room's code want
// (both normalised). A refusal is a *RoomError: ErrTooManyTries while addr
// waits after too many wrong codes (with RetryAfter), ErrBadCode for a
// wrong code. alerted reports that this wrong code put the room on guard
// (WrongCodeLockout); the host then tells the facilitator. While the
// guard code is shown (GuardCode), a code of its length is checked as a
// guard code instead (tryGuardCode). With a guard code set, a short code
// refused on guard before it is looked at is ErrOnGuard.
func (g *JoinGate) TryCode(addr, given, want string, now time.Time) (alerted bool, err error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if guard := g.shownGuardCode(); guard != "" && len(given) == len(guard) {
		return false, g.tryGuardCode(addr, given, guard, now)
	}
	recent := g.recentWrong(g.wrongBy, addr, now)
	i := 0
	for i < len(g.wrong) && now.Sub(g.wrong[i]) >= WrongCodeWindow {
		i++
	}
	g.wrong = g.wrong[i:]
	allowed := MaxWrongCodes
	onGuard := len(g.wrong) >= WrongCodeLockout
	if onGuard {
		allowed = 1 // on guard: one guess a CodeWindow
	}
	if len(recent) >= allowed {
		wait := recent[len(recent)-allowed].Add(CodeWindow).Sub(now)
		if onGuard && g.guardCode != "" {
			return false, waitRefusal(ErrOnGuard, wait, onGuardWhy)
		}
		return false, waitRefusal(ErrTooManyTries, wait, "too many wrong join codes from this computer")
	}
	g.guarded.refill(now, GuardGuessBurst, GuardGuessesPerMinute)
	if wait := g.guarded.wait(GuardGuessesPerMinute); onGuard && wait > 0 {
		if g.guardCode != "" {
			return false, waitRefusal(ErrOnGuard, wait, onGuardWhy)
		}
		return false, waitRefusal(ErrTooManyTries, wait, "someone is trying many join codes, so the workshop checks only a few a minute for now")
	}
	if subtle.ConstantTimeCompare([]byte(given), []byte(want)) == 1 {
		return false, nil
	}
	if onGuard {
		g.guarded.tokens--
	}
	g.forgetOld(g.wrongBy, now)
	g.wrongBy[addr] = append(recent, now)
	g.wrong = append(g.wrong, now)
	switch {
	case !g.lockedAt.IsZero():
		g.lockCount++
	case len(g.wrong) >= WrongCodeLockout:
		g.lockedAt, g.lockCount, alerted = now, len(g.wrong), true
	}
	return alerted, Refuse(ErrBadCode, "the join code is not the code of this workshop")
}

// recentWrong drops addr's wrong codes in byAddr older than CodeWindow
// and returns the rest. The caller holds g.mu.
func (g *JoinGate) recentWrong(byAddr map[string][]time.Time, addr string, now time.Time) []time.Time {
	times := byAddr[addr]
	i := 0
	for i < len(times) && now.Sub(times[i]) >= CodeWindow {
		i++
	}
	times = times[i:]
	if len(times) == 0 {
		delete(byAddr, addr)
		return nil
	}
	byAddr[addr] = times
	return times
}

// forgetOld drops the addresses of byAddr with no wrong code within
// CodeWindow once it holds maxTracked. The caller holds g.mu.
func (g *JoinGate) forgetOld(byAddr map[string][]time.Time, now time.Time) {
	if len(byAddr) >= maxTracked {
		for a := range byAddr {
			g.recentWrong(byAddr, a, now)
		}
	}
}

// Admit spends a join from addr, or refuses it with a *RoomError of kind
// ErrTooManyJoins saying how long to wait (RetryAfter).
func (g *JoinGate) Admit(addr string, now time.Time) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	r := g.rates
	if len(g.sources) >= maxTracked {
		for a, b := range g.sources {
			if b.full(now, r.SourceBurst, r.SourcePerMinute) {
				delete(g.sources, a)
			}
		}
	}
	src := g.sources[addr]
	if src == nil {
		if len(g.sources) >= maxTracked {
			return waitRefusal(ErrTooManyJoins, time.Minute, "too many people are joining right now")
		}
		src = &bucket{}
		g.sources[addr] = src
	}
	src.refill(now, r.SourceBurst, r.SourcePerMinute)
	g.room.refill(now, r.Burst, r.PerMinute)
	if wait := src.wait(r.SourcePerMinute); wait > 0 {
		return waitRefusal(ErrTooManyJoins, wait, "too many joins from this computer")
	}
	if wait := g.room.wait(r.PerMinute); wait > 0 {
		return waitRefusal(ErrTooManyJoins, wait, "too many people are joining right now")
	}
	src.tokens--
	g.room.tokens--
	return nil
}

// Alert tells the facilitator that wrong codes put the room on guard, or
// is "".
func (g *JoinGate) Alert() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.lockedAt.IsZero() {
		return ""
	}
	if g.guardCode != "" {
		return fmt.Sprintf("Someone may be guessing the join code: %d wrong codes since %s. New people now join with the longer code shown here and on the projector; people already in the room are not affected. Close the room to new participants once everyone is in.",
			g.lockCount, g.lockedAt.Local().Format("15:04"))
	}
	return fmt.Sprintf("Someone may be guessing the join code: %d wrong codes since %s. The room stays open to people with the code; a computer that gave a wrong code now waits a minute before its next try, and the room checks at most %d codes a minute, so a newcomer may wait a few seconds. Close the room to new participants once everyone is in.",
		g.lockCount, g.lockedAt.Local().Format("15:04"), GuardGuessesPerMinute)
}

// Clear takes the room off guard and forgets its wrong codes: the
// facilitator has seen the alert. The guard code is no longer taken
// until the room is on guard again (the host then sets a new one). Each
// address's own waits stay.
func (g *JoinGate) Clear() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.lockedAt, g.lockCount, g.wrong, g.guarded = time.Time{}, 0, nil, bucket{}
}

// waitRefusal is a refusal of kind that says when to try again.
func waitRefusal(kind error, wait time.Duration, why string) *RoomError {
	secs := max(1, int(math.Ceil(wait.Seconds())))
	e := Refuse(kind, "%s: try again in %d seconds", why, secs)
	e.RetryAfter = time.Duration(secs) * time.Second
	return e
}

// bucket is a token bucket: burst tokens, refilled at perMinute a minute.
type bucket struct {
	tokens float64
	last   time.Time
}

// refill adds the tokens earned since the last refill.
func (b *bucket) refill(now time.Time, burst, perMinute int) {
	if b.last.IsZero() {
		b.tokens = float64(burst)
	} else {
		b.tokens = min(float64(burst), b.tokens+now.Sub(b.last).Seconds()*float64(perMinute)/60)
	}
	b.last = now
}

// wait is 0 when a token is available, else how long until one is.
func (b *bucket) wait(perMinute int) time.Duration {
	if b.tokens >= 1 {
		return 0
	}
	return time.Duration((1 - b.tokens) / (float64(perMinute) / 60) * float64(time.Second))
}

// full reports whether the bucket would be back to its burst by now, so it
// can be forgotten.
func (b *bucket) full(now time.Time, burst, perMinute int) bool {
	return b.tokens+now.Sub(b.last).Seconds()*float64(perMinute)/60 >= float64(burst)
}
