package lan

import (
	"context"
	"net/netip"
	"sync"
	"testing"
	"time"
)

// TestHandshakeTurnsGoRoundTheAddresses: one address with many
// handshakes waiting (a flood, or stalled handshakes re-dialled) holds at
// most one turn, and a newcomer from another address gets the next turn
// but one, not the turn after the whole queue.
func TestHandshakeTurnsGoRoundTheAddresses(t *testing.T) {
	flooder, newcomer := netip.MustParseAddr("192.0.2.7"), netip.MustParseAddr("192.0.2.50")
	g := newHandshakeGate(1, time.Minute, time.Minute)
	if err := g.take(context.Background(), flooder); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var order []netip.Addr
	var wg sync.WaitGroup
	wait := func(addr netip.Addr) {
		wg.Go(func() {
			if err := g.take(context.Background(), addr); err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			order = append(order, addr)
			mu.Unlock()
		})
	}
	queued := func(addr netip.Addr, n int) func() bool {
		return func() bool {
			g.mu.Lock()
			defer g.mu.Unlock()
			return len(g.waiting[addr]) == n
		}
	}
	for i := range 8 {
		wait(flooder)
		eventually(t, "the flooder's handshake queued", queued(flooder, i+1))
	}
	wait(newcomer)
	eventually(t, "the newcomer's handshake queued", queued(newcomer, 1))
	for range 9 {
		holder := flooder
		mu.Lock()
		if len(order) > 0 {
			holder = order[len(order)-1]
		}
		n := len(order)
		mu.Unlock()
		g.give(holder)
		eventually(t, "the next turn taken", func() bool {
			mu.Lock()
			defer mu.Unlock()
			return len(order) == n+1
		})
	}
	wg.Wait()
	if order[0] != flooder || order[1] != newcomer {
		t.Errorf("turns went to %v; want the flooder's next handshake, then the newcomer's", order)
	}
}

// TestOneAddressHoldsOneTurn: with two turns, a second handshake from an
// address already holding one waits, and another address takes the free
// turn at once.
func TestOneAddressHoldsOneTurn(t *testing.T) {
	a, b := netip.MustParseAddr("2001:db8::1"), netip.MustParseAddr("2001:db8::2")
	g := newHandshakeGate(2, time.Minute, time.Minute)
	if err := g.take(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := g.take(ctx, a); err == nil {
		t.Fatal("a second handshake from the same address took a turn while the first held one")
	}
	if err := g.take(context.Background(), b); err != nil {
		t.Fatalf("another address waited for the free turn: %v", err)
	}
	if held := g.turnsHeld(); held != 2 {
		t.Errorf("%d turns held, want 2", held)
	}
	g.mu.Lock()
	left := len(g.waiting) + len(g.round)
	g.mu.Unlock()
	if left != 0 {
		t.Errorf("the handshake that gave up is still queued (%d entries)", left)
	}
}

// TestHandshakeQueueMakesRoomForNewcomers: when as many handshakes wait
// as may, one more from the address with the most waiting is refused at
// once, and a newcomer's is queued in place of that address's newest.
func TestHandshakeQueueMakesRoomForNewcomers(t *testing.T) {
	flooder, other, newcomer := netip.MustParseAddr("192.0.2.7"), netip.MustParseAddr("192.0.2.8"), netip.MustParseAddr("192.0.2.50")
	g := newHandshakeGate(1, time.Minute, time.Minute)
	g.maxWaiting = 4
	if err := g.take(context.Background(), other); err != nil {
		t.Fatal(err)
	}
	results := make(chan error, 8)
	queue := func(addr netip.Addr, want int) {
		go func() { results <- g.take(t.Context(), addr) }() // the ones left give up as the test ends
		eventually(t, "the handshake queued", func() bool {
			g.mu.Lock()
			defer g.mu.Unlock()
			return len(g.waiting[addr]) == want
		})
	}
	queue(flooder, 1)
	queue(flooder, 2)
	queue(flooder, 3)
	queue(other, 1)
	if err := g.take(context.Background(), flooder); err == nil {
		t.Fatal("a fifth handshake of the address with the most waiting was queued past the limit")
	}
	queue(newcomer, 1)
	if err := <-results; err == nil {
		t.Fatal("no handshake was refused to make room for the newcomer's")
	}
	g.mu.Lock()
	flooding, queued := len(g.waiting[flooder]), g.queued
	g.mu.Unlock()
	if flooding != 2 || queued != 4 {
		t.Errorf("the flooder has %d waiting and %d wait in all; want 2 and 4", flooding, queued)
	}
}

// TestThisComputerTakesEveryTurn: a demo or a load test runs its
// participants from this computer's own address, which may hold every
// turn, so a room of a thousand joins from it as fast as before.
func TestThisComputerTakesEveryTurn(t *testing.T) {
	for _, addr := range []netip.Addr{netip.MustParseAddr("127.0.0.1"), netip.IPv6Loopback()} {
		g := newHandshakeGate(2, time.Minute, time.Minute)
		for range 2 {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			if err := g.take(ctx, addr); err != nil {
				t.Fatalf("%s: %v", addr, err)
			}
			cancel()
		}
		if held := g.turnsHeld(); held != 2 {
			t.Errorf("%s holds %d turns, want 2", addr, held)
		}
	}
}
