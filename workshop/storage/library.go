package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/google/uuid"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/strictjson"
)

const setupFile = "setup.json"

// Library is the facilitator's folder of workshops: one sub-folder per
// workshop, holding its setup and, once hosted, its room database.
type Library struct {
	dir string
}

// OpenLibrary returns the library in dir. The folder is made when the
// first workshop is saved, not before.
func OpenLibrary(dir string) (*Library, error) {
	return &Library{dir: dir}, nil
}

// Dir is the folder of workshop id. The id must be a UUID, so a crafted
// id can never point outside the library.
func (l *Library) Dir(id string) (string, error) {
	if _, err := uuid.Parse(id); err != nil {
		return "", fmt.Errorf("%q is not a workshop ID", id)
	}
	return filepath.Join(l.dir, id), nil
}

// Save writes a workshop's setup.
func (l *Library) Save(s *workshop.Setup) error {
	dir, err := l.Dir(s.ID)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return WriteAtomic(filepath.Join(dir, setupFile), data, Private)
}

// Load reads a workshop's setup.
func (l *Library) Load(id string) (*workshop.Setup, error) {
	dir, err := l.Dir(id)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(dir, setupFile))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var s workshop.Setup
	if err := strictjson.Decode(f, workshop.MaxFileSize, &s); err != nil {
		return nil, fmt.Errorf("workshop %s: %w", id, err)
	}
	if s.ID != id {
		return nil, fmt.Errorf("workshop %s: its setup names another ID, %q", id, s.ID)
	}
	return &s, nil
}

// List returns every readable workshop, newest date first, and the
// folders that could not be read, so one broken folder hides nothing else.
func (l *Library) List() ([]*workshop.Setup, []error) {
	entries, err := os.ReadDir(l.dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil // nothing saved yet
	}
	if err != nil {
		return nil, []error{err}
	}
	var out []*workshop.Setup
	var problems []error
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		s, err := l.Load(e.Name())
		if err != nil {
			problems = append(problems, err)
			continue
		}
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date > out[j].Date
		}
		return out[i].Created.After(out[j].Created)
	})
	return out, problems
}

// Delete wipes a workshop: its setup, room database and every
// participant's answers in it.
func (l *Library) Delete(id string) error {
	dir, err := l.Dir(id)
	if err != nil {
		return err
	}
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("workshop %s: %w", id, workshop.ErrNotFound)
	}
	return os.RemoveAll(dir)
}
