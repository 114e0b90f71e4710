package service

import (
	"context"
	"errors"
	"slices"
	"sync"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/hosting"
	"github.com/leadshift/leadshift/workshop/lan"
)

// Room is a workshop being hosted from the library: the hosted room (its
// rules, roster and listener) and its setup.
type Room struct {
	*hosting.Room
	Setup *workshop.Setup
	w     *Workshops
	// exports counts exports reading the store; Close waits for them.
	exports sync.WaitGroup
}

// The failures a hosted room reports through Problem.
var (
	ErrServeStopped = hosting.ErrServeStopped
	ErrNotAnnounced = hosting.ErrNotAnnounced
)

// Host opens the workshop's room (resuming it if it ran before), serves it
// on the network and announces it. onChange is called, on the host's
// goroutines, whenever the room or its roster changes. The room works on
// its own copy of the setup (Room.Setup), never on the one a form may be
// editing.
func (w *Workshops) Host(form *workshop.Setup, onChange func()) (*Room, error) {
	cp := *form
	cp.Agenda = slices.Clone(form.Agenda)
	s := &cp
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
	ctx := context.Background()
	store, err := w.OpenStore(ctx, dir)
	if err != nil {
		return nil, err
	}
	hosted, err := hosting.Start(ctx, store, hosting.Options{
		HostOptions: lan.HostOptions{Title: s.Title, Content: c, Agenda: workshop.Live(s.Agenda, c), Pacing: s.Pacing, Now: w.Now, OnChange: onChange},
		Addr:        w.HostAddr, AnyPort: true, Announce: w.Announce})
	if err != nil {
		return nil, err
	}
	r := &Room{Room: hosted, Setup: s, w: w}
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

// Close stops hosting. The room stays in its database, ready to resume.
func (r *Room) Close() error {
	r.w.mu.Lock()
	if r.w.hosted == r {
		r.w.hosted = nil
	}
	r.w.mu.Unlock()
	r.exports.Wait() // an export in flight still reads the store
	return r.Room.Close()
}

// Stop marks the workshop as ended, so it is no longer offered for
// resuming; Close it afterwards.
func (r *Room) Stop() error {
	r.Setup.Running = false
	return r.w.Library.Save(r.Setup)
}
