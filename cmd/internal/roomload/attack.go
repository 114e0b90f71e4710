package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

// The attacks of the review of 2026-12-07 (N1-N8), each one bad actor's
// script; docs/load-attacks.sh runs each next to an honest participant.

// attack runs the attack named kind with n connections from srcs loopback
// addresses for d.
func attack(kind, addr, code string, a *workshop.Answers, n, srcs int, d time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	switch kind {
	case "hrr":
		return hold(ctx, addr, n, srcs, func(c net.Conn) error { return stallHandshake(c) })
	case "slowpush":
		j, err := join(ctx, addr, code, "Mallory")
		if err != nil {
			return err
		}
		return hold(ctx, addr, n, srcs, func(c net.Conn) error {
			return send(c, "PUT /v1/answers HTTP/1.1\r\nHost: room\r\nAuthorization: Bearer "+j.Session.Token+"\r\nContent-Length: 4000000\r\n\r\n{")
		})
	case "joinbody":
		body := `{"code":"` + strings.Repeat("A", 65000)
		return hold(ctx, addr, n, srcs, func(c net.Conn) error {
			return send(c, "POST /v1/join HTTP/1.1\r\nHost: room\r\nContent-Length: 65536\r\n\r\n"+body)
		})
	case "idlekeep":
		return hold(ctx, addr, n, srcs, func(c net.Conn) error { return send(c, "GET /v1/hello HTTP/1.1\r\nHost: room\r\n\r\n") })
	case "guess":
		return guess(ctx, addr, srcs, n)
	case "huge":
		return hugePush(ctx, addr, code, a)
	}
	return fmt.Errorf("unknown attack %q", kind)
}

// hold keeps n connections to addr open from srcs loopback addresses
// (127.2.x.y), each starting with start and dialled again when the host
// closes it, until ctx ends; it prints how many were open at the peak.
func hold(ctx context.Context, addr string, n, srcs int, start func(net.Conn) error) error {
	var open, peak, dials atomic.Int64
	var wg sync.WaitGroup
	for i := range n {
		local := &net.TCPAddr{IP: net.IPv4(127, 2, byte(i%srcs/250), byte(1+i%srcs%250))}
		wg.Go(func() {
			d := &net.Dialer{LocalAddr: local, Timeout: 5 * time.Second}
			for ctx.Err() == nil {
				c, err := d.DialContext(ctx, "tcp", addr)
				if err != nil {
					sleepCtx(ctx, 100*time.Millisecond)
					continue
				}
				dials.Add(1)
				now := open.Add(1)
				for p := peak.Load(); now > p && !peak.CompareAndSwap(p, now); p = peak.Load() {
				}
				stop := context.AfterFunc(ctx, func() { c.Close() })
				if start(c) == nil {
					io.Copy(io.Discard, c) // until the host closes it
				}
				stop()
				c.Close()
				open.Add(-1)
				sleepCtx(ctx, 10*time.Millisecond)
			}
		})
	}
	wg.Wait()
	fmt.Printf("attack: %d connections wanted from %d addresses, at most %d open at once, %d dials\n", n, srcs, peak.Load(), dials.Load())
	return nil
}

// send makes c a TLS connection and writes request on it.
func send(c net.Conn, request string) error {
	tc := tls.Client(c, &tls.Config{InsecureSkipVerify: true, NextProtos: []string{"http/1.1"}})
	if err := tc.Handshake(); err != nil {
		return err
	}
	_, err := io.WriteString(tc, request)
	return err
}

// stallHandshake sends a ClientHello whose post-quantum key share is
// renamed to an unused group, so the host must ask again for a key share
// (a HelloRetryRequest), and never answers.
func stallHandshake(c net.Conn) error {
	sc := &stallConn{Conn: c}
	tls.Client(sc, &tls.Config{InsecureSkipVerify: true}).Handshake()
	return nil
}

// stallConn sends the first write, with X25519MLKEM768's key share
// renamed, and fails every later one.
type stallConn struct {
	net.Conn
	wrote bool
}

func (c *stallConn) Write(p []byte) (int, error) {
	if c.wrote {
		return 0, errors.New("stalled")
	}
	c.wrote = true
	if i := bytes.Index(p, []byte{0x11, 0xec, 0x04, 0xc0}); i >= 0 {
		p = bytes.Clone(p)
		p[i], p[i+1] = 0x0a, 0x0a
	}
	return c.Conn.Write(p)
}

// guess fires per wrong codes from each of srcs addresses at once, and
// counts how many the host looked at (403) and how many it refused
// unlooked (429).
func guess(ctx context.Context, addr string, srcs, per int) error {
	var checked, refused, other atomic.Int64
	var wg sync.WaitGroup
	gate := make(chan struct{})
	for i := range srcs {
		local := &net.TCPAddr{IP: net.IPv4(127, 3, byte(i/250), byte(1+i%250))}
		for range per {
			wg.Go(func() {
				c, err := (&net.Dialer{LocalAddr: local}).DialContext(ctx, "tcp", addr)
				if err != nil {
					other.Add(1)
					return
				}
				defer c.Close()
				tc := tls.Client(c, &tls.Config{InsecureSkipVerify: true, NextProtos: []string{"http/1.1"}})
				if tc.Handshake() != nil {
					other.Add(1)
					return
				}
				body := `{"code":"WRONG9","name":"guesser"}`
				<-gate
				fmt.Fprintf(tc, "POST /v1/join HTTP/1.1\r\nHost: room\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
				line := make([]byte, 12)
				if _, err := io.ReadFull(tc, line); err != nil {
					other.Add(1)
					return
				}
				switch string(line[9:12]) {
				case "403":
					checked.Add(1)
				case "429":
					refused.Add(1)
				default:
					other.Add(1)
				}
			})
		}
	}
	time.Sleep(2 * time.Second) // every connection set up
	close(gate)
	wg.Wait()
	fmt.Printf("guess: %d wrong codes from %d addresses at once: %d checked (403), %d refused unchecked (429), %d other\n",
		srcs*per, srcs, checked.Load(), refused.Load(), other.Load())
	return nil
}

// hugePush pushes the review's document of 900,000 strengths and prints
// the answer and how long it took.
func hugePush(ctx context.Context, addr, code string, a *workshop.Answers) error {
	j, err := join(ctx, addr, code, "Hoarder")
	if err != nil {
		return err
	}
	c := lan.Resume(j.Session)
	defer c.Close()
	a = a.Clone()
	if a.Plan == nil {
		a.Plan = &workshop.Plan{}
	}
	a.Plan.Strengths = make([]string, 900_000)
	for i := range a.Plan.Strengths {
		a.Plan.Strengths[i] = "x"
	}
	start := time.Now()
	_, err = c.PushAnswers(ctx, lan.Version{}, a)
	fmt.Printf("huge: a push of 900,000 strengths answered in %s: %v\n", time.Since(start).Round(time.Millisecond), err)
	return nil
}
