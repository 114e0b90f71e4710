package lan

import (
	"crypto/tls"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"
)

// slowPush opens a connection to addr that announces an answer push of
// 4,000,000 bytes with token and sends one byte of it, then nothing: the
// review's push staller. It stays open until the test ends.
func slowPush(t *testing.T, addr, token string) {
	t.Helper()
	c, err := tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true, NextProtos: []string{"http/1.1"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	fmt.Fprintf(c, "PUT /v1/answers HTTP/1.1\r\nHost: room\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nContent-Length: 4000000\r\n\r\n{", token)
}

// TestSlowPushesOfOneMemberDoNotHoldOthers is the review's N2: 32 answer
// pushes from one member that announce 4 MB and send nothing held every
// push turn, and no one else's push got through for a minute. Now a
// member has one push in progress at a time and the body is read before
// a turn is taken: the others' pushes go through at once.
func TestSlowPushesOfOneMemberDoNotHoldOthers(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	_, mallory := join(t, addr, h.Code(), "Mallory")
	for range 32 {
		slowPush(t, addr, mallory.Session.Token)
	}
	ana, _ := join(t, addr, h.Code(), "Ana")
	a := exampleAnswers(t)
	var v Version
	var took []time.Duration
	for i := range 9 {
		a.Participant.Role = fmt.Sprintf("edit %d", i)
		start := time.Now()
		next, err := ana.PushAnswers(ctx(t), v, a)
		if err != nil {
			t.Fatalf("push %d: %v", i, err)
		}
		took = append(took, time.Since(start))
		v = next
	}
	slices.Sort(took)
	if median := took[len(took)/2]; median > time.Second {
		t.Errorf("with 32 slow pushes from another member a push took %v at the median (all: %v), want under 1 s", median, took)
	}
}

// TestSecondPushOfAMemberWaitsItsTurn: while one push of a member is in
// progress, another from the same member is refused with a time to try
// again, which the app's syncer does.
func TestSecondPushOfAMemberWaitsItsTurn(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	c, j := join(t, addr, h.Code(), "Ana")
	slowPush(t, addr, j.Session.Token)
	m := h.byID[j.Session.ParticipantID]
	eventually(t, "the slow push to take Ana's turn", func() bool { return len(m.pushing) == 1 })
	_, err := c.PushAnswers(ctx(t), Version{}, exampleAnswers(t))
	if apiStatus(err) != http.StatusTooManyRequests {
		t.Fatalf("a second push during a slow one: %v, want 429", err)
	}
	if e := err.(*APIError); e.refusal == nil || e.refusal.RetryAfter != time.Second {
		t.Errorf("the refusal says to try again after %+v, want 1 s", e.refusal)
	}
}

// trickle hands out n bytes one at a time, and records the largest room
// any Read offered beyond what the bytes delivered so far justify: more
// than bodyStart, or than the bytes delivered.
type trickle struct {
	n, sent, over int
}

func (r *trickle) Read(p []byte) (int, error) {
	if r.sent == r.n {
		return 0, io.EOF
	}
	r.over = max(r.over, len(p)-max(bodyStart, r.sent))
	p[0] = ' '
	r.sent++
	return 1, nil
}

// TestBodyBufferGrowsWithTheBytes is the review's N4: a join announcing
// 64 KB had 64 KB reserved before its first byte, so thousands of joins
// that never sent their bodies took the host to 397 MB. The buffer now
// grows as bytes arrive: never more than bodyStart ahead of them, however
// much is announced, and never more than twice the bytes received.
func TestBodyBufferGrowsWithTheBytes(t *testing.T) {
	body := &trickle{n: 100 << 10}
	req := httptest.NewRequest(http.MethodPut, "/v1/answers", body)
	req.ContentLength = 4_000_000
	_, err := readBody(httptest.NewRecorder(), req, 4_000_000)
	if err != nil {
		t.Fatal(err)
	}
	if body.over > 0 {
		t.Errorf("a read was offered %d bytes more than max(bodyStart, bytes received)", body.over)
	}
}
