package lan

import (
	"bufio"
	"context"
	"crypto/tls"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop/memstore"
)

// idleHello opens a connection to addr, asks GET /v1/hello on it (with
// token, when not empty, GET /v1/state instead) and keeps it open, idle,
// until the test ends or the host closes it; closed reports the latter.
func idleHello(t *testing.T, addr, token string) (closed <-chan struct{}) {
	t.Helper()
	c, err := tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true, NextProtos: []string{"http/1.1"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	path, auth := "/v1/hello", ""
	if token != "" {
		path, auth = "/v1/state", "Authorization: Bearer "+token+"\r\n"
	}
	fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: room\r\n%s\r\n", path, auth)
	br := bufio.NewReader(c)
	resp, err := http.ReadResponse(br, nil)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %v %v", path, resp, err)
	}
	resp.Body.Close()
	done := make(chan struct{})
	go func() {
		br.ReadByte() // returns when the host closes the connection
		close(done)
	}()
	return done
}

// TestIdleConnectionsDoNotLockNewcomersOut is the review's N6: 3000 idle
// keep-alive connections from 100 addresses filled the host's connections
// and kept every newcomer out for as long as they stayed. A newcomer now
// takes the place of the longest idle connection that is not a
// member's; members' own connections are not taken. (The cap is 40 here
// rather than 3000, the rule is the same.)
func TestIdleConnectionsDoNotLockNewcomersOut(t *testing.T) {
	h := newHost(t, memstore.New(), HostOptions{})
	h.maxConns, h.idleLimit = 40, time.Hour // only making room lets newcomers in
	addr := serve(t, h, "127.0.0.1:0")
	_, ana := join(t, addr, h.Code(), "Ana")
	anaIdle := idleHello(t, addr, ana.Session.Token)
	h.mu.Lock()
	conns := h.conns
	h.mu.Unlock()
	for conns.open() < h.maxConns { // every place taken
		idleHello(t, addr, "")
	}
	for i := range 5 {
		ctx, cancel := context.WithTimeout(ctx(t), 5*time.Second)
		c := Dial(addr, "")
		_, err := c.Hello(ctx)
		if err == nil {
			_, err = c.TrustPresented()
		}
		if err == nil {
			_, err = c.Join(ctx, h.Code(), fmt.Sprintf("Newcomer %d", i))
		}
		cancel()
		if err != nil {
			t.Fatalf("newcomer %d could not join a room full of idle connections: %v", i, err)
		}
		c.Close()
	}
	select {
	case <-anaIdle:
		t.Error("a member's idle connection was closed to make room")
	default:
	}
}

// TestUnjoinedIdleConnectionsAreClosed: a connection that said hello and
// nothing more is closed after unjoinedIdle; a member's stays.
func TestUnjoinedIdleConnectionsAreClosed(t *testing.T) {
	h := newHost(t, memstore.New(), HostOptions{})
	h.idleLimit = time.Second // long enough for a slow machine to say hello first
	addr := serve(t, h, "127.0.0.1:0")
	_, ana := join(t, addr, h.Code(), "Ana")
	member := idleHello(t, addr, ana.Session.Token)
	stranger := idleHello(t, addr, "")
	select {
	case <-stranger:
	case <-time.After(10 * time.Second):
		t.Fatal("an idle connection that never joined is still open")
	}
	select {
	case <-member:
		t.Error("a member's idle connection was closed with the strangers'")
	default:
	}
}

// TestMembersIdleConnectionsAreBounded: a member keeping ten idle
// connections keeps maxIdlePerMember; the longest idle are closed.
func TestMembersIdleConnectionsAreBounded(t *testing.T) {
	h, addr := startHost(t, HostOptions{})
	client, ana := join(t, addr, h.Code(), "Ana")
	// The host counts a connection idle once it has finished writing its
	// answer, a moment after the client has read it: each is opened once
	// the one before is idle on the host too (and, past the bound, the
	// longest idle closed), so "longest idle" is the order they were opened.
	idleMembers := func() int {
		h.conns.mu.Lock()
		defer h.conns.mu.Unlock()
		n := 0
		for c := range h.conns.conns {
			if c.idle && c.member != "" {
				n++
			}
		}
		return n
	}
	client.Close() // the joining connection is Ana's too: start from none
	eventually(t, "no idle connection of Ana's", func() bool { return idleMembers() == 0 })
	var closed []<-chan struct{}
	for i := range 10 {
		closed = append(closed, idleHello(t, addr, ana.Session.Token))
		if i < maxIdlePerMember {
			eventually(t, fmt.Sprintf("%d idle connections of Ana's", i+1), func() bool { return idleMembers() == i+1 })
		} else {
			eventually(t, fmt.Sprintf("connection %d closed", i-maxIdlePerMember+1), func() bool {
				select {
				case <-closed[i-maxIdlePerMember]:
					return true
				default:
					return false
				}
			})
		}
	}
	open := func() int {
		n := 0
		for _, c := range closed {
			select {
			case <-c:
			default:
				n++
			}
		}
		return n
	}
	eventually(t, fmt.Sprintf("Ana's idle connections to be %d", maxIdlePerMember), func() bool { return open() == maxIdlePerMember })
	for i, c := range closed[len(closed)-maxIdlePerMember:] {
		select {
		case <-c:
			t.Errorf("Ana's %dth newest connection was closed, not one of the longest idle", maxIdlePerMember-i)
		default:
		}
	}
}
