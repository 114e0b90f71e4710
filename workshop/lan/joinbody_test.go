package lan

import (
	"bufio"
	"crypto/tls"
	"io"
	"net/http"
	"testing"
	"time"
)

// TestOversizedJoinIsRefusedAtOnce is the review's N4 as sent: a join
// announcing 64 KB and sending nothing was held until its 5 s read
// deadline. It is refused (413) before a byte of its body is read, and
// the host closes the connection after the answer instead of waiting for
// a body to skip.
func TestOversizedJoinIsRefusedAtOnce(t *testing.T) {
	_, addr := startHost(t, HostOptions{})
	c, err := tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true, NextProtos: []string{"http/1.1"}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	start := time.Now()
	if _, err := io.WriteString(c, "POST /v1/join HTTP/1.1\r\nHost: room\r\nContent-Length: 65536\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(c)
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d, want 413", resp.StatusCode)
	}
	if _, err := r.ReadByte(); err == nil {
		t.Error("the host sent more after the refusal")
	}
	// The host's read deadline for a join's body is joinReadTimeout: a
	// connection closed well before it was not waiting for the body.
	if took := time.Since(start); took >= joinReadTimeout {
		t.Errorf("the connection closed after %v, not before the body's read deadline (%v)", took, joinReadTimeout)
	}
}
