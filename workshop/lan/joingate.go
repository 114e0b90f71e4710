package lan

import (
	"fmt"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
)

// Limits on joining. The join code is on the projector, so anyone in the
// room has it: these keep someone with the code from filling the room, and
// someone without it from guessing it.
const (
	// A source address may join DefaultSourceBurst times at once, then
	// once every 10 seconds.
	DefaultSourceBurst     = 5
	DefaultSourcePerMinute = 6
	// The whole room takes DefaultJoinBurst joins at once, then
	// DefaultJoinPerMinute a minute (HostOptions can raise both).
	DefaultJoinBurst     = 50
	DefaultJoinPerMinute = 30
	// wrongCodeLockout wrong codes from all addresses together within
	// wrongCodeWindow close the room to new participants until the
	// facilitator opens it again.
	wrongCodeLockout = 30
	wrongCodeWindow  = 10 * time.Minute
	// maxStreamsPerMember is how many event streams one member may hold
	// open: a laptop needs one, a reconnecting laptop briefly two.
	maxStreamsPerMember = 3
	// maxConnections caps the host's open TCP connections; more wait to
	// be accepted.
	maxConnections = 3000
	// joinReplayWindow is how long a join's answer is kept for a retry of
	// the same request.
	joinReplayWindow = 10 * time.Minute
	maxJoinReplays   = 4096
)

// bucket is a token bucket: burst tokens, refilled at perMinute a minute.
type bucket struct {
	tokens float64
	last   time.Time
}

// refill adds the tokens earned since the last refill.
func (b *bucket) refill(now time.Time, burst, perMinute int) {
	if b.last.IsZero() {
		b.tokens = float64(burst)
	} else {
		b.tokens = min(float64(burst), b.tokens+now.Sub(b.last).Seconds()*float64(perMinute)/60)
	}
	b.last = now
}

// wait is 0 when a token is available, else how long until one is.
func (b *bucket) wait(perMinute int) time.Duration {
	if b.tokens >= 1 {
		return 0
	}
	return time.Duration((1 - b.tokens) / (float64(perMinute) / 60) * float64(time.Second))
}

// full reports whether the bucket would be back to its burst by now, so it
// can be forgotten.
func (b *bucket) full(now time.Time, burst, perMinute int) bool {
	return b.tokens+now.Sub(b.last).Seconds()*float64(perMinute)/60 >= float64(burst)
}

// joinGate decides who may join beyond the code check: rate limits per
// source and for the room, the room-wide wrong-code lockout, removed
// members' addresses, and retried joins.
type joinGate struct {
	burst, perMinute       int
	srcBurst, srcPerMinute int

	mu        sync.Mutex
	sources   map[string]*bucket
	room      bucket
	wrong     []time.Time // wrong codes from anywhere, oldest first
	lockedAt  time.Time   // when wrong codes closed joining; zero if they have not
	lockCount int
	blocked   map[string]bool // source addresses of removed members
	replays   map[string]joinReplay
}

// joinReplay is the answer to a join, kept for a retry of the request.
type joinReplay struct {
	at   time.Time
	resp joinResponse
}

func newJoinGate(burst, perMinute, srcBurst, srcPerMinute int) *joinGate {
	orDefault := func(v, d int) int {
		if v <= 0 {
			return d
		}
		return v
	}
	return &joinGate{burst: orDefault(burst, DefaultJoinBurst), perMinute: orDefault(perMinute, DefaultJoinPerMinute),
		srcBurst: orDefault(srcBurst, DefaultSourceBurst), srcPerMinute: orDefault(srcPerMinute, DefaultSourcePerMinute),
		sources: map[string]*bucket{},
		blocked: map[string]bool{}, replays: map[string]joinReplay{}}
}

// admit spends a join from ip, or says how long to wait and why.
func (g *joinGate) admit(ip string, now time.Time) (time.Duration, string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.sources) >= maxTracked {
		for addr, b := range g.sources {
			if b.full(now, g.srcBurst, g.srcPerMinute) {
				delete(g.sources, addr)
			}
		}
	}
	src := g.sources[ip]
	if src == nil {
		if len(g.sources) >= maxTracked {
			return time.Minute, "too many people are joining right now"
		}
		src = &bucket{}
		g.sources[ip] = src
	}
	src.refill(now, g.srcBurst, g.srcPerMinute)
	g.room.refill(now, g.burst, g.perMinute)
	if wait := src.wait(g.srcPerMinute); wait > 0 {
		return wait, "too many joins from this computer"
	}
	if wait := g.room.wait(g.perMinute); wait > 0 {
		return wait, "too many people are joining right now"
	}
	src.tokens--
	g.room.tokens--
	return 0, ""
}

// wrongCode records a wrong code and reports whether it closes joining:
// the room's wrong codes reached wrongCodeLockout within wrongCodeWindow.
func (g *joinGate) wrongCode(now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	i := 0
	for i < len(g.wrong) && now.Sub(g.wrong[i]) >= wrongCodeWindow {
		i++
	}
	g.wrong = append(g.wrong[i:], now)
	if len(g.wrong) < wrongCodeLockout || !g.lockedAt.IsZero() {
		return false
	}
	g.lockedAt, g.lockCount = now, len(g.wrong)
	return true
}

// alert is the lockout for the facilitator to see, or "".
func (g *joinGate) alert() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.lockedAt.IsZero() {
		return ""
	}
	return fmt.Sprintf("Joining was closed automatically at %s after %d wrong join codes in %d minutes: someone may be guessing the code. Open the room to new participants again when you are ready.",
		g.lockedAt.Local().Format("15:04"), g.lockCount, int(wrongCodeWindow.Minutes()))
}

// clear lifts the lockout and forgets the wrong codes: the facilitator
// opened joining again.
func (g *joinGate) clear() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.lockedAt, g.lockCount, g.wrong = time.Time{}, 0, nil
}

// block keeps ip from joining again, or lets it back.
func (g *joinGate) block(ip string, blocked bool) {
	if ip == "" {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if blocked {
		g.blocked[ip] = true
	} else {
		delete(g.blocked, ip)
	}
}

// isBlocked reports whether ip is the address of a removed member.
func (g *joinGate) isBlocked(ip string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.blocked[ip]
}

// replay is the answer already given to the join request id, if any.
func (g *joinGate) replay(id string, now time.Time) (joinResponse, bool) {
	if id == "" {
		return joinResponse{}, false
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	r, ok := g.replays[id]
	if !ok || now.Sub(r.at) > joinReplayWindow {
		return joinResponse{}, false
	}
	return r.resp, true
}

// remember keeps the answer to join request id for a retry.
func (g *joinGate) remember(id string, resp joinResponse, now time.Time) {
	if id == "" {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.replays) >= maxJoinReplays {
		for k, r := range g.replays {
			if now.Sub(r.at) > joinReplayWindow {
				delete(g.replays, k)
			}
		}
		if len(g.replays) >= maxJoinReplays {
			return // a retry of this join then joins afresh
		}
	}
	g.replays[id] = joinReplay{at: now, resp: resp}
}

// cleanName makes a name safe to show: control characters, format
// characters (zero-width spaces and joiners, bidirectional overrides,
// byte-order marks) and line separators removed, runs of spaces made one,
// trimmed and cut to maxName characters.
func cleanName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Co, r),
			r == '\u2028', r == '\u2029', r == unicode.ReplacementChar:
			return -1
		case unicode.IsSpace(r):
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > maxName {
		s = strings.TrimSpace(string(r[:maxName]))
	}
	return s
}

// sameName reports whether two cleaned names are the same person's as far
// as a removal goes: equal ignoring case.
func sameName(a, b string) bool { return strings.EqualFold(a, b) }

// limitListener accepts at most n connections at a time; more wait in the
// kernel's queue until one closes. It remembers the most connections it
// has had open at once since the last takePeak.
type limitListener struct {
	net.Listener
	sem  chan struct{}
	peak atomic.Int64
}

func newLimitListener(l net.Listener, n int) *limitListener {
	return &limitListener{Listener: l, sem: make(chan struct{}, n)}
}

func (l *limitListener) Accept() (net.Conn, error) {
	l.sem <- struct{}{}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.sem
		return nil, err
	}
	open := int64(l.open())
	for {
		peak := l.peak.Load()
		if open <= peak || l.peak.CompareAndSwap(peak, open) {
			break
		}
	}
	return &limitConn{Conn: c, release: func() { <-l.sem }}, nil
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
