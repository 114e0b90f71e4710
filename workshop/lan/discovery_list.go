package lan

import (
	"net/netip"
	"time"
)

// v6Hold: a workshop heard over IPv6 is reported only when heard again at
// least v6Hold after it started announcing. A host sends its IPv4
// announcements first; once one of them arrives, the workshop is listed
// with its IPv4 address only.
const v6Hold = 250 * time.Millisecond

// listing decides which announcements Browse reports: a workshop when
// first heard and again every FoundRefresh, and a workshop heard over
// both IPv4 and IPv6 once, with its IPv4 address.
type listing struct {
	reported map[Found]time.Time     // when each workshop was last reported
	overV4   map[datagram]time.Time  // when each announcement was last heard over IPv4
	overV6   map[Found]heardInterval // when each workshop was heard over IPv6
}

// heardInterval is when a workshop started announcing, after a silence
// of FoundExpiry or more, and when it was last heard.
type heardInterval struct{ first, last time.Time }

func newListing() *listing {
	return &listing{reported: map[Found]time.Time{}, overV4: map[datagram]time.Time{}, overV6: map[Found]heardInterval{}}
}

// hear takes an announcement heard from the address from at now, and
// returns the workshop and whether to report it.
func (l *listing) hear(dg datagram, from netip.Addr, now time.Time) (Found, bool) {
	from = from.Unmap()
	f := Found{Title: dg.Title, Addr: netip.AddrPortFrom(from, uint16(dg.Port)).String(), Fingerprint: dg.Fingerprint}
	if from.Is4() {
		remember(l.overV4, dg, now)
	} else {
		if last, ok := l.overV4[dg]; ok && now.Sub(last) < FoundExpiry {
			return f, false
		}
		h, ok := l.overV6[f]
		if !ok || now.Sub(h.last) >= FoundExpiry {
			h.first = now
		}
		h.last = now
		remember(l.overV6, f, h)
		if now.Sub(h.first) < v6Hold {
			return f, false
		}
	}
	if last, ok := l.reported[f]; ok && now.Sub(last) < FoundRefresh {
		return f, false
	}
	remember(l.reported, f, now)
	return f, true
}

// remember sets m[k] to v. A map of maxFound entries is emptied before a
// new one, so a flood of fake announcements cannot exhaust memory.
func remember[K comparable, V any](m map[K]V, k K, v V) {
	if _, ok := m[k]; !ok && len(m) >= maxFound {
		clear(m)
	}
	m[k] = v
}
