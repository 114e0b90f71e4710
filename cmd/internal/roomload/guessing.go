package main

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

// Sustained guessing of the room code (docs/protocol.md, "The bound"):
// wrong codes at a steady rate, each from the next of many loopback
// addresses, while a newcomer with the right code joins every second
// as the app does, waiting the time the host names when asked to.

// guessing sends rate wrong codes a second for d, each on a fresh
// connection from the next of srcs loopback addresses (127.4.x.y), and
// joins a newcomer with code every second meanwhile. It prints how many
// codes the host looked at against the bound, and the newcomers' times.
func guessing(addr, code string, srcs int, rate float64, d time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var looked, refused, other atomic.Int64
	var wg sync.WaitGroup
	inFlight := make(chan struct{}, 256)
	start := time.Now()
	wg.Go(func() {
		tick := time.NewTicker(time.Duration(float64(time.Second) / rate))
		defer tick.Stop()
		for i := 0; ; i++ {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			select {
			case inFlight <- struct{}{}:
			default:
				other.Add(1) // the host is not answering as fast as the guesses come
				continue
			}
			local := &net.TCPAddr{IP: net.IPv4(127, 4, byte(i%srcs/250), byte(1+i%srcs%250))}
			wg.Go(func() {
				defer func() { <-inFlight }()
				switch guessOnce(ctx, addr, local, wrongCode(code)) {
				case 403:
					looked.Add(1)
				case 429:
					refused.Add(1)
				default:
					other.Add(1)
				}
			})
		}
	})
	var mu sync.Mutex
	var joins []time.Duration
	var waits, failed int
	wg.Go(func() {
		for k := 1; sleepCtx(ctx, time.Second); k++ {
			wg.Go(func() {
				took, waited, err := joinAsTheAppDoes(ctx, addr, code, fmt.Sprintf("Newcomer %d", k))
				if ctx.Err() != nil {
					return
				}
				mu.Lock()
				defer mu.Unlock()
				waits += waited
				if err != nil {
					failed++
					return
				}
				joins = append(joins, took)
			})
		}
	})
	wg.Wait()
	minutes := time.Since(start).Minutes()
	bound := min(workshop.WrongCodeLockout+workshop.GuardGuessBurst+workshop.GuardGuessesPerMinute*minutes,
		workshop.WrongCodeLockout+float64(srcs)*minutes)
	fmt.Printf("guessing: %g wrong codes a second from %d addresses for %s: %d looked at (403; bound %.0f), %d refused unlooked (429), %d other\n",
		rate, srcs, time.Since(start).Round(time.Second), looked.Load(), bound, refused.Load(), other.Load())
	fmt.Printf("newcomers with the right code: joined %s; %d told to wait and tried again; %d failed\n", spread(joins), waits, failed)
	if float64(looked.Load()) > bound {
		return fmt.Errorf("the host looked at %d codes, more than the bound of %.0f", looked.Load(), bound)
	}
	return nil
}

// guessOnce sends one join with code from local on a fresh connection and
// returns the status of the answer, 0 when there was none.
func guessOnce(ctx context.Context, addr string, local *net.TCPAddr, code string) int {
	c, err := (&net.Dialer{LocalAddr: local, Timeout: 5 * time.Second}).DialContext(ctx, "tcp", addr)
	if err != nil {
		return 0
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	tc := tls.Client(c, &tls.Config{InsecureSkipVerify: true, NextProtos: []string{"http/1.1"}})
	if tc.Handshake() != nil {
		return 0
	}
	body := `{"code":"` + code + `","name":"guesser"}`
	fmt.Fprintf(tc, "POST /v1/join HTTP/1.1\r\nHost: room\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", len(body), body)
	line := make([]byte, 12)
	if _, err := io.ReadFull(tc, line); err != nil {
		return 0
	}
	var status int
	fmt.Sscanf(string(line[9:12]), "%d", &status)
	return status
}

// wrongCode is a code of the room's shape that is not code.
func wrongCode(code string) string {
	for {
		b := make([]byte, len(code))
		for i := range b {
			b[i] = lan.CodeAlphabet[rand.N(len(lan.CodeAlphabet))]
		}
		if string(b) != code {
			return string(b)
		}
	}
}

// joinAsTheAppDoes joins as name with the right code from this computer's
// address, and whenever the host says to wait, waits the time it names
// and tries again. It returns the time from the first try to the join and
// how many times it was told to wait.
func joinAsTheAppDoes(ctx context.Context, addr, code, name string) (time.Duration, int, error) {
	start := time.Now()
	for waited := 0; ; waited++ {
		_, err := join(ctx, addr, code, name)
		var refused *workshop.RoomError
		if err == nil || !errors.As(err, &refused) || refused.RetryAfter <= 0 {
			return time.Since(start), waited, err
		}
		if !sleepCtx(ctx, refused.RetryAfter) {
			return time.Since(start), waited, err
		}
	}
}
