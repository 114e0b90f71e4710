package storage

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/leadshift/leadshift/workshop/manager"
)

// managerFile holds the manager's response applied to the answers beside
// it: its own document, bound to them by their ID (docs/formats.md).
const managerFile = "manager-response.json"

// ManagerPath is the file the applied manager's response is kept in.
func (s *Store) ManagerPath() string { return filepath.Join(s.dir, managerFile) }

// LoadManager reads the applied manager's response; nil and no error when
// there is none.
func (s *Store) LoadManager() (*manager.Response, error) {
	r, err := ReadResponse(s.ManagerPath())
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	return r, err
}

// SaveManager keeps r as the applied manager's response; nil removes it.
func (s *Store) SaveManager(r *manager.Response) error {
	if r == nil {
		if err := os.Remove(s.ManagerPath()); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		return nil
	}
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return fmt.Errorf("creating the data folder: %w", err)
	}
	return WriteResponse(s.ManagerPath(), r, Private)
}

// ReadResponse reads and checks a manager's response file, naming the
// file on error.
func ReadResponse(path string) (*manager.Response, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := manager.DecodeResponse(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// WriteResponse writes a manager's response to path atomically.
func WriteResponse(path string, r *manager.Response, perm os.FileMode) error {
	var buf bytes.Buffer
	if err := manager.EncodeResponse(&buf, r); err != nil {
		return err
	}
	return WriteAtomic(path, buf.Bytes(), perm)
}

// ReadRequest reads and checks a manager's request file, naming the file
// on error.
func ReadRequest(path string) (*manager.Request, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	q, err := manager.DecodeRequest(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return q, nil
}

// WriteRequest writes a manager's request to path atomically, readable
// by others: it is made to be passed on.
func WriteRequest(path string, q *manager.Request) error {
	var buf bytes.Buffer
	if err := manager.EncodeRequest(&buf, q); err != nil {
		return err
	}
	return WriteAtomic(path, buf.Bytes(), Shared)
}
