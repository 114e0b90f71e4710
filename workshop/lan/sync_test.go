package lan

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
)

// statusLog records a Syncer's statuses.
type statusLog struct {
	mu  sync.Mutex
	all []Status
}

func (l *statusLog) add(s Status) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.all = append(l.all, s)
}

func (l *statusLog) sawError() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, s := range l.all {
		if s.Err != nil && !s.Synced() {
			return true
		}
	}
	return false
}

// TestSyncerDeliversAfterHostRestart: answers changed while the host is
// down are delivered to a new host on the same store and address.
func TestSyncerDeliversAfterHostRestart(t *testing.T) {
	store := memstore.New()
	h1 := newHost(t, store, HostOptions{})
	addr := serve(t, h1, "127.0.0.1:0")
	c, j := join(t, addr, h1.Code(), "Ana")
	var log statusLog
	s := NewSyncer(c, Version{}, log.add)
	a := exampleAnswers(t)
	s.Update(a)
	eventually(t, "the first version is stored", func() bool { return s.Status().Synced() })
	if st := s.Status(); st.Rev != 1 || st.Acked != 1 || st.Err != nil {
		t.Fatalf("status %+v", st)
	}

	if err := h1.Close(); err != nil {
		t.Fatal(err)
	}
	for i, role := range []string{"v2", "v3", "v4", "v5"} {
		a.Participant.Role = role
		s.Update(a)
		if i == 0 {
			eventually(t, "a push fails while the host is down", log.sawError)
		}
	}
	a.Participant.Role = "changed after Update" // Update took a copy
	if st := s.Status(); st.Synced() || st.Rev != 5 || st.Acked != 1 || st.Err == nil {
		t.Fatalf("while the host is down: %+v", st)
	}

	h2 := newHost(t, store, HostOptions{})
	serve(t, h2, addr)
	eventually(t, "the newest version is stored by the new host", func() bool { return s.Status().Synced() })
	st := s.Status()
	if st.Acked != 5 || st.Err != nil || s.Rev() != 5 || st.Base.Rev != 2 {
		t.Fatalf("after the host came back: %+v", st)
	}
	v, got, err := Resume(j.Session).GetAnswers(ctx(t))
	if err != nil || v != st.Base || got.Participant.Role != "v5" {
		t.Fatalf("stored: %+v, role %q, %v; the syncer's base is %+v", v, got.Participant.Role, err, st.Base)
	}
	if m := h2.Members()[0]; m.Progress != 100 || m.Name != "Ana" {
		t.Errorf("roster after the sync: %+v", m)
	}
	if err := s.Close(ctx(t)); err != nil {
		t.Errorf("Close: %v", err)
	}
}

// TestSyncerCloseFlushes: Close delivers the last version, and a Syncer
// restarted from the saved base goes on from it.
func TestSyncerCloseFlushes(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, _ := join(t, addr, h.Code(), "Ana")
	s := NewSyncer(c, Version{}, nil)
	if err := s.Close(ctx(t)); err != nil || s.Rev() != 0 {
		t.Fatalf("Close with nothing to send: %v, rev %d", err, s.Rev())
	}
	s = NewSyncer(c, Version{}, nil)
	a := exampleAnswers(t)
	for i := range 3 {
		a.Participant.TeamSize = i + 1
		s.Update(a)
	}
	if err := s.Close(ctx(t)); err != nil {
		t.Fatalf("Close: %v", err)
	}
	base := s.Status().Base
	if v, got, err := c.GetAnswers(ctx(t)); err != nil || v != base || got.Participant.TeamSize != 3 {
		t.Fatalf("after Close: %+v, %v; want the syncer's base %+v", v, err, base)
	}
	s = NewSyncer(c, base, nil)
	a.Participant.TeamSize = 4
	s.Update(a)
	if err := s.Close(ctx(t)); err != nil || s.Status().Base.Rev != base.Rev+1 {
		t.Fatalf("a syncer restarted from the saved base: %v, %+v", err, s.Status())
	}
}

// TestSyncerStopsOnConflict: a Syncer never overwrites answers the host
// holds that its own were not edited from; it reports both, and goes on
// with the participant's choice.
func TestSyncerStopsOnConflict(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, _ := join(t, addr, h.Code(), "Ana")
	a := exampleAnswers(t)
	room, err := c.PushAnswers(ctx(t), Version{}, a)
	if err != nil {
		t.Fatal(err)
	}
	var log statusLog
	s := NewSyncer(c, Version{}, log.add)
	mine := workshop.NewAnswers("builtin", time.Now())
	mine.Participant.Role = "mine"
	s.Update(mine)
	eventually(t, "the Syncer reports the conflict", func() bool { return s.Status().Conflict() != nil })
	conflict := s.Status().Conflict()
	if conflict.At != room || conflict.Room.Plan == nil || conflict.Mine.Participant.Role != "mine" || s.Status().Synced() {
		t.Errorf("conflict %+v, status %+v", conflict, s.Status())
	}
	if _, got, _ := c.GetAnswers(ctx(t)); got.Plan == nil {
		t.Error("the host's answers were overwritten")
	}
	// The participant keeps theirs: they replace the room's, knowingly.
	s.Resolve(mine, conflict)
	eventually(t, "the chosen answers are stored", func() bool { return s.Status().Synced() })
	if v, got, err := c.GetAnswers(ctx(t)); err != nil || got.Participant.Role != "mine" || v.Rev != room.Rev+1 {
		t.Errorf("after keeping mine: %+v %v", v, err)
	}
	if err := s.Close(ctx(t)); err != nil {
		t.Errorf("Close: %v", err)
	}
}

// TestTwoLaptopsSameRevisionConflict is the review's "collide" case: two
// laptops with the same session edit from the same version; the second
// push is a conflict, never acknowledged, and taking the room's answers
// brings that laptop in step.
func TestTwoLaptopsSameRevisionConflict(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, j := join(t, addr, h.Code(), "Ana")
	base, err := c.PushAnswers(ctx(t), Version{}, exampleAnswers(t))
	if err != nil {
		t.Fatal(err)
	}
	laptopB := Resume(j.Session)
	defer laptopB.Close()
	a, b := exampleAnswers(t), exampleAnswers(t)
	a.Participant.Role, b.Participant.Role = "A edit", "B edit"
	start := exampleAnswers(t)
	sa, sb := NewSyncer(c, base, nil), NewSyncerFrom(laptopB, base, start, nil)
	sa.Update(a)
	eventually(t, "A's edit is stored", func() bool { return sa.Status().Synced() })
	sb.Update(b)
	eventually(t, "B sees the conflict", func() bool { return sb.Status().Conflict() != nil })
	stB := sb.Status()
	if stB.Synced() || stB.Acked != 0 || stB.Base != base {
		t.Errorf("B after the conflict: %+v", stB)
	}
	conflict := stB.Conflict()
	if conflict.Room.Participant.Role != "A edit" || conflict.Mine.Participant.Role != "B edit" || conflict.At != sa.Status().Base {
		t.Errorf("conflict shows room %q and mine %q at %+v", conflict.Room.Participant.Role, conflict.Mine.Participant.Role, conflict.At)
	}
	// The conflict carries the version both were edited from, to merge from.
	if conflict.Base == nil || conflict.Base.Participant.Role != start.Participant.Role {
		t.Errorf("conflict's base: %+v", conflict.Base)
	}
	if got := sa.Status().BaseAnswers; got == nil || got.Participant.Role != "A edit" {
		t.Errorf("A's base answers after the confirmation: %+v", got)
	}
	if _, got, _ := c.GetAnswers(ctx(t)); got.Participant.Role != "A edit" {
		t.Errorf("host holds %q", got.Participant.Role)
	}
	sb.Resolve(conflict.Room, conflict)
	eventually(t, "B is in step with the room", func() bool { return sb.Status().Synced() })
	if st := sb.Status(); st.Base != sa.Status().Base || st.Err != nil || st.BaseAnswers == nil || st.BaseAnswers.Participant.Role != "A edit" {
		t.Errorf("B after taking the room's answers: %+v", st)
	}
	for _, s := range []*Syncer{sa, sb} {
		if err := s.Close(ctx(t)); err != nil {
			t.Errorf("Close: %v", err)
		}
	}
}

// TestSyncerGivesUpOnRefusedAnswers: answers the host refuses are not
// retried, and a later valid version is delivered.
func TestSyncerGivesUpOnRefusedAnswers(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, _ := join(t, addr, h.Code(), "Ana")
	s := NewSyncer(c, Version{}, nil)
	s.Update(workshop.NewAnswers("another-pack", time.Now()))
	eventually(t, "the refusal is reported", func() bool { return apiStatus(s.Status().Err) == 400 })
	s.Update(exampleAnswers(t))
	eventually(t, "the valid version is stored", func() bool { return s.Status().Synced() })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Close(ctx); err != nil {
		t.Errorf("Close: %v", err)
	}
}
