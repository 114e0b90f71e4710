package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/hosting"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/planpdf"
	"github.com/leadshift/leadshift/workshop/roomdb"
)

// demoRoom is the room the simulated participants join.
type demoRoom struct {
	addr, code, fingerprint string
	host                    *lan.Host // nil when driving a host that runs elsewhere
	phases                  *phaseClock
	hold                    time.Duration            // how long participants stay connected once done
	slowed                  func(wait time.Duration) // called when the host asks a join to wait
}

func demo(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("demo", stdout)
	n := fs.Int("participants", 10, "how many simulated participants, 1 to 1000")
	out := fs.String("out", "", "folder for every plan PDF and the print pack")
	connect := fs.String("connect", "", "drive a host that is already running at `HOST:PORT` instead of starting one")
	code := fs.String("code", "", "the join code of the host given with --connect")
	paper := fs.String("paper", string(planpdf.DefaultPaper(Locale())), "paper size of the PDFs, a4 or letter; the default follows the locale")
	hold := fs.Duration("hold", 0, "keep the participants connected this long after they finish, e.g. 30s")
	if err := parse(fs, args); err != nil {
		return err
	}
	p, err := planpdf.ParsePaper(*paper)
	switch {
	case err != nil:
		return bad("demo: %w", err)
	case *out == "" || *n < 1 || *n > 1000:
		return bad("demo: --out DIR and --participants 1..1000 are required")
	case (*connect == "") != (*code == ""):
		return bad("demo: --connect and --code go together")
	}
	if err := makeFolder(*out, 0o755); err != nil { // now, not after the simulation
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	room, cleanup, err := openDemoRoom(ctx, *connect, *code)
	if err != nil {
		return err
	}
	defer cleanup()
	room.hold = *hold
	var once sync.Once
	room.slowed = func(wait time.Duration) {
		once.Do(func() {
			fmt.Fprintf(stderr, "leadshift: demo: the host lets joins from this computer in slowly (it asks to wait %s); waiting as it asks, or start the host with --join-limit %d to let all %d in at once\n", wait, *n, *n)
		})
	}
	res := simulate(ctx, room, *n)
	if err := writeDemoPlans(*out, room, res, planpdf.Options{Paper: p, Title: "LeadShift demo", Producer: Producer()}, stdout); err != nil {
		return err
	}
	fmt.Fprintln(stdout, res.summary(*n))
	for _, e := range res.errs {
		fmt.Fprintln(stderr, "leadshift: demo:", e)
	}
	switch {
	case res.lost > 0:
		return fmt.Errorf("demo: the host does not hold the last answers of %d participants", res.lost)
	case res.joined < *n && room.host == nil:
		return fmt.Errorf("demo: %d of %d participants could not join; if the host turned them away as too many, start it with --join-limit %d", *n-res.joined, *n, *n)
	case res.joined < *n:
		return fmt.Errorf("demo: %d of %d participants could not join", *n-res.joined, *n)
	}
	return nil
}

// demoJoinLimit is the join limit of the demo's own host: all its
// participants join at once from one address.
const demoJoinLimit = 100000

// openDemoRoom starts a paced host on loopback with its database in a
// temporary folder, or points at the host given by --connect.
func openDemoRoom(ctx context.Context, connect, code string) (*demoRoom, func(), error) {
	if connect != "" {
		// The demo drives a host its user started: it takes the phrase
		// the host presents now, and every simulated participant pins it.
		cl := lan.Dial(connect, "")
		defer cl.Close()
		if _, err := cl.Hello(ctx); err != nil {
			return nil, nil, err
		}
		return &demoRoom{addr: connect, code: code, fingerprint: cl.Fingerprint()}, func() {}, nil
	}
	c, err := loadContent("")
	if err != nil {
		return nil, nil, err
	}
	dir, err := os.MkdirTemp("", "leadshift-demo-")
	if err != nil {
		return nil, nil, err
	}
	store, err := roomdb.Open(ctx, filepath.Join(dir, RoomDBFile))
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	room := &demoRoom{phases: newPhaseClock()}
	// Every simulated participant joins from this machine's address: lift
	// the join limits meant for a room of laptops.
	hosted, err := hosting.Start(ctx, store, hosting.Options{
		HostOptions: lan.HostOptions{Title: "LeadShift demo", Content: c, Pacing: workshop.Paced,
			JoinBurst: demoJoinLimit, JoinPerMinute: demoJoinLimit, SourceBurst: demoJoinLimit, SourcePerMinute: demoJoinLimit},
		Addr: "127.0.0.1:0"})
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	room.host, room.addr, room.code, room.fingerprint = hosted.Host, hosted.Addrs()[0], hosted.Code(), hosted.Fingerprint()
	return room, func() {
		hosted.Close()
		os.RemoveAll(dir)
	}, nil
}

// writeDemoPlans writes each participant's plan, rendered from the answers
// the host stored, and the print pack of the plans shared with the facilitator.
func writeDemoPlans(dir string, room *demoRoom, res *simResult, opt planpdf.Options, stdout io.Writer) error {
	shared := res.stored
	if room.host != nil {
		shared = room.host.SharedAnswers()
	}
	if len(res.stored) == 0 {
		return nil
	}
	used := map[string]bool{}
	for _, a := range res.stored {
		path := filepath.Join(dir, uniqueName(a.Participant.FileStem(), used)+"-action-plan.pdf")
		if err := renderTo(path, func(w io.Writer) error { return planpdf.Render(w, res.content, a, opt) }); err != nil {
			return err
		}
	}
	pack := filepath.Join(dir, "print-pack.pdf")
	var buf bytes.Buffer
	if err := planpdf.RenderPack(&buf, res.content, shared, opt); err != nil {
		return err
	}
	if err := os.WriteFile(pack, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s and %s\n", count(len(res.stored), "plan", "plans"), pack)
	return nil
}
