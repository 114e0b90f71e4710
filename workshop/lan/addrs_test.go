package lan

import (
	"net"
	"net/netip"
	"slices"
	"strings"
	"testing"
)

func TestShareAddrs(t *testing.T) {
	if got := ShareAddrs(&net.TCPAddr{IP: net.IPv4(192, 168, 1, 20), Port: 47320}); !slices.Equal(got, []string{"192.168.1.20:47320"}) {
		t.Errorf("a specific address: %q", got)
	}
	all := ShareAddrs(&net.TCPAddr{IP: net.IPv4zero, Port: 47320})
	if len(all) == 0 || all[len(all)-1] != "127.0.0.1:47320" {
		t.Fatalf("every interface: %q, want loopback last", all)
	}
	for _, a := range all {
		if !strings.HasSuffix(a, ":47320") {
			t.Errorf("address %q without the port", a)
		}
	}
}

func TestShareAddrsPicksReachableOnes(t *testing.T) {
	addrs := func(ss ...string) []netip.Addr {
		var out []netip.Addr
		for _, s := range ss {
			out = append(out, netip.MustParseAddr(s))
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		local []netip.Addr
		want  []string
	}{
		{"IPv4 only", addrs("192.168.1.20"), []string{"192.168.1.20:47320", "127.0.0.1:47320"}},
		{"dual stack shows IPv4", addrs("fe80::1", "2001:db8::5", "10.0.0.7"), []string{"10.0.0.7:47320", "127.0.0.1:47320"}},
		{"IPv6 only shows what others can type", addrs("fe80::1", "fd12:3456::9", "2001:db8::5"), []string{"[fd12:3456::9]:47320", "[2001:db8::5]:47320", "127.0.0.1:47320"}},
		{"link-local only", addrs("fe80::1"), []string{"127.0.0.1:47320"}},
	} {
		if got := shareAddrs(tc.local, "47320"); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
