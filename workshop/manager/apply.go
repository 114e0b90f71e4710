package manager

import (
	"errors"
	"fmt"

	"github.com/leadshift/leadshift/workshop"
)

// MismatchError means a response belongs to other answers, another
// request or another content pack than the ones it is applied to. Nothing
// is applied.
type MismatchError struct {
	What      string // "answers", "request" or "content pack"
	Want, Got string // the IDs
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("this response answers a request for other %s (%s), not these (%s), so it was not applied",
		e.What, short(e.Got), short(e.Want))
}

// ErrConfirmReplace means a response would replace a different one
// already applied: the participant must confirm it first (apply again
// with confirm set). Apply wraps it in a *ReplaceError.
var ErrConfirmReplace = errors.New("confirm before replacing the manager's response")

// ErrNotNewer means a response is older than the one already applied, or
// as old, and so does not replace it.
var ErrNotNewer = errors.New("not newer than the manager's response already applied")

// ReplaceError is a response that would replace another: it tells the
// participant what they are asked to confirm, or why it was refused.
type ReplaceError struct {
	Held, Incoming *Response
	Err            error // ErrConfirmReplace or ErrNotNewer
}

func (e *ReplaceError) Error() string {
	if errors.Is(e.Err, ErrNotNewer) {
		return fmt.Sprintf("this response (saved %s) is not newer than the one already applied (saved %s), so it was not applied",
			stamp(e.Incoming), stamp(e.Held))
	}
	return fmt.Sprintf("a response from %s saved %s is already applied; applying this one (saved %s) replaces it",
		name(e.Held), stamp(e.Held), stamp(e.Incoming))
}

func (e *ReplaceError) Unwrap() error { return e.Err }

// Bind checks that response r belongs to the answers a: it names their
// ID and their content pack.
func Bind(r *Response, a *workshop.Answers) error {
	if r.AnswersID != a.ID {
		return &MismatchError{What: "answers", Want: a.ID, Got: r.AnswersID}
	}
	if r.ContentID != "" && a.ContentID != "" && r.ContentID != a.ContentID {
		return &MismatchError{What: "content pack", Want: a.ContentID, Got: r.ContentID}
	}
	return nil
}

// MatchRequest checks that response r answers request q.
func MatchRequest(r *Response, q *Request) error {
	if r.RequestID != q.ID {
		return &MismatchError{What: "request", Want: q.ID, Got: r.RequestID}
	}
	if r.AnswersID != q.AnswersID {
		return &MismatchError{What: "answers", Want: q.AnswersID, Got: r.AnswersID}
	}
	return nil
}

// Apply returns the response the participant keeps with answers a, given
// the one held (nil when none) and an incoming one. The incoming one must
// be bound to a (see Bind). Applying the response already held is
// idempotent: held comes back unchanged. A different response replaces
// the one held only when it is newer and confirm is set; otherwise the
// error is a *ReplaceError wrapping ErrConfirmReplace (ask, then apply
// again with confirm) or ErrNotNewer (refused).
func Apply(a *workshop.Answers, held, incoming *Response, confirm bool) (*Response, error) {
	if err := Bind(incoming, a); err != nil {
		return held, err
	}
	switch {
	case held == nil:
		return incoming, nil
	case held.ID == incoming.ID && held.Updated.Equal(incoming.Updated):
		return held, nil
	case !incoming.Updated.After(held.Updated):
		return held, &ReplaceError{Held: held, Incoming: incoming, Err: ErrNotNewer}
	case !confirm:
		return held, &ReplaceError{Held: held, Incoming: incoming, Err: ErrConfirmReplace}
	}
	return incoming, nil
}

// short is the first part of an ID, enough to tell two apart.
func short(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	if id == "" {
		return "none"
	}
	return id
}

func stamp(r *Response) string { return r.Updated.Format("2 January 2006 15:04 MST") }

func name(r *Response) string {
	if r.Manager == "" {
		return "your manager"
	}
	return r.Manager
}
