package lan

import (
	"context"
	"errors"
	"fmt"
	"net"
	"syscall"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// TestReachErrors: the network's own failures reach the screens as the
// domain's reach errors, with the cause kept for the log.
func TestReachErrors(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want error
	}{
		{&net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}, workshop.ErrNothingListening},
		{errors.New("connectex: No connection could be made because the target machine actively refused it."), workshop.ErrNothingListening},
		{&net.DNSError{Name: "leadshift.lan", Err: "no such host"}, workshop.ErrUnknownAddress},
		{&net.AddrError{Err: "missing port in address", Addr: "10.0.0.9"}, workshop.ErrIncompleteAddress},
		{&net.OpError{Op: "dial", Net: "tcp", Err: syscall.EHOSTUNREACH}, workshop.ErrNoRoute},
		{&net.OpError{Op: "dial", Net: "tcp", Err: syscall.ENETUNREACH}, workshop.ErrNoRoute},
		{fmt.Errorf("waiting: %w", context.DeadlineExceeded), workshop.ErrNoAnswer},
		{errors.New("tls: something odd"), workshop.ErrUnreachable},
	} {
		err := error(reachError("10.0.0.9:47320", tc.err))
		if !errors.Is(err, tc.want) || !errors.Is(err, workshop.ErrUnreachable) || !errors.Is(err, tc.err) {
			t.Errorf("%v: %v, want %v", tc.err, err, tc.want)
		}
		if errors.Is(err, workshop.ErrRefused) {
			t.Errorf("%v: an unreachable workshop is taken for a refusal", tc.err)
		}
	}
}

// TestReachingNothing: a real dial to a port where nothing listens, and a
// typed address that cannot be an address, come back as reach errors.
func TestReachingNothing(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	c := Dial(addr, "")
	defer c.Close()
	if _, err := c.Hello(ctx(t)); !errors.Is(err, workshop.ErrNothingListening) {
		t.Errorf("hello to a closed port: %v, want ErrNothingListening", err)
	}
	bad := Dial("10.0.0.9:notaport", "")
	defer bad.Close()
	if _, err := bad.Hello(ctx(t)); !errors.Is(err, workshop.ErrIncompleteAddress) {
		t.Errorf("hello to %q: %v, want ErrIncompleteAddress", "10.0.0.9:notaport", err)
	}
}
