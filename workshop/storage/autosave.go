package storage

import (
	"sync"

	"github.com/leadshift/leadshift/workshop"
)

// Autosaver saves answers in the background so typing never waits for the
// disk. Only the newest snapshot is written; Close writes what is pending.
type Autosaver struct {
	store   *Store
	onError func(error)

	mu      sync.Mutex
	closed  bool
	pending *workshop.Answers
	wake    chan struct{}
	done    chan struct{}
}

// NewAutosaver starts the background writer. onError is called from the
// writer goroutine when a save fails.
func NewAutosaver(s *Store, onError func(error)) *Autosaver {
	as := &Autosaver{store: s, onError: onError, wake: make(chan struct{}, 1), done: make(chan struct{})}
	go as.run()
	return as
}

// Save queues a copy of the answers to be written. After Close it does nothing.
func (as *Autosaver) Save(a *workshop.Answers) {
	snap := a.Clone()
	as.mu.Lock()
	defer as.mu.Unlock()
	if as.closed {
		return
	}
	as.pending = snap
	select {
	case as.wake <- struct{}{}:
	default:
	}
}

// Close writes any pending snapshot and stops the writer. It is safe to
// call more than once.
func (as *Autosaver) Close() {
	as.mu.Lock()
	if !as.closed {
		as.closed = true
		close(as.wake)
	}
	as.mu.Unlock()
	<-as.done
}

func (as *Autosaver) run() {
	defer close(as.done)
	for range as.wake {
		as.flush()
	}
	as.flush()
}

func (as *Autosaver) flush() {
	as.mu.Lock()
	a := as.pending
	as.pending = nil
	as.mu.Unlock()
	if a == nil {
		return
	}
	if err := as.store.Save(a); err != nil && as.onError != nil {
		as.onError(err)
	}
}
