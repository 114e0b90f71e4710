// Package hosting starts a hosted workshop the one way every caller uses:
// the facilitator's console (through package service), `leadshift host`
// and `leadshift demo`. It opens the room in its store (resuming it with
// the same code and certificate if it ran before), listens (on any free
// port when the usual one is taken, if asked), serves the room, announces
// it on the network, and shuts all of it down in order.
package hosting

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

// Options say how to host a room.
type Options struct {
	lan.HostOptions
	Addr    string // TCP address to listen on, e.g. ":47320"
	AnyPort bool   // when Addr cannot be listened on, take any free port
	// Announce tells the network about the room until the room closes,
	// e.g. lan.Announce; nil for no announcement.
	Announce func(ctx context.Context, a lan.Announcement) error
}

// ListenError means the room could not listen on its address.
type ListenError struct{ Err error }

func (e *ListenError) Error() string { return fmt.Sprintf("no network port to host on: %v", e.Err) }
func (e *ListenError) Unwrap() error { return e.Err }

// What can go wrong with a room once it is hosted: Problem returns one of
// them (wrapping the cause) for the console to word.
var (
	// ErrServeStopped: the room stopped answering on the network.
	ErrServeStopped = errors.New("serving the workshop stopped")
	// ErrNotAnnounced: the network does not let the room announce itself,
	// so participants type its address.
	ErrNotAnnounced = errors.New("the workshop cannot be announced on this network")
)

// Room is a workshop being hosted: the room's rules and roster (the
// embedded host), its store and where it listens.
type Room struct {
	*lan.Host
	store  workshop.RoomStore
	addrs  []string
	stop   context.CancelFunc
	served chan error // Serve's result

	closeOnce sync.Once
	closeErr  error

	onChange  func() // the host's change callback, told of a problem
	problemMu sync.Mutex
	problem   error // a failure after Start, for the facilitator
}

// Start hosts the room kept in store. From then on the room owns store:
// Close closes it, also when Start fails.
func Start(ctx context.Context, store workshop.RoomStore, opt Options) (*Room, error) {
	ctx, stop := context.WithCancel(ctx)
	h, err := lan.NewHost(ctx, store, opt.HostOptions)
	if err != nil {
		stop()
		store.Close()
		return nil, err
	}
	l, err := net.Listen("tcp", opt.Addr)
	if err != nil && opt.AnyPort {
		l, err = net.Listen("tcp", ":0")
	}
	if err != nil {
		stop()
		h.Close()
		store.Close()
		return nil, &ListenError{Err: err}
	}
	r := &Room{Host: h, store: store, addrs: lan.ShareAddrs(l.Addr()), stop: stop, served: make(chan error, 1), onChange: opt.OnChange}
	slog.Info("hosting the workshop", "title", h.Title(), "code", h.Code(), "address", r.addrs[0], "fingerprint", h.Fingerprint())
	go func() {
		err := h.Serve(l)
		if err != nil && ctx.Err() == nil {
			slog.Error("serving the workshop stopped", "err", err)
			r.report(fmt.Errorf("%w: %w", ErrServeStopped, err))
		}
		r.served <- err
	}()
	if opt.Announce != nil {
		a := lan.Announcement{Title: h.Title(), Port: l.Addr().(*net.TCPAddr).Port, Fingerprint: h.Fingerprint()}
		go func() {
			if err := opt.Announce(ctx, a); err != nil && ctx.Err() == nil {
				slog.Warn("announcing the workshop on the network failed; participants can still type the address", "err", err)
				r.report(fmt.Errorf("%w: %w", ErrNotAnnounced, err))
			}
		}()
	}
	return r, nil
}

// report keeps a failure for the facilitator and tells the host's change
// callback, so the console redraws.
func (r *Room) report(err error) {
	r.problemMu.Lock()
	r.problem = err
	r.problemMu.Unlock()
	if r.onChange != nil {
		r.onChange()
	}
}

// Problem is the last failure since the room started (ErrServeStopped or
// ErrNotAnnounced, wrapping the cause), or nil.
func (r *Room) Problem() error {
	r.problemMu.Lock()
	defer r.problemMu.Unlock()
	return r.problem
}

// Addrs are the addresses participants can type, the likeliest first.
func (r *Room) Addrs() []string { return r.addrs }

// Store is where the room is kept.
func (r *Room) Store() workshop.RoomStore { return r.store }

// Wait blocks until the room stops serving, and returns why (nil after
// Close).
func (r *Room) Wait() error {
	err := <-r.served
	r.served <- err // for the next Wait
	return err
}

// Close stops announcing and serving, then closes the store. The room stays
// in its store, ready to resume. Calling it again does nothing more.
func (r *Room) Close() error {
	r.closeOnce.Do(func() {
		r.stop()
		err := r.Host.Close()
		r.closeErr = errors.Join(err, r.Wait(), r.store.Close())
	})
	return r.closeErr
}
