package lan

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// pushTimeout bounds one attempt to push answers.
const pushTimeout = 30 * time.Second

// Status is where a participant's answers are: on this laptop only, or
// stored by the host too.
type Status struct {
	Rev   int64   // versions handed to Update since the Syncer started
	Acked int64   // the newest of them the host has confirmed as stored; 0 for none yet
	Base  Version // the host's version the laptop is in step with: save it with the answers
	// BaseAnswers is the content of Base, the common ancestor a later
	// conflict is merged from: save it too. Nil when not known. Shared:
	// do not change it.
	BaseAnswers *workshop.Answers
	Err         error // why the last push failed, nil after a success; a *ConflictError when the room holds other answers
}

// Synced reports whether the host has stored the newest local answers.
func (s Status) Synced() bool { return s.Acked >= s.Rev }

// Conflict is the conflict waiting for the participant's choice, or nil.
func (s Status) Conflict() *ConflictError {
	var c *ConflictError
	if errors.As(s.Err, &c) {
		return c
	}
	return nil
}

// pusher is what a Syncer pushes through: a *Client.
type pusher interface {
	PushAnswers(ctx context.Context, base Version, a *workshop.Answers) (Version, error)
}

// Syncer is one participant's offline-first outbox. The app saves the
// answers on the laptop and hands each new version to Update, which never
// blocks; a goroutine pushes the newest version to the host, retrying
// with backoff while the host is unreachable. Versions that pile up
// meanwhile are skipped: only the newest is sent.
//
// Every push names the host's version the answers were edited from (the
// base). The Syncer starts from the base the app saved with its answers
// (the zero Version for a new participant) and moves it on with every
// confirmation; save Status().Base with the answers. When the room holds
// other answers than the base (written from another laptop with the same
// session), nothing is overwritten: the Syncer stops with a
// *ConflictError holding both versions, and the app asks the participant
// which to keep and calls Resolve. The Syncer also keeps the content of
// the base (Status().BaseAnswers), handed to a conflict as its Base so
// the app can merge the two sides answer by answer. Close stops the
// Syncer's goroutine.
type Syncer struct {
	p        pusher
	onStatus func(Status)
	kick     chan struct{}
	stop     context.CancelFunc
	done     chan struct{}

	mu       sync.Mutex
	rev      int64
	answers  *workshop.Answers // newest version, nil until Update
	acked    int64
	base     Version
	baseA    *workshop.Answers // the content of base, nil when not known
	unsure   map[string]bool   // hashes pushed since the last confirmation whose outcome is unknown
	err      error
	conflict bool // stopped on a conflict until Resolve
}

// NewSyncer starts an outbox pushing through c, with answers edited from
// the host's version base. onStatus, if not nil, is called from the
// Syncer's goroutine, one call at a time, whenever the status changes; it
// must not block.
func NewSyncer(c *Client, base Version, onStatus func(Status)) *Syncer {
	return NewSyncerFrom(c, base, nil, onStatus)
}

// NewSyncerFrom is NewSyncer with the content of base too (saved from an
// earlier Status().BaseAnswers; nil when not known), so that a conflict
// can be merged from it.
func NewSyncerFrom(c *Client, base Version, baseAnswers *workshop.Answers, onStatus func(Status)) *Syncer {
	s := newSyncer(c, base, baseAnswers, onStatus)
	ctx, stop := context.WithCancel(context.Background())
	s.stop, s.done = stop, make(chan struct{})
	go s.run(ctx)
	return s
}

// newSyncer makes a Syncer without its goroutine.
func newSyncer(p pusher, base Version, baseAnswers *workshop.Answers, onStatus func(Status)) *Syncer {
	done := make(chan struct{})
	close(done)
	if baseAnswers != nil {
		baseAnswers = baseAnswers.Clone()
	}
	return &Syncer{p: p, onStatus: onStatus, kick: make(chan struct{}, 1), stop: func() {}, done: done,
		base: base, baseA: baseAnswers, unsure: map[string]bool{}}
}

// Update queues a copy of a as the newest version. It never blocks. After
// Close nothing pushes it.
func (s *Syncer) Update(a *workshop.Answers) {
	cp := a.Clone()
	s.mu.Lock()
	s.rev++
	s.answers = cp
	s.mu.Unlock()
	s.wake()
}

func (s *Syncer) wake() {
	select {
	case s.kick <- struct{}{}:
	default: // a push is already due; it will take the newest version
	}
}

// Resolve ends the conflict c with the answers a: they become the newest
// version, edited from the room's version c.At (whose content, c.Room,
// becomes the base). Pass the answers merged from both sides
// (workshop.Merge) with the participant's choices; to keep this laptop's
// answers as they are pass them; to take the room's pass c.Room, which the
// host then confirms as already stored.
func (s *Syncer) Resolve(a *workshop.Answers, c *ConflictError) {
	cp := a.Clone()
	var room *workshop.Answers
	if c.Room != nil {
		room = c.Room.Clone()
	}
	s.mu.Lock()
	s.rev++
	s.answers, s.base, s.baseA, s.conflict, s.err = cp, c.At, room, false, nil
	clear(s.unsure)
	s.mu.Unlock()
	s.report()
	s.wake()
}

// Rev is the number of versions handed to Update.
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
		ok, err := s.step(ctx)
		if !ok {
			return s.Status().Err
		}
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
			ok, err := s.step(ctx)
			if !ok {
				break
			}
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

// step pushes the newest version once, if the host has not stored it; ok
// is false when there was nothing to push.
func (s *Syncer) step(ctx context.Context) (ok bool, err error) {
	s.mu.Lock()
	if s.answers == nil || s.conflict || s.acked >= s.rev {
		s.mu.Unlock()
		return false, nil
	}
	rev, a, base, baseA := s.rev, s.answers, s.base, s.baseA
	s.mu.Unlock()
	return true, s.push(ctx, rev, base, baseA, a)
}

// push sends one version, edited from base (whose content is baseA), and
// records the outcome.
func (s *Syncer) push(ctx context.Context, rev int64, base Version, baseA, a *workshop.Answers) error {
	ctx, cancel := context.WithTimeout(ctx, pushTimeout)
	defer cancel()
	stored, err := s.p.PushAnswers(ctx, base, a)
	var conflict *ConflictError
	s.mu.Lock()
	switch {
	case errors.As(err, &conflict) && s.unsure[conflict.At.Hash]:
		// The room holds a version this laptop pushed whose confirmation
		// was lost: these answers were edited from it, so go on from it.
		s.base, s.baseA = conflict.At, conflict.Room
		clear(s.unsure)
		err = nil
	case errors.As(err, &conflict):
		if baseA != nil {
			conflict.Base = baseA.Clone()
		}
		s.conflict = true
	case err != nil && !permanent(err):
		if h, herr := AnswersHash(a); herr == nil && len(s.unsure) < 64 {
			s.unsure[h] = true
		}
	case err == nil:
		// a is the syncer's own copy, never changed: it is what the host
		// stored at this version.
		s.acked, s.base, s.baseA = max(s.acked, rev), stored, a
		clear(s.unsure)
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
	return Status{Rev: s.rev, Acked: s.acked, Base: s.base, BaseAnswers: s.baseA, Err: s.err}
}
