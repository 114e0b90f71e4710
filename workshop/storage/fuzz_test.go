package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
)

func FuzzReadArchive(f *testing.F) {
	s := workshop.NewSetup(now, "a4")
	store := memstore.New()
	ctx := context.Background()
	if err := store.SaveRoom(ctx, &workshop.RoomRecord{ID: "r", Code: "ABCDEF", State: workshop.NewRoomState("t", workshop.DefaultAgenda, workshop.Paced)}); err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteArchive(ctx, &buf, s, store); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(`{"format":"leadshift.archive","version":1,"setup":{"id":"x"}}`))
	f.Add([]byte(`{"format":"leadshift.answers"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ar, err := ReadArchive(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Whatever reads as an archive imports cleanly or fails with an error.
		lib, err := OpenLibrary(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		lib.Import(ctx, ar, func(context.Context, string) (workshop.RoomStore, error) { return memstore.New(), nil })
	})
}

func FuzzLoadSetup(f *testing.F) {
	good, err := json.Marshal(workshop.NewSetup(now, "a4"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{"id":"00000000-0000-0000-0000-000000000000","agenda":null}`))
	f.Add([]byte(`{"id":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lib, err := OpenLibrary(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		id := "6f1c2a9e-3b7d-4c1e-9a52-0d8e4f7b1c23"
		dir := filepath.Join(lib.dir, id)
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, setupFile), data, 0o600); err != nil {
			t.Fatal(err)
		}
		if s, err := lib.Load(id); err == nil {
			s.Check() // a loaded setup is safe to check and list
			lib.List()
		}
	})
}
