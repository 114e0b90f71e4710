package roomdb

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func TestMembersRoundTrip(t *testing.T) {
	ctx := context.Background()
	d := openTest(t)
	if ms, err := d.Members(ctx); err != nil || len(ms) != 0 {
		t.Fatalf("Members of a new database = %v, %v", ms, err)
	}

	// Joining order, not ID order.
	ids := []string{"carol", "alice", "bob"}
	var want []workshop.Member
	for _, id := range ids {
		m := testMember(id)
		if err := d.AddMember(ctx, m, tokenHash("token-"+id)); err != nil {
			t.Fatal(err)
		}
		want = append(want, m)
	}
	got, err := d.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Members = %+v\nwant %+v", got, want)
	}

	// Saving a member changes its roster fields, keeps its place, and a
	// removed member stays listed.
	alice := want[1]
	alice.Removed, alice.Connected, alice.Progress, alice.Step = true, false, 83, workshop.StepPlan
	if err := d.SaveMember(ctx, alice); err != nil {
		t.Fatal(err)
	}
	want[1] = alice
	got, err = d.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Members after SaveMember = %+v\nwant %+v", got, want)
	}

	for _, m := range want {
		byToken, err := d.MemberByToken(ctx, tokenHash("token-"+m.ID))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(byToken, m) {
			t.Errorf("MemberByToken(%s) = %+v, want %+v", m.ID, byToken, m)
		}
	}
}

func TestMemberErrors(t *testing.T) {
	ctx := context.Background()
	d := openTest(t)
	if err := d.AddMember(ctx, testMember("alice"), tokenHash("alice")); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name     string
		call     func() error
		notFound bool
	}{
		{"unknown token", func() error { _, err := d.MemberByToken(ctx, tokenHash("nobody")); return err }, true},
		{"raw token instead of hash", func() error { _, err := d.MemberByToken(ctx, []byte("alice")); return err }, true},
		{"save unknown member", func() error { return d.SaveMember(ctx, testMember("nobody")) }, true},
		{"add same ID again", func() error { return d.AddMember(ctx, testMember("alice"), tokenHash("other")) }, false},
		{"add same token again", func() error { return d.AddMember(ctx, testMember("bob"), tokenHash("alice")) }, false},
		{"add with unhashed token", func() error { return d.AddMember(ctx, testMember("bob"), []byte("alice")) }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if err == nil {
				t.Fatal("no error")
			}
			if errors.Is(err, workshop.ErrNotFound) != tt.notFound {
				t.Errorf("error %q: errors.Is(err, ErrNotFound) = %v, want %v", err, !tt.notFound, tt.notFound)
			}
		})
	}

	// The refused writes left alice alone.
	ms, err := d.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []workshop.Member{testMember("alice")}; !reflect.DeepEqual(ms, want) {
		t.Errorf("Members = %+v, want %+v", ms, want)
	}
}
