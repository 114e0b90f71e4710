package storage

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/google/uuid"

	"github.com/leadshift/leadshift/workshop/manager"
)

// Drafts keeps the answers a manager is writing to requests, one folder
// per request named by its ID holding the request and the response so
// far, so that a crash or a closed window loses nothing and the form
// opens again where it was.
type Drafts struct {
	dir string
}

// Draft is a request and the answers written to it so far.
type Draft struct {
	Request  *manager.Request
	Response *manager.Response
}

const (
	draftRequest  = "request.json"
	draftResponse = "response.json"
)

// OpenDrafts returns the drafts kept in dir; the folder is made by the
// first Save.
func OpenDrafts(dir string) *Drafts { return &Drafts{dir: dir} }

// folder is the draft folder of request id, which must be a UUID (the
// request decoder checks it), so it never leaves dir.
func (d *Drafts) folder(id string) (string, error) {
	if _, err := uuid.Parse(id); err != nil {
		return "", fmt.Errorf("request ID %q is not one LeadShift made", id)
	}
	return filepath.Join(d.dir, id), nil
}

// Load returns the answers written so far to request id, or nil and no
// error when there are none.
func (d *Drafts) Load(id string) (*manager.Response, error) {
	dir, err := d.folder(id)
	if err != nil {
		return nil, err
	}
	r, err := ReadResponse(filepath.Join(dir, draftResponse))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	return r, err
}

// Save keeps request q and the answers r written to it so far.
func (d *Drafts) Save(q *manager.Request, r *manager.Response) error {
	var req, resp bytes.Buffer
	if err := manager.EncodeRequest(&req, q); err != nil {
		return err
	}
	if err := manager.EncodeResponse(&resp, r); err != nil {
		return err
	}
	return d.write(q.ID, req.Bytes(), resp.Bytes())
}

// write keeps the encoded request and response of request id.
func (d *Drafts) write(id string, req, resp []byte) error {
	dir, err := d.folder(id)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating the drafts folder: %w", err)
	}
	if err := WriteAtomic(filepath.Join(dir, draftRequest), req, Private); err != nil {
		return err
	}
	return WriteAtomic(filepath.Join(dir, draftResponse), resp, Private)
}

// List returns every draft, the most recently changed first. Folders
// that cannot be read are left out, untouched.
func (d *Drafts) List() []Draft {
	entries, err := os.ReadDir(d.dir)
	if err != nil {
		return nil
	}
	var out []Draft
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(d.dir, e.Name())
		q, err := ReadRequest(filepath.Join(dir, draftRequest))
		if err != nil || q.ID != e.Name() {
			continue
		}
		r, err := ReadResponse(filepath.Join(dir, draftResponse))
		if err != nil || r.RequestID != q.ID {
			continue
		}
		out = append(out, Draft{Request: q, Response: r})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Response.Updated.After(out[j].Response.Updated) })
	return out
}

// Remove forgets the draft of request id.
func (d *Drafts) Remove(id string) error {
	dir, err := d.folder(id)
	if err != nil {
		return err
	}
	return os.RemoveAll(dir)
}

// DraftSaver saves a manager's answers in the background, as the
// Autosaver does a participant's, so typing never waits for the disk:
// each Save encodes a snapshot at once and only the newest is written.
type DraftSaver struct {
	drafts  *Drafts
	onError func(error)

	mu      sync.Mutex
	closed  bool
	pending *draftBytes
	wake    chan struct{}
	done    chan struct{}
}

type draftBytes struct {
	id        string
	req, resp []byte
}

// NewDraftSaver starts the background writer. onError is called from the
// writer goroutine when a save fails.
func NewDraftSaver(d *Drafts, onError func(error)) *DraftSaver {
	s := &DraftSaver{drafts: d, onError: onError, wake: make(chan struct{}, 1), done: make(chan struct{})}
	go s.run()
	return s
}

// Save queues a snapshot of request q and answers r. After Close it does
// nothing.
func (s *DraftSaver) Save(q *manager.Request, r *manager.Response) {
	var req, resp bytes.Buffer
	if err := manager.EncodeRequest(&req, q); err != nil {
		s.onError(err)
		return
	}
	if err := manager.EncodeResponse(&resp, r); err != nil {
		s.onError(err)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.pending = &draftBytes{id: q.ID, req: req.Bytes(), resp: resp.Bytes()}
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Close writes what is pending and stops the writer. It is safe to call
// more than once.
func (s *DraftSaver) Close() {
	s.mu.Lock()
	if !s.closed {
		s.closed = true
		close(s.wake)
	}
	s.mu.Unlock()
	<-s.done
}

func (s *DraftSaver) run() {
	defer close(s.done)
	for range s.wake {
		s.flush()
	}
	s.flush()
}

func (s *DraftSaver) flush() {
	s.mu.Lock()
	p := s.pending
	s.pending = nil
	s.mu.Unlock()
	if p == nil {
		return
	}
	if err := s.drafts.write(p.id, p.req, p.resp); err != nil && s.onError != nil {
		s.onError(err)
	}
}
