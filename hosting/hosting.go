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
	r := &Room{Host: h, store: store, addrs: lan.ShareAddrs(l.Addr()), stop: stop, served: make(chan error, 1)}
	slog.Info("hosting the workshop", "title", h.Title(), "code", h.Code(), "address", r.addrs[0], "fingerprint", h.Fingerprint())
	go func() { r.served <- h.Serve(l) }()
	if opt.Announce != nil {
		a := lan.Announcement{Title: h.Title(), Port: l.Addr().(*net.TCPAddr).Port, Fingerprint: h.Fingerprint()}
		go func() {
			if err := opt.Announce(ctx, a); err != nil && ctx.Err() == nil {
				slog.Warn("announcing the workshop on the network failed; participants can still type the address", "err", err)
			}
		}()
	}
	return r, nil
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
