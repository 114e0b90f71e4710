package main

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

// dropLink runs n participants through a proxy whose link drops for d
// while they answer.
func dropLink(addr, code string, a *workshop.Answers, n int, d time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), d+5*time.Minute)
	defer cancel()
	p, err := newProxy(addr)
	if err != nil {
		return err
	}
	defer p.Close()

	parts := make([]*participant, n)
	var wg sync.WaitGroup
	var joinErr atomic.Pointer[error]
	for i := range parts {
		wg.Go(func() {
			pt, err := newParticipant(ctx, p.Addr(), code, i, a)
			if err != nil {
				joinErr.CompareAndSwap(nil, &err)
				return
			}
			parts[i] = pt
		})
	}
	wg.Wait()
	if e := joinErr.Load(); e != nil {
		return fmt.Errorf("joining through the proxy: %w", *e)
	}
	// Everyone answers every second, before the drop and during it; the
	// last edit is made as the link comes back.
	editing, stopEditing := context.WithCancel(ctx)
	for _, pt := range parts {
		go pt.answer(editing)
	}
	sleepCtx(ctx, 10*time.Second)
	fmt.Printf("link down for %s\n", d)
	p.setDown(true)
	sleepCtx(ctx, d)
	stopEditing()
	p.setDown(false)
	up := time.Now()
	fmt.Println("link up again")
	// Synced again: every participant's newest version acknowledged.
	for _, pt := range parts {
		if err := pt.waitSynced(ctx); err != nil {
			return err
		}
	}
	synced := time.Since(up)
	lost, acked := 0, 0
	for _, pt := range parts {
		ok, err := pt.verify(ctx)
		if err != nil {
			return err
		}
		acked += pt.acks()
		if !ok {
			lost++
		}
		pt.close()
	}
	fmt.Printf("participants: %d behind a link down for %s; %d acknowledged pushes; everyone synced %s after the link came back; newest acknowledged answers missing on the host: %d\n",
		n, d, acked, synced.Round(100*time.Millisecond), lost)
	return nil
}

// participant is one simulated participant behind the dropping link.
type participant struct {
	client *lan.Client
	syncer *lan.Syncer
	stop   context.CancelFunc // ends following the room
	status chan struct{}      // gets a value on every status change

	mu       sync.Mutex
	versions map[int64]*workshop.Answers // by Syncer revision, from the newest acknowledged on
	acked    *workshop.Answers           // the newest version the host acknowledged
	nacks    int                         // acknowledgements
}

func newParticipant(ctx context.Context, addr, code string, i int, a *workshop.Answers) (*participant, error) {
	name := "Participant " + strconv.Itoa(i+1)
	j, err := join(ctx, addr, code, name)
	if err != nil {
		return nil, err
	}
	followCtx, stop := context.WithCancel(ctx)
	pt := &participant{client: lan.Resume(j.Session), stop: stop, status: make(chan struct{}, 1), versions: map[int64]*workshop.Answers{}}
	go pt.client.Follow(followCtx, func(workshop.RoomState) {})
	pt.syncer = lan.NewSyncer(pt.client, lan.Version{}, pt.onStatus)
	a = a.Clone()
	a.Participant.Name = name
	pt.update(a)
	return pt, nil
}

// update hands a new version to the syncer. Only one goroutine calls it.
func (pt *participant) update(a *workshop.Answers) {
	pt.mu.Lock()
	pt.versions[pt.syncer.Rev()+1] = a
	pt.mu.Unlock()
	pt.syncer.Update(a)
}

// onStatus records the version the host acknowledged.
func (pt *participant) onStatus(st lan.Status) {
	pt.mu.Lock()
	if a, ok := pt.versions[st.Acked]; ok && a != pt.acked {
		pt.acked = a
		pt.nacks++
		for rev := range pt.versions {
			if rev < st.Acked {
				delete(pt.versions, rev)
			}
		}
	}
	pt.mu.Unlock()
	select {
	case pt.status <- struct{}{}:
	default:
	}
}

// answer edits the answers every second until ctx ends.
func (pt *participant) answer(ctx context.Context) {
	pt.mu.Lock()
	a := pt.versions[pt.syncer.Rev()].Clone()
	pt.mu.Unlock()
	for k := 1; sleepCtx(ctx, time.Second); k++ {
		edit(a, k)
		pt.update(a.Clone())
	}
}

// waitSynced waits until the host has acknowledged the newest version.
func (pt *participant) waitSynced(ctx context.Context) error {
	for {
		st := pt.syncer.Status()
		switch {
		case st.Synced():
			return nil
		case st.Conflict() != nil:
			return fmt.Errorf("a participant's push conflicts with the room: %w", st.Err)
		}
		select {
		case <-pt.status:
		case <-time.After(time.Second):
		case <-ctx.Done():
			return fmt.Errorf("a participant was never synced again: %v", st.Err)
		}
	}
}

// verify reports whether the host holds exactly the newest acknowledged
// answers.
func (pt *participant) verify(ctx context.Context) (bool, error) {
	_, stored, err := pt.client.GetAnswers(ctx)
	if err != nil {
		return false, fmt.Errorf("reading back a participant's answers: %w", err)
	}
	pt.mu.Lock()
	acked := pt.acked
	pt.mu.Unlock()
	want, err := lan.NormalizeAnswers(acked)
	if err != nil {
		return false, err
	}
	got, err := lan.NormalizeAnswers(stored)
	return bytes.Equal(want, got), err
}

func (pt *participant) acks() int {
	pt.mu.Lock()
	defer pt.mu.Unlock()
	return pt.nacks
}

func (pt *participant) close() {
	pt.stop()
	pt.syncer.Close(context.Background()) // synced already: returns at once
	pt.client.Close()
}
