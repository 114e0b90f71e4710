package lan

import (
	"net"
	"net/http"
	"testing"

	"github.com/leadshift/leadshift/workshop/memstore"
)

// needIPv6Loopback skips the test, saying why, when this computer has no
// IPv6 loopback address, and returns the loopback interface's name.
func needIPv6Loopback(t *testing.T) string {
	t.Helper()
	c, err := net.ListenUDP("udp6", &net.UDPAddr{IP: net.IPv6loopback})
	if err != nil {
		t.Skipf("this computer has no IPv6 loopback address (::1), so IPv6 cannot be tested here: %v", err)
	}
	c.Close()
	ifaces, err := net.Interfaces()
	if err != nil {
		t.Fatal(err)
	}
	for _, ifi := range ifaces {
		if ifi.Flags&net.FlagLoopback != 0 {
			return ifi.Name
		}
	}
	t.Fatal("::1 answers but no interface is a loopback interface")
	return ""
}

// TestDialIPv6WithZone: an IPv6 address with its zone, as discovery
// reports a link-local host, is dialled and kept in the session as typed.
func TestDialIPv6WithZone(t *testing.T) {
	for addr, want := range map[string]string{
		"[fe80::1%eth0]:47330": "[fe80::1%eth0]:47330",
		"fe80::1%eth0":         "[fe80::1%eth0]:47320",
		"[fe80::1%eth0]":       "[fe80::1%eth0]:47320",
		" [fd00::2]:47330 ":    "[fd00::2]:47330",
		"192.168.1.20":         "192.168.1.20:47320",
	} {
		c := Dial(addr, "")
		req, err := http.NewRequest(http.MethodGet, c.url("/v1/hello"), nil)
		if err != nil || req.URL.Host != want || req.URL.Path != "/v1/hello" {
			t.Errorf("Dial(%q): request to %q (%v), want host %q", addr, c.url("/v1/hello"), err, want)
		}
	}

	lo := needIPv6Loopback(t)
	h := newHost(t, memstore.New(), HostOptions{})
	_, port, err := net.SplitHostPort(serve(t, h, "[::1]:0"))
	if err != nil {
		t.Fatal(err)
	}
	zoned := net.JoinHostPort("::1%"+lo, port)
	c := dialCompared(t, zoned)
	j, err := c.Join(ctx(t), h.Code(), "Ana")
	if err != nil {
		t.Fatalf("joining at %s: %v", zoned, err)
	}
	if j.Session.Addr != zoned {
		t.Errorf("the session keeps the address %q, want %q", j.Session.Addr, zoned)
	}
	r := Resume(j.Session)
	t.Cleanup(r.Close)
	if s := receive(t, follow(t, r)); s.Title != h.Title() {
		t.Errorf("following at %s: state of %q, want %q", zoned, s.Title, h.Title())
	}
}
