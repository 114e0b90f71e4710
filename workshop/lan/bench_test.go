package lan

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
)

// The benchmark's participants run in a child process (the test binary
// running benchParticipants through TestMain), so the host's heap is measured alone and
// the room is served across processes, as across laptops.
const (
	benchAddrEnv   = "LEADSHIFT_BENCH_ADDR"
	benchCodeEnv   = "LEADSHIFT_BENCH_CODE"
	benchPhraseEnv = "LEADSHIFT_BENCH_PHRASE"
	benchPushEnv   = "LEADSHIFT_BENCH_PUSH"
	benchSizeEnv   = "LEADSHIFT_BENCH_SIZE"
)

// BenchmarkRoom200: 200 participants over loopback TLS join, follow the
// room and push complete answers. Each iteration moves the room on and
// waits until every participant has the new state. Reported: latency from
// the facilitator's click to each participant's receipt (p50, p99), the
// longest time the host took to write the state to every stream, and the
// host's heap in use.
//
// In "quiet", participants pushed their answers beforehand; in "pushing",
// every participant's app also pushes its answers again the moment the new
// phase arrives, as autosave does, so the host takes 200 answer uploads
// while it is still sending the state. The participants' 200 apps share
// the machine's cores with the host, which real laptops would not.
func BenchmarkRoom200(b *testing.B) {
	b.Run("quiet", func(b *testing.B) { benchRoom(b, 200, false) })
	b.Run("pushing", func(b *testing.B) { benchRoom(b, 200, true) })
}

// BenchmarkRoom1000 is BenchmarkRoom200 with the largest room the host
// takes, 1000 participants (docs/benchmarks.md: the phase push's p99).
func BenchmarkRoom1000(b *testing.B) {
	b.Run("quiet", func(b *testing.B) { benchRoom(b, 1000, false) })
	b.Run("pushing", func(b *testing.B) { benchRoom(b, 1000, true) })
}

func benchRoom(b *testing.B, benchSize int, push bool) {
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	h := newHost(b, memstore.New(), HostOptions{Pacing: workshop.Paced})
	addr := serve(b, h, "127.0.0.1:0")

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), benchAddrEnv+"="+addr, benchCodeEnv+"="+h.Code(), benchPhraseEnv+"="+h.Fingerprint(), benchPushEnv+"="+strconv.FormatBool(push), benchSizeEnv+"="+strconv.Itoa(benchSize))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() {
		stdin.Close() // the participants leave
		cmd.Wait()
	}()

	type receipt struct {
		rev int64
		at  time.Time
	}
	receipts, ready := make(chan receipt, benchSize), make(chan struct{})
	go func() {
		lines := bufio.NewScanner(stdout)
		for lines.Scan() {
			var rev, nanos int64
			switch line := lines.Text(); {
			case line == "ready":
				close(ready)
			case strings.HasPrefix(line, "state "):
				if _, err := fmt.Sscanf(line, "state %d %d", &rev, &nanos); err == nil {
					receipts <- receipt{rev, time.Unix(0, nanos)}
				}
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(2 * time.Minute):
		b.Fatal("the participants did not get ready")
	}
	eventually(b, "every participant is connected with complete answers", func() bool {
		for _, m := range h.Members() {
			if !m.Connected || m.Progress != 100 {
				return false
			}
		}
		return len(h.Members()) == benchSize
	})

	var latencies, sentAll []time.Duration
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		if err := h.GoTo(context.Background(), (h.State().Phase+1)%len(workshop.DefaultAgenda)); err != nil {
			b.Fatal(err)
		}
		rev := h.State().Rev
		wave := h.wave.Load()
		for got := 0; got < benchSize; {
			select {
			case r := <-receipts:
				if r.rev == rev {
					latencies = append(latencies, r.at.Sub(start))
					got++
				}
			case <-time.After(30 * time.Second):
				b.Fatalf("only %d of %d participants received revision %d", got, benchSize, rev)
			}
		}
		select {
		case <-wave.done: // every stream has sent it, as the participants have it
		case <-time.After(30 * time.Second):
			b.Fatal("the host has not written revision", rev, "to every stream")
		}
		sentAll = append(sentAll, wave.doneAt.Sub(start))
	}
	b.StopTimer()

	slices.Sort(latencies)
	pct := func(p float64) float64 {
		return float64(latencies[int(p*float64(len(latencies)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	// The host's own part: until it has written the state to every stream.
	b.ReportMetric(float64(slices.Max(sentAll).Microseconds())/1000, "host-sent-all-max-ms")
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapInuse)/(1<<20), "heap-inuse-MB")
	b.ReportMetric(float64(int64(after.HeapInuse)-int64(base.HeapInuse))/(1<<20), "host-heap-MB")
	b.ReportMetric(float64(runtime.NumGoroutine()), "goroutines")
}

// TestMain runs the participants' side of the room benchmarks when the test
// binary is started as the benchmark's child process, and the tests otherwise.
func TestMain(m *testing.M) {
	if addr := os.Getenv(benchAddrEnv); addr != "" {
		if err := benchParticipants(addr); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// benchParticipants is the participants' side of the room benchmarks. It
// prints "ready" once every participant has joined, pushed and received
// the room state, then "state <rev> <unix nanoseconds>" for every state
// received (and pushes the answers again if asked to), until its standard
// input closes.
func benchParticipants(addr string) error {
	code, phrase, push := os.Getenv(benchCodeEnv), os.Getenv(benchPhraseEnv), os.Getenv(benchPushEnv) == "true"
	benchSize, err := strconv.Atoi(os.Getenv(benchSizeEnv))
	if err != nil {
		return fmt.Errorf("%s: %w", benchSizeEnv, err)
	}
	answers, err := loadExampleAnswers()
	if err != nil {
		return err
	}
	var errMu sync.Mutex
	var errs []error
	var out sync.Mutex
	print := func(line string) {
		out.Lock()
		defer out.Unlock()
		os.Stdout.WriteString(line + "\n")
	}
	ctx, cancel := context.WithCancel(context.Background())
	var following, done sync.WaitGroup
	joins := make(chan struct{}, 16) // joins at a time
	for i := range benchSize {
		following.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			joins <- struct{}{}
			c := Dial(addr, phrase)
			defer c.Close()
			_, err := c.Join(ctx, code, "Participant "+strconv.Itoa(i+1))
			<-joins
			if err != nil {
				errMu.Lock()
				errs = append(errs, fmt.Errorf("participant %d: %w", i+1, err))
				errMu.Unlock()
				following.Done()
				return
			}
			a := answers.Clone()
			a.Participant.Name = "Participant " + strconv.Itoa(i+1)
			s := NewSyncer(c, Version{}, nil)
			s.Update(a)
			first := true
			c.Follow(ctx, func(st workshop.RoomState) {
				if first {
					first = false
					following.Done()
					return
				}
				print(fmt.Sprintf("state %d %d", st.Rev, time.Now().UnixNano()))
				if push {
					a.Step = st.Current().Steps[0]
					s.Update(a)
				}
			})
			s.Close(context.Background())
		}()
	}
	following.Wait()
	print("ready")
	bufio.NewReader(os.Stdin).ReadString(0) // until the benchmark closes stdin
	cancel()
	done.Wait()
	return errors.Join(errs...)
}
