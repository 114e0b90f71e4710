// Command roomload puts a running LeadShift host under the loads of
// docs/benchmarks.md that `leadshift demo` cannot make, and measures
// whether an honest participant is still served meanwhile:
//
//	roomload idle --addr HOST:PORT [--conns 6000] [--for 60s]
//	roomload drop --addr HOST:PORT --code CODE [--participants 200] [--drop 60s]
//	roomload honest --addr HOST:PORT --code CODE [--for 60s]
//
// idle holds --conns TLS connections open that never send a request (each
// one dialled again as soon as the host closes it), from many loopback
// addresses. drop puts --participants participants behind a proxy that
// stops forwarding for --drop, as a Wi-Fi drop does, while they keep
// answering; it then waits until every one of them is synced again and
// checks that the host holds each one's newest acknowledged answers.
//
// honest, run as a process of its own next to either, is a participant
// who joins directly and then, every 250 ms, pushes an edit of its answers
// over its session and, separately, says hello over a fresh connection;
// it prints the latencies and how many took over 100 ms. The host's
// memory is measured from outside (docs/load-idle.sh, docs/load-drop.sh).
// Run it only against a host in a network namespace of its own
// (`unshare -rn`): it opens thousands of connections.
package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"maps"
	"net"
	"os"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: roomload idle|drop|honest --addr HOST:PORT [--code CODE] [flags]")
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
		default:
			err = fmt.Errorf("unknown load %q: idle, drop or honest", os.Args[1])
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
	failed int
}

// runHonest joins the room at addr directly and, for d, pushes an edit of
// its answers over its session every 250 ms and says hello over a fresh
// connection every 250 ms, each in a goroutine of its own; it then prints
// the latencies.
func runHonest(addr, code string, a *workshop.Answers, d time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	j, err := join(ctx, addr, code, "Honest participant")
	if err != nil {
		return fmt.Errorf("the honest participant cannot join: %w", err)
	}
	c := lan.Resume(j.Session)
	defer c.Close()
	a = a.Clone()
	base, err := c.PushAnswers(ctx, lan.Version{}, a)
	if err != nil {
		return fmt.Errorf("the honest participant's first push: %w", err)
	}
	go c.Follow(ctx, func(workshop.RoomState) {})
	h := &honest{}
	var wg sync.WaitGroup
	wg.Go(func() {
		for k := 1; sleepCtx(ctx, 250*time.Millisecond); k++ {
			edit(a, k)
			start := time.Now()
			v, err := c.PushAnswers(ctx, base, a)
			h.record(ctx, &h.pushes, time.Since(start), err)
			if err == nil {
				base = v
			}
		}
	})
	wg.Go(func() {
		for sleepCtx(ctx, 250*time.Millisecond) {
			fresh := lan.Dial(addr, j.Session.Fingerprint)
			start := time.Now()
			_, err := fresh.Hello(ctx)
			h.record(ctx, &h.hellos, time.Since(start), err)
			fresh.Close()
		}
	})
	wg.Wait()
	h.mu.Lock()
	defer h.mu.Unlock()
	fmt.Printf("honest participant: push %s; hello on a fresh connection %s; %d failed\n", spread(h.pushes), spread(h.hellos), h.failed)
	return nil
}

// record keeps one latency, or counts a failure; nothing once ctx ended.
func (h *honest) record(ctx context.Context, into *[]time.Duration, took time.Duration, err error) {
	if ctx.Err() != nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if err != nil {
		h.failed++
		return
	}
	*into = append(*into, took)
}

// spread is the count, p50, p99, max and the number over 100 ms.
func spread(ds []time.Duration) string {
	if len(ds) == 0 {
		return "none"
	}
	s := slices.Sorted(slices.Values(ds))
	over := 0
	for _, d := range s {
		if d > 100*time.Millisecond {
			over++
		}
	}
	pct := func(p int) time.Duration { return s[min(len(s)-1, len(s)*p/100)].Round(100 * time.Microsecond) }
	return fmt.Sprintf("%d, p50 %s p99 %s max %s, %d over 100 ms", len(s), pct(50), pct(99), s[len(s)-1].Round(100*time.Microsecond), over)
}

// idle holds conns TLS connections to addr open for d, none of which sends
// a request.
func idle(addr string, conns int, d time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var open, peak, handshakes, failed atomic.Int64
	var wg sync.WaitGroup
	for i := range conns {
		// Many source addresses, as many laptops would be, so the
		// dialler's ports never run out.
		local := &net.TCPAddr{IP: net.IPv4(127, 1, byte(i/200), byte(1+i%200))}
		wg.Go(func() {
			dialer := &net.Dialer{LocalAddr: local, Timeout: d}
			for ctx.Err() == nil {
				c, err := tls.DialWithDialer(dialer, "tcp", addr, &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS13})
				if err != nil {
					failed.Add(1)
					sleepCtx(ctx, time.Second)
					continue
				}
				handshakes.Add(1)
				now := open.Add(1)
				for p := peak.Load(); now > p && !peak.CompareAndSwap(p, now); p = peak.Load() {
				}
				stop := context.AfterFunc(ctx, func() { c.Close() })
				io.Copy(io.Discard, c) // until the host closes it
				stop()
				c.Close()
				open.Add(-1)
			}
		})
	}
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	start := time.Now()
	for ctx.Err() == nil {
		select {
		case <-t.C:
			fmt.Printf("%3.0fs: %d idle connections open (handshake done), %d handshakes, %d failed dials\n",
				time.Since(start).Seconds(), open.Load(), handshakes.Load(), failed.Load())
		case <-ctx.Done():
		}
	}
	wg.Wait()
	fmt.Printf("idle connections: %d wanted, at most %d open at once with the handshake done, %d handshakes, %d failed dials\n",
		conns, peak.Load(), handshakes.Load(), failed.Load())
	return nil
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

// dropLink runs n participants through a proxy whose link drops for d
// while they answer.
func dropLink(addr, code string, a *workshop.Answers, n int, d time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), d+5*time.Minute)
	defer cancel()
	p, err := newProxy(addr)
	if err != nil {
		return err
	}
	defer p.Close()

	parts := make([]*participant, n)
	var wg sync.WaitGroup
	var joinErr atomic.Pointer[error]
	for i := range parts {
		wg.Go(func() {
			pt, err := newParticipant(ctx, p.Addr(), code, i, a)
			if err != nil {
				joinErr.CompareAndSwap(nil, &err)
				return
			}
			parts[i] = pt
		})
	}
	wg.Wait()
	if e := joinErr.Load(); e != nil {
		return fmt.Errorf("joining through the proxy: %w", *e)
	}
	// Everyone answers every second, before the drop and during it; the
	// last edit is made as the link comes back.
	editing, stopEditing := context.WithCancel(ctx)
	for _, pt := range parts {
		go pt.answer(editing)
	}
	sleepCtx(ctx, 10*time.Second)
	fmt.Printf("link down for %s\n", d)
	p.setDown(true)
	sleepCtx(ctx, d)
	stopEditing()
	p.setDown(false)
	up := time.Now()
	fmt.Println("link up again")
	// Synced again: every participant's newest version acknowledged.
	for _, pt := range parts {
		if err := pt.waitSynced(ctx); err != nil {
			return err
		}
	}
	synced := time.Since(up)
	lost, acked := 0, 0
	for _, pt := range parts {
		ok, err := pt.verify(ctx)
		if err != nil {
			return err
		}
		acked += pt.acks()
		if !ok {
			lost++
		}
		pt.close()
	}
	fmt.Printf("participants: %d behind a link down for %s; %d acknowledged pushes; everyone synced %s after the link came back; newest acknowledged answers missing on the host: %d\n",
		n, d, acked, synced.Round(100*time.Millisecond), lost)
	return nil
}

// participant is one simulated participant behind the dropping link.
type participant struct {
	client *lan.Client
	syncer *lan.Syncer
	stop   context.CancelFunc // ends following the room
	status chan struct{}      // gets a value on every status change

	mu       sync.Mutex
	versions map[int64]*workshop.Answers // by Syncer revision, from the newest acknowledged on
	acked    *workshop.Answers           // the newest version the host acknowledged
	nacks    int                         // acknowledgements
}

func newParticipant(ctx context.Context, addr, code string, i int, a *workshop.Answers) (*participant, error) {
	name := "Participant " + strconv.Itoa(i+1)
	j, err := join(ctx, addr, code, name)
	if err != nil {
		return nil, err
	}
	followCtx, stop := context.WithCancel(ctx)
	pt := &participant{client: lan.Resume(j.Session), stop: stop, status: make(chan struct{}, 1), versions: map[int64]*workshop.Answers{}}
	go pt.client.Follow(followCtx, func(workshop.RoomState) {})
	pt.syncer = lan.NewSyncer(pt.client, lan.Version{}, pt.onStatus)
	a = a.Clone()
	a.Participant.Name = name
	pt.update(a)
	return pt, nil
}

// update hands a new version to the syncer. Only one goroutine calls it.
func (pt *participant) update(a *workshop.Answers) {
	pt.mu.Lock()
	pt.versions[pt.syncer.Rev()+1] = a
	pt.mu.Unlock()
	pt.syncer.Update(a)
}

// onStatus records the version the host acknowledged.
func (pt *participant) onStatus(st lan.Status) {
	pt.mu.Lock()
	if a, ok := pt.versions[st.Acked]; ok && a != pt.acked {
		pt.acked = a
		pt.nacks++
		for rev := range pt.versions {
			if rev < st.Acked {
				delete(pt.versions, rev)
			}
		}
	}
	pt.mu.Unlock()
	select {
	case pt.status <- struct{}{}:
	default:
	}
}

// answer edits the answers every second until ctx ends.
func (pt *participant) answer(ctx context.Context) {
	pt.mu.Lock()
	a := pt.versions[pt.syncer.Rev()].Clone()
	pt.mu.Unlock()
	for k := 1; sleepCtx(ctx, time.Second); k++ {
		edit(a, k)
		pt.update(a.Clone())
	}
}

// waitSynced waits until the host has acknowledged the newest version.
func (pt *participant) waitSynced(ctx context.Context) error {
	for {
		st := pt.syncer.Status()
		switch {
		case st.Synced():
			return nil
		case st.Conflict() != nil:
			return fmt.Errorf("a participant's push conflicts with the room: %w", st.Err)
		}
		select {
		case <-pt.status:
		case <-time.After(time.Second):
		case <-ctx.Done():
			return fmt.Errorf("a participant was never synced again: %v", st.Err)
		}
	}
}

// verify reports whether the host holds exactly the newest acknowledged
// answers.
func (pt *participant) verify(ctx context.Context) (bool, error) {
	_, stored, err := pt.client.GetAnswers(ctx)
	if err != nil {
		return false, fmt.Errorf("reading back a participant's answers: %w", err)
	}
	pt.mu.Lock()
	acked := pt.acked
	pt.mu.Unlock()
	want, err := lan.NormalizeAnswers(acked)
	if err != nil {
		return false, err
	}
	got, err := lan.NormalizeAnswers(stored)
	return bytes.Equal(want, got), err
}

func (pt *participant) acks() int {
	pt.mu.Lock()
	defer pt.mu.Unlock()
	return pt.nacks
}

func (pt *participant) close() {
	pt.stop()
	pt.syncer.Close(context.Background()) // synced already: returns at once
	pt.client.Close()
}

// proxy forwards TCP connections to the host, and while the link is down
// forwards nothing, in either direction, without closing anything: as a
// Wi-Fi drop, what was sent arrives once the link is back, if the other
// side has not given up by then.
type proxy struct {
	l      net.Listener
	target string
	mu     sync.Mutex
	up     chan struct{} // closed while the link is up
}

func newProxy(target string) (*proxy, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	up := make(chan struct{})
	close(up)
	p := &proxy{l: l, target: target, up: up}
	go p.serve()
	return p, nil
}

func (p *proxy) Addr() string { return p.l.Addr().String() }

func (p *proxy) Close() error { return p.l.Close() }

func (p *proxy) setDown(down bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if down {
		p.up = make(chan struct{})
	} else {
		close(p.up)
	}
}

func (p *proxy) waitUp() {
	p.mu.Lock()
	up := p.up
	p.mu.Unlock()
	<-up
}

func (p *proxy) serve() {
	for {
		c, err := p.l.Accept()
		if err != nil {
			return
		}
		go func() {
			p.waitUp() // a connection opened while the link is down gets through once it is up
			h, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				return
			}
			go p.pipe(h, c)
			p.pipe(c, h)
		}()
	}
}

// pipe copies src to dst while the link is up, then closes both.
func (p *proxy) pipe(dst, src net.Conn) {
	defer dst.Close()
	defer src.Close()
	buf := make([]byte, 32<<10)
	for {
		p.waitUp()
		n, err := src.Read(buf)
		if n > 0 {
			p.waitUp()
			if _, err := dst.Write(buf[:n]); err != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}
