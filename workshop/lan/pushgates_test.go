package lan

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// countingReader is a request body that counts the bytes read from it.
type countingReader struct {
	r    io.Reader
	read atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read.Add(int64(n))
	return n, err
}

// pushThroughHandler sends a push of token's member to h's handler in a
// goroutine; the recorder is complete once done is closed.
func pushThroughHandler(t *testing.T, h *Host, token string) (body *countingReader, rec *httptest.ResponseRecorder, done chan struct{}) {
	t.Helper()
	raw, _ := json.Marshal(answersRequest{Answers: json.RawMessage(mustJSON(t, exampleAnswers(t)))})
	body = &countingReader{r: bytes.NewReader(raw)}
	req := httptest.NewRequest(http.MethodPut, "/v1/answers", body)
	req.ContentLength = int64(len(raw))
	req.Header.Set("Authorization", "Bearer "+token)
	rec, done = httptest.NewRecorder(), make(chan struct{})
	go func() {
		h.srv.Handler.ServeHTTP(rec, req)
		close(done)
	}()
	return body, rec, done
}

// fillReadingRoom takes n places of h's reading room until the test ends
// or the returned function gives one back.
func fillReadingRoom(t *testing.T, h *Host, n int) (giveOne func()) {
	for range n {
		h.reading <- struct{}{}
	}
	left := n
	t.Cleanup(func() {
		for range left {
			<-h.reading
		}
	})
	return func() {
		left--
		<-h.reading
	}
}

// TestPushesBeyondTheReadingRoomWaitUnread: with maxBodiesHeld bodies
// held, a further push is not read (its body stays in the kernel's
// buffers, not the host's memory) until a place is free; then it goes
// through.
func TestPushesBeyondTheReadingRoomWaitUnread(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	_, j := join(t, addr, h.Code(), "Ana")
	giveOne := fillReadingRoom(t, h, maxBodiesHeld)
	body, rec, done := pushThroughHandler(t, h, j.Session.Token)
	select {
	case <-done:
		t.Fatalf("a push went through a full reading room: %d %s", rec.Code, rec.Body)
	case <-time.After(300 * time.Millisecond):
	}
	if n := body.read.Load(); n != 0 {
		t.Fatalf("%d bytes of a push waiting for the reading room were read, want none", n)
	}
	giveOne()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the push did not go through once a place was free")
	}
	if rec.Code != http.StatusOK {
		t.Errorf("the push after waiting: %d %s, want 200", rec.Code, rec.Body)
	}
	if len(h.reading) != maxBodiesHeld-1 {
		t.Errorf("%d places taken after the push, want the %d still held by the test", len(h.reading), maxBodiesHeld-1)
	}
}

// TestRemovedMembersQueuedPushIsDropped: a push waiting in either queue,
// for its turn or for a place in the reading room, is answered at once
// when its member is removed, not kept in the queue.
func TestRemovedMembersQueuedPushIsDropped(t *testing.T) {
	for _, queue := range []struct {
		name string
		fill func(t *testing.T, h *Host)
	}{
		{"a push turn", func(t *testing.T, h *Host) {
			for range maxPushesAtOnce {
				h.pushing <- struct{}{}
			}
			t.Cleanup(func() {
				for range maxPushesAtOnce {
					<-h.pushing
				}
			})
		}},
		{"the reading room", func(t *testing.T, h *Host) { fillReadingRoom(t, h, maxBodiesHeld) }},
	} {
		t.Run(queue.name, func(t *testing.T) {
			h, addr := startHost(t, HostOptions{})
			_, j := join(t, addr, h.Code(), "Mallory")
			queue.fill(t, h)
			_, rec, done := pushThroughHandler(t, h, j.Session.Token)
			m := h.byID[j.Session.ParticipantID]
			eventually(t, "the push to queue", func() bool { return len(m.pushing) == 1 })
			if err := h.Remove(ctx(t), j.Session.ParticipantID); err != nil {
				t.Fatal(err)
			}
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatalf("the removed member's push is still waiting for %s", queue.name)
			}
			if rec.Code != http.StatusForbidden {
				t.Errorf("the removed member's queued push: %d %s, want 403", rec.Code, rec.Body)
			}
		})
	}
}

// TestSlowSenderGivesItsReadingPlaceUp: a push whose body does not arrive
// holds the last place of the reading room for readingHold at most, then
// reads on outside it, so the others' pushes go through.
func TestSlowSenderGivesItsReadingPlaceUp(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	_, mallory := join(t, addr, h.Code(), "Mallory")
	ana, _ := join(t, addr, h.Code(), "Ana")
	fillReadingRoom(t, h, maxBodiesHeld-1)
	start := time.Now()
	slowPush(t, addr, mallory.Session.Token)
	eventually(t, "the slow push to take the last place", func() bool { return len(h.reading) == maxBodiesHeld })
	if _, err := ana.PushAnswers(ctx(t), Version{}, exampleAnswers(t)); err != nil {
		t.Fatalf("a push beside a slow sender: %v", err)
	}
	if took := time.Since(start); took < readingHold/2 || took > readingHold+3*time.Second {
		t.Errorf("the push went through %v after the slow sender took the last place, want about %v", took, readingHold)
	}
	m := h.byID[mallory.Session.ParticipantID]
	if len(m.pushing) != 1 {
		t.Error("the slow push ended; it should read on outside the reading room")
	}
}

// TestPushesWaitForANewStateToGoOut: answers pushed while a new phase is
// on its way to the event streams are read once every stream has sent it,
// and no later than stateYield after it was published, when a stream is
// stuck.
func TestPushesWaitForANewStateToGoOut(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	_, j := join(t, addr, h.Code(), "Ana")
	m := h.byID[j.Session.ParticipantID]
	stuck, _, ok := h.subscribe(m) // a stream that sends nothing until told
	if !ok {
		t.Fatal("no stream")
	}
	defer h.unsubscribe(m, stuck)

	if err := h.GoTo(ctx(t), 1); err != nil {
		t.Fatal(err)
	}
	body, _, done := pushThroughHandler(t, h, j.Session.Token)
	select {
	case <-done:
		t.Fatal("a push went through while the new phase had not gone out")
	case <-time.After(stateYield / 5):
	}
	if n := body.read.Load(); n != 0 {
		t.Fatalf("%d bytes of a push were read before the new phase went out", n)
	}
	stuck.sent(h.State().Rev)
	select {
	case <-done:
	case <-time.After(stateYield / 2):
		t.Fatal("the push still waits after every stream sent the new phase")
	}

	if err := h.GoTo(ctx(t), 2); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, rec, done := pushThroughHandler(t, h, j.Session.Token)
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("a push waits for ever behind a stuck stream")
	}
	if took := time.Since(start); took < stateYield/2 || rec.Code != http.StatusOK {
		t.Errorf("behind a stuck stream a push took %v with %d %s, want about %v and 200", took, rec.Code, rec.Body, stateYield)
	}
}

// TestStreamsOweOnlyTheNewestState: a stream that has not sent one state
// when the next is published owes only the next; the first wave is done.
func TestStreamsOweOnlyTheNewestState(t *testing.T) {
	s := &stream{wake: make(chan struct{}, 1)}
	first, second := newWave(1, time.Now().Add(time.Minute)), newWave(2, time.Now().Add(time.Minute))
	s.owe(first)
	first.settle()
	s.owe(second)
	second.settle()
	select {
	case <-first.done:
	default:
		t.Fatal("the first wave waits for a stream that will send only the second")
	}
	s.sent(1) // an older state sent: still owes the second
	select {
	case <-second.done:
		t.Fatal("the second wave is done before the stream sent it")
	default:
	}
	s.sent(2)
	select {
	case <-second.done:
	default:
		t.Fatal("the second wave waits though the stream sent it")
	}
	s.sent(-1) // ending the stream settles nothing twice
}
