// Package memstore is an in-memory workshop.RoomStore for tests and demos.
// Nothing survives the process; every value going in or out is copied, so
// callers can never change what the store holds behind its back.
package memstore

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"slices"
	"sync"

	"github.com/leadshift/leadshift/workshop"
)

// Store is an in-memory workshop.RoomStore. It is safe for concurrent use.
// The zero value is not usable; call New.
type Store struct {
	mu      sync.Mutex
	room    *workshop.RoomRecord
	members []workshop.Member // joining order
	byToken map[string]string // token hash → member ID
	answers map[string]answers
}

type answers struct {
	rev  int64
	data []byte
}

var _ workshop.RoomStore = (*Store)(nil)

// New returns an empty store.
func New() *Store {
	return &Store{byToken: map[string]string{}, answers: map[string]answers{}}
}

// LoadRoom returns a copy of the stored room, or workshop.ErrNotFound.
func (s *Store) LoadRoom(_ context.Context) (*workshop.RoomRecord, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.room == nil {
		return nil, workshop.ErrNotFound
	}
	return copyRoom(s.room), nil
}

// SaveRoom stores a copy of r, replacing any earlier record.
func (s *Store) SaveRoom(_ context.Context, r *workshop.RoomRecord) error {
	if r == nil {
		return errors.New("memstore: no room record to save")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.room = copyRoom(r)
	return nil
}

// AddMember stores a new member under the hash of its token.
func (s *Store) AddMember(_ context.Context, m workshop.Member, tokenHash []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.index(m.ID) >= 0 {
		return errors.New("memstore: a member with this ID already exists")
	}
	if _, ok := s.byToken[string(tokenHash)]; ok {
		return errors.New("memstore: a member with this token already exists")
	}
	s.members = append(s.members, m)
	s.byToken[string(tokenHash)] = m.ID
	return nil
}

// MemberByToken finds a member by token hash, or workshop.ErrNotFound.
func (s *Store) MemberByToken(_ context.Context, tokenHash []byte) (workshop.Member, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id, ok := s.byToken[string(tokenHash)]
	if !ok {
		return workshop.Member{}, workshop.ErrNotFound
	}
	return s.members[s.index(id)], nil
}

// SaveMember replaces a member's roster fields; workshop.ErrNotFound if
// the member is unknown.
func (s *Store) SaveMember(_ context.Context, m workshop.Member) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := s.index(m.ID)
	if i < 0 {
		return workshop.ErrNotFound
	}
	s.members[i] = m
	return nil
}

// Members lists every member in joining order, removed ones included.
func (s *Store) Members(_ context.Context) ([]workshop.Member, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.members), nil
}

// PutAnswers stores a copy of data if rev is newer than the stored
// revision, and returns the revision now stored.
func (s *Store) PutAnswers(_ context.Context, memberID string, rev int64, data []byte) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.index(memberID) < 0 {
		return 0, workshop.ErrNotFound
	}
	cur, ok := s.answers[memberID]
	if ok && cur.rev >= rev {
		return cur.rev, nil
	}
	s.answers[memberID] = answers{rev: rev, data: bytes.Clone(data)}
	return rev, nil
}

// GetAnswers returns a copy of a member's stored answers, or
// workshop.ErrNotFound.
func (s *Store) GetAnswers(_ context.Context, memberID string) (int64, []byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := s.answers[memberID]
	if !ok {
		return 0, nil, workshop.ErrNotFound
	}
	return a.rev, bytes.Clone(a.data), nil
}

// DeleteAll wipes the room, its members and their answers.
func (s *Store) DeleteAll(_ context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.room, s.members = nil, nil
	s.byToken, s.answers = map[string]string{}, map[string]answers{}
	return nil
}

// Close does nothing and the store stays usable: a test can close a host
// and start another one on the same store, as after a crash.
func (s *Store) Close() error { return nil }

// index is the position of member id in s.members, or -1. The caller holds
// s.mu.
func (s *Store) index(id string) int {
	return slices.IndexFunc(s.members, func(m workshop.Member) bool { return m.ID == id })
}

// copyRoom deep-copies a room record: its byte slices, its agenda and its
// phases' results (through JSON, as a database stores them: the results'
// content pointers are for the caller to Bind).
func copyRoom(r *workshop.RoomRecord) *workshop.RoomRecord {
	c := *r
	c.CertPEM = bytes.Clone(r.CertPEM)
	c.KeyPEM = bytes.Clone(r.KeyPEM)
	c.ContentJSON = bytes.Clone(r.ContentJSON)
	c.State.Agenda = slices.Clone(r.State.Agenda)
	for i := range c.State.Agenda {
		c.State.Agenda[i].Steps = slices.Clone(c.State.Agenda[i].Steps)
	}
	c.Results = nil
	if data, err := json.Marshal(r.Results); err == nil {
		_ = json.Unmarshal(data, &c.Results)
	}
	return &c
}
