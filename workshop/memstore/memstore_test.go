package memstore

import (
	"context"
	"errors"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func TestPutAnswersIsIdempotent(t *testing.T) {
	ctx := context.Background()
	s := New()
	if _, err := s.PutAnswers(ctx, "nobody", 1, []byte("{}")); !errors.Is(err, workshop.ErrNotFound) {
		t.Fatalf("answers for an unknown member: %v, want ErrNotFound", err)
	}
	if err := s.AddMember(ctx, workshop.Member{ID: "m1", Name: "Ana"}, []byte("hash")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.GetAnswers(ctx, "m1"); !errors.Is(err, workshop.ErrNotFound) {
		t.Fatalf("no answers yet: %v, want ErrNotFound", err)
	}
	for _, tc := range []struct {
		rev      int64
		data     string
		wantRev  int64
		wantData string
	}{
		{2, `{"v":2}`, 2, `{"v":2}`},
		{2, `{"v":"again"}`, 2, `{"v":2}`}, // same revision: no change
		{1, `{"v":1}`, 2, `{"v":2}`},       // older revision: no change
		{3, `{"v":3}`, 3, `{"v":3}`},
	} {
		got, err := s.PutAnswers(ctx, "m1", tc.rev, []byte(tc.data))
		if err != nil || got != tc.wantRev {
			t.Fatalf("PutAnswers(rev %d) = %d, %v; want %d", tc.rev, got, err, tc.wantRev)
		}
		rev, stored, err := s.GetAnswers(ctx, "m1")
		if err != nil || rev != tc.wantRev || string(stored) != tc.wantData {
			t.Fatalf("after rev %d: stored %d %s %v, want %d %s", tc.rev, rev, stored, err, tc.wantRev, tc.wantData)
		}
		stored[0] = 'X' // the caller's copy, not the store's
	}
}

func TestNotFound(t *testing.T) {
	ctx := context.Background()
	s := New()
	if _, err := s.LoadRoom(ctx); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("LoadRoom on a new store: %v", err)
	}
	if _, err := s.MemberByToken(ctx, []byte("x")); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("MemberByToken: %v", err)
	}
	if err := s.SaveMember(ctx, workshop.Member{ID: "x"}); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("SaveMember: %v", err)
	}
	agenda := []workshop.Phase{{ID: "p", Title: "P", Steps: []workshop.Step{workshop.StepCheckIn}, Minutes: 5}}
	room := &workshop.RoomRecord{ID: "r", CertPEM: []byte("cert"), State: workshop.NewRoomState("T", agenda, workshop.Paced)}
	if err := s.SaveRoom(ctx, room); err != nil {
		t.Fatal(err)
	}
	room.CertPEM[0] = 'X'
	room.State.Agenda[0].Steps[0] = "changed"
	got, err := s.LoadRoom(ctx)
	if err != nil || string(got.CertPEM) != "cert" || got.State.Agenda[0].Steps[0] != workshop.StepCheckIn {
		t.Errorf("stored room changed with the caller's copy: %+v %v", got, err)
	}
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadRoom(ctx); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("LoadRoom after DeleteAll: %v", err)
	}
}
