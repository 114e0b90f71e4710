package lan

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"testing"
	"time"
)

// loopbackBrowser listens for announcements on an ephemeral port of the
// loopback address ip and returns the port and the workshops found.
func loopbackBrowser(t *testing.T, ip string) (int, <-chan Found) {
	t.Helper()
	conn, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.ParseIP(ip)})
	if err != nil {
		t.Fatal(err)
	}
	found := make(chan Found, 10)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- browseOn(ctx, slog.Default(), []*net.UDPConn{conn}, func(f Found) { found <- f }) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != context.Canceled {
			t.Errorf("browse ended with %v", err)
		}
	})
	return conn.LocalAddr().(*net.UDPAddr).Port, found
}

func TestDiscovery(t *testing.T) {
	port, found := loopbackBrowser(t, "127.0.0.1")
	junk, err := net.Dial("udp4", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		t.Fatal(err)
	}
	defer junk.Close()
	for _, j := range []string{"hello", `{"leadshift":2}`, `{"leadshift":2,"title":"Fake","port":0,"fingerprint":"zoo-zoo-zoo-zoo-zoo-zoo"}`} {
		junk.Write([]byte(j))
	}

	phrase := FingerprintPhrase([]byte("certificate"))
	d := discoverer{port: port, every: 10 * time.Millisecond, targets: func() []netip.Addr {
		return []netip.Addr{netip.MustParseAddr("127.0.0.1")}
	}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- d.announce(ctx, Announcement{Title: "Leadership day\nRoom 2", Port: 47320, Fingerprint: phrase})
	}()
	select {
	case f := <-found:
		want := Found{Title: "Leadership day Room 2", Addr: "127.0.0.1:47320", Fingerprint: phrase}
		if f != want {
			t.Fatalf("found %+v, want %+v", f, want)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the announcement was not heard")
	}
	time.Sleep(100 * time.Millisecond) // several more announcements, well within FoundRefresh
	cancel()
	if err := <-done; err != context.Canceled {
		t.Errorf("Announce ended with %v", err)
	}
	select {
	case f := <-found:
		t.Errorf("the same workshop was reported again within FoundRefresh, or junk was reported: %+v", f)
	default:
	}
}

// TestBrowseSharesThePort: two programs on one computer browse the same
// port at once, and both hear a workshop (on loopback only).
func TestBrowseSharesThePort(t *testing.T) {
	probe, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	port := probe.LocalAddr().(*net.UDPAddr).Port
	probe.Close()
	// Broadcast on the loopback network only: it never leaves the computer.
	d := discoverer{port: port, listen: "0.0.0.0", every: 20 * time.Millisecond, targets: func() []netip.Addr {
		return []netip.Addr{netip.MustParseAddr("127.255.255.255")}
	}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var heard [2]chan Found
	errs := make(chan error, 3)
	for i := range heard {
		heard[i] = make(chan Found, 100)
		go func() { errs <- d.browse(ctx, func(f Found) { heard[i] <- f }) }()
	}
	phrase := FingerprintPhrase([]byte("certificate"))
	go func() { errs <- d.announce(ctx, Announcement{Title: "Room 2", Port: 47320, Fingerprint: phrase}) }()
	for i, ch := range heard {
		select {
		case f := <-ch:
			if f.Fingerprint != phrase {
				t.Errorf("browser %d heard %+v", i+1, f)
			}
		case err := <-errs:
			t.Fatalf("a browser or the announcer stopped: %v", err)
		case <-time.After(10 * time.Second):
			t.Fatalf("browser %d heard nothing: the port is not shared", i+1)
		}
	}
}

func TestAnnouncementChecks(t *testing.T) {
	phrase := FingerprintPhrase([]byte("x"))
	for _, a := range []Announcement{
		{Title: "x", Port: 0, Fingerprint: phrase},
		{Title: "x", Port: 65536, Fingerprint: phrase},
		{Title: "x", Port: 1, Fingerprint: "not a phrase"},
	} {
		if err := Announce(context.Background(), a); err == nil {
			t.Errorf("Announce(%+v) accepted", a)
		}
	}
	long := strings.Repeat("<&>", 300)
	msg, err := encodeAnnouncement(Announcement{Title: long, Port: 1, Fingerprint: phrase})
	if err != nil || len(msg) > maxDatagram {
		t.Fatalf("long title: %d bytes, %v", len(msg), err)
	}
	if dg, err := decodeAnnouncement(msg); err != nil || !strings.HasPrefix(long, dg.Title) || dg.Title == "" {
		t.Errorf("long title shortened to %q, %v", dg.Title, err)
	}
	if addrs := broadcastAddrs(); len(addrs) == 0 || addrs[0] != netip.MustParseAddr("255.255.255.255") {
		t.Errorf("broadcast addresses %v", addrs)
	}
}

// TestBrowseOutlivesOneSocket: a socket that fails is logged while the
// others still hear; Browse fails when the last one does.
func TestBrowseOutlivesOneSocket(t *testing.T) {
	var conns []*net.UDPConn
	for range 2 {
		c, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	var log bytes.Buffer
	found := make(chan Found, 10)
	done := make(chan error, 1)
	go func() {
		done <- browseOn(context.Background(), slog.New(slog.NewTextHandler(&log, nil)), conns, func(f Found) { found <- f })
	}()
	conns[0].Close()
	phrase := FingerprintPhrase([]byte("certificate"))
	msg, err := encodeAnnouncement(Announcement{Title: "Room 2", Port: 47320, Fingerprint: phrase})
	if err != nil {
		t.Fatal(err)
	}
	sender, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	defer sender.Close()
	if _, err := sender.WriteTo(msg, conns[1].LocalAddr()); err != nil {
		t.Fatal(err)
	}
	select {
	case f := <-found:
		if f.Addr != "127.0.0.1:47320" {
			t.Errorf("found %+v", f)
		}
	case err := <-done:
		t.Fatalf("Browse ended with one socket left: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("the socket left heard nothing")
	}
	conns[1].Close()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "listening for workshops") {
			t.Errorf("Browse ended with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Browse goes on with no socket left")
	}
	if !strings.Contains(log.String(), "level=WARN") || !strings.Contains(log.String(), "stopped on one socket") {
		t.Errorf("logged %q, want a warning that one socket stopped", log.String())
	}
}
