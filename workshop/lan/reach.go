package lan

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"

	"github.com/leadshift/leadshift/workshop"
)

// ReachError is a failure to reach the workshop at Addr. Kind is one of
// workshop's reach errors (ErrNothingListening, ErrUnknownAddress, ...);
// errors.Is matches Kind, workshop.ErrUnreachable and the network's own
// error, Err.
type ReachError struct {
	Addr string
	Kind error
	Err  error
}

func (e *ReachError) Error() string {
	return fmt.Sprintf("cannot reach the workshop at %s: %v", e.Addr, e.Err)
}

// Unwrap lets errors.Is match the kind, ErrUnreachable and the cause.
func (e *ReachError) Unwrap() []error { return []error{e.Kind, workshop.ErrUnreachable, e.Err} }

// reachError names why addr did not answer with err, in the domain's terms.
func reachError(addr string, err error) *ReachError {
	return &ReachError{Addr: addr, Kind: reachKind(err), Err: err}
}

// reachKind sorts a network failure into one of workshop's reach errors.
// Some systems say it only in words, so the text is read as well.
func reachKind(err error) error {
	var dns *net.DNSError
	var addr *net.AddrError
	var nerr net.Error
	text := strings.ToLower(err.Error())
	switch {
	case errors.Is(err, syscall.ECONNREFUSED) || strings.Contains(text, "connection refused") || strings.Contains(text, "actively refused"):
		return workshop.ErrNothingListening
	case errors.As(err, &dns):
		return workshop.ErrUnknownAddress
	case errors.As(err, &addr) || strings.Contains(text, "missing port") || strings.Contains(text, "invalid port"):
		return workshop.ErrIncompleteAddress
	case errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH) || strings.Contains(text, "unreachable") || strings.Contains(text, "no route"):
		return workshop.ErrNoRoute
	case errors.Is(err, context.DeadlineExceeded) || errors.As(err, &nerr) && nerr.Timeout():
		return workshop.ErrNoAnswer
	}
	return workshop.ErrUnreachable
}
