package lan

import (
	"crypto/tls"
	"errors"
	"net"
	"sync"
	"time"
)

// maxHandshakesAtOnce is how many TLS handshakes the host computes at a
// time. A handshake is the costliest thing a new connection asks of the
// host (a key exchange and a signature); thousands at once, as in a flood
// of connections, would leave the requests of the participants already
// connected waiting behind them for the processor. Two at a time keep a
// flood to the cores of a small laptop and take over 500 handshakes a
// second on the development machine, enough for a room of 1000 joining
// at once (docs/benchmarks.md).
//
// handshakeBudget is the longest one handshake holds its turn. The host's
// part takes a few milliseconds; what takes longer is waiting for the
// client, as when a client's hello makes the host ask again for a key
// share (a HelloRetryRequest) and the client never answers. After the
// budget the turn passes on and the handshake goes on without one, so no
// connection can keep newcomers waiting for more than the budget.
const (
	maxHandshakesAtOnce = 2
	handshakeBudget     = 100 * time.Millisecond
)

// handshakeGate lets maxHandshakesAtOnce handshakes compute at a time. Its
// configFor is the host's tls.Config.GetConfigForClient: a handshake takes
// its turn once the client's hello has arrived (a client that sends
// nothing holds no turn) and gives it back when the host's part is sent
// (VerifyConnection of the config configFor returns), when the connection
// closes, or when the handshake has held it for budget, whichever comes
// first.
type handshakeGate struct {
	base   *tls.Config // the host's configuration
	turns  chan struct{}
	wait   time.Duration // the longest a handshake waits for its turn
	budget time.Duration // the longest a handshake holds its turn
}

func newHandshakeGate(n int, wait, budget time.Duration) *handshakeGate {
	return &handshakeGate{turns: make(chan struct{}, n), wait: wait, budget: budget}
}

// configFor waits for a turn for the handshake of hello, and returns the
// configuration that gives it back.
func (g *handshakeGate) configFor(hello *tls.ClientHelloInfo) (*tls.Config, error) {
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.turns <- struct{}{}:
	case <-hello.Context().Done():
		return nil, hello.Context().Err()
	case <-t.C:
		return nil, errors.New("too many connections are being set up at once")
	}
	done := sync.OnceFunc(func() { <-g.turns })
	time.AfterFunc(g.budget, done)
	if c, ok := hello.Conn.(*limitConn); ok && !c.onClose(done) {
		done()
		return nil, net.ErrClosed
	}
	cfg := g.base.Clone()
	cfg.GetConfigForClient = nil
	cfg.VerifyConnection = func(tls.ConnectionState) error {
		done()
		return nil
	}
	return cfg, nil
}
