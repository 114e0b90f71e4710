package lan

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
)

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// joinFrom sends a join as if from address ip, in process, and returns the
// status and the decoded answer.
func joinFrom(h *Host, ip, code, name, requestID string) (int, joinResponse, string) {
	body, _ := json.Marshal(joinRequest{Code: code, Name: name, RequestID: requestID})
	req := httptest.NewRequest(http.MethodPost, "/v1/join", strings.NewReader(string(body)))
	req.RemoteAddr = net.JoinHostPort(ip, "40000")
	rec := httptest.NewRecorder()
	h.srv.Handler.ServeHTTP(rec, req)
	var resp joinResponse
	var e errorResponse
	if rec.Code == http.StatusOK {
		json.Unmarshal(rec.Body.Bytes(), &resp)
	} else {
		json.Unmarshal(rec.Body.Bytes(), &e)
	}
	return rec.Code, resp, e.Error + rec.Header().Get("Retry-After")
}

func ipN(i int) string { return fmt.Sprintf("10.%d.%d.%d", i>>16&255, i>>8&255, i&255) }

// defaultLimits is a host with the real join limits and a hand-moved clock.
func defaultLimits(t *testing.T, opt HostOptions) (*Host, *fakeClock) {
	t.Helper()
	clock := &fakeClock{t: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)}
	opt.Now = clock.now
	if opt.JoinBurst == 0 {
		opt.JoinBurst, opt.JoinPerMinute = workshop.DefaultJoinBurst, workshop.DefaultJoinPerMinute
	}
	if opt.SourceBurst == 0 {
		opt.SourceBurst, opt.SourcePerMinute = workshop.DefaultSourceBurst, workshop.DefaultSourcePerMinute
	}
	return newHost(t, memstore.New(), opt), clock
}

// TestJoinFloodFromOneAddressIsSlowed is the review's room-fill attack
// from one address: 1000 joins in a row get 5 members, then 429s; the
// latecomer from another address still gets in.
func TestJoinFloodFromOneAddressIsSlowed(t *testing.T) {
	h, clock := defaultLimits(t, HostOptions{})
	statuses := map[int]int{}
	for i := range 1000 {
		status, _, _ := joinFrom(h, "10.0.0.1", h.Code(), fmt.Sprintf("bot %d", i), "")
		statuses[status]++
	}
	if statuses[200] != workshop.DefaultSourceBurst || statuses[429] != 1000-workshop.DefaultSourceBurst {
		t.Errorf("1000 joins from one address: %v, want %d in and the rest told to wait", statuses, workshop.DefaultSourceBurst)
	}
	if status, _, msg := joinFrom(h, "10.0.0.2", h.Code(), "Real person", ""); status != 200 {
		t.Errorf("a real participant after the flood: %d %s", status, msg)
	}
	clock.add(10 * time.Second)
	if status, _, msg := joinFrom(h, "10.0.0.1", h.Code(), "bot again", ""); status != 200 {
		t.Errorf("ten seconds later, one more from the flooding address: %d %s", status, msg)
	}
}

// TestJoinFloodFromManyAddressesIsSlowed: rotating source addresses meet
// the room-wide limit: 50 at once, then 30 a minute.
func TestJoinFloodFromManyAddressesIsSlowed(t *testing.T) {
	h, clock := defaultLimits(t, HostOptions{})
	in := 0
	for i := range 500 {
		if status, _, _ := joinFrom(h, ipN(i), h.Code(), fmt.Sprintf("bot %d", i), ""); status == 200 {
			in++
		}
	}
	if in != workshop.DefaultJoinBurst {
		t.Errorf("500 joins from 500 addresses at once: %d in, want %d", in, workshop.DefaultJoinBurst)
	}
	clock.add(time.Minute)
	in = 0
	for i := 500; i < 600; i++ {
		if status, _, _ := joinFrom(h, ipN(i), h.Code(), fmt.Sprintf("bot %d", i), ""); status == 200 {
			in++
		}
	}
	if in != workshop.DefaultJoinPerMinute {
		t.Errorf("a minute later: %d in, want %d", in, workshop.DefaultJoinPerMinute)
	}
}

// TestMemberCapIsAtomic: 300 joins at once against a cap of 25 store
// exactly 25 members; removing members frees their places.
func TestMemberCapIsAtomic(t *testing.T) {
	h := newHost(t, memstore.New(), HostOptions{MaxMembers: 25})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var ids []string
	for i := range 300 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if status, resp, _ := joinFrom(h, ipN(i), h.Code(), fmt.Sprintf("p%d", i), ""); status == 200 {
				mu.Lock()
				ids = append(ids, resp.ParticipantID)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(ids) != 25 || len(h.Members()) != 25 {
		t.Fatalf("%d joins succeeded, %d members; want the cap, 25", len(ids), len(h.Members()))
	}
	if status, _, msg := joinFrom(h, ipN(1000), h.Code(), "Late", ""); status != http.StatusConflict || !strings.Contains(msg, "full") {
		t.Errorf("a join to the full room: %d %s", status, msg)
	}
	for _, id := range ids[:3] {
		if err := h.Remove(context.Background(), id); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 4 {
		status, _, _ := joinFrom(h, ipN(2000+i), h.Code(), fmt.Sprintf("new %d", i), "")
		if (i < 3) != (status == 200) {
			t.Errorf("join %d after 3 removals: %d", i, status)
		}
	}
}

// TestRemovedMemberCannotRejoin: removed, a participant cannot join again
// with the same name, or one that looks the same (the review's N9), until
// the facilitator lets them back; someone else behind the same address
// (a NAT, a shared machine: the review's N10) still can.
func TestRemovedMemberCannotRejoin(t *testing.T) {
	h := newHost(t, memstore.New(), HostOptions{})
	status, eve, _ := joinFrom(h, "10.0.0.5", h.Code(), "Eve", "")
	if status != 200 {
		t.Fatal(status)
	}
	if err := h.Remove(context.Background(), eve.ParticipantID); err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"eve", " EVE\u200b ", "Eve\u034f", "Eve\ufe0f", "Eve\u3164", "\u0415ve", "E\u00a0ve"} {
		if status, _, msg := joinFrom(h, ipN(100+i), h.Code(), name, ""); status != http.StatusForbidden || !strings.Contains(msg, "let you back") {
			t.Errorf("rejoining as %+q: %d %s", name, status, msg)
		}
	}
	if status, _, msg := joinFrom(h, "10.0.0.5", h.Code(), "Someone else", ""); status != http.StatusOK {
		t.Errorf("someone else from the removed participant's address: %d %s", status, msg)
	}
	if err := h.LetBack(context.Background(), eve.ParticipantID); err != nil {
		t.Fatal(err)
	}
	if status, back, msg := joinFrom(h, "10.0.0.5", h.Code(), "Eve", ""); status != 200 || back.ParticipantID == eve.ParticipantID {
		t.Errorf("after being let back: %d %s", status, msg)
	}
}

// TestWrongCodesFromEverywhereKeepTheRoomOpen is the review's N8: guesses
// from rotating addresses closed joining for everyone. Now they tell the
// facilitator and put the room on guard; a newcomer with the right code
// from an address that gave no wrong code still joins.
func TestWrongCodesFromEverywhereKeepTheRoomOpen(t *testing.T) {
	h, _ := defaultLimits(t, HostOptions{})
	for i := range workshop.WrongCodeLockout {
		if status, _, _ := joinFrom(h, ipN(i), otherCode(h.Code()), "guesser", ""); status != http.StatusForbidden {
			t.Fatalf("wrong code %d: %d", i, status)
		}
	}
	if !h.State().JoinOpen || !strings.Contains(h.JoinAlert(), "guessing") {
		t.Fatalf("after %d wrong codes: join open %v, alert %q", workshop.WrongCodeLockout, h.State().JoinOpen, h.JoinAlert())
	}
	if status, _, msg := joinFrom(h, ipN(500), h.Code(), "Real", ""); status != http.StatusOK {
		t.Errorf("the right code from a new address, on guard: %d %s", status, msg)
	}
	if status, _, _ := joinFrom(h, ipN(0), h.Code(), "Guesser", ""); status != http.StatusTooManyRequests {
		t.Errorf("the right code from a guesser's address, on guard: %d, want 429", status)
	}
	if err := h.SetJoinOpen(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	if h.JoinAlert() != "" {
		t.Errorf("alert after the facilitator saw it: %q", h.JoinAlert())
	}
}

// TestGuessesFiredTogetherAreBounded is the review's N5: 500 addresses
// firing 5 wrong codes each at once had 321 evaluated before the room
// closed, against 30 documented. Every code is now checked under the
// gate's lock against the documented bound: at most MaxWrongCodes per
// address, and once WrongCodeLockout have come in, one per address and
// GuardGuessBurst, then GuardGuessesPerMinute a minute, for the whole
// room. So at most WrongCodeLockout + GuardGuessBurst of the 2,500 are
// looked at, and a second wave from the same addresses 30 s later has
// at most the room's half minute of checks, none from an address
// already checked.
func TestGuessesFiredTogetherAreBounded(t *testing.T) {
	h, clock := defaultLimits(t, HostOptions{})
	const addrs, each = 500, 5
	wave := func() (checked map[string]int) {
		checked = map[string]int{}
		var mu sync.Mutex
		var wg sync.WaitGroup
		for i := range addrs * each {
			wg.Go(func() {
				ip := ipN(i % addrs)
				status, _, _ := joinFrom(h, ip, otherCode(h.Code()), "guesser", "")
				if status == http.StatusForbidden {
					mu.Lock()
					checked[ip]++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		return checked
	}
	first := wave()
	total := 0
	for ip, n := range first {
		total += n
		if n > workshop.MaxWrongCodes {
			t.Errorf("%s had %d codes checked, at most %d allowed", ip, n, workshop.MaxWrongCodes)
		}
	}
	if most := workshop.WrongCodeLockout + workshop.GuardGuessBurst; total > most {
		t.Errorf("%d of %d wrong codes were checked, at most %d allowed", total, addrs*each, most)
	}
	clock.add(30 * time.Second)
	again := wave()
	if most := workshop.GuardGuessesPerMinute / 2; len(again) > most {
		t.Errorf("a second wave 30 s later had codes checked from %d addresses, at most %d allowed", len(again), most)
	}
	for ip := range again {
		if first[ip] > 0 {
			t.Errorf("%s had codes checked twice within the minute, on guard", ip)
		}
	}
	t.Logf("%d of %d wrong codes checked from %d addresses", total, addrs*each, addrs)
}

// TestRetriedJoinIsIdempotent: the same join request again (its answer was
// lost) gives the same member, not a ghost.
func TestRetriedJoinIsIdempotent(t *testing.T) {
	h := newHost(t, memstore.New(), HostOptions{})
	_, first, _ := joinFrom(h, "10.0.0.9", h.Code(), "Ana", "req-1")
	for range 3 {
		status, again, _ := joinFrom(h, "10.0.0.9", h.Code(), "Ana", "req-1")
		if status != 200 || again.ParticipantID != first.ParticipantID || again.Token != first.Token {
			t.Errorf("retry: %d %s, want the first member %s", status, again.ParticipantID, first.ParticipantID)
		}
	}
	if n := len(h.Members()); n != 1 {
		t.Errorf("%d members after a join and three retries", n)
	}
	if _, other, _ := joinFrom(h, "10.0.0.9", h.Code(), "Ana", "req-2"); other.ParticipantID == first.ParticipantID {
		t.Error("another join request got the same member")
	}
}

// TestNamesAreCleaned: control, zero-width and bidi-override characters
// never reach the roster.
func TestNamesAreCleaned(t *testing.T) {
	h := newHost(t, memstore.New(), HostOptions{})
	for i, tc := range []struct{ in, want string }{
		{"\u0000\u001b[31mRED\u001b[0m", "[31mRED[0m"},
		{"\u202eresU nimdA", "resU nimdA"},
		{"Zero\u200bWidth\u200d \ufeffName", "ZeroWidth Name"},
		{"  Zoë \t\n Müller  ", "Zoë Müller"},
	} {
		if status, _, msg := joinFrom(h, ipN(i), h.Code(), tc.in, ""); status != 200 {
			t.Fatalf("%q: %d %s", tc.in, status, msg)
		}
		if got := h.Members()[i].Name; got != tc.want {
			t.Errorf("name %q stored as %q, want %q", tc.in, got, tc.want)
		}
	}
	if status, _, _ := joinFrom(h, ipN(99), h.Code(), "\u200b\u202e\u0007", ""); status != http.StatusBadRequest {
		t.Errorf("a name of invisible characters only: %d, want 400", status)
	}
}

// TestEventStreamsPerMember: one member cannot hold more than a few event
// streams open.
func TestEventStreamsPerMember(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, j := join(t, addr, h.Code(), "Ana")
	streamCtx, cancel := context.WithCancel(ctx(t))
	defer cancel()
	var open []*http.Response
	for i := range maxStreamsPerMember + 1 {
		req, _ := http.NewRequestWithContext(streamCtx, http.MethodGet, "https://"+addr+"/v1/events", nil)
		req.Header.Set("Authorization", "Bearer "+j.Session.Token)
		resp, err := c.hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if want := map[bool]int{true: 200, false: 429}[i < maxStreamsPerMember]; resp.StatusCode != want {
			t.Errorf("stream %d: %d, want %d", i+1, resp.StatusCode, want)
		}
		open = append(open, resp)
	}
	open[0].Body.Close()
	eventually(t, "a place for another stream", func() bool {
		h.mu.Lock()
		defer h.mu.Unlock()
		return h.byID[j.Session.ParticipantID].streams < maxStreamsPerMember
	})
}

// TestConnectionCap: the listener hands out at most n connections at a
// time; the next waits until one closes.
func TestConnectionCap(t *testing.T) {
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := newLimitListener(inner, 2, 0)
	defer l.Close()
	for range 3 {
		c, err := net.Dial("tcp", inner.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
	}
	a, err := l.Accept()
	if err != nil {
		t.Fatal(err)
	}
	b, err := l.Accept()
	if err != nil {
		t.Fatal(err)
	}
	// Both carry a member's requests, so the newcomer cannot take the
	// place of an idle one (idleconns_test.go tests that): it waits for
	// a close. Left idle, either could be evicted if the third Accept
	// ran before a.Close below (1 run in 20 under load).
	l.mu.Lock()
	a.(*limitConn).member, b.(*limitConn).member = "ana", "ben"
	l.mu.Unlock()
	if len(l.sem) != cap(l.sem) {
		t.Fatalf("%d of %d places taken after two accepts", len(l.sem), cap(l.sem))
	}
	third := make(chan error, 1)
	go func() {
		c, err := l.Accept()
		if err == nil {
			c.Close()
		}
		third <- err
	}()
	a.Close() // frees a place: the third connection is accepted
	if err := <-third; err != nil {
		t.Errorf("third accept after a close: %v", err)
	}
	// Two were open at once; the third closed as soon as it was accepted.
	if peak := l.takePeak(); peak != 2 {
		t.Errorf("peak %d, want 2", peak)
	}
	if open, peak := l.open(), l.takePeak(); peak != open || open != 1 {
		t.Errorf("after takePeak: peak %d with %d open, want 1 and 1", peak, open)
	}
}

// TestConnectionsPerAddress: one computer holds at most perAddr
// connections; its next are closed as they arrive, and one that closes
// makes room again. Loopback is exempt, so the test lifts that.
func TestConnectionsPerAddress(t *testing.T) {
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := newLimitListener(inner, 100, 2)
	defer l.Close()
	if !l.exempt(netip.MustParseAddr("127.0.0.1")) || !l.exempt(netip.MustParseAddr("::1")) || l.exempt(netip.MustParseAddr("192.168.1.20")) {
		t.Fatal("loopback, and only loopback, is exempt")
	}
	l.exempt = func(netip.Addr) bool { return false }
	accepted := make(chan net.Conn, 10)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				close(accepted)
				return
			}
			accepted <- c
		}
	}()
	dial := func() net.Conn {
		c, err := net.Dial("tcp", inner.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	dial()
	dial()
	first, second := <-accepted, <-accepted
	third := dial()
	// The third is closed by the host: reading from it ends.
	third.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := third.Read(make([]byte, 1)); err == nil || errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("a third connection from one address: read %v, want it closed", err)
	}
	select {
	case c := <-accepted:
		t.Fatalf("a third connection from one address was handed out: %v", c.RemoteAddr())
	default:
	}
	first.Close()
	dial()
	select {
	case c := <-accepted:
		c.Close()
	case <-time.After(5 * time.Second):
		t.Fatal("a connection after one closed was not accepted")
	}
	second.Close()
	l.mu.Lock()
	defer l.mu.Unlock()
	if n := len(l.byAddr); n != 0 {
		t.Errorf("%d addresses still counted after every connection closed", n)
	}
}

// TestBurstEnded: memory is handed back only after a burst of at least
// burstConnections connections, once at most half of them are open.
func TestBurstEnded(t *testing.T) {
	for _, tc := range []struct {
		peak, open int
		want       bool
	}{
		{burstConnections, burstConnections / 2, true},
		{2000, 0, true},
		{2000, 1000, true},
		{2000, 1001, false},
		{burstConnections - 1, 0, false}, // a small room: nothing worth handing back
		{0, 0, false},
	} {
		if got := burstEnded(tc.peak, tc.open); got != tc.want {
			t.Errorf("burstEnded(%d, %d) = %v, want %v", tc.peak, tc.open, got, tc.want)
		}
	}
}
