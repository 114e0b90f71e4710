package service

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/storage"
)

// DefaultPort is the port a hosted workshop listens on, unless taken.
const DefaultPort = lan.DefaultPort

// Found is a workshop heard on the network.
type Found = lan.Found

// FoundRefresh is how often Browse reports a workshop that keeps
// announcing, and FoundExpiry how long after its last report it is gone.
const (
	FoundRefresh = lan.FoundRefresh
	FoundExpiry  = lan.FoundExpiry
)

// Announcement is what a hosted workshop tells the network about itself.
type Announcement = lan.Announcement

// SyncStatus is how far the room has stored a participant's answers.
type SyncStatus = lan.Status

// Conflict is the room holding other answers from the participant than
// this laptop's were edited from: both versions, for the participant to
// choose (SyncStatus.Conflict, Link.Resolve).
type Conflict = lan.ConflictError

// NormalizeCode tidies a typed join code: upper case, no spaces.
func NormalizeCode(s string) string { return lan.NormalizeCode(s) }

// ShowCode is a join code or guard code as the facilitator's screens
// show it: a guard code as the join code, a space and four more.
func ShowCode(code string) string { return lan.ShowCode(code) }

// The lengths of the codes a participant types: the join code, or the
// longer guard code the projector shows while the room is on guard.
const (
	CodeLength      = lan.CodeLength
	GuardCodeLength = lan.GuardCodeLength
)

const (
	sessionFile = "session.json"
	// baseFile keeps the content of the room's version the answers were
	// last in step with, the common ancestor a conflict is merged from.
	baseFile = "base.json"
	// conflictFiles are the traces of settled conflicts: both sides, and
	// what was kept.
	conflictFiles = "conflict-*.json"
)

// The formats of the base and conflict files.
const (
	BaseFormat     = "leadshift.base"
	ConflictFormat = "leadshift.conflict"
)

// BaseFile is the room's version the answers on this laptop were last in
// step with, with its content (live/base.json).
type BaseFile struct {
	Format  string          `json:"format"`
	Version int             `json:"version"`
	Base    lan.Version     `json:"base"`
	Answers json.RawMessage `json:"answers"`
}

// ConflictTrace is what a settled conflict leaves on this laptop
// (live/conflict-<time>.json), so that no answer is replaced without a
// trace: this laptop's answers and the room's as they were, the version
// both were edited from, and the answers kept.
type ConflictTrace struct {
	Format  string            `json:"format"`
	Version int               `json:"version"`
	Time    time.Time         `json:"time"`
	At      lan.Version       `json:"at"`             // the room's version that was replaced
	Base    *workshop.Answers `json:"base,omitempty"` // the common ancestor, when known
	Mine    *workshop.Answers `json:"mine"`           // this laptop's answers
	Room    *workshop.Answers `json:"room"`           // the room's answers
	Kept    *workshop.Answers `json:"kept"`           // the answers that replaced both
	Clashes []string          `json:"clashes,omitempty"`
}

// LiveFile is what a participant's laptop keeps about the workshop it has
// joined, next to the answers: enough to rejoin without the code.
type LiveFile struct {
	Session lan.Session     `json:"session"`
	Base    lan.Version     `json:"base"`          // the room's version the answers here were last in step with
	Rev     int64           `json:"rev,omitempty"` // protocol 1's revision, no longer used
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

// Forget removes the joined workshop and its answers from this laptop,
// with the room's version they were in step with and the traces of
// conflicts.
func (p *Participant) Forget() error {
	var errs []error
	traces, _ := filepath.Glob(filepath.Join(p.Dir, conflictFiles)) // the pattern is valid
	for _, path := range append([]string{p.sessionPath(), filepath.Join(p.Dir, "answers.json"), filepath.Join(p.Dir, baseFile)}, traces...) {
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

// Reached is a workshop whose hello was heard: only the hello went out.
// The participant compares Phrase with the projector before Join sends the
// code and the name.
type Reached struct {
	cl *lan.Client
}

// Reach says hello to the workshop at addr. pinned is the announced check
// phrase of the workshop picked from the list, or "": the phrase the host
// presents is to be compared with the projector either way.
func (p *Participant) Reach(ctx context.Context, addr, pinned string) (*Reached, error) {
	cl := lan.Dial(addr, pinned)
	if _, err := cl.Hello(ctx); err != nil {
		cl.Close()
		return nil, err
	}
	return &Reached{cl: cl}, nil
}

// Phrase is the check phrase of the certificate the workshop presented.
func (r *Reached) Phrase() string { return r.cl.Fingerprint() }

// Join trusts the certificate whose phrase the participant confirmed, and
// only then joins with the code and name. The Reached is done with
// afterwards.
func (r *Reached) Join(ctx context.Context, code, name string) (*Joined, error) {
	defer r.cl.Close()
	if _, err := r.cl.TrustPresented(); err != nil {
		return nil, err
	}
	joined, err := r.cl.Join(ctx, code, name)
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

// Close lets go of a workshop not joined.
func (r *Reached) Close() { r.cl.Close() }

// Link is the connection of a joined workshop: it follows the room's state
// and syncs the answers, which the app always saves locally first. Push,
// StartSync, Resolve and Close are for one goroutine (the UI's); the
// callbacks run on the link's own goroutines.
type Link struct {
	p       *Participant
	file    LiveFile
	client  *lan.Client
	syncer  *lan.Syncer       // nil until StartSync
	latest  *workshop.Answers // the newest answers handed to StartSync or Push
	based   *workshop.Answers // the base answers last kept in base.json
	stop    context.CancelFunc
	ctx     context.Context
	stopped chan error    // gets why following stopped for good, once
	running chan struct{} // closed when the follow goroutine ends; Close waits for it
	ended   chan struct{} // closed when the facilitator stops hosting
	endOnce sync.Once
}

// Connect starts following the room of a saved workshop: onState gets each
// new room state.
func (p *Participant) Connect(f LiveFile, onState func(workshop.RoomState)) *Link {
	ctx, stop := context.WithCancel(context.Background())
	l := &Link{p: p, file: f, client: lan.Resume(f.Session), stop: stop, ctx: ctx, stopped: make(chan error, 1), running: make(chan struct{}),
		ended: make(chan struct{})}
	go func() {
		defer close(l.running)
		// Following stops for good only when the room refuses this
		// laptop: removed, an unknown session, another certificate.
		onEnd := func() { l.endOnce.Do(func() { close(l.ended) }) }
		if err := l.client.FollowUntilEnd(ctx, onState, onEnd); err != nil && ctx.Err() == nil {
			l.stopped <- err
		}
	}()
	return l
}

// Ended closes when the facilitator stops hosting the room.
func (l *Link) Ended() <-chan struct{} { return l.ended }

// Context ends when the link is closed.
func (l *Link) Context() context.Context { return l.ctx }

// Stopped gets why following the room stopped for good (a workshop
// error: ErrRemoved, ErrUnknownSession, ErrWrongHost, ...), once.
func (l *Link) Stopped() <-chan error { return l.stopped }

// StartSync starts syncing the answers a from the room's version they
// were last in step with (kept in session.json, its content in
// base.json): if the room holds other answers meanwhile, the syncer stops
// with a Conflict, which carries that content as its Base when this
// laptop has it, and overwrites nothing. onStatus gets each status, after
// the room's version and its content are kept on disk.
func (l *Link) StartSync(a *workshop.Answers, onStatus func(SyncStatus)) {
	base := l.p.readBase(l.file.Base)
	l.based = base
	l.latest = a.Clone()
	l.syncer = lan.NewSyncerFrom(l.client, l.file.Base, base, func(st SyncStatus) {
		// The content first: a base.json older than session.json's
		// version is ignored, never merged from.
		if st.BaseAnswers != nil && st.BaseAnswers != l.based {
			if err := l.p.writeBase(st.Base, st.BaseAnswers); err != nil {
				st.Err = errors.Join(st.Err, err)
			} else {
				l.based = st.BaseAnswers
			}
		}
		f := l.file
		f.Base, f.Rev = st.Base, 0
		if err := storage.WriteJSON(l.p.sessionPath(), f, storage.Private); err != nil {
			st.Err = errors.Join(st.Err, err)
		}
		onStatus(st)
	})
	l.syncer.Update(a)
}

// readBase is the content of the room's version v kept on this laptop, or
// nil: none kept (a session from before base.json), another version, or
// unreadable. Without it a conflict shows every answer that differs.
func (p *Participant) readBase(v lan.Version) *workshop.Answers {
	var f BaseFile
	if v.IsZero() || storage.ReadJSON(filepath.Join(p.Dir, baseFile), &f) != nil || f.Format != BaseFormat || f.Base != v {
		return nil
	}
	a, err := workshop.DecodeAnswers(bytes.NewReader(f.Answers))
	if err != nil {
		return nil
	}
	return a
}

// writeBase keeps the content a of the room's version v, readable by this
// user only.
func (p *Participant) writeBase(v lan.Version, a *workshop.Answers) error {
	data, err := json.Marshal(a)
	if err != nil {
		return err
	}
	return storage.WriteJSON(filepath.Join(p.Dir, baseFile), BaseFile{Format: BaseFormat, Version: 1, Base: v, Answers: data}, storage.Private)
}

// Push hands the newest answers to the syncer, once it has started.
func (l *Link) Push(a *workshop.Answers) {
	if l.syncer != nil {
		l.latest = a.Clone()
		l.syncer.Update(a)
	}
}

// Resolve settles a conflict with the answers a: merged from both sides
// with the participant's choices, this laptop's, or a copy of the room's.
// They replace the room's version the participant saw. First a trace is
// kept on this laptop (conflict-<time>.json, readable by this user only)
// with both sides and a, so nothing is replaced without a trace; when it
// cannot be written nothing is settled and the error says why. clashes
// names the answers both sides had changed (workshop.Clash.Key).
func (l *Link) Resolve(c *Conflict, a *workshop.Answers, clashes []string) error {
	if l.syncer == nil {
		return nil
	}
	mine := l.latest
	if mine == nil {
		mine = c.Mine
	}
	now := time.Now().UTC()
	trace := ConflictTrace{Format: ConflictFormat, Version: 1, Time: now, At: c.At, Base: c.Base, Mine: mine, Room: c.Room, Kept: a, Clashes: clashes}
	path := filepath.Join(l.p.Dir, "conflict-"+now.Format("20060102T150405.000000000Z")+".json")
	if err := storage.WriteJSON(path, trace, storage.Private); err != nil {
		return fmt.Errorf("keeping both versions on this laptop before settling: %w", err)
	}
	l.latest = a.Clone()
	l.syncer.Resolve(a, c)
	return nil
}

// Close stops following, waits for the follow goroutine (so no callback
// comes after it), and makes a last attempt to sync.
func (l *Link) Close() {
	l.stop()
	<-l.running
	if l.syncer != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		l.syncer.Close(ctx)
	}
	l.client.Close()
}
