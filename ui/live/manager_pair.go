package live

import (
	"context"
	"time"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/service"
)

// Pairer is a Conn through which the participant can pair with their
// manager in the room; *service.Link is one.
type Pairer interface {
	OfferPairing(ctx context.Context, q *manager.Request) (string, error)
	Pairing(ctx context.Context) (service.Pairing, error)
}

// pairingTimeout bounds one offer or one look at the pairing.
const pairingTimeout = 15 * time.Second

// OfferPairing offers request q to the room; done gets the pairing code,
// or why not, on the UI goroutine.
func (l *Link) OfferPairing(q *manager.Request, done func(code string, err error)) {
	p, ok := l.conn.(Pairer)
	if !ok {
		done("", workshop.Refuse(workshop.ErrManagersClosed, "this workshop cannot pair you with your manager"))
		return
	}
	ctx := l.conn.Context()
	go func() {
		c, cancel := context.WithTimeout(ctx, pairingTimeout)
		defer cancel()
		code, err := p.OfferPairing(c, q)
		bridge.Do(func() { done(code, err) })
	}()
}

// FollowPairing looks at the participant's pairing every
// service.PairingPoll until the link closes, and calls onChange on the
// UI goroutine when it changed: a manager paired, answers arrived. A
// look that fails is tried again at the next one. Calling it again does
// nothing.
func (l *Link) FollowPairing(onChange func(p service.Pairing)) {
	p, ok := l.conn.(Pairer)
	if !ok || l.pairing {
		return
	}
	l.pairing = true
	ctx := l.conn.Context()
	go func() {
		t := time.NewTicker(service.PairingPoll)
		defer t.Stop()
		var last service.Pairing
		for {
			c, cancel := context.WithTimeout(ctx, pairingTimeout)
			now, err := p.Pairing(c)
			cancel()
			if err == nil && pairingChanged(last, now) {
				last = now
				bridge.Do(func() { onChange(now) })
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
}

// pairingChanged reports whether the pairing now differs from before.
func pairingChanged(before, now service.Pairing) bool {
	if before.Code != now.Code || before.Manager != now.Manager || (before.Response == nil) != (now.Response == nil) {
		return true
	}
	return now.Response != nil && (before.Response.ID != now.Response.ID || !before.Response.Updated.Equal(now.Response.Updated))
}
