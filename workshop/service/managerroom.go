package service

import (
	"context"
	"time"

	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/manager"
)

// Managers in the live room: a participant offers their request and shows
// the pairing code (Link.OfferPairing), their manager joins with the
// room's code and that code (Reached.JoinAsManager) and sends their
// answers (ManagerLink.Send), which reach the participant's Link.Pairing.

// Pairing is how a participant's pairing with their manager stands.
type Pairing = lan.Pairing

// PairingPoll is how often a participant's app asks whether their manager
// has paired or sent answers, while it shows a pairing code.
const PairingPoll = 3 * time.Second

// OfferPairing offers request q to the room and returns the pairing code
// for the participant to show their manager.
func (l *Link) OfferPairing(ctx context.Context, q *manager.Request) (string, error) {
	return l.client.OfferPairing(ctx, q)
}

// Pairing asks how the participant's pairing stands, with their manager's
// answers once sent.
func (l *Link) Pairing(ctx context.Context) (Pairing, error) { return l.client.Pairing(ctx) }

// ManagerLink is a manager paired with their team member in a live room:
// the request they answer, and the way to send the answers.
type ManagerLink struct {
	Title   string // the workshop's
	Request *manager.Request
	cl      *lan.Client
}

// JoinAsManager trusts the certificate whose phrase the manager confirmed,
// and only then pairs with the room's code and the pairing code on their
// team member's screen.
func (r *Reached) JoinAsManager(ctx context.Context, code, pairing, name string) (*ManagerLink, error) {
	if _, err := r.cl.TrustPresented(); err != nil {
		return nil, err
	}
	joined, err := r.cl.JoinAsManager(ctx, code, pairing, name)
	if err != nil {
		return nil, err
	}
	return &ManagerLink{Title: joined.Title, Request: joined.Request, cl: r.cl}, nil
}

// Send sends the manager's answers to their team member; sending them
// again after a change replaces them.
func (m *ManagerLink) Send(ctx context.Context, r *manager.Response) error {
	return m.cl.SendManagerResponse(ctx, r)
}

// Close lets go of the room.
func (m *ManagerLink) Close() { m.cl.Close() }
