package lan

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// groupings are the room's practice trios and accountability buddies,
// which only the facilitator's console sees whole: each participant is
// told their own (Partners). They live as long as the host does.
type groupings struct {
	mu      sync.Mutex
	trios   workshop.Trios
	buddies workshop.Buddies
	checkIn string // the day of the buddies' first check-in, YYYY-MM-DD
}

// FormTrios puts the members ids into practice groups (workshop.Trios):
// at random when shuffle is set, otherwise in the order given, which is
// how a facilitator forms them by hand. Every ID must be a member still
// in the room, once.
func (h *Host) FormTrios(ctx context.Context, ids []string, shuffle bool) error {
	if err := h.checkPresent(ids); err != nil {
		return err
	}
	var t workshop.Trios
	var err error
	if shuffle {
		t, err = workshop.FormTrios(ids, rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64())))
	} else {
		t, err = workshop.GroupInOrder(ids)
	}
	if err != nil {
		return err
	}
	h.groups.mu.Lock()
	h.groups.trios = t
	h.groups.mu.Unlock()
	return h.regrouped(ctx)
}

// SetTrios puts the members into the groups t, as the facilitator
// arranged them by hand: every group of two or more, every member still
// in the room, none twice.
func (h *Host) SetTrios(ctx context.Context, t workshop.Trios) error {
	var all []string
	for i, g := range t {
		if len(g) < 2 {
			return fmt.Errorf("trio %d has %d people: a practice needs at least two", i+1, len(g))
		}
		all = append(all, g...)
	}
	if err := h.checkPresent(all); err != nil {
		return err
	}
	cp := make(workshop.Trios, len(t))
	for i, g := range t {
		cp[i] = slices.Clone(g)
	}
	h.groups.mu.Lock()
	h.groups.trios = cp
	h.groups.mu.Unlock()
	return h.regrouped(ctx)
}

// Trios are the practice groups as member IDs, nil before FormTrios.
func (h *Host) Trios() workshop.Trios {
	h.groups.mu.Lock()
	defer h.groups.mu.Unlock()
	out := make(workshop.Trios, len(h.groups.trios))
	for i, g := range h.groups.trios {
		out[i] = slices.Clone(g)
	}
	return out
}

// NextRound starts the next round of the current practice phase, roles
// rotated, with the round's time box on the timer; workshop.ErrNoRound
// when the room is not practising or the last round has begun.
func (h *Host) NextRound(ctx context.Context) error {
	return h.change(ctx, func(s *workshop.RoomState, now time.Time) error { return s.NextRound(now) })
}

// PairBuddies pairs the members ids at random as accountability buddies
// (workshop.PairBuddies), with their first check-in on checkIn
// (YYYY-MM-DD).
func (h *Host) PairBuddies(ctx context.Context, ids []string, checkIn string) error {
	if _, err := workshop.ParseDate("buddy check-in", checkIn); err != nil {
		return err
	}
	if err := h.checkPresent(ids); err != nil {
		return err
	}
	b, err := workshop.PairBuddies(ids, rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64())))
	if err != nil {
		return err
	}
	h.groups.mu.Lock()
	h.groups.buddies, h.groups.checkIn = b, checkIn
	h.groups.mu.Unlock()
	return h.regrouped(ctx)
}

// Buddies are the members' buddies as IDs, and the first check-in day.
func (h *Host) Buddies() (workshop.Buddies, string) {
	h.groups.mu.Lock()
	defer h.groups.mu.Unlock()
	out := workshop.Buddies{}
	for id, b := range h.groups.buddies {
		out[id] = slices.Clone(b)
	}
	return out, h.groups.checkIn
}

// leaveGroups takes a member who left out of their trio (see
// workshop.Trios.Without) and tells the room the groups changed. Their
// buddies keep their name: a buddy is for the weeks after the room.
func (h *Host) leaveGroups(ctx context.Context, id string) error {
	h.groups.mu.Lock()
	_, _, in := h.groups.trios.Of(id)
	if in {
		h.groups.trios = h.groups.trios.Without(id)
	}
	h.groups.mu.Unlock()
	if !in {
		return nil
	}
	return h.regrouped(ctx)
}

// regrouped tells every participant's app to ask for its own group again.
func (h *Host) regrouped(ctx context.Context) error {
	return h.change(ctx, func(s *workshop.RoomState, _ time.Time) error {
		s.Grouping++
		return nil
	})
}

// ErrLeftRoom means someone chosen for a trio or as a buddy is no longer
// in the room.
var ErrLeftRoom = errors.New("someone chosen has left the room meanwhile: form the groups again")

// checkPresent refuses IDs that are not members still in the room, or
// named twice.
func (h *Host) checkPresent(ids []string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	seen := map[string]bool{}
	for _, id := range ids {
		m := h.byID[id]
		switch {
		case m == nil || m.info.Removed:
			return ErrLeftRoom
		case seen[id]:
			return fmt.Errorf("%s is named twice", m.info.Name)
		}
		seen[id] = true
	}
	return nil
}

// partners is what member m may see of the groupings: their own trio,
// with roles for the current round, and their own buddies, by first name.
func (h *Host) partners(m *member) Partners {
	st := h.snap.Load().state
	var p Partners
	if st.Phase >= 0 && st.Phase < len(st.Agenda) {
		p.Practice, p.Round = st.Current().Practice, st.Round
	}
	h.groups.mu.Lock()
	group, pos, in := h.groups.trios.Of(m.id)
	group = slices.Clone(group)
	buddies := slices.Clone(h.groups.buddies[m.id])
	p.BuddyCheckIn = h.groups.checkIn
	h.groups.mu.Unlock()
	if len(buddies) == 0 {
		p.BuddyCheckIn = ""
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	name := func(id string) string {
		if o := h.byID[id]; o != nil {
			return workshop.FirstName(o.info.Name)
		}
		return "?"
	}
	if in && len(group) > 1 {
		for i, id := range group {
			p.Group = append(p.Group, Partner{Name: name(id), Role: workshop.RoleOf(i, len(group), max(1, p.Round)), Me: i == pos})
		}
	}
	for _, id := range buddies {
		p.Buddies = append(p.Buddies, name(id))
	}
	return p
}

func (h *Host) handlePartners(w http.ResponseWriter, _ *http.Request, m *member) error {
	writeJSON(w, http.StatusOK, h.partners(m))
	return nil
}

// Partners asks the room for this participant's own trio and buddies.
func (c *Client) Partners(ctx context.Context) (Partners, error) {
	var raw rawMessage
	if err := c.do(ctx, http.MethodGet, "/v1/partners", nil, &raw); err != nil {
		return Partners{}, err
	}
	return DecodePartners(raw)
}
