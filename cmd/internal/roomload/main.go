// Command roomload puts a running LeadShift host under the loads of
// docs/benchmarks.md that `leadshift demo` cannot make, and measures
// whether an honest participant is still served meanwhile:
//
//	roomload idle --addr HOST:PORT [--conns 6000] [--for 60s]
//	roomload drop --addr HOST:PORT --code CODE [--participants 200] [--drop 60s]
//	roomload honest --addr HOST:PORT --code CODE [--for 60s]
//	roomload hrr|slowpush|joinbody|idlekeep --addr HOST:PORT [--code CODE] [--conns N] [--srcs N] [--for 60s]
//	roomload guess --addr HOST:PORT [--srcs 500] [--conns 5]
//	roomload guessing --addr HOST:PORT --code CODE [--guard-from FILE] [--srcs 1000] [--rate 20] [--for 60s]
//	roomload huge --addr HOST:PORT --code CODE
//
// idle holds --conns TLS connections open that never send a request (each
// one dialled again as soon as the host closes it), from many loopback
// addresses. drop puts --participants participants behind a proxy that
// stops forwarding for --drop, as a Wi-Fi drop does, while they keep
// answering; it then waits until every one of them is synced again and
// checks that the host holds each one's newest acknowledged answers.
//
// The others are the attacks of the review of 2026-12-07 (attack.go): hrr
// holds --conns handshakes that make the host ask again for a key share
// and never answer; slowpush, as one member, --conns answer pushes that
// announce 4 MB and send one byte; joinbody --conns joins that announce
// 64 KB and send 65,000 bytes; idlekeep --conns keep-alive connections
// idle after one hello; guess fires --conns wrong codes from each of
// --srcs addresses at once; huge pushes 900,000 strengths. guessing keeps
// sending --rate wrong codes a second, each from the next of --srcs
// addresses, while a newcomer with the right code joins every second,
// waiting when the host says to, and typing the guard code the host
// printed in --guard-from (its output) once the room is on guard; it
// prints the codes looked at against the bound of docs/protocol.md (and
// fails past it) and the newcomers' times.
//
// honest, run as a process of its own next to any of them, is a
// participant who joins directly and then, every 250 ms, pushes an edit of
// its answers over its session and, separately, says hello over a fresh
// connection, and every second joins as a newcomer on a fresh connection;
// it prints the latencies and how many took over 100 ms. The host's
// memory is measured from outside (docs/load-idle.sh, docs/load-drop.sh).
// Run it only against a host in a network namespace of its own
// (`unshare -rn`): it opens thousands of connections.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: roomload idle|drop|honest|hrr|slowpush|joinbody|idlekeep|guess|guessing|huge --addr HOST:PORT [--code CODE] [flags]")
		os.Exit(2)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	addr := fs.String("addr", "127.0.0.1:47501", "the host, as `HOST:PORT`")
	code := fs.String("code", "", "the room's join code")
	answers := fs.String("answers", "docs/examples/answers.json", "the answers every simulated participant starts from")
	conns := fs.Int("conns", 6000, "idle: connections to hold open")
	hold := fs.Duration("for", 60*time.Second, "idle, honest: how long to run")
	n := fs.Int("participants", 200, "drop: participants behind the dropping link")
	drop := fs.Duration("drop", 60*time.Second, "drop: how long the link is down")
	srcs := fs.Int("srcs", 100, "attacks: loopback addresses to send from")
	rate := fs.Float64("rate", 20, "guessing: wrong codes a second")
	guardFrom := fs.String("guard-from", "", "guessing: the host's output `FILE`, where newcomers read the guard code once the room is on guard")
	fs.Parse(os.Args[2:])
	a, err := loadAnswers(*answers)
	if err == nil {
		switch os.Args[1] {
		case "idle":
			err = idle(*addr, *conns, *hold)
		case "drop":
			err = dropLink(*addr, *code, a, *n, *drop)
		case "honest":
			err = runHonest(*addr, *code, a, *hold)
		case "guessing":
			err = guessing(*addr, *code, *guardFrom, *srcs, *rate, *hold)
		case "hrr", "slowpush", "joinbody", "idlekeep", "guess", "huge":
			err = attack(os.Args[1], *addr, *code, a, *conns, *srcs, *hold)
		default:
			err = fmt.Errorf("unknown load %q: idle, drop, honest or an attack (see go doc)", os.Args[1])
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "roomload:", err)
		os.Exit(1)
	}
}

func loadAnswers(path string) (*workshop.Answers, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return workshop.DecodeAnswers(bytes.NewReader(data))
}

// edit changes a's answers a little, as a participant typing does.
func edit(a *workshop.Answers, k int) {
	id := slices.Sorted(maps.Keys(a.Reflections))[0]
	a.Reflections[id] = "Edit number " + strconv.Itoa(k) + " of this reflection."
}

// join joins the room at addr as name, comparing the phrase as the app
// does: hello first, then trust what was presented.
func join(ctx context.Context, addr, code, name string) (*lan.Joined, error) {
	c := lan.Dial(addr, "")
	defer c.Close()
	if _, err := c.Hello(ctx); err != nil {
		return nil, err
	}
	if _, err := c.TrustPresented(); err != nil {
		return nil, err
	}
	return c.Join(ctx, code, name)
}

// honest is a participant in the room while a load runs.
type honest struct {
	mu     sync.Mutex
	pushes []time.Duration
	hellos []time.Duration
	joins  []time.Duration
	failed int
}

// sleepCtx waits d, or until ctx ends; it reports whether it waited d.
func sleepCtx(ctx context.Context, d time.Duration) bool {
	select {
	case <-ctx.Done():
		return false
	case <-time.After(d):
		return true
	}
}
