package lan

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// Join attempts: a client address with more than maxWrongCodes wrong codes
// within codeWindow must wait before trying again.
const (
	maxWrongCodes = 5
	codeWindow    = time.Minute
	maxTracked    = 4096 // client addresses remembered before old entries are swept
)

// codeLimiter counts wrong join codes per client address, so the six
// characters of a code cannot be guessed by trying them all.
type codeLimiter struct {
	mu    sync.Mutex
	wrong map[string][]time.Time // client address → times of recent wrong codes
}

func newCodeLimiter() *codeLimiter {
	return &codeLimiter{wrong: map[string][]time.Time{}}
}

// wait is how long ip must wait before its next attempt; 0 if it may try.
func (l *codeLimiter) wait(ip string, now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	recent := l.recent(ip, now)
	if len(recent) < maxWrongCodes {
		return 0
	}
	return recent[len(recent)-maxWrongCodes].Add(codeWindow).Sub(now)
}

// failed records a wrong code from ip.
func (l *codeLimiter) failed(ip string, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.wrong) >= maxTracked {
		for addr := range l.wrong {
			l.recent(addr, now)
		}
	}
	l.wrong[ip] = append(l.recent(ip, now), now)
}

// recent drops the attempts of ip older than the window and returns the
// rest, oldest first. The caller holds l.mu.
func (l *codeLimiter) recent(ip string, now time.Time) []time.Time {
	times := l.wrong[ip]
	i := 0
	for i < len(times) && now.Sub(times[i]) >= codeWindow {
		i++
	}
	times = times[i:]
	if len(times) == 0 {
		delete(l.wrong, ip)
		return nil
	}
	l.wrong[ip] = times
	return times
}

// clientIP is the address a request came from, without the port.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
