package lan

import (
	"net"
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
