package lan

import (
	"bytes"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"slices"
	"testing"
	"time"
)

// TestHandshakeGateGivesTurnsBack: with one turn, handshakes that succeed
// and handshakes that fail after taking their turn (a client offering
// only a protocol the host does not speak) alternate, and every one of
// them gets a turn: none is kept by a finished or failed handshake.
func TestHandshakeGateGivesTurnsBack(t *testing.T) {
	certPEM, keyPEM, err := NewCertificate()
	if err != nil {
		t.Fatal(err)
	}
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		t.Fatal(err)
	}
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := newLimitListener(inner, 100, 0)
	defer l.Close()
	// A turn kept by mistake makes the next handshake wait this long, and fail.
	gate := newHandshakeGate(1, time.Minute, time.Minute)
	gate.base = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS13,
		NextProtos: []string{"http/1.1"}, GetConfigForClient: gate.configFor}
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				tc := tls.Server(c, gate.base)
				tc.Handshake()
				tc.Close()
			}()
		}
	}()
	for i := range 6 {
		proto := "http/1.1"
		if i%2 == 1 {
			proto = "h2" // refused after the host took its turn
		}
		c, err := tls.Dial("tcp", inner.Addr().String(), &tls.Config{InsecureSkipVerify: true, NextProtos: []string{proto}})
		if i%2 == 1 {
			if err == nil {
				c.Close()
				t.Fatalf("handshake %d offering only h2 succeeded", i)
			}
			continue
		}
		if err != nil {
			t.Fatalf("handshake %d: %v", i, err)
		}
		c.Close()
	}
	eventually(t, "every turn given back", func() bool { return gate.turnsHeld() == 0 })
}

// stallConn sends the first thing written to it, a ClientHello, with its
// post-quantum key share renamed to a group no one uses (a GREASE value),
// and nothing after: its later writes wait until it is closed. The host,
// which prefers the post-quantum exchange the hello still lists, must ask
// again for its key share (a HelloRetryRequest), and waits for an answer
// that never comes.
type stallConn struct {
	net.Conn
	wrote  bool
	closed chan struct{}
}

func (c *stallConn) Write(p []byte) (int, error) {
	if !c.wrote {
		c.wrote = true
		// X25519MLKEM768 (0x11ec) with its 1216-byte key share.
		i := bytes.Index(p, []byte{0x11, 0xec, 0x04, 0xc0})
		if i < 0 {
			return 0, errors.New("the ClientHello has no X25519MLKEM768 key share")
		}
		p = bytes.Clone(p)
		p[i], p[i+1] = 0x0a, 0x0a
		return c.Conn.Write(p)
	}
	<-c.closed
	return 0, net.ErrClosed
}

func (c *stallConn) Close() error {
	select {
	case <-c.closed:
	default:
		close(c.closed)
	}
	return c.Conn.Close()
}

// stallHandshake opens a connection to addr whose ClientHello makes the
// host ask again for a key share (stallConn), and never answers the
// host's HelloRetryRequest. It stays open until the test ends.
func stallHandshake(t *testing.T, addr string) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	sc := &stallConn{Conn: c, closed: make(chan struct{})}
	t.Cleanup(func() { sc.Close() })
	tc := tls.Client(sc, &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS13})
	go tc.Handshake()
}

// TestHandshakeStallersDoNotHoldNewcomers is the review's N1: connections
// that make the host send a HelloRetryRequest and then say nothing held
// the host's one handshake turn for the whole 5 s handshake deadline, so
// every newcomer waited about 5 s and half of them failed. With ten such
// connections open, fresh connections of an honest newcomer (hello and
// join, each on a new connection) all succeed, at a median under a
// second.
func TestHandshakeStallersDoNotHoldNewcomers(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	for range 10 {
		stallHandshake(t, addr)
	}
	var took []time.Duration
	for i := range 9 {
		start := time.Now()
		c := Dial(addr, "")
		if _, err := c.Hello(ctx(t)); err != nil {
			t.Fatalf("newcomer %d: hello: %v", i, err)
		}
		if _, err := c.TrustPresented(); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Join(ctx(t), h.Code(), fmt.Sprintf("Newcomer %d", i)); err != nil {
			t.Fatalf("newcomer %d: join: %v", i, err)
		}
		took = append(took, time.Since(start))
		c.Close()
	}
	slices.Sort(took)
	if median := took[len(took)/2]; median > time.Second {
		t.Errorf("with ten stalled handshakes a newcomer took %v at the median (all: %v), want under 1 s", median, took)
	}
}
