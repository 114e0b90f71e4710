package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

// simResult is what a simulated workshop produced.
type simResult struct {
	mu       sync.Mutex
	joined   int
	acked    int // answer pushes the host acknowledged
	lost     int // participants whose last answers the host does not hold
	ackLat   []time.Duration
	phaseLat []time.Duration
	stored   []*workshop.Answers // as the host stored them
	content  *workshop.Content
	errs     []error
}

func (r *simResult) add(f func(r *simResult)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	f(r)
}

func (r *simResult) summary(n int) string {
	s := fmt.Sprintf("joined %d/%d, answers acknowledged %d, answers lost %d, latency p50 %s p99 %s",
		r.joined, n, r.acked, r.lost, percentile(r.ackLat, 50), percentile(r.ackLat, 99))
	if len(r.phaseLat) > 0 {
		s += fmt.Sprintf(" (phase changes reached screens p50 %s p99 %s)", percentile(r.phaseLat, 50), percentile(r.phaseLat, 99))
	}
	return s
}

func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(ds))
	return s[min(len(s)-1, len(s)*p/100)].Round(100 * time.Microsecond)
}

// phaseClock paces a local demo room: it opens the next phase once every
// active participant has finished the current one, and remembers when.
type phaseClock struct {
	mu       sync.Mutex
	opened   map[int]time.Time
	finished map[int]int
	active   int
	changed  chan struct{}
}

func newPhaseClock() *phaseClock {
	return &phaseClock{opened: map[int]time.Time{0: time.Now()}, finished: map[int]int{}, changed: make(chan struct{}, 1)}
}

func (p *phaseClock) update(f func()) {
	p.mu.Lock()
	f()
	p.mu.Unlock()
	select {
	case p.changed <- struct{}{}:
	default:
	}
}

// run advances the host through the agenda as participants finish phases.
func (p *phaseClock) run(ctx context.Context, h *lan.Host, phases int) {
	for k := 0; k < phases-1; k++ {
		for {
			p.mu.Lock()
			done := p.finished[k] >= p.active
			p.mu.Unlock()
			if done {
				break
			}
			select {
			case <-p.changed:
			case <-ctx.Done():
				return
			}
		}
		p.update(func() { p.opened[k+1] = time.Now() })
		if err := h.Next(ctx); err != nil {
			return
		}
	}
}

func (p *phaseClock) openedAt(k int) (time.Time, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	t, ok := p.opened[k]
	return t, ok
}

// simulate runs n participants through the whole journey against the room.
func simulate(ctx context.Context, room *demoRoom, n int) *simResult {
	res := &simResult{}
	var wg sync.WaitGroup
	if room.phases != nil {
		room.phases.update(func() { room.phases.active = n })
		go room.phases.run(ctx, room.host, len(room.host.State().Agenda))
	}
	for i := range n {
		wg.Go(func() {
			if err := participate(ctx, room, i, res); err != nil {
				res.add(func(r *simResult) { r.errs = append(r.errs, fmt.Errorf("%s: %w", simName(i), err)) })
				if room.phases != nil {
					room.phases.update(func() { room.phases.active-- })
				}
			}
		})
	}
	wg.Wait()
	return res
}

// joinPatiently joins the room as name, and whenever the host answers
// that it takes joins more slowly, waits the time it names (telling
// room.slowed) and tries again, until ctx ends.
func joinPatiently(ctx context.Context, cl *lan.Client, room *demoRoom, name string) (*lan.Joined, error) {
	for {
		joined, err := cl.Join(ctx, room.code, name)
		var refused *workshop.RoomError
		if !errors.Is(err, workshop.ErrTooManyJoins) || !errors.As(err, &refused) || refused.RetryAfter <= 0 {
			return joined, err
		}
		if room.slowed != nil {
			room.slowed(refused.RetryAfter)
		}
		wait := refused.RetryAfter + rand.N(time.Second) // not all at the same instant
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return nil, err
		}
	}
}

// participant is one simulated person's connection to the room.
type participant struct {
	room    *demoRoom
	res     *simResult
	session lan.Session
	client  *lan.Client
	syncer  *lan.Syncer
	acks    chan struct{}
	stop    context.CancelFunc      // ends Follow
	states  chan workshop.RoomState // the room's states as they change
}

func participate(ctx context.Context, room *demoRoom, i int, res *simResult) error {
	rng := rand.New(rand.NewPCG(uint64(i), 42))
	p := &participant{room: room, res: res, acks: make(chan struct{}, 1), states: make(chan workshop.RoomState, 16)}
	cl := lan.Dial(room.addr, room.fingerprint)
	joined, err := joinPatiently(ctx, cl, room, simName(i))
	cl.Close() // as the app does: the session goes on over a client of its own
	if err != nil {
		return fmt.Errorf("joining: %w", err)
	}
	c, err := workshop.DecodeContent(bytes.NewReader(joined.Content))
	if err != nil {
		return fmt.Errorf("the room's content pack: %w", err)
	}
	res.add(func(r *simResult) { r.joined++; r.content = c })
	p.session = joined.Session
	p.connect(ctx, lan.Version{})
	defer func() { p.disconnect(ctx) }()

	now := time.Now()
	a := workshop.NewAnswers(c.ID, now)
	a.Share = true // simulated participants let the facilitator print their plans
	a.Participant.Name = simName(i)
	state := joined.State
	for k, ph := range joined.State.Agenda {
		// A paced room is followed: each phase is answered once it opens.
		for !state.Reachable(ph.Steps[0]) {
			select {
			case state = <-p.states:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		for _, st := range ph.Steps {
			fillStep(c, a, st, rng, now)
		}
		if i%5 == 4 && k == 2 {
			// Wi-Fi drops: the next phase is answered offline, then the
			// participant rejoins with the saved session, without the code.
			base := p.disconnect(ctx)
			for _, st := range joined.State.Agenda[k+1].Steps {
				fillStep(c, a, st, rng, now)
			}
			p.connect(ctx, base)
		}
		if err := p.push(ctx, a); err != nil {
			return err
		}
		if room.phases != nil {
			room.phases.update(func() { room.phases.finished[k]++ })
		}
	}
	if err := p.verify(ctx, a); err != nil {
		return err
	}
	select {
	case <-time.After(room.hold):
	case <-ctx.Done():
	}
	return nil
}

// connect starts following the room and a syncer going on from the room's
// version base.
func (p *participant) connect(ctx context.Context, base lan.Version) {
	p.client = lan.Resume(p.session)
	followCtx, stop := context.WithCancel(ctx)
	p.stop = stop
	seen := -1
	go p.client.Follow(followCtx, func(st workshop.RoomState) {
		if p.room.phases != nil && st.Phase != seen {
			if t, ok := p.room.phases.openedAt(st.Phase); ok && st.Phase > 0 {
				p.res.add(func(r *simResult) { r.phaseLat = append(r.phaseLat, time.Since(t)) })
			}
		}
		seen = st.Phase
		select {
		case p.states <- st:
		case <-followCtx.Done():
		}
	})
	p.syncer = lan.NewSyncer(p.client, base, func(lan.Status) {
		select {
		case p.acks <- struct{}{}:
		default:
		}
	})
}

// disconnect drops the connection and returns the room's version the
// answers are in step with.
func (p *participant) disconnect(ctx context.Context) lan.Version {
	p.stop()
	p.syncer.Close(ctx)
	p.client.Close()
	return p.syncer.Status().Base
}

// push hands the answers to the syncer and waits for the host's ack.
func (p *participant) push(ctx context.Context, a *workshop.Answers) error {
	start := time.Now()
	p.syncer.Update(a)
	want := p.syncer.Rev()
	for {
		st := p.syncer.Status()
		if st.Acked >= want {
			p.res.add(func(r *simResult) { r.acked++; r.ackLat = append(r.ackLat, time.Since(start)) })
			return nil
		}
		select {
		case <-p.acks:
		case <-time.After(time.Second):
		case <-ctx.Done():
			return fmt.Errorf("revision %d was never acknowledged: %v", want, st.Err)
		}
	}
}

// verify checks that the host holds exactly the participant's last answers,
// then shares the plan with the facilitator.
func (p *participant) verify(ctx context.Context, a *workshop.Answers) error {
	// A host that is briefly unreachable (restarting) has lost nothing:
	// read back again until it answers or the run ends.
	var stored *workshop.Answers
	var err error
	for delay := 100 * time.Millisecond; ; delay = min(2*delay, 2*time.Second) {
		_, stored, err = p.client.GetAnswers(ctx)
		var apiErr *lan.APIError
		if err == nil || errors.As(err, &apiErr) || ctx.Err() != nil {
			break
		}
		select {
		case <-ctx.Done():
		case <-time.After(delay):
		}
	}
	if err != nil {
		p.res.add(func(r *simResult) { r.lost++ })
		return fmt.Errorf("reading back the answers: %w", err)
	}
	var want, got bytes.Buffer
	workshop.EncodeAnswers(&want, a)
	workshop.EncodeAnswers(&got, stored)
	if !bytes.Equal(want.Bytes(), got.Bytes()) {
		p.res.add(func(r *simResult) { r.lost++ })
		return fmt.Errorf("the host holds other answers than the participant's last ones")
	}
	p.res.add(func(r *simResult) { r.stored = append(r.stored, stored) })
	return nil
}
