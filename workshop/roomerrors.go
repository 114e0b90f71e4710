package workshop

import (
	"errors"
	"fmt"
	"time"
)

// What a room may refuse, as the participant's app sees it. The LAN
// transport maps them to HTTP statuses on the host and back to these same
// values on the participant's laptop, so screens switch on them with
// errors.Is and never on a status code.
var (
	// ErrRefused is any refusal of the room; every other Err below is one.
	ErrRefused = errors.New("the workshop refused the request")
	// ErrInvalid: the request itself is not valid (an empty name, answers
	// that do not fit the workshop's content, a malformed message).
	ErrInvalid = errors.New("the request is not valid")
	// ErrBadCode: the join code is not the code of this workshop.
	ErrBadCode = errors.New("the join code is not the code of this workshop")
	// ErrTooManyTries: too many wrong join codes from this computer.
	ErrTooManyTries = errors.New("too many wrong join codes")
	// ErrOnGuard: someone is guessing the join code, so the room checks
	// the short code only a few times a minute; newcomers join with the
	// longer guard code shown on the projector.
	ErrOnGuard = errors.New("the room is on guard: the longer code is needed")
	// ErrJoinClosed: the facilitator has closed the room to new participants.
	ErrJoinClosed = errors.New("the workshop is closed to new participants")
	// ErrRoomFull: the room has as many participants as it takes.
	ErrRoomFull = errors.New("the workshop is full")
	// ErrUnknownSession: the room does not know this laptop's session.
	ErrUnknownSession = errors.New("the workshop does not know this session")
	// ErrRemoved: the facilitator removed the participant from the room.
	ErrRemoved = errors.New("removed from the workshop")
	// ErrLocked: the facilitator has locked the phase these answers change.
	ErrLocked = errors.New("the phase is locked")
	// ErrNoAnswers: the room holds no answers from this participant yet.
	ErrNoAnswers = errors.New("the workshop has no answers from this participant")
	// ErrConflict: the room holds other answers from this participant than
	// the ones this laptop's answers were edited from; nothing was stored
	// and the participant chooses which to keep.
	ErrConflict = errors.New("the workshop holds other answers from this participant")
	// ErrLetBack: the facilitator removed this name or computer and has
	// not let it back yet, so joining again is refused.
	ErrLetBack = errors.New("removed from the workshop and not let back")
	// ErrTooManyJoins: the room (or this computer) is taking joins faster
	// than it lets in; try again after a while. A computer locked out for
	// wrong codes gets ErrTooManyTries instead.
	ErrTooManyJoins = errors.New("too many joins at once")
	// ErrTooManyStreams: this participant already holds as many live
	// connections to the room as it allows (event streams, or an answer
	// push still in progress); try again after a while.
	ErrTooManyStreams = errors.New("too many connections open to the workshop")
	// ErrWrongHost: the host is not the one of the workshop joined (another
	// certificate than the one pinned).
	ErrWrongHost = errors.New("not the host of the workshop joined")
	// ErrNoCertificate: a saved session holds no certificate to check the
	// host against, so nothing is trusted; the participant joins again.
	// It is also an ErrWrongHost.
	ErrNoCertificate = errors.New("the saved workshop has no certificate to check the host against")
	// ErrManagersClosed: the facilitator has not let managers into the room.
	ErrManagersClosed = errors.New("the workshop is not open to managers")
	// ErrBadPairing: the pairing code is not one a participant of this
	// workshop is showing.
	ErrBadPairing = errors.New("the pairing code is not one shown in this workshop")
	// ErrNotCompared: the join code and name were not sent because the
	// participant has not compared the host's check phrase yet.
	ErrNotCompared = errors.New("the workshop's check phrase has not been compared with the projector yet")
)

// Why the workshop's address did not answer, as the participant's app sees
// it. The LAN transport wraps every network failure in one of these and in
// ErrUnreachable, so screens word them without knowing the network's own
// errors.
var (
	// ErrUnreachable is any failure to reach the workshop; every other
	// Err below is one.
	ErrUnreachable = errors.New("the workshop could not be reached")
	// ErrNothingListening: the computer at the address answered, but no
	// workshop listens on that port.
	ErrNothingListening = errors.New("nothing answered at the workshop's address")
	// ErrUnknownAddress: the address is a name this network does not know.
	ErrUnknownAddress = errors.New("the workshop's address is not known on this network")
	// ErrIncompleteAddress: the address cannot be an address (no port, a
	// port out of range, stray characters).
	ErrIncompleteAddress = errors.New("the workshop's address is not complete")
	// ErrNoRoute: this computer has no way to the address, typically
	// another network than the facilitator's.
	ErrNoRoute = errors.New("this computer has no route to the workshop's address")
	// ErrNoAnswer: nothing came back in time.
	ErrNoAnswer = errors.New("the workshop did not answer in time")
)

// RoomError is a refusal of the room with the host's sentence for the
// person. Kind is one of the Err values above; errors.Is matches Kind and
// ErrRefused.
type RoomError struct {
	Kind    error
	Message string
	// RetryAfter, when not zero, is how long to wait before trying again.
	RetryAfter time.Duration
}

// Error is the host's sentence, fit to show.
func (e *RoomError) Error() string { return e.Message }

// Unwrap lets errors.Is match the kind of refusal, and ErrRefused.
func (e *RoomError) Unwrap() []error { return []error{e.Kind, ErrRefused} }

// Refuse is a refusal of kind (one of the Err values above) with a
// sentence for the person.
func Refuse(kind error, format string, args ...any) *RoomError {
	return &RoomError{Kind: kind, Message: fmt.Sprintf(format, args...)}
}
