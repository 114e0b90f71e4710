package lan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/leadshift/leadshift/workshop"
)

// member is a participant as the host keeps them: their roster entry
// (the domain's rules apply to it through Host.roster) and what the
// transport needs. Every field but id, gone, pushing and saveMu is guarded by
// Host.mu.
type member struct {
	id      string            // never changes
	info    *workshop.Member  // the entry in Host.roster; Connected is derived from streams
	streams int               // open event streams
	rev     int64             // revision of the stored answers, 0 if none
	hash    string            // hash of the stored answers, "" if none or unreadable
	answers *workshop.Answers // newest stored answers, nil if none or unreadable; never modified
	gone    chan struct{}     // closed when the facilitator removes the member
	pushing chan struct{}     // holds one element while a push of the member's is in progress
	saveMu  sync.Mutex        // serialises this member's writes to the store
}

func newMember(info *workshop.Member) *member {
	m := &member{id: info.ID, info: info, gone: make(chan struct{}), pushing: make(chan struct{}, 1)}
	if info.Removed {
		close(m.gone)
	}
	return m
}

// loadMembers fills the roster, and each member's answers, from the store.
// Answers the host can no longer read are left out of the room's figures
// and logged; the participant's next push replaces them.
func (h *Host) loadMembers(ctx context.Context) error {
	all, err := h.store.Members(ctx)
	if err != nil {
		return fmt.Errorf("loading the members: %w", err)
	}
	h.roster = workshop.NewRoster(h.roster.Max(), all)
	for _, info := range h.roster.Members() {
		m := newMember(info)
		h.members = append(h.members, m)
		h.byID[info.ID] = m
		rev, data, err := h.store.GetAnswers(ctx, info.ID)
		if errors.Is(err, workshop.ErrNotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("loading the answers of %s: %w", info.Name, err)
		}
		m.rev = rev
		a, err := workshop.DecodeAnswers(bytes.NewReader(data))
		if err != nil {
			h.log.Warn("stored answers are unreadable", "member", info.ID, "err", err)
			continue
		}
		hash, err := AnswersHash(a)
		if err != nil {
			return fmt.Errorf("loading the answers of %s: %w", info.Name, err)
		}
		m.hash, m.answers = hash, a
	}
	return nil
}

// reserve holds a place in the room for name joining, under the
// roster's rules (workshop.Roster.Reserve). Each reservation ends with
// addMember or unreserve.
func (h *Host) reserve(name string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.roster.Reserve(name)
}

// unreserve gives back a place reserve held.
func (h *Host) unreserve() {
	h.mu.Lock()
	h.roster.Release()
	h.mu.Unlock()
}

// addMember puts a newly joined member, stored, on the roster in the
// place reserve held.
func (h *Host) addMember(info workshop.Member, tokenHash []byte) {
	h.mu.Lock()
	m := newMember(h.roster.Add(info))
	h.members = append(h.members, m)
	h.byID[info.ID] = m
	h.tokens[string(tokenHash)] = m
	h.mu.Unlock()
	h.changed()
}

// byToken finds the member a token belongs to, or workshop.ErrNotFound.
func (h *Host) byToken(ctx context.Context, token string) (*member, error) {
	hash := HashToken(token)
	h.mu.Lock()
	m := h.tokens[string(hash)]
	h.mu.Unlock()
	if m != nil {
		return m, nil
	}
	info, err := h.store.MemberByToken(ctx, hash)
	if err != nil {
		return nil, err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	m = h.byID[info.ID]
	if m == nil {
		return nil, workshop.ErrNotFound
	}
	h.tokens[string(hash)] = m
	return m, nil
}

// Members is the roster in joining order, removed members included: names,
// connection, step and progress, never answers.
func (h *Host) Members() []workshop.Member {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make([]workshop.Member, len(h.members))
	for i, m := range h.members {
		out[i] = *m.info
		out[i].Connected = m.streams > 0
	}
	return out
}

// Remove takes a member out of the room: their token stops working, their
// event streams close, their answers leave the room's figures, the print
// pack and the archive, and their place is free. They cannot join again
// with the same name, or one that looks the same (workshop.SameName),
// until the facilitator lets them back (LetBack); others joining from the
// same address (a NAT, a shared machine) still can. It returns
// workshop.ErrNotFound for an unknown member.
func (h *Host) Remove(ctx context.Context, memberID string) error {
	h.mu.Lock()
	m := h.byID[memberID]
	h.mu.Unlock()
	if m == nil {
		return workshop.ErrNotFound
	}
	if err := h.saveMember(ctx, m, workshop.Member.AsRemoved); err != nil {
		return err
	}
	h.mu.Lock()
	select {
	case <-m.gone:
	default:
		close(m.gone)
	}
	h.mu.Unlock()
	h.pairs.drop(memberID) // their manager's access ends too
	h.changed()
	return h.leaveGroups(ctx, memberID)
}

// LetBack lets a removed member join again with the code, as a new
// member: their name no longer keeps them out. Their old token
// stays revoked. It returns workshop.ErrNotFound for an unknown member.
func (h *Host) LetBack(ctx context.Context, memberID string) error {
	h.mu.Lock()
	m := h.byID[memberID]
	h.mu.Unlock()
	if m == nil {
		return workshop.ErrNotFound
	}
	if err := h.saveMember(ctx, m, workshop.Member.AsLetBack); err != nil {
		return err
	}
	h.changed()
	return nil
}

// saveMember applies change to m's roster fields, in the store first and
// then on the roster.
func (h *Host) saveMember(ctx context.Context, m *member, change func(workshop.Member) workshop.Member) error {
	m.saveMu.Lock()
	defer m.saveMu.Unlock()
	h.mu.Lock()
	info := change(*m.info)
	h.mu.Unlock()
	if err := h.store.SaveMember(ctx, info); err != nil {
		return fmt.Errorf("saving member %s: %w", info.Name, err)
	}
	h.mu.Lock()
	h.roster.Apply(m.info, info)
	h.mu.Unlock()
	return nil
}

// putAnswers stores m's answers, edited from the host's version base,
// and returns the version now stored; once they are stored, the roster
// shows m's name, step and progress from them. The caller has checked
// the answers.
//
// The host numbers the versions. Answers equal to the stored ones are
// confirmed as they are, whatever base says (a retried push). Otherwise
// they are stored only if base is the stored version: answers edited from
// an older version, or from one the host never gave out, are a
// *conflictError carrying the stored version, and nothing changes.
func (h *Host) putAnswers(ctx context.Context, m *member, base Version, a *workshop.Answers) (Version, error) {
	stored, changed, err := h.storeAnswers(ctx, m, base, a)
	if changed {
		h.changed()
	}
	return stored, err
}

// conflictError is a push refused because the host holds another version.
type conflictError struct {
	at      Version
	answers *workshop.Answers
}

func (e *conflictError) Error() string { return "answers conflict with the stored version" }

// storeAnswers does putAnswers' work, and reports whether the roster
// changed.
func (h *Host) storeAnswers(ctx context.Context, m *member, base Version, a *workshop.Answers) (Version, bool, error) {
	data, err := NormalizeAnswers(a)
	if err != nil {
		return Version{}, false, err
	}
	hash := hashBytes(data)
	m.saveMu.Lock()
	defer m.saveMu.Unlock()
	h.mu.Lock()
	cur := Version{Rev: m.rev, Hash: m.hash}
	curAnswers := m.answers
	h.mu.Unlock()
	switch {
	case curAnswers != nil && hash == cur.Hash:
		return cur, false, nil // the same answers again: already stored
	case curAnswers != nil && base != cur:
		return Version{}, false, &conflictError{at: cur, answers: curAnswers.Clone()}
	}
	if err := h.State().CheckEdit(curAnswers, a); err != nil {
		return Version{}, false, err
	}
	next := Version{Rev: cur.Rev + 1, Hash: hash}
	rev, err := h.store.PutAnswers(ctx, m.id, next.Rev, data)
	if err != nil {
		return Version{}, false, err
	}
	if rev != next.Rev {
		return Version{}, false, fmt.Errorf("the store holds revision %d of %s's answers, the host expected %d", rev, m.id, next.Rev)
	}
	h.mu.Lock()
	info := *m.info // saves of m's line are serialised by m.saveMu, held here
	h.mu.Unlock()
	info = info.Following(h.content, a, h.now())
	h.mu.Lock()
	m.rev, m.hash, m.answers = next.Rev, next.Hash, a
	h.roster.Apply(m.info, info)
	h.mu.Unlock()
	// The answers are committed; a failure to save the roster line only
	// delays the name and progress the facilitator sees after a restart.
	if err := h.store.SaveMember(context.WithoutCancel(ctx), info); err != nil {
		h.log.Warn("saving the roster after new answers", "member", info.ID, "err", err)
	}
	return next, true, nil
}

// SharedAnswers are the answers of every member who chose to share them,
// for printing their plans, in joining order. Removed members are left
// out. The answers are copies.
func (h *Host) SharedAnswers() []*workshop.Answers {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []*workshop.Answers
	for _, m := range h.members {
		if m.info.Printable(m.answers) {
			out = append(out, m.answers.Clone())
		}
	}
	return out
}
