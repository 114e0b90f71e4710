package lan

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	"github.com/leadshift/leadshift/workshop"
)

// Server timeouts. An event stream lifts the read and write deadlines for
// itself; it is kept alive by a heartbeat instead.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 120 * time.Second
	heartbeatInterval = 15 * time.Second
	shutdownTimeout   = 5 * time.Second
	// After a burst of at least burstConnections connections, memory is
	// handed back once at most half are left, checked every releaseCheck.
	releaseCheck     = 10 * time.Second
	burstConnections = 200
)

// HostOptions configure a new room. A room resumed from the store keeps its
// own title, agenda, pacing and content pack, and ignores those options.
type HostOptions struct {
	// Title is the workshop's name on every screen; the content pack's
	// title when empty.
	Title string
	// Content is the content pack in use. When ContentJSON is empty the
	// host encodes Content to send it to participants.
	Content *workshop.Content
	// ContentJSON is the content pack as sent to participants. When set it
	// is decoded and validated, and Content, if also set, must have the
	// same ID.
	ContentJSON []byte
	// Agenda is the room's list of phases; workshop.DefaultAgenda when nil.
	Agenda []workshop.Phase
	// Pacing is who moves the room on; workshop.SelfPaced when empty.
	Pacing workshop.Pacing
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// JoinBurst and JoinPerMinute limit joins to the room: JoinBurst at
	// once, then JoinPerMinute a minute (workshop.DefaultJoinBurst and
	// workshop.DefaultJoinPerMinute when 0). SourceBurst and SourcePerMinute limit
	// each source address on top of that (5 and 6 when 0).
	JoinBurst, JoinPerMinute     int
	SourceBurst, SourcePerMinute int
	// MaxMembers caps the participants in the room, removed ones not
	// counted; 1000 when 0.
	MaxMembers int
	// OnChange is called after any change of the room state, the roster or
	// someone's answers, from any goroutine. It must not block. During a
	// busy phase it may be called many times a second: coalesce, for
	// example by redrawing at most a few times a second.
	OnChange func()
}

// Host is a facilitator's live room on the local network: it keeps the
// room in a workshop.RoomStore and serves the LAN protocol over TLS with the
// room's own certificate. Its methods are safe for concurrent use.
type Host struct {
	store       workshop.RoomStore
	record      workshop.RoomRecord // identity; State is kept in snap
	content     *workshop.Content
	contentJSON []byte // compact
	fingerprint string
	now         func() time.Time
	onChange    func()
	log         *slog.Logger
	gate        *workshop.JoinGate
	replays     joinReplays
	pairs       *pairings            // participants paired with their managers
	pushing     chan struct{}        // one element per answer push decoded and stored (pushgates.go)
	reading     chan struct{}        // one element per answer push holding its body
	wave        atomic.Pointer[wave] // the newest state on its way to the event streams
	joining     chan struct{}        // one element per join in progress
	maxConns    int                  // maxConnections; tests lower it
	idleLimit   time.Duration        // unjoinedIdle; tests lower it
	srv         *http.Server
	tlsConfig   *tls.Config
	heartbeat   time.Duration

	stateMu sync.Mutex // serialises facilitator changes of the state
	snap    atomic.Pointer[snapshot]

	groups groupings // practice trios and buddies (trios.go)

	resultsMu sync.Mutex              // guards results
	results   []workshop.PhaseResults // the phases' frozen figures, bound to content

	mu      sync.Mutex
	roster  *workshop.Roster   // who is in the room, under the domain's rules
	members []*member          // joining order, one per roster entry
	byID    map[string]*member // member ID → member
	tokens  map[string]*member // token hash → member, filled as tokens are used
	subs    map[*stream]struct{}
	addr    net.Addr
	conns   *limitListener // the connections served, once Serve has started

	closing   chan struct{}
	closeOnce sync.Once
}

// NewHost opens the room kept in store, or creates one when the store is
// empty: a new ID, join code and certificate, and the state built from
// opt. A resumed room keeps its code, certificate, state, content and
// members, so participants reconnect to it as if nothing happened.
func NewHost(ctx context.Context, store workshop.RoomStore, opt HostOptions) (*Host, error) {
	h := &Host{
		store:    store,
		now:      opt.Now,
		onChange: opt.OnChange,
		log:      slog.Default().With("component", "lan.host"),
		gate: workshop.NewJoinGate(workshop.JoinRates{Burst: opt.JoinBurst, PerMinute: opt.JoinPerMinute,
			SourceBurst: opt.SourceBurst, SourcePerMinute: opt.SourcePerMinute}),
		roster: workshop.NewRoster(opt.MaxMembers, nil),
		pairs: newPairings(workshop.JoinRates{Burst: opt.JoinBurst, PerMinute: opt.JoinPerMinute,
			SourceBurst: opt.SourceBurst, SourcePerMinute: opt.SourcePerMinute}),
		pushing:   make(chan struct{}, maxPushesAtOnce),
		reading:   make(chan struct{}, maxBodiesHeld),
		joining:   make(chan struct{}, maxJoinsAtOnce),
		maxConns:  maxConnections,
		idleLimit: unjoinedIdle,
		heartbeat: heartbeatInterval,
		byID:      map[string]*member{},
		tokens:    map[string]*member{},
		subs:      map[*stream]struct{}{},
		closing:   make(chan struct{}),
	}
	if h.now == nil {
		h.now = time.Now
	}
	rec, err := store.LoadRoom(ctx)
	switch {
	case errors.Is(err, workshop.ErrNotFound):
		rec, err = h.createRoom(ctx, opt)
	case err != nil:
		err = fmt.Errorf("loading the room: %w", err)
	default:
		err = h.resumeRoom(ctx, rec)
	}
	if err != nil {
		return nil, err
	}
	cert, err := tls.X509KeyPair(rec.CertPEM, rec.KeyPEM)
	if err != nil {
		return nil, fmt.Errorf("reading the room's certificate: %w", err)
	}
	h.fingerprint = FingerprintPhrase(cert.Certificate[0])
	state := rec.State
	rec.State = workshop.RoomState{}
	h.record = *rec
	h.gate.SetGuardCode(NewGuardCode(rec.Code))
	h.results = bindResults(rec.Results, h.content)
	snap, err := newSnapshot(state)
	if err != nil {
		return nil, err
	}
	h.snap.Store(snap)
	handshakes := newHandshakeGate(maxHandshakesAtOnce, readHeaderTimeout, handshakeBudget)
	h.tlsConfig = &tls.Config{
		Certificates:       []tls.Certificate{cert},
		MinVersion:         tls.VersionTLS13,
		NextProtos:         []string{"http/1.1"},
		GetConfigForClient: handshakes.configFor,
	}
	handshakes.base = h.tlsConfig
	h.srv = &http.Server{
		Handler:           router{routes: h.routes(), log: h.log},
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    smallBody,
		ErrorLog:          slog.NewLogLogger(h.log.Handler(), slog.LevelDebug),
	}
	return h, nil
}

// createRoom makes a new room from opt and saves it.
func (h *Host) createRoom(ctx context.Context, opt HostOptions) (*workshop.RoomRecord, error) {
	raw, err := h.setContent(opt)
	if err != nil {
		return nil, err
	}
	agenda := opt.Agenda
	if agenda == nil {
		agenda = workshop.DefaultAgenda
	}
	agenda = cloneAgenda(agenda)
	if err := checkAgenda(agenda); err != nil {
		return nil, err
	}
	pacing := opt.Pacing
	if pacing == "" {
		pacing = workshop.SelfPaced
	}
	if err := checkPacing(pacing); err != nil {
		return nil, err
	}
	title := opt.Title
	if title == "" {
		title = h.content.Title
	}
	state := workshop.NewRoomState(title, agenda, pacing)
	// The first phase's time box waits, paused, for the facilitator.
	state.Timer = workshop.Timer{Paused: true, Remaining: time.Duration(agenda[0].Minutes) * time.Minute}
	certPEM, keyPEM, err := NewCertificate()
	if err != nil {
		return nil, err
	}
	rec := &workshop.RoomRecord{
		ID:          uuid.NewString(),
		Code:        NewJoinCode(),
		Created:     h.now().UTC(),
		CertPEM:     certPEM,
		KeyPEM:      keyPEM,
		ContentJSON: raw,
		State:       state,
	}
	if err := h.store.SaveRoom(ctx, rec); err != nil {
		return nil, fmt.Errorf("saving the new room: %w", err)
	}
	return rec, nil
}

// setContent sets the room's content pack from the options and returns it
// as compact JSON.
func (h *Host) setContent(opt HostOptions) ([]byte, error) {
	if len(opt.ContentJSON) == 0 {
		if opt.Content == nil {
			return nil, errors.New("a new room needs a content pack: set HostOptions.Content or ContentJSON")
		}
		if err := opt.Content.Validate(); err != nil {
			return nil, fmt.Errorf("content pack: %w", err)
		}
		raw, err := json.Marshal(opt.Content)
		if err != nil {
			return nil, fmt.Errorf("encoding the content pack: %w", err)
		}
		h.content, h.contentJSON = opt.Content, raw
		return raw, nil
	}
	if err := h.decodeContent(opt.ContentJSON); err != nil {
		return nil, err
	}
	if opt.Content != nil && opt.Content.ID != h.content.ID {
		return nil, fmt.Errorf("HostOptions.Content is pack %q but ContentJSON is pack %q", opt.Content.ID, h.content.ID)
	}
	return h.contentJSON, nil
}

// decodeContent decodes and validates a content pack as JSON.
func (h *Host) decodeContent(raw []byte) error {
	c, err := workshop.DecodeContent(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("content pack: %w", err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, raw); err != nil {
		return fmt.Errorf("content pack: %w", err)
	}
	h.content, h.contentJSON = c, compact.Bytes()
	return nil
}

// resumeRoom takes over a stored room: its content, members and answers.
func (h *Host) resumeRoom(ctx context.Context, rec *workshop.RoomRecord) error {
	if err := h.decodeContent(rec.ContentJSON); err != nil {
		return fmt.Errorf("the stored room's %w", err)
	}
	if err := checkAgenda(rec.State.Agenda); err != nil {
		return fmt.Errorf("the stored room: %w", err)
	}
	if rec.State.Phase < 0 || rec.State.Phase >= len(rec.State.Agenda) {
		return fmt.Errorf("the stored room is on phase %d of %d", rec.State.Phase, len(rec.State.Agenda))
	}
	return h.loadMembers(ctx)
}

// Serve serves the room on l over TLS until Close; it then returns nil.
func (h *Host) Serve(l net.Listener) error {
	h.mu.Lock()
	h.addr = l.Addr()
	h.mu.Unlock()
	limited := newLimitListener(l, h.maxConns, maxConnsPerAddr)
	limited.unjoinedIdle = h.idleLimit
	h.srv.ConnState, h.srv.ConnContext = limited.connState, withConn
	h.mu.Lock()
	h.conns = limited
	h.mu.Unlock()
	go h.releaseAfterBursts(limited)
	err := h.srv.Serve(tls.NewListener(limited, h.tlsConfig))
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// releaseAfterBursts hands the memory of a burst of connections back to
// the operating system once the burst is over: every releaseCheck, when at
// least burstConnections were open at once since the last release and at
// most half as many are open now. Go's own scavenger would return it too,
// but only after the next collection, which an idle host may not run for
// minutes. It stops when the host closes.
func (h *Host) releaseAfterBursts(l *limitListener) {
	t := time.NewTicker(releaseCheck)
	defer t.Stop()
	peak := 0
	for {
		select {
		case <-h.closing:
			return
		case <-t.C:
		}
		peak = max(peak, l.takePeak())
		if open := l.open(); burstEnded(peak, open) {
			debug.FreeOSMemory()
			peak = open
		}
	}
}

// burstEnded reports whether a burst of connections is over: peak were
// open at once, at least burstConnections, and at most half of them are
// open now.
func burstEnded(peak, open int) bool {
	return peak >= burstConnections && open <= peak/2
}

// ListenAndServe listens on the TCP address addr (":47320" when empty)
// and serves the room until Close; it then returns nil.
func (h *Host) ListenAndServe(addr string) error {
	if addr == "" {
		addr = ":" + strconv.Itoa(DefaultPort)
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("cannot host the workshop on %s: %w", addr, err)
	}
	return h.Serve(l)
}

// Addr is the address the host serves on, or nil before Serve.
func (h *Host) Addr() net.Addr {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.addr
}

// Close stops serving: it ends every event stream, lets requests in flight
// finish for up to five seconds, then drops the connections. The store is
// left open; it belongs to the caller.
func (h *Host) Close() error {
	h.closeOnce.Do(func() { close(h.closing) })
	ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := h.srv.Shutdown(ctx); err != nil {
		return errors.Join(err, h.srv.Close())
	}
	return nil
}

// Code is the room's join code, as shown on the projector.
func (h *Host) Code() string { return h.record.Code }

// Fingerprint is the phrase naming the room's certificate, as shown on the
// projector, for participants to compare with theirs.
func (h *Host) Fingerprint() string { return h.fingerprint }

// Title is the workshop's name.
func (h *Host) Title() string { return h.snap.Load().state.Title }

// Content is the room's content pack. It is shared: do not modify it.
func (h *Host) Content() *workshop.Content { return h.content }

// State is the room's current state.
func (h *Host) State() workshop.RoomState { return cloneState(h.snap.Load().state) }

// changed tells the caller that something changed.
func (h *Host) changed() {
	if h.onChange != nil {
		h.onChange()
	}
}

// checkAgenda refuses an agenda a room cannot run: no phases, or a phase
// without steps or with an unknown step.
func checkAgenda(agenda []workshop.Phase) error {
	if len(agenda) == 0 {
		return errors.New("the agenda has no phases")
	}
	for i, p := range agenda {
		if len(p.Steps) == 0 {
			return fmt.Errorf("agenda phase %d (%q) has no steps", i+1, p.Title)
		}
		for _, st := range p.Steps {
			if st.Index() < 0 {
				return fmt.Errorf("agenda phase %d (%q) has an unknown step %q", i+1, p.Title, st)
			}
		}
		if p.Minutes < 0 {
			return fmt.Errorf("agenda phase %d (%q) has a negative time box", i+1, p.Title)
		}
	}
	return nil
}

// checkPacing refuses an unknown pacing mode.
func checkPacing(p workshop.Pacing) error {
	if p != workshop.Paced && p != workshop.SelfPaced {
		return fmt.Errorf("pacing %q is neither %q nor %q", p, workshop.Paced, workshop.SelfPaced)
	}
	return nil
}

// cloneAgenda deep-copies an agenda.
func cloneAgenda(agenda []workshop.Phase) []workshop.Phase {
	out := slices.Clone(agenda)
	for i := range out {
		out[i].Steps = slices.Clone(out[i].Steps)
	}
	return out
}

// cloneState deep-copies a room state.
func cloneState(s workshop.RoomState) workshop.RoomState {
	s.Agenda = cloneAgenda(s.Agenda)
	return s
}
