package lan

import (
	"context"
	"crypto/tls"
	"net"
	"net/http"
	"time"
)

// Idle connections. A connection is idle between requests (and before its
// first). Idle connections cost the host little, but they count against
// maxConnections, so without these rules a few thousand of them, from a
// hundred addresses, kept every newcomer out for as long as they stayed.
const (
	// unjoinedIdle is how long a connection that has not yet carried a
	// member's request may stay idle. A newcomer's app says hello, waits
	// while the participant compares the phrase, then joins, on a new
	// connection if this one was closed.
	unjoinedIdle = 10 * time.Second
	// maxIdlePerMember is how many idle connections one member may keep;
	// a laptop needs one or two. Past it, the member's longest idle is
	// closed.
	maxIdlePerMember = 4
)

// connKey is the context key under which a request finds its connection.
type connKey struct{}

// connOf is the connection limitListener accepted under c, the server's
// view of it (a *tls.Conn), or nil.
func connOf(c net.Conn) *limitConn {
	if tc, ok := c.(*tls.Conn); ok {
		c = tc.NetConn()
	}
	lc, _ := c.(*limitConn)
	return lc
}

// withConn is the server's ConnContext: it lets a request's handler find
// its connection (markMember).
func withConn(ctx context.Context, c net.Conn) context.Context {
	return context.WithValue(ctx, connKey{}, connOf(c))
}

// markMember records that the request r was a member's: its connection
// is the member's from now on, kept idle as long as the server allows.
func (l *limitListener) markMember(r *http.Request, memberID string) {
	lc, _ := r.Context().Value(connKey{}).(*limitConn)
	if lc == nil {
		return
	}
	l.mu.Lock()
	lc.member = memberID
	l.mu.Unlock()
}

// connState is the server's ConnState: it keeps track of which connections
// are idle, closes a connection that is not a member's once it has been
// idle for unjoinedIdle, and a member's longest idle connection once the
// member has more than maxIdlePerMember.
func (l *limitListener) connState(c net.Conn, s http.ConnState) {
	lc := connOf(c)
	if lc == nil {
		return
	}
	switch s {
	case http.StateNew, http.StateIdle:
		l.mu.Lock()
		lc.idle, lc.since = true, time.Now()
		since, member := lc.since, lc.member
		var extra *limitConn
		if member != "" {
			extra = l.idleBeyond(member)
		}
		if extra != nil {
			// No longer idle from now on: until the server reports it
			// closed it stays in the set, and must not be picked again
			// in place of the next longest idle.
			extra.idle = false
		}
		l.mu.Unlock()
		if member == "" {
			time.AfterFunc(l.unjoinedIdle, func() { l.closeIfIdleSince(lc, since) })
		}
		if extra != nil {
			extra.Close()
		}
	case http.StateActive, http.StateHijacked:
		l.mu.Lock()
		lc.idle = false
		l.mu.Unlock()
	}
}

// closeIfIdleSince closes lc if it has been idle since then, without a
// request in between.
func (l *limitListener) closeIfIdleSince(lc *limitConn, since time.Time) {
	l.mu.Lock()
	still := lc.idle && lc.since.Equal(since) && lc.member == ""
	l.mu.Unlock()
	if still {
		lc.Close()
	}
}

// idleBeyond is the member's longest idle connection when the member has
// more than maxIdlePerMember idle, or nil. The caller holds l.mu.
func (l *limitListener) idleBeyond(member string) *limitConn {
	var oldest *limitConn
	n := 0
	for c := range l.conns {
		if c.idle && c.member == member {
			n++
			if oldest == nil || c.since.Before(oldest.since) {
				oldest = c
			}
		}
	}
	if n <= maxIdlePerMember {
		return nil
	}
	return oldest
}

// evictIdle closes the longest idle connection that is not a member's, to
// make room for a newcomer, and reports whether there was one.
func (l *limitListener) evictIdle() bool {
	l.mu.Lock()
	var oldest *limitConn
	for c := range l.conns {
		if c.idle && c.member == "" && (oldest == nil || c.since.Before(oldest.since)) {
			oldest = c
		}
	}
	if oldest != nil {
		oldest.idle = false // taken: a second newcomer evicts another
	}
	l.mu.Unlock()
	if oldest == nil {
		return false
	}
	oldest.Close()
	return true
}
