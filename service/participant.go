package service

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/storage"
)

// DefaultPort is the port a hosted workshop listens on, unless taken.
const DefaultPort = lan.DefaultPort

// Found is a workshop heard on the network.
type Found = lan.Found

// Announcement is what a hosted workshop tells the network about itself.
type Announcement = lan.Announcement

// SyncStatus is how far the room has stored a participant's answers.
type SyncStatus = lan.Status

// NormalizeCode tidies a typed join code: upper case, no spaces.
func NormalizeCode(s string) string { return lan.NormalizeCode(s) }

const sessionFile = "session.json"

// LiveFile is what a participant's laptop keeps about the workshop it has
// joined, next to the answers: enough to rejoin without the code.
type LiveFile struct {
	Session lan.Session     `json:"session"`
	Rev     int64           `json:"rev"` // last revision handed to the syncer
	Title   string          `json:"title"`
	Content json.RawMessage `json:"content"`
}

// Participant is a participant's side of a live workshop: finding and
// joining it, the joined workshop kept on the laptop, and the link to it.
type Participant struct {
	Dir string // where a live participant's answers and session are kept
	// Discover listens for workshops announced on the network until ctx
	// ends, e.g. lan.Browse.
	Discover func(ctx context.Context, onFound func(Found)) error
}

// Browse lists workshops announced on the network until ctx ends.
func (p *Participant) Browse(ctx context.Context, onFound func(Found)) error {
	return p.Discover(ctx, onFound)
}

func (p *Participant) sessionPath() string { return filepath.Join(p.Dir, sessionFile) }

// Saved is the joined workshop kept on this laptop, if any.
func (p *Participant) Saved() (*LiveFile, error) {
	var f LiveFile
	if err := storage.ReadJSON(p.sessionPath(), &f); err != nil {
		return nil, err
	}
	return &f, nil
}

// Keep saves the joined workshop on this laptop.
func (p *Participant) Keep(f LiveFile) error {
	if err := os.MkdirAll(p.Dir, 0o700); err != nil {
		return err
	}
	return storage.WriteJSON(p.sessionPath(), f, storage.Private)
}

// Forget removes the joined workshop and its answers from this laptop.
func (p *Participant) Forget() error {
	var errs []error
	for _, path := range []string{p.sessionPath(), filepath.Join(p.Dir, "answers.json")} {
		if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Answers is the store of the joined workshop's answers, apart from the
// solo journey's.
func (p *Participant) Answers() (*storage.Store, error) { return storage.Open(p.Dir) }

// ContentPack is the saved workshop's content pack.
func (f *LiveFile) ContentPack() (*workshop.Content, error) {
	return workshop.DecodeContent(bytes.NewReader(f.Content))
}

// Joined is a workshop just joined: what to keep, its content and state.
type Joined struct {
	File    LiveFile
	Content *workshop.Content
	State   workshop.RoomState
}

// Join joins the workshop at addr with its code. pinned is the announced
// check phrase of the workshop picked from the list, or "".
func (p *Participant) Join(ctx context.Context, addr, pinned, code, name string) (*Joined, error) {
	cl := lan.Dial(addr, pinned)
	defer cl.Close()
	joined, err := cl.Join(ctx, code, name)
	if err != nil {
		return nil, err
	}
	c, err := workshop.DecodeContent(bytes.NewReader(joined.Content))
	if err != nil {
		return nil, fmt.Errorf("the workshop's content pack cannot be used: %w", err)
	}
	f := LiveFile{Session: joined.Session, Title: joined.State.Title, Content: joined.Content}
	return &Joined{File: f, Content: c, State: joined.State}, nil
}

// Link is the connection of a joined workshop: it follows the room's state
// and syncs the answers, which the app always saves locally first. Push,
// StartSync and Close are for one goroutine (the UI's); the callbacks run
// on the link's own goroutines.
type Link struct {
	p      *Participant
	file   LiveFile
	client *lan.Client
	syncer *lan.Syncer // nil until StartSync
	stop   context.CancelFunc
	ctx    context.Context
}

// Connect starts following the room of a saved workshop: onState gets each
// new room state.
func (p *Participant) Connect(f LiveFile, onState func(workshop.RoomState)) *Link {
	ctx, stop := context.WithCancel(context.Background())
	l := &Link{p: p, file: f, client: lan.Resume(f.Session), stop: stop, ctx: ctx}
	go l.client.Follow(ctx, onState)
	return l
}

// Context ends when the link is closed.
func (l *Link) Context() context.Context { return l.ctx }

// HostRev is the revision of the answers the room holds from this
// participant: 0 for none, or when the room is out of reach (the syncer
// then retries and reports). It talks to the network.
func (l *Link) HostRev() int64 {
	rev, _, err := l.client.GetAnswers(l.ctx)
	if err != nil {
		return 0 // none yet, or unreachable
	}
	return rev
}

// StartSync starts syncing answers from the higher of the saved revision
// and hostRev, so a laptop that crashed before saving its revision is never
// refused as stale. onStatus gets each status, after the revision is kept
// on disk.
func (l *Link) StartSync(hostRev int64, a *workshop.Answers, onStatus func(SyncStatus)) {
	l.syncer = lan.NewSyncer(l.client, max(l.file.Rev, hostRev), func(st SyncStatus) {
		f := l.file
		f.Rev = st.Rev
		if err := storage.WriteJSON(l.p.sessionPath(), f, storage.Private); err != nil {
			st.Err = errors.Join(st.Err, err)
		}
		onStatus(st)
	})
	l.syncer.Update(a)
}

// Push hands the newest answers to the syncer, once it has started.
func (l *Link) Push(a *workshop.Answers) {
	if l.syncer != nil {
		l.syncer.Update(a)
	}
}

// Share tells the room whether the facilitator may print this plan. It
// talks to the network.
func (l *Link) Share(ctx context.Context, share bool) error { return l.client.SetShare(ctx, share) }

// Close stops following and makes a last attempt to sync.
func (l *Link) Close() {
	l.stop()
	if l.syncer != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		l.syncer.Close(ctx)
	}
	l.client.Close()
}
