package lan

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// pushTimeout bounds one attempt to push answers.
const pushTimeout = 30 * time.Second

// Status is where a participant's answers are: on this laptop only, or
// stored by the host too.
type Status struct {
	Rev   int64 // newest local revision
	Acked int64 // newest revision the host has confirmed as stored; 0 for none yet
	Err   error // why the last push failed; nil after a success
}

// Synced reports whether the host has stored the newest local answers.
func (s Status) Synced() bool { return s.Acked >= s.Rev }

// StaleError means the host holds newer answers from this participant than
// the laptop does, for example written from another laptop with the same
// session. The Syncer stops rather than overwrite them.
type StaleError struct {
	Rev     int64 // the revision pushed
	HostRev int64 // the revision the host holds
}

// Error tells the participant what happened and what to do.
func (e *StaleError) Error() string {
	return fmt.Sprintf("the room holds newer answers from you (revision %d) than this laptop (revision %d): load them before going on", e.HostRev, e.Rev)
}

// Syncer is one participant's offline-first outbox. The app saves the
// answers on the laptop and hands each new version to Update, which never
// blocks; a goroutine pushes the newest version to the host, retrying
// with backoff while the host is unreachable. Versions that pile up
// meanwhile are skipped: only the newest is sent.
//
// Each version gets the next revision number. Revisions must keep growing
// across restarts, so the app saves Rev next to its answers and passes it
// to NewSyncer on the next start; it then calls Update with the saved
// answers, so anything the host had not confirmed is sent again. When
// the host holds a higher revision (answers from another laptop), the
// Syncer stops with a *StaleError: load those answers with
// Client.GetAnswers and start a new Syncer from the host's revision.
// Close stops the Syncer's goroutine.
type Syncer struct {
	c        *Client
	onStatus func(Status)
	kick     chan struct{}
	stop     context.CancelFunc
	done     chan struct{}

	mu      sync.Mutex
	rev     int64
	answers *workshop.Answers // newest version, nil until Update
	acked   int64
	err     error
	stale   bool
}

// NewSyncer starts an outbox pushing through c, numbering versions after
// rev (0 for a new participant). onStatus, if not nil, is called from the
// Syncer's goroutine, one call at a time, whenever the status changes; it
// must not block.
func NewSyncer(c *Client, rev int64, onStatus func(Status)) *Syncer {
	ctx, stop := context.WithCancel(context.Background())
	s := &Syncer{c: c, onStatus: onStatus, kick: make(chan struct{}, 1), stop: stop, done: make(chan struct{}), rev: rev}
	go s.run(ctx)
	return s
}

// Update queues a copy of a as the newest version, with the next
// revision. It never blocks. After Close it still numbers the version,
// but nothing pushes it.
func (s *Syncer) Update(a *workshop.Answers) {
	cp := a.Clone()
	s.mu.Lock()
	s.rev++
	s.answers = cp
	s.mu.Unlock()
	select {
	case s.kick <- struct{}{}:
	default: // a push is already due; it will take the newest version
	}
}

// Rev is the revision of the newest version: save it with the answers.
func (s *Syncer) Rev() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rev
}

// Status is the current status.
func (s *Syncer) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status()
}

// Close stops the background pushes, then keeps trying to push the newest
// version until it is stored or ctx ends. It returns nil when the host has
// the newest version, else the last error.
func (s *Syncer) Close(ctx context.Context) error {
	s.stop()
	<-s.done
	delay := minBackoff
	for {
		rev, a, ok := s.pending()
		if !ok {
			return s.Status().Err
		}
		err := s.push(ctx, rev, a)
		if err == nil {
			continue
		}
		if permanent(err) {
			return err
		}
		if sleep(ctx, jitter(delay)) != nil {
			return err
		}
		delay = min(2*delay, maxBackoff)
	}
}

// run pushes whenever there is a version the host has not stored.
func (s *Syncer) run(ctx context.Context) {
	defer close(s.done)
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.kick:
		}
		s.report()
		delay := minBackoff
		for {
			rev, a, ok := s.pending()
			if !ok {
				break
			}
			err := s.push(ctx, rev, a)
			if err == nil {
				delay = minBackoff
				continue // a newer version may have come in meanwhile
			}
			if permanent(err) {
				break // this version cannot be stored; wait for the next one
			}
			if sleep(ctx, jitter(delay)) != nil {
				return
			}
			delay = min(2*delay, maxBackoff)
		}
	}
}

// pending returns the newest version if the host has not stored it.
func (s *Syncer) pending() (int64, *workshop.Answers, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.answers == nil || s.stale || s.acked >= s.rev {
		return 0, nil, false
	}
	return s.rev, s.answers, true
}

// push sends one version and records the outcome.
func (s *Syncer) push(ctx context.Context, rev int64, a *workshop.Answers) error {
	ctx, cancel := context.WithTimeout(ctx, pushTimeout)
	defer cancel()
	stored, err := s.c.PushAnswers(ctx, rev, a)
	s.mu.Lock()
	switch {
	case err != nil:
	case stored > rev:
		s.stale, err = true, &StaleError{Rev: rev, HostRev: stored}
	default:
		s.acked = max(s.acked, stored)
	}
	s.err = err
	s.mu.Unlock()
	s.report()
	return err
}

// report tells onStatus the current status.
func (s *Syncer) report() {
	if s.onStatus != nil {
		s.onStatus(s.Status())
	}
}

// status is the current status. The caller holds s.mu.
func (s *Syncer) status() Status {
	return Status{Rev: s.rev, Acked: s.acked, Err: s.err}
}
