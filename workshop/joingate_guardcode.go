package workshop

import (
	"crypto/subtle"
	"time"
)

// The guard code: once wrong codes put the room on guard, the short join
// code is checked only a few times a minute for the whole room, so a
// newcomer's right code would compete with the guesses. The host then
// shows a longer code (the join code and GuardCodeExtra more characters:
// about 50 bits) that newcomers type instead. Guessing it is hopeless
// (about one chance in 8·10^14 a guess), so it is checked without the
// room-wide limit, against a budget per address of its own: MaxWrongCodes
// wrong guard codes within CodeWindow, as typos need, apart from the
// address's wrong short codes. It is taken from the moment the room goes
// on guard until the facilitator clears the alert (Clear), even once the
// guessing has stopped: the projector shows it all that time.

// onGuardWhy is the refusal of a short code on guard while the guard code
// is shown: the sentence tells the person what to do.
const onGuardWhy = "the room is on guard: type the longer code shown on the projector"

// SetGuardCode sets the longer code (normalised) the gate takes, and
// GuardCode shows, from the moment the room goes on guard until Clear.
// The host sets a new one when it starts and after each Clear.
func (g *JoinGate) SetGuardCode(code string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.guardCode = code
}

// GuardCode is the guard code while the room is on guard or its alert is
// still up (Alert), "" otherwise: what the facilitator's screens show.
func (g *JoinGate) GuardCode() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.shownGuardCode()
}

// shownGuardCode is GuardCode; the caller holds g.mu.
func (g *JoinGate) shownGuardCode() string {
	if g.lockedAt.IsZero() {
		return ""
	}
	return g.guardCode
}

// tryGuardCode checks a code given from addr against the guard code:
// refused unlooked (ErrTooManyTries) while addr has MaxWrongCodes wrong
// guard codes within CodeWindow, else compared in constant time. A wrong
// one spends only addr's budget (and is counted for the facilitator),
// none of the room's checks of short codes. The caller holds g.mu.
func (g *JoinGate) tryGuardCode(addr, given, guard string, now time.Time) error {
	recent := g.recentWrong(g.guardWrongBy, addr, now)
	if len(recent) >= MaxWrongCodes {
		wait := recent[len(recent)-MaxWrongCodes].Add(CodeWindow).Sub(now)
		return waitRefusal(ErrTooManyTries, wait, "too many wrong codes from this computer")
	}
	if subtle.ConstantTimeCompare([]byte(given), []byte(guard)) == 1 {
		return nil
	}
	g.forgetOld(g.guardWrongBy, now)
	g.guardWrongBy[addr] = append(recent, now)
	g.lockCount++
	return Refuse(ErrBadCode, "the code is not the longer code shown on the projector: check it and try again")
}
