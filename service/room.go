package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

// Room is a workshop being hosted on the network: the room's rules and
// roster (the embedded host), its store, where it listens and its
// announcement.
type Room struct {
	*lan.Host
	Setup *workshop.Setup
	store workshop.RoomStore
	addrs []string
	stop  context.CancelFunc
	w     *Workshops
}

// Host opens the workshop's room (resuming it if it ran before), serves it
// on the network and announces it. onChange is called, on the host's
// goroutines, whenever the room or its roster changes.
func (w *Workshops) Host(s *workshop.Setup, onChange func()) (*Room, error) {
	if s.Imported {
		return nil, errors.New("this workshop was opened from an archive: print and export it, but host a new one")
	}
	c := w.Content
	if s.ContentFile != "" {
		var err error
		if c, err = LoadContentFile(s.ContentFile); err != nil {
			return nil, err
		}
	}
	dir, err := w.Library.Dir(s.ID)
	if err != nil {
		return nil, err
	}
	ctx, stop := context.WithCancel(context.Background())
	store, err := w.OpenStore(ctx, dir)
	if err != nil {
		stop()
		return nil, err
	}
	r := &Room{Setup: s, store: store, stop: stop, w: w}
	r.Host, err = lan.NewHost(ctx, store, lan.HostOptions{Title: s.Title, Content: c, Agenda: s.Agenda, Pacing: s.Pacing,
		Now: w.Now, OnChange: onChange})
	if err == nil {
		err = r.serve(ctx)
	}
	if err != nil {
		stop()
		store.Close()
		return nil, err
	}
	s.Hosted, s.Running = true, true
	if err := w.Library.Save(s); err != nil {
		r.Close()
		return nil, err
	}
	w.mu.Lock()
	w.hosted = r
	w.mu.Unlock()
	return r, nil
}

// serve listens on the usual port, or any free one when it is taken, and
// announces the room on the network.
func (r *Room) serve(ctx context.Context) error {
	l, err := net.Listen("tcp", r.w.HostAddr)
	if err != nil {
		if l, err = net.Listen("tcp", ":0"); err != nil {
			return fmt.Errorf("no network port to host on: %w", err)
		}
	}
	r.addrs = lan.ShareAddrs(l.Addr())
	slog.Info("hosting the workshop", "title", r.Title(), "code", r.Code(), "address", r.addrs[0], "fingerprint", r.Fingerprint())
	go r.Serve(l)
	if r.w.Announce != nil {
		port := l.Addr().(*net.TCPAddr).Port
		go r.w.Announce(ctx, lan.Announcement{Title: r.Title(), Port: port, Fingerprint: r.Fingerprint()})
	}
	return nil
}

// Addrs are the addresses participants can type, the likeliest first.
func (r *Room) Addrs() []string { return r.addrs }

// Close stops hosting. The room stays in its database, ready to resume.
func (r *Room) Close() error {
	r.w.mu.Lock()
	if r.w.hosted == r {
		r.w.hosted = nil
	}
	r.w.mu.Unlock()
	r.stop()
	err := r.Host.Close()
	return errors.Join(err, r.store.Close())
}

// Stop marks the workshop as ended, so it is no longer offered for
// resuming; Close it afterwards.
func (r *Room) Stop() error {
	r.Setup.Running = false
	return r.w.Library.Save(r.Setup)
}
