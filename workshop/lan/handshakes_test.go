package lan

import (
	"crypto/tls"
	"net"
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
	gate := newHandshakeGate(1, time.Minute)
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
	eventually(t, "every turn given back", func() bool { return len(gate.turns) == 0 })
}
