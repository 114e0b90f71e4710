package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/hosting"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/roomdb"
)

// RoomDBFile is the name of a hosted workshop's database in its folder.
const RoomDBFile = "room.db"

// defaultHostMemoryLimit is the soft memory limit of a headless host, in
// MiB. Go's collector otherwise lets the heap grow to twice what is live
// before collecting; near the limit it collects sooner instead, which
// keeps a room of 1000 joining and answering at once under 150 MB
// (docs/benchmarks.md). It is soft: a room that needs more gets more.
const defaultHostMemoryLimit = 100

func host(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("host", stdout)
	headless := fs.Bool("headless", false, "run without a window (required: the app hosts with a window)")
	data := fs.String("data", "", "folder for the workshop's database; hosting again on it resumes the workshop")
	addr := fs.String("addr", fmt.Sprintf(":%d", lan.DefaultPort), "TCP address to serve on, as `HOST:PORT` or :PORT; this machine's firewall must let it in")
	title := fs.String("title", "", "workshop title (default: the content pack's)")
	paced := fs.Bool("paced", false, "let the facilitator pace the room instead of running self-paced")
	contentFile := fs.String("content", "", "a custom content pack (default: built-in)")
	memLimit := fs.Int("memory-limit", defaultHostMemoryLimit, "soft limit of the host's memory in `MiB`: near it Go collects garbage more often (0: no limit; the GOMEMLIMIT environment variable, when set, wins)")
	joinLimit := fs.Int("join-limit", 0, "joins allowed at once and per minute, for the room and for each address (default: 50 then 30 a minute, 5 then 6 a minute per address); raise it to load-test from one machine")
	if err := parse(fs, args); err != nil {
		return err
	}
	if !*headless || *data == "" {
		return bad("host: --headless and --data DIR are required; to host with a window, open the app")
	}
	if *memLimit < 0 {
		return bad("host: --memory-limit is in MiB, 0 or more")
	}
	if *memLimit > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(int64(*memLimit) << 20)
	}
	c, err := loadContent(*contentFile)
	if err != nil {
		return err
	}
	if err := makeFolder(*data, 0o700); err != nil {
		return err
	}
	unlock, err := LockDir(*data)
	if err != nil {
		return bad("host: %w", err)
	}
	defer unlock()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	store, err := roomdb.Open(ctx, filepath.Join(*data, RoomDBFile))
	if err != nil {
		return bad("host: %w", err)
	}
	pacing := workshop.SelfPaced
	if *paced {
		pacing = workshop.Paced
	}
	room, err := hosting.Start(ctx, store, hosting.Options{HostOptions: lan.HostOptions{Title: *title, Content: c, Pacing: pacing,
		JoinBurst: *joinLimit, JoinPerMinute: *joinLimit, SourceBurst: *joinLimit, SourcePerMinute: *joinLimit},
		Addr: *addr, Announce: announcer(*addr)})
	var listenErr *hosting.ListenError
	if errors.As(err, &listenErr) && errors.Is(listenErr.Err, syscall.EADDRINUSE) {
		return bad("host: %s is already in use, by another LeadShift host or another program; "+
			"choose a free port with --addr, e.g. --addr :%d, and give participants the address printed then", *addr, lan.DefaultPort+10)
	}
	if errors.As(err, &listenErr) {
		return bad("host: %w", listenErr.Err)
	}
	if err != nil {
		return fmt.Errorf("host: %w", err)
	}
	defer room.Close()
	fmt.Fprintln(stdout, "code:", room.Code())
	fmt.Fprintln(stdout, "address:", room.Addrs()[0])
	fmt.Fprintln(stdout, "fingerprint:", room.Fingerprint())
	go func() {
		<-ctx.Done()
		room.Close()
	}()
	go showGuardCode(ctx, stdout, room.Host)
	return room.Wait()
}

// showGuardCode prints the room's guard code each time wrong codes put
// the room on guard, as the app's projector shows it: a headless host's
// output is its facilitator's screen.
func showGuardCode(ctx context.Context, stdout io.Writer, h *lan.Host) {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	shown := ""
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if code := h.GuardCode(); code != shown {
			shown = code
			if code != "" {
				fmt.Fprintln(stdout, "guard code:", lan.ShowCode(code))
				fmt.Fprintln(stdout, "alert:", h.JoinAlert())
			}
		}
	}
}

// announcer announces a host serving on addr to the local network, or is
// nil when addr is a loopback address: no other computer could reach it.
func announcer(addr string) func(context.Context, lan.Announcement) error {
	host, _, err := net.SplitHostPort(addr)
	if ip, perr := netip.ParseAddr(host); err == nil && (perr == nil && ip.IsLoopback() || host == "localhost") {
		return nil
	}
	return lan.Announce
}
