package lan

import (
	"context"
	"errors"
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
	s := NewSyncer(c, 0, log.add)
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
	if st := s.Status(); st.Acked != 5 || st.Err != nil || s.Rev() != 5 {
		t.Fatalf("after the host came back: %+v", st)
	}
	rev, got, err := Resume(j.Session).GetAnswers(ctx(t))
	if err != nil || rev != 5 || got.Participant.Role != "v5" {
		t.Fatalf("stored: rev %d, role %q, %v", rev, got.Participant.Role, err)
	}
	if m := h2.Members()[0]; m.Progress != 100 || m.Name != got.Participant.Name {
		t.Errorf("roster after the sync: %+v", m)
	}
	if err := s.Close(ctx(t)); err != nil {
		t.Errorf("Close: %v", err)
	}
}

// TestSyncerCloseFlushes: Close delivers the last version, and a Syncer
// restarted from the saved revision goes on numbering after it.
func TestSyncerCloseFlushes(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, _ := join(t, addr, h.Code(), "Ana")
	s := NewSyncer(c, 41, nil)
	if err := s.Close(ctx(t)); err != nil || s.Rev() != 41 {
		t.Fatalf("Close with nothing to send: %v, rev %d", err, s.Rev())
	}
	s = NewSyncer(c, 41, nil)
	a := exampleAnswers(t)
	for range 3 {
		s.Update(a)
	}
	if err := s.Close(ctx(t)); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if rev, _, err := c.GetAnswers(ctx(t)); err != nil || rev != 44 {
		t.Fatalf("after Close: rev %d, %v; want 44", rev, err)
	}
}

// TestSyncerStopsOnNewerHostAnswers: a Syncer never overwrites newer
// answers the host holds.
func TestSyncerStopsOnNewerHostAnswers(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, _ := join(t, addr, h.Code(), "Ana")
	a := exampleAnswers(t)
	if _, err := c.PushAnswers(ctx(t), 10, a); err != nil {
		t.Fatal(err)
	}
	var log statusLog
	s := NewSyncer(c, 0, log.add)
	s.Update(workshop.NewAnswers("builtin", time.Now()))
	var stale *StaleError
	eventually(t, "the Syncer reports newer answers on the host", func() bool { return errors.As(s.Status().Err, &stale) })
	if stale.HostRev != 10 || stale.Rev != 1 {
		t.Errorf("stale error %+v", stale)
	}
	if err := s.Close(ctx(t)); !errors.As(err, &stale) {
		t.Errorf("Close: %v", err)
	}
	if _, got, _ := c.GetAnswers(ctx(t)); got.Plan == nil {
		t.Error("the host's newer answers were overwritten")
	}
}

// TestSyncerGivesUpOnRefusedAnswers: answers the host refuses are not
// retried, and a later valid version is delivered.
func TestSyncerGivesUpOnRefusedAnswers(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, _ := join(t, addr, h.Code(), "Ana")
	s := NewSyncer(c, 0, nil)
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
