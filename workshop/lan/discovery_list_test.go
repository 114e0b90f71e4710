package lan

import (
	"fmt"
	"net/netip"
	"testing"
	"time"
)

// TestListingOverIPv6 follows one workshop heard by a browser over IPv6
// and IPv4, announcement by announcement, on a clock the test moves.
func TestListingOverIPv6(t *testing.T) {
	dg := datagram{LeadShift: ProtocolVersion, Title: "Room 2", Port: 47320, Fingerprint: FingerprintPhrase([]byte("certificate"))}
	v4, v6 := netip.MustParseAddr("192.168.1.20"), netip.MustParseAddr("fe80::1%eth0")
	l := newListing()
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, step := range []struct {
		what string
		at   time.Duration
		from netip.Addr
		want string // the address reported, or ""
	}{
		{"first heard over IPv6: held", 0, v6, ""},
		{"the same datagram on another socket", time.Millisecond, v6, ""},
		{"heard again after v6Hold", time.Second, v6, "[fe80::1%eth0]:47320"},
		{"within FoundRefresh", 2 * time.Second, v6, ""},
		{"still announcing after FoundRefresh", time.Second + FoundRefresh, v6, "[fe80::1%eth0]:47320"},
		{"silent for FoundExpiry, back: held again", 5*time.Second + FoundExpiry, v6, ""},
		{"heard again after v6Hold", 6*time.Second + FoundExpiry, v6, "[fe80::1%eth0]:47320"},
		{"now over IPv4 too", 30 * time.Second, v4, "192.168.1.20:47320"},
		{"IPv6 no longer reported", 31*time.Second + FoundRefresh, v6, ""},
		{"IPv4 within FoundRefresh", 32 * time.Second, v4, ""},
		{"IPv6 not while IPv4 was heard within FoundExpiry", 32*time.Second + FoundExpiry - time.Millisecond, v6, ""},
		{"IPv4 silent for FoundExpiry: IPv6 held", 32*time.Second + FoundExpiry, v6, ""},
		{"IPv6 reported again", 33*time.Second + FoundExpiry, v6, "[fe80::1%eth0]:47320"},
	} {
		f, ok := l.hear(dg, step.from, t0.Add(step.at))
		switch {
		case ok && f != (Found{Title: dg.Title, Addr: step.want, Fingerprint: dg.Fingerprint}):
			t.Errorf("%s: reported %+v, want %q", step.what, f, step.want)
		case ok != (step.want != ""):
			t.Errorf("%s: reported %v, want %v", step.what, ok, !ok)
		}
	}

	other := dg
	other.Fingerprint = FingerprintPhrase([]byte("another certificate"))
	l.hear(dg, v4, t0.Add(time.Minute))
	l.hear(other, v6, t0.Add(time.Minute))
	if f, ok := l.hear(other, v6, t0.Add(time.Minute+time.Second)); !ok {
		t.Errorf("another workshop over IPv6 is hidden by this one over IPv4: %+v", f)
	}
}

// TestListingIsBounded: a flood of distinct fake announcements over both
// families keeps at most maxFound of each in memory.
func TestListingIsBounded(t *testing.T) {
	l := newListing()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	phrase := FingerprintPhrase([]byte("certificate"))
	for i := range 3 * maxFound {
		dg := datagram{LeadShift: ProtocolVersion, Title: fmt.Sprint(i), Port: 47320, Fingerprint: phrase}
		l.hear(dg, netip.AddrFrom4([4]byte{10, 0, byte(i >> 8), byte(i)}), now)
		l.hear(dg, netip.MustParseAddr(fmt.Sprintf("fe80::%x%%eth0", i)), now)
		l.hear(dg, netip.MustParseAddr(fmt.Sprintf("fe80::%x%%eth0", i)), now.Add(time.Second))
	}
	if len(l.reported) > maxFound || len(l.overV4) > maxFound || len(l.overV6) > maxFound {
		t.Errorf("remembered %d reported, %d over IPv4, %d over IPv6: more than %d",
			len(l.reported), len(l.overV4), len(l.overV6), maxFound)
	}
}
