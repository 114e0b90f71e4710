package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

var now = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

func TestStoreSaveLoadClear(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "solo"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(); !errors.Is(err, ErrNoSession) {
		t.Fatalf("empty store: %v, want ErrNoSession", err)
	}
	a := workshop.NewAnswers("builtin", now)
	a.Participant.Name = "José Nuñez"
	if err := s.Save(a); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load()
	if err != nil || got.Participant.Name != "José Nuñez" {
		t.Fatalf("Load: %v, %+v", err, got)
	}
	if err := s.Clear(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(); !errors.Is(err, ErrNoSession) {
		t.Errorf("after Clear: %v", err)
	}
}

func TestStoreKeepsABrokenFile(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(dir)
	if err := os.WriteFile(s.Path(), []byte(`{"format":"leadshift.answers","vers`), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := s.Load()
	if err == nil || !strings.Contains(err.Error(), "truncated") || !strings.Contains(err.Error(), "kept as") {
		t.Fatalf("broken file: %v", err)
	}
	kept, _ := filepath.Glob(filepath.Join(dir, "answers.json.broken-*"))
	if len(kept) != 1 {
		t.Errorf("the broken file was not kept aside: %v", kept)
	}
	if _, err := s.Load(); !errors.Is(err, ErrNoSession) {
		t.Errorf("after moving aside: %v, want a fresh start", err)
	}
}

func TestAutosaverWritesTheNewestAndFlushesOnClose(t *testing.T) {
	s, _ := Open(t.TempDir())
	as := NewAutosaver(s, func(err error) { t.Errorf("save failed: %v", err) })
	a := workshop.NewAnswers("builtin", now)
	for i := range 100 {
		a.Ratings["x"] = i%5 + 1
		a.Participant.Name = strings.Repeat("a", i+1)
		as.Save(a)
	}
	as.Close()
	as.Close() // twice is fine
	as.Save(a) // after Close: ignored, no panic
	got, err := s.Load()
	if err != nil || len(got.Participant.Name) != 100 {
		t.Fatalf("after Close: %v, name length %d, want the last snapshot (100)", err, len(got.Participant.Name))
	}
}

func TestAutosaverReportsErrors(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(filepath.Join(dir, "taken"))
	if err := os.WriteFile(filepath.Join(dir, "taken"), nil, 0o600); err != nil { // a file where the folder should go
		t.Fatal(err)
	}
	failed := make(chan error, 1)
	as := NewAutosaver(s, func(err error) { failed <- err })
	as.Save(workshop.NewAnswers("builtin", now))
	as.Close()
	select {
	case err := <-failed:
		if err == nil {
			t.Error("nil error reported")
		}
	default:
		t.Error("a failed save was not reported")
	}
}

func TestOpeningCreatesNothingUntilTheFirstSave(t *testing.T) {
	root := t.TempDir()
	s, err := Open(filepath.Join(root, "solo"))
	if err != nil {
		t.Fatal(err)
	}
	lib, err := OpenLibrary(filepath.Join(root, "workshops"))
	if err != nil {
		t.Fatal(err)
	}
	if setups, problems := lib.List(); len(setups)+len(problems) != 0 {
		t.Errorf("an empty library lists %v, %v", setups, problems)
	}
	if _, err := s.Load(); !errors.Is(err, ErrNoSession) {
		t.Errorf("Load before any save: %v", err)
	}
	if entries, _ := os.ReadDir(root); len(entries) != 0 {
		t.Fatalf("opening created %v", entries)
	}
	if err := s.Save(workshop.NewAnswers("builtin", now)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.Path()); err != nil {
		t.Errorf("the first save: %v", err)
	}
}

func TestLibrary(t *testing.T) {
	lib, err := OpenLibrary(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	older := workshop.NewSetup(now.AddDate(0, 0, -7), "a4")
	newer := workshop.NewSetup(now, "letter")
	newer.Title = "Ops leads, Kraków"
	for _, s := range []*workshop.Setup{older, newer} {
		if err := lib.Save(s); err != nil {
			t.Fatal(err)
		}
	}
	// A broken folder is reported and hides nothing else.
	if err := os.MkdirAll(filepath.Join(lib.dir, "not-a-uuid"), 0o700); err != nil {
		t.Fatal(err)
	}
	list, problems := lib.List()
	if len(list) != 2 || list[0].Title != "Ops leads, Kraków" || len(problems) != 1 {
		t.Fatalf("List: %d setups (first %q), problems %v", len(list), list[0].Title, problems)
	}
	if _, err := lib.Dir("../../etc"); err == nil {
		t.Error("a path outside the library was accepted as an ID")
	}
	dir, _ := lib.Dir(newer.ID)
	if err := os.WriteFile(filepath.Join(dir, "room.db"), []byte("answers"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := lib.Delete(newer.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Delete left %s behind", dir)
	}
	if err := lib.Delete(newer.ID); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
}
