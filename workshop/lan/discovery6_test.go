package lan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"strings"
	"testing"
	"time"
)

// listenLoopback6 opens a browser's IPv6 socket on ::1 instead of joining
// DiscoveryGroup on the network's interfaces.
func listenLoopback6(port int) ([]*net.UDPConn, error) {
	c, err := net.ListenUDP("udp6", &net.UDPAddr{IP: net.IPv6loopback, Port: port})
	if err != nil {
		return nil, err
	}
	return []*net.UDPConn{c}, nil
}

// dualLoopbackPort is a UDP port free on both 127.0.0.1 and ::1.
func dualLoopbackPort(t *testing.T) int {
	t.Helper()
	for range 20 {
		c4, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
		if err != nil {
			t.Fatal(err)
		}
		port := c4.LocalAddr().(*net.UDPAddr).Port
		c6, err := net.ListenUDP("udp6", &net.UDPAddr{IP: net.IPv6loopback, Port: port})
		c4.Close()
		if err == nil {
			c6.Close()
			return port
		}
	}
	t.Fatal("no UDP port is free on both 127.0.0.1 and ::1")
	return 0
}

// announceFor announces a workshop with d until the test ends.
func announceFor(t *testing.T, d discoverer, a Announcement) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.announce(ctx, a) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != context.Canceled {
			t.Errorf("Announce ended with %v", err)
		}
	})
}

// browseFor browses with d until the test ends, and returns the
// workshops found and Browse's error if it ends early.
func browseFor(t *testing.T, d discoverer) (<-chan Found, <-chan error) {
	t.Helper()
	found := make(chan Found, 100)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.browse(ctx, func(f Found) { found <- f }) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != context.Canceled {
			t.Errorf("Browse ended with %v", err)
		}
	})
	return found, done
}

// TestDiscoveryOverIPv6: a workshop announced over IPv6 is found with an
// address Dial takes, once it announced for v6Hold, and junk is ignored.
func TestDiscoveryOverIPv6(t *testing.T) {
	needIPv6Loopback(t)
	port, found := loopbackBrowser(t, "::1")
	junk, err := net.Dial("udp6", fmt.Sprintf("[::1]:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer junk.Close()
	for _, j := range []string{"hello", `{"leadshift":2,"title":"Fake","port":0,"fingerprint":"zoo-zoo-zoo-zoo-zoo-zoo"}`} {
		junk.Write([]byte(j))
	}

	phrase := FingerprintPhrase([]byte("certificate"))
	start := time.Now()
	announceFor(t, discoverer{port: port, every: 10 * time.Millisecond, targets: func() []netip.Addr {
		return []netip.Addr{netip.IPv6Loopback()}
	}}, Announcement{Title: "Room 2", Port: 47320, Fingerprint: phrase})
	select {
	case f := <-found:
		if want := (Found{Title: "Room 2", Addr: "[::1]:47320", Fingerprint: phrase}); f != want {
			t.Fatalf("found %+v, want %+v", f, want)
		}
		if waited := time.Since(start); waited < v6Hold {
			t.Errorf("reported after %v, before the IPv4 announcement had %v to arrive", waited, v6Hold)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the announcement was not heard")
	}
	time.Sleep(100 * time.Millisecond) // several more announcements, well within FoundRefresh
	select {
	case f := <-found:
		t.Errorf("the same workshop was reported again within FoundRefresh, or junk was reported: %+v", f)
	default:
	}
}

// TestDiscoveryPrefersIPv4: a workshop heard over IPv4 and IPv6 is listed
// once, with its IPv4 address.
func TestDiscoveryPrefersIPv4(t *testing.T) {
	needIPv6Loopback(t)
	d := discoverer{port: dualLoopbackPort(t), listen: "127.0.0.1", listen6: listenLoopback6, every: 10 * time.Millisecond,
		targets: func() []netip.Addr { return []netip.Addr{netip.MustParseAddr("127.0.0.1"), netip.IPv6Loopback()} }}
	found, _ := browseFor(t, d)
	phrase := FingerprintPhrase([]byte("certificate"))
	announceFor(t, d, Announcement{Title: "Room 2", Port: 47320, Fingerprint: phrase})
	want := Found{Title: "Room 2", Addr: "127.0.0.1:47320", Fingerprint: phrase}
	deadline := time.After(3 * v6Hold) // the IPv6 announcements are heard many times meanwhile
	var got []Found
	for {
		select {
		case f := <-found:
			got = append(got, f)
			continue
		case <-deadline:
		}
		break
	}
	if len(got) != 1 || got[0] != want {
		t.Errorf("found %+v, want only %+v", got, want)
	}
}

// TestBrowseWithOneFamily: Browse works over IPv4 alone when IPv6 fails,
// and over IPv6 alone when IPv4 fails (192.0.2.1 is no address of this
// computer), and logs the failure; it fails when both do.
func TestBrowseWithOneFamily(t *testing.T) {
	needIPv6Loopback(t)
	noIPv6 := func(int) ([]*net.UDPConn, error) { return nil, errors.New("no IPv6 on this interface") }
	phrase := FingerprintPhrase([]byte("certificate"))
	for _, tc := range []struct {
		name    string
		listen  string // IPv4
		listen6 func(int) ([]*net.UDPConn, error)
		target  netip.Addr
		addr    string
		logged  string
	}{
		{"IPv4 alone", "127.0.0.1", noIPv6, netip.MustParseAddr("127.0.0.1"), "127.0.0.1:47320", "no IPv6 on this interface"},
		{"IPv6 alone", "192.0.2.1", listenLoopback6, netip.IPv6Loopback(), "[::1]:47320", "listening for workshops over IPv6 only"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var log bytes.Buffer
			d := discoverer{port: dualLoopbackPort(t), listen: tc.listen, listen6: tc.listen6, every: 10 * time.Millisecond,
				targets: func() []netip.Addr { return []netip.Addr{tc.target} }, log: slog.New(slog.NewTextHandler(&log, nil))}
			found, ended := browseFor(t, d)
			announceFor(t, d, Announcement{Title: "Room 2", Port: 47320, Fingerprint: phrase})
			select {
			case f := <-found:
				if f.Addr != tc.addr {
					t.Errorf("found at %s, want %s", f.Addr, tc.addr)
				}
			case err := <-ended:
				t.Fatalf("Browse failed: %v", err)
			case <-time.After(10 * time.Second):
				t.Fatal("the announcement was not heard")
			}
			// Browse logged before it heard anything.
			if !strings.Contains(log.String(), "level=WARN") || !strings.Contains(log.String(), tc.logged) {
				t.Errorf("logged %q, want a warning with %q", log.String(), tc.logged)
			}
		})
	}
	d := discoverer{port: dualLoopbackPort(t), listen: "192.0.2.1", listen6: noIPv6}
	if err := d.browse(context.Background(), func(Found) {}); err == nil {
		t.Error("Browse with neither IPv4 nor IPv6 did not fail")
	}
}

// TestBrowseSharesTheGroupPort: two browsers on one computer join
// DiscoveryGroup on the same port at once (on the loopback interface, so
// nothing reaches the network).
func TestBrowseSharesTheGroupPort(t *testing.T) {
	lo, err := net.InterfaceByName(needIPv6Loopback(t))
	if err != nil {
		t.Fatal(err)
	}
	port := dualLoopbackPort(t)
	first, err := listenGroup([]net.Interface{*lo}, port)
	if err != nil {
		t.Skipf("the loopback interface takes no IPv6 multicast group here, so sharing cannot be tested: %v", err)
	}
	defer first[0].Close()
	second, err := listenGroup([]net.Interface{*lo}, port)
	if err != nil {
		t.Fatalf("a second browser cannot join the group on port %d: %v", port, err)
	}
	second[0].Close()
}

// TestLanTargets: a host announces to the IPv4 broadcast addresses first,
// then to DiscoveryGroup on interfaces with IPv6, each with its zone
// (nothing is sent).
func TestLanTargets(t *testing.T) {
	targets := lanTargets()
	ifaces := map[string]bool{}
	for _, ifi := range groupInterfaces() {
		if ifi.Flags&net.FlagUp == 0 || ifi.Flags&net.FlagMulticast == 0 || ifi.Flags&net.FlagLoopback != 0 {
			t.Errorf("interface %s (%v) cannot carry the group", ifi.Name, ifi.Flags)
		}
		ifaces[ifi.Name] = true
	}
	v6 := 0
	for i, ip := range targets {
		if ip.Is4() {
			if v6 > 0 {
				t.Errorf("IPv4 target %s after IPv6 ones: %v", ip, targets)
			}
			continue
		}
		v6++
		if ip.WithZone("") != netip.MustParseAddr(DiscoveryGroup) || !ifaces[ip.Zone()] {
			t.Errorf("target %d is %s, want %s on an interface with IPv6", i, ip, DiscoveryGroup)
		}
	}
	if v6 != len(ifaces) {
		t.Errorf("%d IPv6 targets for %d interfaces with IPv6: %v", v6, len(ifaces), targets)
	}
}
