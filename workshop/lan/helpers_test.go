package lan

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
)

// builtin is the built-in content pack.
func builtin(t testing.TB) *workshop.Content {
	t.Helper()
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// exampleAnswers are complete answers to the built-in pack.
func exampleAnswers(t testing.TB) *workshop.Answers {
	t.Helper()
	a, err := loadExampleAnswers()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// loadExampleAnswers reads the documented example participant.
func loadExampleAnswers() (*workshop.Answers, error) {
	data, err := os.ReadFile("../../docs/examples/answers.json")
	if err != nil {
		return nil, err
	}
	return workshop.DecodeAnswers(bytes.NewReader(data))
}

// newHost opens a host on store, not serving. Tests join many members
// from one loopback address: unless a test sets its own join limits, they
// are raised out of the way (the limits have their own tests).
func newHost(t testing.TB, store workshop.RoomStore, opt HostOptions) *Host {
	t.Helper()
	if opt.JoinBurst == 0 && opt.SourceBurst == 0 {
		opt.JoinBurst, opt.JoinPerMinute, opt.SourceBurst, opt.SourcePerMinute = 10000, 10000, 10000, 10000
	}
	if opt.ContentJSON == nil && opt.Content == nil {
		opt.ContentJSON = assets.ContentPack
	}
	h, err := NewHost(context.Background(), store, opt)
	if err != nil {
		t.Fatalf("NewHost: %v", err)
	}
	h.setLog(slog.New(slog.NewTextHandler(io.Discard, nil))) // a test asserts what it expects logged; nothing goes to the output
	return h
}

// setLog makes the host log to l, its requests included.
func (h *Host) setLog(l *slog.Logger) {
	h.log = l
	h.srv.Handler = router{routes: h.routes(), log: l}
}

// serve serves h on addr ("127.0.0.1:0" for any port) until the test ends,
// and returns the address it serves on.
func serve(t testing.TB, h *Host, addr string) string {
	t.Helper()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- h.Serve(l) }()
	t.Cleanup(func() {
		h.Close()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return l.Addr().String()
}

// startHost opens a new room on a fresh memstore and serves it.
func startHost(t testing.TB, opt HostOptions) (*Host, string) {
	t.Helper()
	h := newHost(t, memstore.New(), opt)
	return h, serve(t, h, "127.0.0.1:0")
}

// join joins the room at addr as name and returns the participant's
// client.
func join(t testing.TB, addr, code, name string) (*Client, *Joined) {
	t.Helper()
	c := dialCompared(t, addr)
	j, err := c.Join(ctx(t), code, name)
	if err != nil {
		t.Fatalf("%s joining: %v", name, err)
	}
	return c, j
}

// dialCompared is a client of the host at addr whose phrase the
// participant has compared: Hello, then TrustPresented.
func dialCompared(t testing.TB, addr string) *Client {
	t.Helper()
	c := Dial(addr, "")
	t.Cleanup(c.Close)
	if _, err := c.Hello(ctx(t)); err != nil {
		t.Fatalf("hello: %v", err)
	}
	if _, err := c.TrustPresented(); err != nil {
		t.Fatal(err)
	}
	return c
}

// ctx is a context that ends with the test, and after a minute at most.
func ctx(t testing.TB) context.Context {
	c, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return c
}

// eventually waits until cond holds, failing the test after ten seconds.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// raw sends a request with any body and token through c's pinned
// transport, and returns the status and the decoded error message (or
// the body when the answer is not an error).
func raw(t testing.TB, c *Client, method, path, token string, body []byte) (int, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx(t), method, c.url(path), bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q, want JSON", method, path, ct)
	}
	if resp.StatusCode < 400 {
		return resp.StatusCode, string(data)
	}
	var e errorResponse
	if err := json.Unmarshal(data, &e); err != nil || e.Error == "" {
		t.Errorf("%s %s: %d with a body that is not a JSON error: %q", method, path, resp.StatusCode, data)
	}
	return resp.StatusCode, e.Error
}

// apiStatus is the status of an *APIError, or 0 for any other error.
func apiStatus(err error) int {
	if e, ok := err.(*APIError); ok {
		return e.Status
	}
	return 0
}
