package lan

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"net/netip"
	"slices"
	"sync"
	"time"
)

// maxHandshakesAtOnce is how many TLS handshakes the host computes at a
// time. A handshake is the costliest thing a new connection asks of the
// host (a key exchange and a signature); thousands at once, as in a flood
// of connections, would leave the requests of the participants already
// connected waiting behind them for the processor. Two at a time keep a
// flood to the cores of a small laptop and take over 500 handshakes a
// second on the development machine, enough for a room of 1000 joining
// at once (docs/benchmarks.md).
//
// handshakeBudget is the longest one handshake holds its turn. The host's
// part takes a few milliseconds; what takes longer is waiting for the
// client, as when a client's hello makes the host ask again for a key
// share (a HelloRetryRequest) and the client never answers. After the
// budget the turn passes on and the handshake goes on without one, so no
// connection can keep newcomers waiting for more than the budget.
//
// maxHandshakesWaiting is how many handshakes may wait for a turn at
// once. Each waiting handshake holds a connection, its goroutine and its
// client's hello (about 50 KB in all); past the limit, the newest
// handshake of the address with the most waiting is refused, so a flood
// from many addresses neither fills the host's memory nor pushes out a
// newcomer, who has one waiting at most.
const (
	maxHandshakesAtOnce  = 2
	handshakeBudget      = 100 * time.Millisecond
	maxHandshakesWaiting = 256
)

// handshakeGate lets n handshakes compute at a time, fairly between the
// computers asking. Its configFor is the host's
// tls.Config.GetConfigForClient: a handshake takes its turn once the
// client's hello has arrived (a client that sends nothing holds no turn)
// and gives it back when the host's part is sent (VerifyConnection of the
// config configFor returns), when the connection closes, or when the
// handshake has held it for budget, whichever comes first.
//
// One address holds at most one turn at a time (this computer itself,
// all of them), and the turns go round
// the addresses waiting, one handshake each: so a computer that opens
// many connections, a flood from a hundred addresses or stalled
// handshakes from one, waits behind its own, and a newcomer waits for at
// most one handshake of each other address (docs/benchmarks.md, "One bad
// actor").
type handshakeGate struct {
	base   *tls.Config   // the host's configuration
	n      int           // turns
	wait   time.Duration // the longest a handshake waits for its turn
	budget time.Duration // the longest a handshake holds its turn

	maxWaiting int // handshakes that may wait at once

	mu      sync.Mutex
	held    int                               // turns held now
	holding map[netip.Addr]int                // turns held per address
	waiting map[netip.Addr][]*handshakeWaiter // per address, first come first
	round   []netip.Addr                      // the addresses waiting, in the order served
	queued  int                               // handshakes waiting
}

// handshakeWaiter is a handshake waiting for its turn; ready is closed
// when it has one, or when it is refused to make room.
type handshakeWaiter struct {
	ready   chan struct{}
	granted bool // guarded by the gate's mu
	refused bool // guarded by the gate's mu: taken out to make room
}

// errHandshakesBusy refuses a handshake that found no turn in time, or
// was refused to make room for others.
var errHandshakesBusy = errors.New("too many connections are being set up at once")

func newHandshakeGate(n int, wait, budget time.Duration) *handshakeGate {
	return &handshakeGate{n: n, wait: wait, budget: budget, maxWaiting: maxHandshakesWaiting,
		holding: map[netip.Addr]int{}, waiting: map[netip.Addr][]*handshakeWaiter{}}
}

// configFor waits for a turn for the handshake of hello, and returns the
// configuration that gives it back.
func (g *handshakeGate) configFor(hello *tls.ClientHelloInfo) (*tls.Config, error) {
	addr := remoteIP(hello.Conn)
	if err := g.take(hello.Context(), addr); err != nil {
		return nil, err
	}
	done := sync.OnceFunc(func() { g.give(addr) })
	time.AfterFunc(g.budget, done)
	if c, ok := hello.Conn.(*limitConn); ok && !c.onClose(done) {
		done()
		return nil, net.ErrClosed
	}
	cfg := g.base.Clone()
	cfg.GetConfigForClient = nil
	cfg.VerifyConnection = func(tls.ConnectionState) error {
		done()
		return nil
	}
	return cfg, nil
}

// remoteIP is the address of the computer at the other end of c; the zero
// Addr when it has none.
func remoteIP(c net.Conn) netip.Addr {
	if c == nil {
		return netip.Addr{}
	}
	ap, err := netip.ParseAddrPort(c.RemoteAddr().String())
	if err != nil {
		return netip.Addr{}
	}
	return ap.Addr().Unmap()
}

// take waits for a turn for a handshake from addr: at once when a turn is
// free and addr holds none, else in addr's queue until the turns come
// round to it, for at most g.wait or until ctx ends.
func (g *handshakeGate) take(ctx context.Context, addr netip.Addr) error {
	g.mu.Lock()
	if g.held < g.n && !g.full(addr) && len(g.waiting[addr]) == 0 {
		g.held++
		g.holding[addr]++
		g.mu.Unlock()
		return nil
	}
	if g.queued >= g.maxWaiting && !g.makeRoom(addr) {
		g.mu.Unlock()
		return errHandshakesBusy
	}
	w := &handshakeWaiter{ready: make(chan struct{})}
	if len(g.waiting[addr]) == 0 {
		g.round = append(g.round, addr)
	}
	g.waiting[addr] = append(g.waiting[addr], w)
	g.queued++
	g.mu.Unlock()

	t := time.NewTimer(g.wait)
	defer t.Stop()
	var err error
	select {
	case <-w.ready:
		g.mu.Lock()
		granted := w.granted
		g.mu.Unlock()
		if granted {
			return nil
		}
		return errHandshakesBusy // refused to make room
	case <-ctx.Done():
		err = ctx.Err()
	case <-t.C:
		err = errHandshakesBusy
	}
	g.mu.Lock()
	granted := w.granted
	if !granted && !w.refused {
		g.leave(addr, w)
	}
	g.mu.Unlock()
	if granted { // the turn came as the wait ended: pass it on
		g.give(addr)
	}
	return err
}

// makeRoom refuses the newest waiting handshake of the address with the
// most waiting, to queue one from addr; it reports false, refusing
// nothing, when addr is that address, unless addr is the only one waiting
// (the host's own computer running a demo of a thousand participants).
func (g *handshakeGate) makeRoom(addr netip.Addr) bool {
	most, n := addr, len(g.waiting[addr])+1
	for _, a := range g.round {
		if len(g.waiting[a]) > n {
			most, n = a, len(g.waiting[a])
		}
	}
	if most == addr {
		return len(g.round) == 1 && len(g.waiting[addr]) > 0
	}
	q := g.waiting[most]
	w := q[len(q)-1]
	g.leave(most, w)
	w.refused = true
	close(w.ready)
	return true
}

// leave takes the waiter w out of addr's queue.
func (g *handshakeGate) leave(addr netip.Addr, w *handshakeWaiter) {
	g.queued--
	q := slices.DeleteFunc(g.waiting[addr], func(x *handshakeWaiter) bool { return x == w })
	if len(q) > 0 {
		g.waiting[addr] = q
		return
	}
	delete(g.waiting, addr)
	g.round = slices.DeleteFunc(g.round, func(a netip.Addr) bool { return a == addr })
}

// give gives back addr's turn and passes the free turns on.
func (g *handshakeGate) give(addr netip.Addr) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.held--
	if g.holding[addr]--; g.holding[addr] <= 0 {
		delete(g.holding, addr)
	}
	g.pass()
}

// full reports whether addr holds all the turns it may: one, or every
// turn for this computer itself (127.0.0.1 or ::1), where a demo or a load
// test runs a thousand participants from one address. Other loopback
// addresses (127.2.0.1) count as other computers, as load tests use them.
func (g *handshakeGate) full(addr netip.Addr) bool {
	most := 1
	if addr == thisComputer4 || addr == netip.IPv6Loopback() {
		most = g.n
	}
	return g.holding[addr] >= most
}

var thisComputer4 = netip.AddrFrom4([4]byte{127, 0, 0, 1})

// pass gives the free turns to the first addresses in the round that hold
// none, one handshake each; an address with more waiting goes to the back.
func (g *handshakeGate) pass() {
	for i := 0; g.held < g.n && i < len(g.round); {
		addr := g.round[i]
		if g.full(addr) {
			i++
			continue
		}
		q := g.waiting[addr]
		w := q[0]
		g.queued--
		g.round = slices.Delete(g.round, i, i+1)
		if len(q) == 1 {
			delete(g.waiting, addr)
		} else {
			g.waiting[addr] = q[1:]
			g.round = append(g.round, addr)
		}
		g.held++
		g.holding[addr]++
		w.granted = true
		close(w.ready)
	}
}

// turnsHeld is how many turns are held now.
func (g *handshakeGate) turnsHeld() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.held
}
