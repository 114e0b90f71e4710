package lan

import (
	"context"
	"sync"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

// Managers in the live room (docs/protocol.md, "Managers"). When the
// facilitator lets managers in (RoomState.Managers), a participant offers
// the request they made for their manager (manager.Request: only what
// they chose to share) and gets a short pairing code to show. The
// manager joins with the room's code and that pairing code, receives the
// request and nothing else, and sends back their response; the host keeps
// it, in memory only, for the participant's app to collect and apply as
// it applies a response file. Managers are not members: they are not on
// the roster, in the room's figures or in the store, and their token
// opens none of a member's endpoints.

// pairings are the room's pairings of participants with their managers.
// Its methods are safe for concurrent use.
type pairings struct {
	gate *workshop.JoinGate // wrong pairing codes, limited as wrong join codes are

	mu       sync.Mutex
	byMember map[string]*pairing // member ID → their pairing
	byCode   map[string]*pairing // pairing code not used yet → pairing
	byToken  map[string]*pairing // a paired manager's token hash → pairing
}

// pairing is one participant's offer to their manager, and the manager
// once paired. Its fields are guarded by pairings.mu.
type pairing struct {
	memberID string
	code     string // shown on the participant's screen; "" once used
	request  *manager.Request
	manager  string // the manager's name, once paired
	token    string // the manager's token hash, once paired
	response *manager.Response
}

func newPairings(rates workshop.JoinRates) *pairings {
	return &pairings{gate: workshop.NewJoinGate(rates), byMember: map[string]*pairing{},
		byCode: map[string]*pairing{}, byToken: map[string]*pairing{}}
}

// offer opens a pairing for memberID with request q and returns its code,
// which is never the room's code. An earlier pairing of the member, and
// its manager's access, ends; answers that manager already sent stay
// for the participant to collect.
func (ps *pairings) offer(memberID string, q *manager.Request, roomCode string) string {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	var kept *manager.Response
	if old := ps.byMember[memberID]; old != nil {
		kept = old.response
		ps.dropLocked(old)
	}
	code := NewJoinCode()
	for ps.byCode[code] != nil || code == roomCode {
		code = NewJoinCode()
	}
	p := &pairing{memberID: memberID, code: code, request: q, response: kept}
	ps.byMember[memberID], ps.byCode[code] = p, p
	return code
}

// pair gives the manager named name, holding the pairing code given, the
// request behind it, under token hash; nil when no open pairing has that
// code (it was used, or dropped, meanwhile).
func (ps *pairings) pair(code, name string, tokenHash []byte) *manager.Request {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	p := ps.byCode[code]
	if p == nil {
		return nil
	}
	delete(ps.byCode, code)
	p.code, p.manager, p.token = "", name, string(tokenHash)
	ps.byToken[p.token] = p
	return p.request
}

// isOpen reports whether code is a pairing code waiting for a manager.
func (ps *pairings) isOpen(code string) bool {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	return ps.byCode[code] != nil
}

// byManager is the pairing of the manager holding token hash, or nil.
func (ps *pairings) byManager(tokenHash []byte) *pairing {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	return ps.byToken[string(tokenHash)]
}

// deliver keeps r for the participant of p, unless the pairing has
// ended meanwhile (false) or the participant already has a response
// saved later. Sending the same answers again changes nothing.
func (ps *pairings) deliver(p *pairing, r *manager.Response) bool {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.byToken[p.token] != p {
		return false
	}
	if p.response == nil || r.Updated.After(p.response.Updated) {
		p.response = r
	}
	return true
}

// status is what the participant memberID's screen shows of their
// pairing: nil when they have none.
func (ps *pairings) status(memberID string) *pairingResponse {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	p := ps.byMember[memberID]
	if p == nil {
		return nil
	}
	return &pairingResponse{Code: p.code, Manager: p.manager, Response: p.response}
}

// drop ends memberID's pairing: its code, its manager's access and the
// answers waiting to be collected.
func (ps *pairings) drop(memberID string) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if p := ps.byMember[memberID]; p != nil {
		ps.dropLocked(p)
	}
}

func (ps *pairings) dropLocked(p *pairing) {
	delete(ps.byMember, p.memberID)
	if p.code != "" {
		delete(ps.byCode, p.code)
	}
	if p.token != "" {
		delete(ps.byToken, p.token)
	}
}

// paired counts the pairings a manager has joined.
func (ps *pairings) paired() int {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	return len(ps.byToken)
}

// SetManagers lets participants' managers join and pair (true) or turns
// new ones away. Managers already paired can still send their answers.
func (h *Host) SetManagers(ctx context.Context, open bool) error {
	return h.change(ctx, func(s *workshop.RoomState, _ time.Time) error {
		s.Managers = open
		return nil
	})
}

// ManagersPaired is how many managers have paired with a participant
// still in the room. Managers are never on the roster or in the figures.
func (h *Host) ManagersPaired() int { return h.pairs.paired() }
