// Package storetest is the contract every workshop.RoomStore keeps: the
// SQLite store (workshop/roomdb) and the in-memory one (workshop/memstore)
// both run Run in their tests, so the host behaves the same on either.
// Only tests import it.
package storetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// Run checks the store contract against fresh stores made by open.
func Run(t *testing.T, open func(t *testing.T) workshop.RoomStore) {
	t.Run("room", func(t *testing.T) { room(t, open(t)) })
	t.Run("members", func(t *testing.T) { members(t, open(t)) })
	t.Run("member errors", func(t *testing.T) { memberErrors(t, open(t)) })
	t.Run("answers are idempotent", func(t *testing.T) { answers(t, open) })
	t.Run("answers errors", func(t *testing.T) { answersErrors(t, open(t)) })
	t.Run("answers concurrently", func(t *testing.T) { concurrent(t, open(t)) })
	t.Run("callers' copies", func(t *testing.T) { copies(t, open(t)) })
	t.Run("delete all", func(t *testing.T) { deleteAll(t, open(t)) })
}

// TokenHash is the stored form of a member token.
func TokenHash(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// Member is a member with every field set.
func Member(id string) workshop.Member {
	return workshop.Member{ID: id, Name: "Name of " + id,
		Joined:    time.Date(2026, 3, 4, 9, 30, 0, 0, time.UTC),
		LastSeen:  time.Date(2026, 3, 4, 9, 45, 12, 500, time.UTC),
		Connected: true, Step: workshop.StepAssess, Progress: 33, Share: true}
}

// Room is a room record with every field set.
func Room() *workshop.RoomRecord {
	state := workshop.NewRoomState("Team leads, spring", workshop.DefaultAgenda, workshop.Paced)
	if err := state.GoTo(2, time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)); err != nil {
		panic(err)
	}
	state.Change(func(s *workshop.RoomState) { s.Locked = true })
	return &workshop.RoomRecord{ID: "room-1", Code: "K7Q2", Created: time.Date(2026, 3, 4, 8, 59, 1, 123456789, time.UTC),
		CertPEM: []byte("cert"), KeyPEM: []byte("key"), ContentJSON: []byte(`{"version":1}`), State: state,
		Results: []workshop.PhaseResults{{Phase: 1, Figures: workshop.RoomAggregates{Participants: 12,
			Dimensions: []workshop.DimensionSpread{{ID: "dim.a", Spread: workshop.Spread{N: 12, Median: 50, HasRange: true, Mean: 50, Low: 30, High: 70,
				Buckets: [5]workshop.Count{workshop.Hidden, 3, 4, 3, workshop.Hidden}}}},
			Mismatches: []workshop.MismatchCount{{ID: "exp.a", N: 12, MeMore: 4, OrgMore: workshop.Hidden, Rank: workshop.Rank{Place: 1, Tied: true}}},
			Gaps:       []workshop.GapMean{{ID: "skill.a", N: 11, MeanGap: 2, Rank: workshop.Rank{Place: 1}}}}}}}
}

func room(t *testing.T, s workshop.RoomStore) {
	ctx := context.Background()
	if _, err := s.LoadRoom(ctx); !errors.Is(err, workshop.ErrNotFound) {
		t.Fatalf("LoadRoom of a new store: %v, want ErrNotFound", err)
	}
	want := Room()
	if err := s.SaveRoom(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err := s.LoadRoom(ctx)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("LoadRoom = %+v, %v\nwant %+v", got, err, want)
	}
	want.Code = "ZZ99"
	want.State.Change(func(s *workshop.RoomState) { s.JoinOpen = false })
	if err := s.SaveRoom(ctx, want); err != nil {
		t.Fatal(err)
	}
	if got, err := s.LoadRoom(ctx); err != nil || got.Code != "ZZ99" || !reflect.DeepEqual(got.State, want.State) {
		t.Errorf("saving again does not replace the room: %+v, %v", got, err)
	}
}

func members(t *testing.T, s workshop.RoomStore) {
	ctx := context.Background()
	if ms, err := s.Members(ctx); err != nil || len(ms) != 0 {
		t.Fatalf("Members of a new store = %v, %v", ms, err)
	}
	var want []workshop.Member
	for _, id := range []string{"carol", "alice", "bob"} { // joining order, not ID order
		m := Member(id)
		if err := s.AddMember(ctx, m, TokenHash("token-"+id)); err != nil {
			t.Fatal(err)
		}
		want = append(want, m)
	}
	alice := want[1]
	alice.Removed, alice.Connected, alice.Progress, alice.Step = true, false, 83, workshop.StepPlan
	if err := s.SaveMember(ctx, alice); err != nil {
		t.Fatal(err)
	}
	want[1] = alice // keeps its place; a removed member stays listed
	if got, err := s.Members(ctx); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Members = %+v, %v\nwant %+v", got, err, want)
	}
	for _, m := range want {
		if got, err := s.MemberByToken(ctx, TokenHash("token-"+m.ID)); err != nil || !reflect.DeepEqual(got, m) {
			t.Errorf("MemberByToken(%s) = %+v, %v; want %+v", m.ID, got, err, m)
		}
	}
}

func memberErrors(t *testing.T, s workshop.RoomStore) {
	ctx := context.Background()
	if err := s.AddMember(ctx, Member("alice"), TokenHash("alice")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		call     func() error
		notFound bool
	}{
		{"unknown token", func() error { _, err := s.MemberByToken(ctx, TokenHash("nobody")); return err }, true},
		{"save unknown member", func() error { return s.SaveMember(ctx, Member("nobody")) }, true},
		{"add same ID again", func() error { return s.AddMember(ctx, Member("alice"), TokenHash("other")) }, false},
		{"add same token again", func() error { return s.AddMember(ctx, Member("bob"), TokenHash("alice")) }, false},
	} {
		err := tc.call()
		if err == nil || errors.Is(err, workshop.ErrNotFound) != tc.notFound {
			t.Errorf("%s: %v, want an error (not found: %v)", tc.name, err, tc.notFound)
		}
	}
	if ms, err := s.Members(ctx); err != nil || !reflect.DeepEqual(ms, []workshop.Member{Member("alice")}) {
		t.Errorf("refused writes changed the members: %+v, %v", ms, err)
	}
}

func answers(t *testing.T, open func(t *testing.T) workshop.RoomStore) {
	type put struct {
		rev  int64
		data string
	}
	for _, tc := range []struct {
		name     string
		puts     []put
		wantRevs []int64 // what each PutAnswers returns
		wantData string  // stored at the end
	}{
		{"first write", []put{{3, "v3"}}, []int64{3}, "v3"},
		{"same rev twice", []put{{1, "v1"}, {1, "v1 again"}}, []int64{1, 1}, "v1"},
		{"older after newer", []put{{5, "v5"}, {4, "v4"}, {1, "v1"}}, []int64{5, 5, 5}, "v5"},
		{"newer replaces", []put{{1, "v1"}, {2, "v2"}, {10, "v10"}}, []int64{1, 2, 10}, "v10"},
		{"retried batch", []put{{1, "v1"}, {2, "v2"}, {1, "v1"}, {2, "v2"}, {3, "v3"}}, []int64{1, 2, 2, 2, 3}, "v3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			if err := s.AddMember(ctx, Member("m"), TokenHash("m")); err != nil {
				t.Fatal(err)
			}
			for i, p := range tc.puts {
				if got, err := s.PutAnswers(ctx, "m", p.rev, []byte(p.data)); err != nil || got != tc.wantRevs[i] {
					t.Errorf("PutAnswers(rev %d) = %d, %v; want %d", p.rev, got, err, tc.wantRevs[i])
				}
			}
			rev, data, err := s.GetAnswers(ctx, "m")
			if want := tc.wantRevs[len(tc.wantRevs)-1]; err != nil || rev != want || string(data) != tc.wantData {
				t.Errorf("GetAnswers = %d %q %v, want %d %q", rev, data, err, want, tc.wantData)
			}
		})
	}
}

func answersErrors(t *testing.T, s workshop.RoomStore) {
	ctx := context.Background()
	if err := s.AddMember(ctx, Member("m"), TokenHash("m")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutAnswers(ctx, "nobody", 1, []byte("{}")); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("PutAnswers of an unknown member: %v, want ErrNotFound", err)
	}
	if _, _, err := s.GetAnswers(ctx, "nobody"); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("GetAnswers of an unknown member: %v, want ErrNotFound", err)
	}
	if _, _, err := s.GetAnswers(ctx, "m"); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("GetAnswers of a member without answers: %v, want ErrNotFound", err)
	}
}

func concurrent(t *testing.T, s workshop.RoomStore) {
	const members, revs = 10, 10
	ctx := context.Background()
	for i := range members {
		if err := s.AddMember(ctx, Member(fmt.Sprint("m", i)), TokenHash(fmt.Sprint("m", i))); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for i := range members {
		for rev := range int64(revs) {
			wg.Go(func() {
				if _, err := s.PutAnswers(ctx, fmt.Sprint("m", i), rev+1, []byte(fmt.Sprint("v", rev+1))); err != nil {
					t.Error(err)
				}
			})
		}
	}
	wg.Wait()
	for i := range members {
		if rev, data, err := s.GetAnswers(ctx, fmt.Sprint("m", i)); err != nil || rev != revs || string(data) != fmt.Sprint("v", revs) {
			t.Errorf("m%d after concurrent writes: %d %q %v, want the newest", i, rev, data, err)
		}
	}
}

func copies(t *testing.T, s workshop.RoomStore) {
	ctx := context.Background()
	r := Room()
	if err := s.SaveRoom(ctx, r); err != nil {
		t.Fatal(err)
	}
	r.CertPEM[0] = 'X'
	r.State.Agenda[0].Steps[0] = "changed"
	if got, err := s.LoadRoom(ctx); err != nil || !bytes.Equal(got.CertPEM, []byte("cert")) || got.State.Agenda[0].Steps[0] == "changed" {
		t.Errorf("the stored room changed with the caller's copy: %+v %v", got, err)
	}
	if err := s.AddMember(ctx, Member("m"), TokenHash("m")); err != nil {
		t.Fatal(err)
	}
	data := []byte("v1")
	if _, err := s.PutAnswers(ctx, "m", 1, data); err != nil {
		t.Fatal(err)
	}
	data[0] = 'X'
	_, got, err := s.GetAnswers(ctx, "m")
	if err != nil || string(got) != "v1" {
		t.Fatalf("the stored answers changed with the caller's copy: %q %v", got, err)
	}
	got[0] = 'X'
	if _, again, _ := s.GetAnswers(ctx, "m"); string(again) != "v1" {
		t.Errorf("the stored answers changed with a returned copy: %q", again)
	}
}

func deleteAll(t *testing.T, s workshop.RoomStore) {
	ctx := context.Background()
	if err := s.SaveRoom(ctx, Room()); err != nil {
		t.Fatal(err)
	}
	if err := s.AddMember(ctx, Member("m"), TokenHash("m")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutAnswers(ctx, "m", 1, []byte("v1")); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadRoom(ctx); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("LoadRoom after DeleteAll: %v", err)
	}
	if ms, err := s.Members(ctx); err != nil || len(ms) != 0 {
		t.Errorf("Members after DeleteAll: %v, %v", ms, err)
	}
	if _, err := s.MemberByToken(ctx, TokenHash("m")); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("MemberByToken after DeleteAll: %v", err)
	}
	if _, _, err := s.GetAnswers(ctx, "m"); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("GetAnswers after DeleteAll: %v", err)
	}
}
