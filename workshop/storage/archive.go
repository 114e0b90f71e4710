package storage

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

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

// Archive is a workshop in one file, to reopen and reprint on another
// machine: the setup, the room without its private key, the roster, and
// the answers of the participants who chose to share them with the
// facilitator and are still in the room. Nobody else's answers are in it;
// Omitted says what was left out.
type Archive struct {
	Format  string                     `json:"format"`
	Version int                        `json:"version"`
	App     string                     `json:"app,omitempty"` // the LeadShift that wrote it, e.g. "LeadShift 0.1.0"
	Setup   workshop.Setup             `json:"setup"`
	Room    workshop.RoomRecord        `json:"room"`
	Members []workshop.Member          `json:"members"`
	Answers map[string]json.RawMessage `json:"answers"` // by member ID
	Revs    map[string]int64           `json:"revs"`
	Omitted string                     `json:"omitted,omitempty"` // what the archive leaves out, in a sentence
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
	var private, removed int
	for _, m := range members {
		rev, data, err := store.GetAnswers(ctx, m.ID)
		if errors.Is(err, workshop.ErrNotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("reading answers of %s: %w", m.Name, err)
		}
		// Consent goes with the answers: only answers whose owner chose to
		// share them, and who is still in the room, leave the store.
		switch a, err := workshop.DecodeAnswers(bytes.NewReader(data)); {
		case m.Removed:
			removed++
		case err != nil || !a.Share:
			private++
		default:
			ar.Answers[m.ID], ar.Revs[m.ID] = data, rev
		}
	}
	ar.Omitted = omitted(private, removed)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(ar)
}

// omitted says which answers an archive leaves out.
func omitted(private, removed int) string {
	var parts []string
	if private > 0 {
		parts = append(parts, fmt.Sprintf("%d participant(s) who did not share them with the facilitator", private))
	}
	if removed > 0 {
		parts = append(parts, fmt.Sprintf("%d participant(s) removed from the workshop", removed))
	}
	if len(parts) == 0 {
		return ""
	}
	return "This archive leaves out the answers of " + strings.Join(parts, " and of ") + "; only their names and progress are in it."
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
// tokens are not in the archive. Import is all or nothing: when any part
// fails, the new workshop is deleted again and the library is as before.
func (l *Library) Import(ctx context.Context, ar *Archive, openRoom func(ctx context.Context, dir string) (workshop.RoomStore, error)) (_ *workshop.Setup, err error) {
	// Check every answers document before writing anything.
	for _, m := range ar.Members {
		if data, ok := ar.Answers[m.ID]; ok {
			if _, err := workshop.DecodeAnswers(bytes.NewReader(data)); err != nil {
				return nil, fmt.Errorf("answers of %s: %w", m.Name, err)
			}
		}
	}
	s := ar.Setup
	s.ID, s.Running, s.Imported = uuid.NewString(), false, true
	dir, err := l.Dir(s.ID)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			if rerr := os.RemoveAll(dir); rerr != nil {
				err = errors.Join(err, fmt.Errorf("removing the half-imported workshop: %w", rerr))
			}
		}
	}()
	store, err := openRoom(ctx, dir)
	if err != nil {
		return nil, err
	}
	if err := importRoom(ctx, store, ar); err != nil {
		store.Close()
		return nil, err
	}
	if err := store.Close(); err != nil {
		return nil, err
	}
	// The setup goes in last: a workshop without it is not listed.
	if err := l.Save(&s); err != nil {
		return nil, err
	}
	return &s, nil
}

// importRoom writes an archive's room, members and answers to store.
func importRoom(ctx context.Context, store workshop.RoomStore, ar *Archive) error {
	room := ar.Room
	if err := store.SaveRoom(ctx, &room); err != nil {
		return err
	}
	for _, m := range ar.Members {
		hash := make([]byte, 32)
		rand.Read(hash)
		if err := store.AddMember(ctx, m, hash); err != nil {
			return fmt.Errorf("importing %s: %w", m.Name, err)
		}
		if data, ok := ar.Answers[m.ID]; ok {
			if _, err := store.PutAnswers(ctx, m.ID, max(1, ar.Revs[m.ID]), data); err != nil {
				return err
			}
		}
	}
	return nil
}
