package main

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

// runHonest joins the room at addr directly and, for d, pushes an edit of
// its answers over its session every 250 ms and says hello over a fresh
// connection every 250 ms, and joins as a newcomer on a fresh connection
// every second, each in a goroutine of its own; it then prints the
// latencies.
func runHonest(addr, code string, a *workshop.Answers, d time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	j, err := join(ctx, addr, code, "Honest participant")
	if err != nil {
		return fmt.Errorf("the honest participant cannot join: %w", err)
	}
	c := lan.Resume(j.Session)
	defer c.Close()
	a = a.Clone()
	base, err := c.PushAnswers(ctx, lan.Version{}, a)
	if err != nil {
		return fmt.Errorf("the honest participant's first push: %w", err)
	}
	go c.Follow(ctx, func(workshop.RoomState) {})
	h := &honest{}
	var wg sync.WaitGroup
	wg.Go(func() {
		for k := 1; sleepCtx(ctx, 250*time.Millisecond); k++ {
			edit(a, k)
			start := time.Now()
			v, err := c.PushAnswers(ctx, base, a)
			h.record(ctx, &h.pushes, time.Since(start), err)
			if err == nil {
				base = v
			}
		}
	})
	wg.Go(func() {
		for sleepCtx(ctx, 250*time.Millisecond) {
			fresh := lan.Dial(addr, j.Session.Fingerprint)
			start := time.Now()
			_, err := fresh.Hello(ctx)
			h.record(ctx, &h.hellos, time.Since(start), err)
			fresh.Close()
		}
	})
	wg.Go(func() {
		for k := 1; sleepCtx(ctx, time.Second); k++ {
			start := time.Now()
			_, err := join(ctx, addr, code, fmt.Sprintf("Newcomer %d", k))
			h.record(ctx, &h.joins, time.Since(start), err)
		}
	})
	wg.Wait()
	h.mu.Lock()
	defer h.mu.Unlock()
	fmt.Printf("honest participant: push %s; hello on a fresh connection %s; newcomer's join %s; %d failed\n",
		spread(h.pushes), spread(h.hellos), spread(h.joins), h.failed)
	return nil
}

// record keeps one latency, or counts a failure; nothing once ctx ended.
func (h *honest) record(ctx context.Context, into *[]time.Duration, took time.Duration, err error) {
	if ctx.Err() != nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if err != nil {
		h.failed++
		return
	}
	*into = append(*into, took)
}

// spread is the count, p50, p99, max and the number over 100 ms.
func spread(ds []time.Duration) string {
	if len(ds) == 0 {
		return "none"
	}
	s := slices.Sorted(slices.Values(ds))
	over := 0
	for _, d := range s {
		if d > 100*time.Millisecond {
			over++
		}
	}
	pct := func(p int) time.Duration { return s[min(len(s)-1, len(s)*p/100)].Round(100 * time.Microsecond) }
	return fmt.Sprintf("%d, p50 %s p99 %s max %s, %d over 100 ms", len(s), pct(50), pct(99), s[len(s)-1].Round(100*time.Microsecond), over)
}
