package lan

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
)

// otherCode is a valid-looking code that is not code.
func otherCode(code string) string {
	if code[0] == 'A' {
		return "B" + code[1:]
	}
	return "A" + code[1:]
}

func TestJoin(t *testing.T) {
	h, addr := startHost(t, HostOptions{Title: "Hotel Wi-Fi room"})
	code := h.Code()
	spaced := strings.ToLower(code[:3] + " - " + code[3:])
	for _, tc := range []struct {
		name, code, who string
		status          int
		problem         string // in the error message
	}{
		{"exact code", code, "Ana", http.StatusOK, ""},
		{"lower case", strings.ToLower(code), "Ben", http.StatusOK, ""},
		{"spaces and dashes", " " + spaced + " ", "Cleo", http.StatusOK, ""},
		{"wrong code", otherCode(code), "Eve", http.StatusForbidden, "join code"},
		{"empty code", "", "Dan", http.StatusBadRequest, "code is empty"},
		{"empty name", code, "   ", http.StatusBadRequest, "name is empty"},
		{"long name", code, strings.Repeat("é", 81), http.StatusBadRequest, "longer than 80"},
		{"longest name", code, strings.Repeat("é", 80), http.StatusOK, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Dial(addr, h.Fingerprint())
			defer c.Close()
			j, err := c.Join(ctx(t), tc.code, tc.who)
			if tc.status != http.StatusOK {
				if apiStatus(err) != tc.status || !strings.Contains(err.Error(), tc.problem) {
					t.Fatalf("Join = %v (status %d), want %d naming %q", err, apiStatus(err), tc.status, tc.problem)
				}
				return
			}
			if err != nil {
				t.Fatalf("Join: %v", err)
			}
			s := j.Session
			if s.ParticipantID == "" || len(s.Token) < 43 || s.Fingerprint != h.Fingerprint() || s.Addr != addr || len(s.CertSHA256) != 64 {
				t.Errorf("session %+v", s)
			}
			if j.State.Title != "Hotel Wi-Fi room" || len(j.State.Agenda) != len(workshop.DefaultAgenda) || !j.State.JoinOpen {
				t.Errorf("state %+v", j.State)
			}
			c2, err := workshop.DecodeContent(strings.NewReader(string(j.Content)))
			if err != nil || c2.ID != "builtin" {
				t.Errorf("content: %v", err)
			}
			if st, err := c.State(ctx(t)); err != nil || st.Rev != j.State.Rev {
				t.Errorf("State after joining: %+v, %v", st, err)
			}
		})
	}
	var names []string
	for _, m := range h.Members() {
		names = append(names, m.Name)
	}
	if len(names) != 4 || names[0] != "Ana" || names[2] != "Cleo" {
		t.Errorf("roster %q, want the four who joined in order", names)
	}
}

func TestJoinRateLimit(t *testing.T) {
	var clock atomic.Int64
	clock.Store(time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC).UnixNano())
	h, addr := startHost(t, HostOptions{Now: func() time.Time { return time.Unix(0, clock.Load()) }})
	c := Dial(addr, h.Fingerprint())
	defer c.Close()
	for i := range workshop.MaxWrongCodes {
		if _, err := c.Join(ctx(t), otherCode(h.Code()), "Mallory"); apiStatus(err) != http.StatusForbidden {
			t.Fatalf("wrong code %d: %v, want 403", i+1, err)
		}
		clock.Add(int64(time.Second))
	}
	req, _ := http.NewRequestWithContext(ctx(t), http.MethodPost, "https://"+addr+"/v1/join",
		strings.NewReader(`{"code":"`+h.Code()+`","name":"Mallory"}`))
	resp, err := c.hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "55" {
		t.Fatalf("sixth attempt, even with the right code: %d, Retry-After %q; want 429 after 55 s",
			resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	if _, err := Dial(addr, h.Fingerprint()).Join(ctx(t), h.Code(), "Mallory"); apiStatus(err) != http.StatusTooManyRequests ||
		!strings.Contains(err.Error(), "too many wrong join codes") {
		t.Fatalf("blocked: %v", err)
	}
	clock.Add(int64(56 * time.Second))
	if _, err := c.Join(ctx(t), h.Code(), "Mallory"); err != nil {
		t.Fatalf("a minute after the first wrong code: %v", err)
	}
}

func TestJoinClosed(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	member, _ := join(t, addr, h.Code(), "Early")
	if err := h.SetJoinOpen(ctx(t), false); err != nil {
		t.Fatal(err)
	}
	c := Dial(addr, h.Fingerprint())
	defer c.Close()
	if hello, err := c.Hello(ctx(t)); err != nil || hello.JoinOpen || hello.Protocol != ProtocolVersion || hello.Fingerprint != h.Fingerprint() {
		t.Errorf("Hello: %+v, %v", hello, err)
	}
	if _, err := c.Join(ctx(t), h.Code(), "Late"); apiStatus(err) != http.StatusLocked {
		t.Fatalf("join while closed: %v, want 423", err)
	}
	if _, err := c.Join(ctx(t), otherCode(h.Code()), "Late"); apiStatus(err) != http.StatusLocked {
		t.Fatalf("wrong code while closed: %v, want 423 like the right code (a closed room is no oracle for the code)", err)
	}
	if _, err := member.State(ctx(t)); err != nil {
		t.Errorf("a member who joined earlier: %v", err)
	}
	if err := h.SetJoinOpen(ctx(t), true); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Join(ctx(t), h.Code(), "Late"); err != nil {
		t.Fatalf("join after reopening: %v", err)
	}
}

func TestLockUnlock(t *testing.T) {
	h, addr := startHost(t, HostOptions{Pacing: workshop.Paced})
	c, _ := join(t, addr, h.Code(), "Ana")
	states := follow(t, c)
	first := <-states
	if first.Locked || first.Pacing != workshop.Paced || !first.Timer.Paused || first.Timer.Remaining != 10*time.Minute {
		t.Fatalf("initial state %+v", first)
	}
	if err := h.SetLocked(ctx(t), true); err != nil {
		t.Fatal(err)
	}
	if st := <-states; !st.Locked || st.Rev != first.Rev+1 {
		t.Fatalf("after locking: %+v", st)
	}
	if err := h.SetLocked(ctx(t), true); err != nil || h.State().Rev != first.Rev+1 {
		t.Fatalf("locking again changed the revision: %v, rev %d", err, h.State().Rev)
	}
	if err := h.SetLocked(ctx(t), false); err != nil {
		t.Fatal(err)
	}
	if st := <-states; st.Locked {
		t.Fatalf("after unlocking: %+v", st)
	}
}

func TestFacilitatorOperations(t *testing.T) {
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	var changes atomic.Int32
	h := newHost(t, memstore.New(), HostOptions{Pacing: workshop.Paced, Now: func() time.Time { return now }, OnChange: func() { changes.Add(1) }})
	bg := context.Background()
	steps := []struct {
		name  string
		do    func() error
		check func(s workshop.RoomState) bool
	}{
		{"next", func() error { return h.Next(bg) }, func(s workshop.RoomState) bool {
			return s.Phase == 1 && s.Timer.Left(now) == 35*time.Minute
		}},
		{"pause", func() error { return h.TimerPause(bg) }, func(s workshop.RoomState) bool { return s.Timer.Paused }},
		{"+1 min", func() error { return h.TimerAdd(bg, time.Minute) }, func(s workshop.RoomState) bool {
			return s.Timer.Left(now.Add(time.Hour)) == 36*time.Minute
		}},
		{"resume", func() error { return h.TimerResume(bg) }, func(s workshop.RoomState) bool {
			return !s.Timer.Paused && s.Timer.Left(now) == 36*time.Minute
		}},
		{"self-paced", func() error { return h.SetPacing(bg, workshop.SelfPaced) }, func(s workshop.RoomState) bool {
			return s.Pacing == workshop.SelfPaced
		}},
		{"go to the last phase", func() error { return h.GoTo(bg, 5) }, func(s workshop.RoomState) bool { return s.Phase == 5 }},
	}
	for i, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if s := h.State(); !st.check(s) || s.Rev != int64(i+2) {
			t.Fatalf("after %s: %+v", st.name, s)
		}
	}
	if err := h.Next(bg); !errors.Is(err, workshop.ErrNoPhase) {
		t.Errorf("Next after the last phase: %v", err)
	}
	if err := h.SetPacing(bg, "fast"); err == nil {
		t.Error("an unknown pacing was accepted")
	}
	if got := changes.Load(); got != int32(len(steps)) {
		t.Errorf("OnChange called %d times, want %d", got, len(steps))
	}
	s := h.State()
	s.Agenda[0].Steps[0] = "changed"
	if h.State().Agenda[0].Steps[0] != workshop.StepCheckIn || workshop.DefaultAgenda[0].Steps[0] != workshop.StepCheckIn {
		t.Error("State shares its agenda with the host")
	}
}

func TestHostResumesRoom(t *testing.T) {
	store := memstore.New()
	h1 := newHost(t, store, HostOptions{Title: "Day one", Pacing: workshop.Paced})
	addr := serve(t, h1, "127.0.0.1:0")
	c, j := join(t, addr, h1.Code(), "Ana")
	a := exampleAnswers(t)
	if _, err := c.PushAnswers(ctx(t), Version{}, a); err != nil {
		t.Fatal(err)
	}
	if err := h1.GoTo(ctx(t), 2); err != nil {
		t.Fatal(err)
	}
	if err := h1.Close(); err != nil {
		t.Fatal(err)
	}

	h2 := newHost(t, store, HostOptions{Title: "ignored", Pacing: workshop.SelfPaced})
	if h2.Code() != h1.Code() || h2.Fingerprint() != h1.Fingerprint() {
		t.Fatalf("resumed room: code %s, phrase %s; want %s, %s", h2.Code(), h2.Fingerprint(), h1.Code(), h1.Fingerprint())
	}
	if s := h2.State(); s.Title != "Day one" || s.Phase != 2 || s.Pacing != workshop.Paced || s.Rev != h1.State().Rev {
		t.Fatalf("resumed state %+v", s)
	}
	m := h2.Members()
	if len(m) != 1 || m[0].Name != "Ana" || m[0].Progress != 100 || m[0].Connected {
		t.Fatalf("resumed roster %+v", m)
	}
	serve(t, h2, addr)
	r := Resume(j.Session)
	defer r.Close()
	if rev, got, err := r.GetAnswers(ctx(t)); err != nil || rev.Rev != 1 || !got.Participant.Same(a.Participant) {
		t.Fatalf("answers after the host restarted: %+v %+v %v", rev, got, err)
	}
	if got := h2.Answered(); got != 1 {
		t.Errorf("resumed answers: %d people answered the phase, want 1", got)
	}
	if err := h2.ShowResults(ctx(t)); !errors.Is(err, workshop.ErrTooFewAnswers) || h2.ResultsShown() {
		t.Errorf("one person's results shown: %v", err)
	}
}

func TestNewHostOptions(t *testing.T) {
	c := builtin(t)
	for _, tc := range []struct {
		name    string
		opt     HostOptions
		problem string
	}{
		{"no content", HostOptions{}, "needs a content pack"},
		{"broken content", HostOptions{ContentJSON: []byte(`{"format":"leadshift.content"`)}, "content pack"},
		{"two packs", HostOptions{ContentJSON: []byte(mustJSON(t, c)), Content: &workshop.Content{ID: "other"}}, "ContentJSON is pack"},
		{"empty agenda", HostOptions{Content: c, Agenda: []workshop.Phase{}}, "no phases"},
		{"phase without steps", HostOptions{Content: c, Agenda: []workshop.Phase{{Title: "Break"}}}, "no steps"},
		{"unknown step", HostOptions{Content: c, Agenda: []workshop.Phase{{Title: "X", Steps: []workshop.Step{"dance"}}}}, "unknown step"},
		{"unknown pacing", HostOptions{Content: c, Pacing: "fast"}, "pacing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewHost(context.Background(), memstore.New(), tc.opt)
			if err == nil || !strings.Contains(err.Error(), tc.problem) {
				t.Fatalf("NewHost = %v, want an error naming %q", err, tc.problem)
			}
		})
	}
	h := newHost(t, memstore.New(), HostOptions{Content: c})
	if h.Title() != c.Title || h.Content().ID != c.ID || h.State().Pacing != workshop.SelfPaced {
		t.Errorf("defaults: title %q, pacing %q", h.Title(), h.State().Pacing)
	}
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
