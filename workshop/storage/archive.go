package storage

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/google/uuid"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/strictjson"
)

// ArchiveFormat and ArchiveVersion identify a workshop archive file.
const (
	ArchiveFormat  = "leadshift.archive"
	ArchiveVersion = 1
)

// WrittenBy names the LeadShift and version that writes archives; package
// main sets it from FyneApp.toml.
var WrittenBy = "LeadShift"

// Archive is a whole workshop in one file, to reopen and reprint on another
// machine: the setup, the room without its private key, the roster and
// every stored answers document.
type Archive struct {
	Format  string                     `json:"format"`
	Version int                        `json:"version"`
	App     string                     `json:"app,omitempty"` // the LeadShift that wrote it, e.g. "LeadShift 0.1.0"
	Setup   workshop.Setup             `json:"setup"`
	Room    workshop.RoomRecord        `json:"room"`
	Members []workshop.Member          `json:"members"`
	Answers map[string]json.RawMessage `json:"answers"` // by member ID
	Revs    map[string]int64           `json:"revs"`
}

// WriteArchive writes the workshop held in store.
func WriteArchive(ctx context.Context, w io.Writer, s *workshop.Setup, store workshop.RoomStore) error {
	room, err := store.LoadRoom(ctx)
	if err != nil {
		return fmt.Errorf("reading the room: %w", err)
	}
	room.KeyPEM = nil // the archive can be reprinted from, never hosted as the same room
	members, err := store.Members(ctx)
	if err != nil {
		return fmt.Errorf("reading the roster: %w", err)
	}
	ar := Archive{Format: ArchiveFormat, Version: ArchiveVersion, App: WrittenBy, Setup: *s, Room: *room, Members: members,
		Answers: map[string]json.RawMessage{}, Revs: map[string]int64{}}
	ar.Setup.Running = false
	for _, m := range members {
		rev, data, err := store.GetAnswers(ctx, m.ID)
		if errors.Is(err, workshop.ErrNotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("reading answers of %s: %w", m.Name, err)
		}
		ar.Answers[m.ID], ar.Revs[m.ID] = data, rev
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(ar)
}

// maxArchive bounds what ReadArchive reads.
const maxArchive = 256 << 20

// ReadArchive decodes and checks an archive.
func ReadArchive(r io.Reader) (*Archive, error) {
	var ar Archive
	if err := strictjson.Decode(r, maxArchive, &ar); err != nil {
		return nil, fmt.Errorf("not a readable workshop archive: %w", err)
	}
	switch {
	case ar.Format != ArchiveFormat:
		return nil, &workshop.FieldError{Field: "format", Problem: fmt.Sprintf("is %q, want %q", ar.Format, ArchiveFormat)}
	case ar.Version != ArchiveVersion:
		return nil, &workshop.FieldError{Field: "version", Problem: fmt.Sprintf("is %d, this LeadShift reads version %d", ar.Version, ArchiveVersion)}
	}
	if _, err := uuid.Parse(ar.Setup.ID); err != nil {
		return nil, &workshop.FieldError{Field: "setup.id", Problem: "is not a workshop ID"}
	}
	return &ar, nil
}

// Import stores an archive as a new workshop of the library, in a store
// opened by openRoom in its folder. Imported members cannot rejoin: their
// tokens are not in the archive.
func (l *Library) Import(ctx context.Context, ar *Archive, openRoom func(ctx context.Context, dir string) (workshop.RoomStore, error)) (*workshop.Setup, error) {
	s := ar.Setup
	s.ID, s.Running, s.Imported = uuid.NewString(), false, true
	if err := l.Save(&s); err != nil {
		return nil, err
	}
	dir, _ := l.Dir(s.ID)
	store, err := openRoom(ctx, dir)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	room := ar.Room
	if err := store.SaveRoom(ctx, &room); err != nil {
		return nil, err
	}
	for _, m := range ar.Members {
		hash := make([]byte, 32)
		rand.Read(hash)
		if err := store.AddMember(ctx, m, hash); err != nil {
			return nil, fmt.Errorf("importing %s: %w", m.Name, err)
		}
		if data, ok := ar.Answers[m.ID]; ok {
			if _, err := workshop.DecodeAnswers(bytes.NewReader(data)); err != nil {
				return nil, fmt.Errorf("answers of %s: %w", m.Name, err)
			}
			if _, err := store.PutAnswers(ctx, m.ID, max(1, ar.Revs[m.ID]), data); err != nil {
				return nil, err
			}
		}
	}
	return &s, nil
}
