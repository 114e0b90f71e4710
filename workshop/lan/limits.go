package lan

import (
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"
)

// Limits of the transport. The rules for joining (rates, wrong codes,
// the roster's cap) are the domain's: workshop.JoinGate and
// workshop.Roster.
const (
	// maxStreamsPerMember is how many event streams one member may hold
	// open: a laptop needs one, a reconnecting laptop briefly two.
	maxStreamsPerMember = 3
	// maxConnections caps the host's open TCP connections; a newcomer
	// past it takes the place of an idle one that is not a member's
	// (idleconns.go), or waits.
	maxConnections = 3000
	// maxConnsPerAddr caps the connections one computer may hold open at
	// once; more are closed as they arrive. A participant's laptop needs
	// two or three (its event stream, a request, a retry). Loopback is
	// not capped: it is this computer, running a demo or a load test.
	maxConnsPerAddr = 32
	// joinReplayWindow is how long a join's answer is kept for a retry of
	// the same request.
	joinReplayWindow = 10 * time.Minute
	maxJoinReplays   = 4096
)

// joinReplays keeps the answers to recent joins by request ID, so a join
// retried after its answer was lost gets the same member, not a second.
type joinReplays struct {
	mu   sync.Mutex
	byID map[string]joinReplay
}

// joinReplay is the answer to a join, kept for a retry of the request.
type joinReplay struct {
	at   time.Time
	resp joinResponse
}

// get is the answer already given to the join request id, if any.
func (j *joinReplays) get(id string, now time.Time) (joinResponse, bool) {
	if id == "" {
		return joinResponse{}, false
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	r, ok := j.byID[id]
	if !ok || now.Sub(r.at) > joinReplayWindow {
		return joinResponse{}, false
	}
	return r.resp, true
}

// put keeps the answer to join request id for a retry.
func (j *joinReplays) put(id string, resp joinResponse, now time.Time) {
	if id == "" {
		return
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.byID == nil {
		j.byID = map[string]joinReplay{}
	}
	if len(j.byID) >= maxJoinReplays {
		for k, r := range j.byID {
			if now.Sub(r.at) > joinReplayWindow {
				delete(j.byID, k)
			}
		}
		if len(j.byID) >= maxJoinReplays {
			return // a retry of this join then joins afresh
		}
	}
	j.byID[id] = joinReplay{at: now, resp: resp}
}

// limitListener accepts at most n connections at a time. When all n are
// open, a newcomer takes the place of the longest idle connection that is
// not a member's (idleconns.go); when there is none, it waits in the
// kernel's queue until one closes. One address (but loopback) may hold at
// most perAddr of them; its next are closed as they arrive. It remembers
// the most connections it has had open at once since the last takePeak.
type limitListener struct {
	net.Listener
	sem          chan struct{}
	perAddr      int
	exempt       func(netip.Addr) bool // addresses not capped: loopback
	unjoinedIdle time.Duration         // how long a connection not yet a member's may stay idle
	peak         atomic.Int64

	mu     sync.Mutex
	byAddr map[netip.Addr]int      // open connections per remote address, but loopback
	conns  map[*limitConn]struct{} // every open connection
}

func newLimitListener(l net.Listener, n, perAddr int) *limitListener {
	return &limitListener{Listener: l, sem: make(chan struct{}, n), perAddr: perAddr,
		exempt: netip.Addr.IsLoopback, unjoinedIdle: unjoinedIdle,
		byAddr: map[netip.Addr]int{}, conns: map[*limitConn]struct{}{}}
}

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		addr, counted := l.take(c.RemoteAddr())
		if !counted {
			c.Close() // one computer holding too many: not one more
			continue
		}
		l.place()
		open := int64(l.open())
		for {
			peak := l.peak.Load()
			if open <= peak || l.peak.CompareAndSwap(peak, open) {
				break
			}
		}
		lc := &limitConn{Conn: c, idle: true, since: time.Now()}
		lc.release = func() { l.give(addr, lc); <-l.sem }
		l.mu.Lock()
		l.conns[lc] = struct{}{}
		l.mu.Unlock()
		return lc, nil
	}
}

// place takes a place for a new connection: a free one, else the one of
// the longest idle connection that is not a member's, else the next one
// to close, waiting for it.
func (l *limitListener) place() {
	select {
	case l.sem <- struct{}{}:
		return
	default:
	}
	l.evictIdle()
	l.sem <- struct{}{}
}

// take counts a connection from remote against its address, or reports
// false when the address holds perAddr already. Loopback and addresses
// that are not IP are not counted (the zero Addr comes back).
func (l *limitListener) take(remote net.Addr) (netip.Addr, bool) {
	ap, err := netip.ParseAddrPort(remote.String())
	addr := ap.Addr().Unmap()
	if err != nil || l.exempt(addr) || l.perAddr <= 0 {
		return netip.Addr{}, true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.byAddr[addr] >= l.perAddr {
		return netip.Addr{}, false
	}
	l.byAddr[addr]++
	return addr, true
}

// give forgets the closed connection c, from addr as take counted it.
func (l *limitListener) give(addr netip.Addr, c *limitConn) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.conns, c)
	if !addr.IsValid() {
		return
	}
	if l.byAddr[addr]--; l.byAddr[addr] <= 0 {
		delete(l.byAddr, addr)
	}
}

// open is the number of connections open now.
func (l *limitListener) open() int { return len(l.sem) }

// takePeak returns the most connections open at once since the last call,
// and starts counting again from those open now.
func (l *limitListener) takePeak() int {
	return int(l.peak.Swap(int64(l.open())))
}

// limitConn is a connection limitListener accepted: closing it frees its
// place.
type limitConn struct {
	net.Conn
	release func()

	// Guarded by the listener's mu (idleconns.go).
	idle   bool      // between requests, or before the first
	since  time.Time // when it last became idle
	member string    // the member whose requests it carries, "" before one

	mu     sync.Mutex
	closed bool
	after  func() // run on closing, if set
}

// onClose makes Close run f too. It reports false, and does nothing, when
// the connection is closed already.
func (c *limitConn) onClose(f func()) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return false
	}
	c.after = f
	return true
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.mu.Lock()
	first, after := !c.closed, c.after
	c.closed = true
	c.mu.Unlock()
	if first {
		c.release()
		if after != nil {
			after()
		}
	}
	return err
}
