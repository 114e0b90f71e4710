package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
)

// TestArchiveHoldsOnlySharedAnswers is the review's archive attack: four
// members, one sharing, one sharing then removed, two not sharing. The
// archive holds the one sharing member's answers, and says what it leaves
// out.
func TestArchiveHoldsOnlySharedAnswers(t *testing.T) {
	ctx := context.Background()
	store := memstore.New()
	if err := store.SaveRoom(ctx, &workshop.RoomRecord{ID: "r", Code: "ABCDEF", KeyPEM: []byte("secret key")}); err != nil {
		t.Fatal(err)
	}
	for i, p := range []struct {
		name           string
		share, removed bool
	}{{"P1", true, false}, {"P2", true, true}, {"P3", false, false}, {"P4", false, false}} {
		m := workshop.Member{ID: p.name, Name: p.name, Share: p.share, Removed: p.removed}
		if err := store.AddMember(ctx, m, []byte{byte(i)}); err != nil {
			t.Fatal(err)
		}
		a := workshop.NewAnswers("builtin", now)
		a.Participant.Name = p.name
		a.Reflections["r"] = "private reflection of " + p.name
		a.Share = p.share
		data, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := store.PutAnswers(ctx, m.ID, 1, data); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := WriteArchive(ctx, &buf, &workshop.Setup{ID: "6f1d3c1e-8a3b-4b7e-9a57-2f0b8c1d2e3f", Title: "T"}, store); err != nil {
		t.Fatal(err)
	}
	for _, private := range []string{"reflection of P2", "reflection of P3", "reflection of P4", "secret key"} {
		if strings.Contains(buf.String(), private) {
			t.Errorf("the archive holds %q", private)
		}
	}
	ar, err := ReadArchive(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(ar.Answers) != 1 || ar.Answers["P1"] == nil || len(ar.Members) != 4 {
		t.Errorf("archive answers of %d members (want P1's only), roster of %d", len(ar.Answers), len(ar.Members))
	}
	if !strings.Contains(ar.Omitted, "2 participant(s) who did not share") || !strings.Contains(ar.Omitted, "1 participant(s) removed") {
		t.Errorf("omitted: %q", ar.Omitted)
	}
}

// failingStore fails to add its second member.
type failingStore struct {
	*memstore.Store
	added int
}

func (f *failingStore) AddMember(ctx context.Context, m workshop.Member, hash []byte) error {
	if f.added++; f.added == 2 {
		return errors.New("disk full")
	}
	return f.Store.AddMember(ctx, m, hash)
}

// TestImportIsAllOrNothing: an import that fails half-way leaves no
// workshop and no folder behind.
func TestImportIsAllOrNothing(t *testing.T) {
	root := t.TempDir()
	lib, err := OpenLibrary(root)
	if err != nil {
		t.Fatal(err)
	}
	ar := &Archive{Format: ArchiveFormat, Version: ArchiveVersion,
		Setup:   workshop.Setup{ID: "6f1d3c1e-8a3b-4b7e-9a57-2f0b8c1d2e3f", Title: "T"},
		Members: []workshop.Member{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}}}
	openRoom := func(_ context.Context, dir string) (workshop.RoomStore, error) {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, err
		}
		return &failingStore{Store: memstore.New()}, nil
	}
	if _, err := lib.Import(context.Background(), ar, openRoom); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("import with a failing store: %v", err)
	}
	setups, problems := lib.List()
	entries, _ := os.ReadDir(root)
	if len(setups) != 0 || len(problems) != 0 || len(entries) != 0 {
		t.Errorf("after a failed import: %d workshops, problems %v, %d entries in the library folder", len(setups), problems, len(entries))
	}
}
