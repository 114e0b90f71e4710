package main

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

// Sustained guessing of the room code (docs/protocol.md, "The bound"):
// wrong codes at a steady rate, each from the next of many loopback
// addresses, while a newcomer with the right code joins every second
// as the app does, waiting the time the host names when asked to. Once
// the room is on guard the newcomers type the guard code instead, read
// off the host's output (its projector) when guardFrom names it.

// guessing sends rate wrong codes a second for d, each on a fresh
// connection from the next of srcs loopback addresses (127.4.x.y), and
// joins a newcomer with code every second meanwhile, with the guard code
// printed in the file guardFrom once there is one. It prints how many
// codes the host looked at against the bound, and the newcomers' times.
func guessing(addr, code, guardFrom string, srcs int, rate float64, d time.Duration) error {
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
	var guardJoins []time.Duration
	var waits, failed int
	wg.Go(func() {
		for k := 1; sleepCtx(ctx, time.Second); k++ {
			wg.Go(func() {
				codes := projector{code: code, file: guardFrom}
				took, waited, err := joinAsTheAppDoes(ctx, addr, &codes, fmt.Sprintf("Newcomer %d", k))
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
				if codes.guarded {
					guardJoins = append(guardJoins, took)
				}
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
	fmt.Printf("of them with the guard code: %s\n", spread(guardJoins))
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

// projector is what a newcomer reads off the projector: the join code,
// or the guard code once the host has printed one in file (the headless
// host's output, "guard code: ..." lines).
type projector struct {
	code, file string
	guarded    bool // the last code read was a guard code
}

// read is the code the projector shows now.
func (p *projector) read() string {
	p.guarded = false
	if p.file == "" {
		return p.code
	}
	out, err := os.ReadFile(p.file)
	if err != nil {
		return p.code
	}
	guard := ""
	for line := range strings.Lines(string(out)) {
		if g, ok := strings.CutPrefix(line, "guard code: "); ok {
			guard = strings.TrimSpace(g)
		}
	}
	if guard == "" {
		return p.code
	}
	p.guarded = true
	return guard
}

// joinAsTheAppDoes joins as name with the code the projector shows, from
// this computer's address. When the host says the room is on guard it
// looks at the projector again and, if it shows a guard code, types that
// at once; otherwise, whenever the host says to wait, it waits the time
// named and tries again. It returns the time from the first try to the
// join and how many times it was told to wait.
func joinAsTheAppDoes(ctx context.Context, addr string, codes *projector, name string) (time.Duration, int, error) {
	start := time.Now()
	for waited := 0; ; waited++ {
		_, err := join(ctx, addr, codes.read(), name)
		var refused *workshop.RoomError
		if err == nil || !errors.As(err, &refused) || refused.RetryAfter <= 0 {
			return time.Since(start), waited, err
		}
		if errors.Is(err, workshop.ErrOnGuard) && !codes.guarded && codes.read() != codes.code {
			continue // the projector shows the guard code now
		}
		if !sleepCtx(ctx, refused.RetryAfter) {
			return time.Since(start), waited, err
		}
	}
}
