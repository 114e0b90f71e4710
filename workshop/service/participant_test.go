package service

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/memstore"
)

func until(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !ok(); {
		if time.Now().After(deadline) {
			t.Fatalf("waited 10 s for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func examplePerson(t *testing.T) *workshop.Answers {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "examples", "answers.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := workshop.DecodeAnswers(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestBaseIsKeptAndConflictsLeaveATrace: the content of the room's
// version a laptop is in step with is kept beside its answers, readable by
// this user only, and comes back as a conflict's Base after a restart;
// settling the conflict keeps both sides in a trace first; forgetting the
// workshop removes all of it.
func TestBaseIsKeptAndConflictsLeaveATrace(t *testing.T) {
	ctx := context.Background()
	h, err := lan.NewHost(ctx, memstore.New(), lan.HostOptions{Title: "Ops leads", ContentJSON: assets.ContentPack})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go h.Serve(ln)
	defer h.Close()

	p := &Participant{Dir: t.TempDir()}
	r, err := p.Reach(ctx, ln.Addr().String(), "")
	if err != nil {
		t.Fatal(err)
	}
	j, err := r.Join(ctx, h.Code(), "Ana")
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Keep(j.File); err != nil {
		t.Fatal(err)
	}
	a := examplePerson(t)
	var last SyncStatus
	statuses := make(chan SyncStatus, 100)
	l := p.Connect(j.File, func(workshop.RoomState) {})
	l.StartSync(a, func(st SyncStatus) { statuses <- st })
	until(t, "the first sync", func() bool {
		for {
			select {
			case last = <-statuses:
			default:
				return last.Synced() && last.Acked > 0
			}
		}
	})
	l.Close()
	info, err := os.Stat(filepath.Join(p.Dir, baseFile))
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("base.json is %v, want 0600", info.Mode().Perm())
	}

	// Another laptop changes the role; this one, restarted, a reflection.
	saved, err := p.Saved()
	if err != nil {
		t.Fatal(err)
	}
	other := lan.Resume(saved.Session)
	defer other.Close()
	v, room, err := other.GetAnswers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	room.Participant.Role = "Written on the other laptop"
	if _, err := other.PushAnswers(ctx, v, room); err != nil {
		t.Fatal(err)
	}
	mine := a.Clone()
	for id := range mine.Reflections {
		mine.Reflections[id] = "Written here"
	}
	l = p.Connect(*saved, func(workshop.RoomState) {})
	var conflict *Conflict
	l.StartSync(mine, func(st SyncStatus) {
		if c := st.Conflict(); c != nil {
			statuses <- st
		}
	})
	select {
	case st := <-statuses:
		conflict = st.Conflict()
	case <-time.After(10 * time.Second):
		t.Fatal("no conflict")
	}
	if conflict.Base == nil || conflict.Base.Participant.Role != a.Participant.Role {
		t.Fatalf("after a restart the conflict's base is %+v", conflict.Base)
	}
	merged, clashes := workshop.Merge(conflict.Base, mine, conflict.Room)
	if len(clashes) != 0 || merged.Participant.Role != "Written on the other laptop" {
		t.Fatalf("merged role %q, clashes %d", merged.Participant.Role, len(clashes))
	}
	if err := l.Resolve(conflict, merged, nil); err != nil {
		t.Fatal(err)
	}
	traces, _ := filepath.Glob(filepath.Join(p.Dir, conflictFiles))
	if len(traces) != 1 {
		t.Fatalf("traces %q", traces)
	}
	var trace ConflictTrace
	data, err := os.ReadFile(traces[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &trace); err != nil {
		t.Fatal(err)
	}
	if trace.Format != ConflictFormat || trace.Room.Participant.Role != "Written on the other laptop" || trace.Mine.Participant.Role != a.Participant.Role {
		t.Errorf("trace: %+v", trace)
	}
	until(t, "the merged answers in the room", func() bool {
		_, got, err := other.GetAnswers(ctx)
		if err != nil || got.Participant.Role != "Written on the other laptop" {
			return false
		}
		for _, r := range got.Reflections {
			if r != "Written here" {
				return false
			}
		}
		return true
	})

	l.Close()
	if err := p.Forget(); err != nil {
		t.Fatal(err)
	}
	left, _ := filepath.Glob(filepath.Join(p.Dir, "*.json"))
	if len(left) != 0 {
		t.Errorf("after Forget: %q", left)
	}
}
