package lan

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
)

// follow follows the room with c until the test ends, and passes the
// states on.
func follow(t testing.TB, c *Client) <-chan workshop.RoomState {
	t.Helper()
	states := make(chan workshop.RoomState, 100)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.Follow(ctx, func(s workshop.RoomState) { states <- s })
	}()
	t.Cleanup(func() { cancel(); <-done })
	return states
}

// receive waits for the next state, failing after ten seconds.
func receive(t testing.TB, states <-chan workshop.RoomState) workshop.RoomState {
	t.Helper()
	select {
	case s := <-states:
		return s
	case <-time.After(10 * time.Second):
		t.Fatal("no state arrived")
		return workshop.RoomState{}
	}
}

// TestNothingSentBeforeThePhraseIsCompared: a client dialled without a
// phrase may only ask Hello; Join refuses before sending the code or the
// name, until the participant has confirmed the phrase.
func TestNothingSentBeforeThePhraseIsCompared(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c := Dial(addr, "")
	defer c.Close()
	if _, err := c.Join(ctx(t), h.Code(), "Ana"); !errors.Is(err, ErrNotCompared) {
		t.Fatalf("Join before comparing: %v, want ErrNotCompared", err)
	}
	if _, err := c.TrustPresented(); !errors.Is(err, ErrNotCompared) {
		t.Errorf("TrustPresented before any connection: %v", err)
	}
	if len(h.Members()) != 0 {
		t.Fatal("the host received a join before the phrase was compared")
	}
	if _, err := c.Hello(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if p, err := c.TrustPresented(); err != nil || p != h.Fingerprint() {
		t.Fatalf("TrustPresented: %q %v", p, err)
	}
	j, err := c.Join(ctx(t), h.Code(), "Ana")
	if err != nil || j.Session.CertSHA256 == "" {
		t.Fatalf("Join after comparing: %v", err)
	}
	// A session without the certificate's hash trusts nothing.
	s := j.Session
	s.CertSHA256 = ""
	var fe *FingerprintError
	if _, err := Resume(s).State(ctx(t)); !errors.As(err, &fe) || !fe.NoHash || !strings.Contains(err.Error(), "join it again") {
		t.Errorf("resuming without the certificate hash: %v", err)
	}
}

// TestImpostorWithItsOwnCertificateGetsNothing: an impostor host at the
// address a participant typed shows another phrase; a participant who says
// it does not match has sent neither code nor name, and a client pinned
// to the real room's phrase (typed, or announced) is refused in the
// handshake.
func TestImpostorWithItsOwnCertificateGetsNothing(t *testing.T) {
	real, _ := startHost(t, HostOptions{})
	impostor, impAddr := startHost(t, HostOptions{})
	c := Dial(impAddr, "")
	defer c.Close()
	if _, err := c.Hello(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if c.Fingerprint() == real.Fingerprint() {
		t.Fatal("the impostor shows the real phrase")
	}
	// The participant compares, sees another phrase, and stops here.
	pinned := Dial(impAddr, real.Fingerprint())
	defer pinned.Close()
	var fe *FingerprintError
	if _, err := pinned.Join(ctx(t), real.Code(), "Zoë"); !errors.As(err, &fe) {
		t.Errorf("joining the impostor with the real phrase pinned: %v, want a FingerprintError", err)
	}
	if len(impostor.Members()) != 0 {
		t.Error("the impostor received a join")
	}
}

func TestPinning(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	tofu := Dial(addr, "")
	defer tofu.Close()
	if tofu.Fingerprint() != "" {
		t.Error("a phrase before any connection")
	}
	if _, err := tofu.Hello(ctx(t)); err != nil || tofu.Fingerprint() != h.Fingerprint() {
		t.Fatalf("trust on first use: %v, phrase %q, want %q", err, tofu.Fingerprint(), h.Fingerprint())
	}
	typed := Dial(addr, strings.ToUpper(strings.ReplaceAll(h.Fingerprint(), "-", " ")))
	defer typed.Close()
	if _, err := typed.Hello(ctx(t)); err != nil {
		t.Fatalf("phrase typed with spaces and capitals: %v", err)
	}

	wrong := "abandon-abandon-abandon-abandon-abandon-abandon"
	if wrong == h.Fingerprint() {
		wrong = "zoo-zoo-zoo-zoo-zoo-zoo"
	}
	c := Dial(addr, wrong)
	defer c.Close()
	_, err := c.Hello(ctx(t))
	var fe *FingerprintError
	if !errors.As(err, &fe) || fe.Expected != wrong || fe.Got != h.Fingerprint() ||
		err.Error() != "the host's certificate does not match the workshop you joined: expected "+wrong+", got "+h.Fingerprint() {
		t.Fatalf("pinned to another phrase: %v", err)
	}
	if c.Fingerprint() != h.Fingerprint() {
		t.Errorf("the phrase seen is not recorded for the UI: %q", c.Fingerprint())
	}
	if err := c.Follow(ctx(t), func(workshop.RoomState) {}); !errors.As(err, &fe) {
		t.Errorf("Follow with the wrong pin: %v, want a FingerprintError at once", err)
	}

	_, j := join(t, addr, h.Code(), "Ana")
	s := j.Session
	s.CertSHA256 = strings.Repeat("0", 64) // same phrase, another certificate
	r := Resume(s)
	defer r.Close()
	if _, err := r.State(ctx(t)); !errors.As(err, &fe) || !strings.Contains(err.Error(), "same phrase") {
		t.Fatalf("resume against another certificate with the same phrase: %v", err)
	}
}

func TestFollowAndConnected(t *testing.T) {
	var changes atomic.Int32
	h, addr := startHost(t, HostOptions{OnChange: func() { changes.Add(1) }})
	c, j := join(t, addr, h.Code(), "Ana")
	connected := func() bool { return h.Members()[0].Connected }
	if connected() {
		t.Fatal("connected before following")
	}
	ctx, cancel := context.WithCancel(context.Background())
	states := make(chan workshop.RoomState, 10)
	done := make(chan error, 1)
	go func() { done <- c.Follow(ctx, func(s workshop.RoomState) { states <- s }) }()
	if s := receive(t, states); s.Rev != j.State.Rev {
		t.Fatalf("first state rev %d, want the current %d", s.Rev, j.State.Rev)
	}
	eventually(t, "the roster shows Ana connected", connected)
	before := changes.Load()
	if err := h.Next(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s := receive(t, states); s.Phase != 1 {
		t.Fatalf("after Next: phase %d", s.Phase)
	}
	if changes.Load() <= before {
		t.Error("OnChange was not called for Next")
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Follow returned %v after its context ended", err)
	}
	eventually(t, "the roster shows Ana disconnected", func() bool { return !connected() })
}

func TestRemove(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	ana, j := join(t, addr, h.Code(), "Ana")
	ben, _ := join(t, addr, h.Code(), "Ben")
	done := make(chan error, 1)
	go func() { done <- ana.Follow(ctx(t), func(workshop.RoomState) {}) }()
	eventually(t, "Ana follows", func() bool { return h.Members()[0].Connected })

	if err := h.Remove(ctx(t), j.Session.ParticipantID); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if apiStatus(err) != http.StatusForbidden || err.Error() != "you were removed from this workshop" {
			t.Fatalf("Follow ended with %v, want 403", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the removed member's stream is still open")
	}
	if _, err := ana.State(ctx(t)); apiStatus(err) != http.StatusForbidden {
		t.Errorf("removed member's token: %v, want 403", err)
	}
	if _, err := Resume(j.Session).PushAnswers(ctx(t), Version{}, exampleAnswers(t)); apiStatus(err) != http.StatusForbidden {
		t.Errorf("removed member's answers: %v, want 403", err)
	}
	if m := h.Members()[0]; !m.Removed || m.Connected {
		t.Errorf("roster after removal: %+v", m)
	}
	if _, err := ben.State(ctx(t)); err != nil {
		t.Errorf("another member after the removal: %v", err)
	}
	if err := h.Remove(ctx(t), "no-such-member"); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("removing an unknown member: %v", err)
	}
}

func TestResumeSession(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, j := join(t, addr, h.Code(), "Ana")
	if _, _, err := c.GetAnswers(ctx(t)); apiStatus(err) != http.StatusNotFound {
		t.Fatalf("answers before any push: %v, want 404", err)
	}
	a := exampleAnswers(t)
	v1, err := c.PushAnswers(ctx(t), Version{}, a)
	if err != nil || v1.Rev != 1 || len(v1.Hash) != 64 {
		t.Fatalf("push: %+v %v", v1, err)
	}
	if err := h.SetJoinOpen(ctx(t), false); err != nil { // rejoining needs no open door
		t.Fatal(err)
	}
	r := Resume(j.Session)
	defer r.Close()
	v, got, err := r.GetAnswers(ctx(t))
	if err != nil || v != v1 || got.ID != a.ID || got.Plan == nil || len(got.Ratings) != len(a.Ratings) {
		t.Fatalf("answers after resuming: %+v, %v", v, err)
	}
	if v, err := r.PushAnswers(ctx(t), Version{}, a); err != nil || v != v1 {
		t.Errorf("the same answers again: %+v %v, want %+v", v, err, v1)
	}
	var conflict *ConflictError
	if _, err := r.PushAnswers(ctx(t), Version{}, workshop.NewAnswers("builtin", time.Now())); !errors.As(err, &conflict) || conflict.At != v1 || conflict.Room.Plan == nil {
		t.Errorf("other answers edited from nothing: %v, want a conflict naming %+v", err, v1)
	}
	if _, got, _ := r.GetAnswers(ctx(t)); got.Plan == nil {
		t.Error("a conflicting push overwrote the answers")
	}
}

func TestIsolation(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	ana, aj := join(t, addr, h.Code(), "Ana")
	ben, bj := join(t, addr, h.Code(), "Ben")
	secret := "I rescue my team every time a ticket escalates"
	a := exampleAnswers(t)
	a.Reflections["reflect.rescue.too-necessary"] = secret
	a.Participant.Name = "Ana"
	if _, err := ana.PushAnswers(ctx(t), Version{}, a); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ben.GetAnswers(ctx(t)); apiStatus(err) != http.StatusNotFound {
		t.Fatalf("Ben reads answers before pushing any: %v, want his own 404", err)
	}
	// There is no way to name another participant: query parameters are
	// ignored and unknown fields refused.
	for _, path := range []string{
		"/v1/answers?participantId=" + aj.Session.ParticipantID,
		"/v1/answers?id=" + aj.Session.ParticipantID,
		"/v1/answers/" + aj.Session.ParticipantID,
	} {
		status, body := raw(t, ben, http.MethodGet, path, bj.Session.Token, nil)
		if status == http.StatusOK || strings.Contains(body, secret) {
			t.Errorf("GET %s with Ben's token: %d %s", path, status, body)
		}
	}
	b := exampleAnswers(t)
	b.Participant.Name = "Ben"
	body := `{"base":{},"participantId":"` + aj.Session.ParticipantID + `","answers":` + mustJSON(t, b) + `}`
	if status, msg := raw(t, ben, http.MethodPut, "/v1/answers", bj.Session.Token, []byte(body)); status != http.StatusBadRequest || !strings.Contains(msg, "participantId") {
		t.Errorf("PUT naming Ana: %d %s, want 400 naming the field", status, msg)
	}
	if _, err := ben.PushAnswers(ctx(t), Version{}, b); err != nil {
		t.Fatal(err)
	}
	if _, got, err := ana.GetAnswers(ctx(t)); err != nil || got.Participant.Name != "Ana" || got.Reflections["reflect.rescue.too-necessary"] != secret {
		t.Errorf("Ana's answers after Ben pushed: %v", err)
	}
	if _, got, err := ben.GetAnswers(ctx(t)); err != nil || got.Participant.Name != "Ben" {
		t.Errorf("Ben's answers: %v", err)
	}
	if roster := mustJSON(t, h.Members()); strings.Contains(roster, secret) {
		t.Errorf("the roster carries answers: %s", roster)
	}
	if shared := h.SharedAnswers(); len(shared) != 0 {
		t.Errorf("answers shared without consent: %d", len(shared))
	}
}

func TestSharedAnswers(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	for _, name := range []string{"Ana", "Ben", "Cleo"} {
		c, _ := join(t, addr, h.Code(), name)
		a := exampleAnswers(t)
		a.Participant.Name = name
		a.Share = name != "Ben"
		if _, err := c.PushAnswers(ctx(t), Version{}, a); err != nil {
			t.Fatal(err)
		}
	}
	shared := h.SharedAnswers()
	if len(shared) != 2 || shared[0].Participant.Name != "Ana" || shared[1].Participant.Name != "Cleo" {
		t.Fatalf("shared answers: %d", len(shared))
	}
	shared[0].Participant.Name = "changed"
	if h.SharedAnswers()[0].Participant.Name != "Ana" {
		t.Error("SharedAnswers hands out the host's own copy")
	}
	if m := h.Members(); !m[0].Share || m[1].Share || m[0].Step != workshop.StepFinish || m[0].Progress != 100 {
		t.Errorf("roster %+v", m)
	}
}

// TestAggregatesFollowPhasesNotPeople: the room's figures need five
// members, appear only once the facilitator shows them, and stay as shown
// for the phase, so the review's differencing attack (one person joins or
// is removed between two views) sees the same figures twice.
func TestAggregatesFollowPhasesNotPeople(t *testing.T) {
	h, addr := startHost(t, HostOptions{Pacing: workshop.Paced})
	var joined []*Joined
	add := func(name string, role string) {
		c, j := join(t, addr, h.Code(), name)
		a := exampleAnswers(t)
		a.Participant.Role = role
		if _, err := c.PushAnswers(ctx(t), Version{}, a); err != nil {
			t.Fatal(err)
		}
		joined = append(joined, j)
	}
	for _, name := range []string{"Ana", "Ben", "Cleo", "Dan", "Eve"} {
		add(name, "role "+name)
	}
	if agg := h.Aggregates(); agg.Participants != 0 || h.ResultsShown() {
		t.Fatalf("figures before the facilitator showed them: %+v", agg)
	}
	if n := h.Answered(); n != 5 {
		t.Errorf("%d people answered the check-in, want 5", n)
	}
	if err := h.ShowResults(ctx(t)); err != nil {
		t.Fatal(err)
	}
	before := h.Aggregates()
	if before.Participants != 5 || len(before.Dimensions) == 0 {
		t.Fatalf("shown: %d participants, %d dimensions", before.Participants, len(before.Dimensions))
	}
	add("Finn", "late")
	if err := h.Remove(ctx(t), joined[0].Session.ParticipantID); err != nil {
		t.Fatal(err)
	}
	if err := h.ShowResults(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if after := h.Aggregates(); !reflect.DeepEqual(before, after) {
		t.Errorf("a join, a removal and showing again within the phase changed the figures:\n%+v\n%+v", before, after)
	}
	if err := h.Next(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if h.ResultsShown() {
		t.Error("the next phase starts with its results already shown")
	}
	if err := h.SetLocked(ctx(t), true); err != nil {
		t.Fatal(err)
	}
	if agg := h.Aggregates(); agg.Participants != 5 {
		t.Errorf("pens down at the next phase showed %d participants, want 5 (Finn in, Ana removed)", agg.Participants)
	}
}

// TestEventsOutliveReadTimeout: an event stream lives longer than the
// server's read timeout, which would otherwise cancel it. The timeout
// also bounds the TLS handshakes of joining, which take far longer than
// usual under the race detector on a busy machine: it is shortened to
// 1.5 s, not less.
func TestEventsOutliveReadTimeout(t *testing.T) {
	h := newHost(t, memstore.New(), HostOptions{})
	h.srv.ReadTimeout = 1500 * time.Millisecond
	addr := serve(t, h, "127.0.0.1:0")
	c, _ := join(t, addr, h.Code(), "Ana")
	req, _ := http.NewRequestWithContext(ctx(t), http.MethodGet, "https://"+addr+"/v1/events", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	events := newSSEReader(resp.Body)
	if ev, err := events.next(); err != nil || ev.name != "state" {
		t.Fatalf("first event %+v, %v", ev, err)
	}
	time.Sleep(2 * h.srv.ReadTimeout)
	if err := h.Next(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if ev, err := events.next(); err != nil || ev.id != "2" {
		t.Fatalf("event after the read timeout: %+v, %v", ev, err)
	}
}

// TestFollowReconnectsASilentStream: a stream that goes silent, without
// even heartbeats, is dropped and opened again.
func TestFollowReconnectsASilentStream(t *testing.T) {
	certPEM, keyPEM, err := NewCertificate()
	if err != nil {
		t.Fatal(err)
	}
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		t.Fatal(err)
	}
	var streams atomic.Int32
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprintf(w, "id: %[1]d\nevent: state\ndata: {\"rev\":%[1]d}\n\n", streams.Add(1))
		w.(http.Flusher).Flush()
		<-r.Context().Done() // then silence, as after a Wi-Fi drop
	})}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(tls.NewListener(l, &tls.Config{Certificates: []tls.Certificate{cert}}))
	defer srv.Close()
	c := Dial(l.Addr().String(), "")
	defer c.Close()
	c.idle = 200 * time.Millisecond
	states := follow(t, c)
	for want := int64(1); want <= 2; want++ {
		if s := receive(t, states); s.Rev != want {
			t.Fatalf("state rev %d, want %d", s.Rev, want)
		}
	}
}

// TestHeartbeat: a quiet event stream carries heartbeat comments.
func TestHeartbeat(t *testing.T) {
	h := newHost(t, memstore.New(), HostOptions{})
	h.heartbeat = 20 * time.Millisecond
	addr := serve(t, h, "127.0.0.1:0")
	c, _ := join(t, addr, h.Code(), "Ana")
	req, _ := http.NewRequestWithContext(ctx(t), http.MethodGet, "https://"+addr+"/v1/events", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	lines := bufio.NewScanner(resp.Body)
	for lines.Scan() {
		if lines.Text() == ": heartbeat" {
			return
		}
	}
	t.Fatalf("the stream ended without a heartbeat: %v", lines.Err())
}

func TestFollowersHearThatTheRoomEnded(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, _ := join(t, addr, h.Code(), "Ana")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	states := make(chan workshop.RoomState, 10)
	ended := make(chan struct{}, 1)
	go c.FollowUntilEnd(ctx, func(s workshop.RoomState) { states <- s }, func() { ended <- struct{}{} })
	receive(t, states)
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ended:
	case <-time.After(5 * time.Second):
		t.Fatal("stopping the host did not reach the participant")
	}
}
