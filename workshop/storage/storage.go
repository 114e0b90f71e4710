// Package storage keeps a participant's answers on the local disk. Every
// write goes to a temporary file that is synced and renamed over the old
// one, so a crash or a killed process never leaves a half-written file.
package storage

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// ErrNoSession means there are no saved answers yet.
var ErrNoSession = errors.New("no saved answers")

const answersFile = "answers.json"

// Store is a folder holding one participant's answers, in answers.json.
type Store struct {
	dir string
}

// Open returns the store in dir, creating the folder when needed.
func Open(dir string) (*Store, error) {
	return &Store{dir: dir}, nil // the folder is made by the first Save, not before
}

// Path is the file the answers are saved in.
func (s *Store) Path() string { return filepath.Join(s.dir, answersFile) }

// Load reads the saved answers. It returns ErrNoSession when there are none.
// A file that cannot be read is moved aside (never deleted) and the error
// names where it went.
func (s *Store) Load() (*workshop.Answers, error) {
	a, err := ReadAnswers(s.Path())
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNoSession
	}
	if err != nil {
		aside := fmt.Sprintf("%s.broken-%s", s.Path(), time.Now().UTC().Format("20060102T150405"))
		if mvErr := os.Rename(s.Path(), aside); mvErr != nil {
			return nil, fmt.Errorf("%w (and it could not be moved aside: %v)", err, mvErr)
		}
		return nil, fmt.Errorf("%w; the file was kept as %s", err, aside)
	}
	return a, nil
}

// Save writes the answers atomically.
func (s *Store) Save(a *workshop.Answers) error {
	var buf bytes.Buffer
	if err := workshop.EncodeAnswers(&buf, a); err != nil {
		return err
	}
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return fmt.Errorf("creating the data folder: %w", err)
	}
	return WriteAtomic(s.Path(), buf.Bytes(), Private)
}

// Clear removes the saved answers, so the next Load starts afresh.
func (s *Store) Clear() error {
	err := os.Remove(s.Path())
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}

// ReadAnswers reads and checks an answers file, naming the file on error.
func ReadAnswers(path string) (*workshop.Answers, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	a, err := workshop.DecodeAnswers(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// WriteAnswers exports answers to path atomically.
func WriteAnswers(path string, a *workshop.Answers) error {
	var buf bytes.Buffer
	if err := workshop.EncodeAnswers(&buf, a); err != nil {
		return err
	}
	return WriteAtomic(path, buf.Bytes(), Private)
}

// File permissions: Private for the app's own data, Shared for files the
// person exports to print or pass on.
const (
	Private os.FileMode = 0o600
	Shared  os.FileMode = 0o644
)

// WriteAtomic writes data to path through a synced temporary file in the
// same folder, then renames it into place with permissions perm.
func WriteAtomic(path string, data []byte, perm os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), perm); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
