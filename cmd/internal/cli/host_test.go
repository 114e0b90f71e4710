package cli

import (
	"bufio"
	"context"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
)

// TestMain lets a test run the command line in a child process, so a host
// can be killed with SIGKILL like a crashing laptop.
func TestMain(m *testing.M) {
	if args := os.Getenv("LEADSHIFT_TEST_CLI"); args != "" {
		os.Exit(Run(strings.Split(args, "|"), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

type hostProcess struct {
	cmd                     *exec.Cmd
	code, addr, fingerprint string
}

// startHostProcess runs `leadshift host --headless` in a child process and
// reads the three lines it prints.
func startHostProcess(t *testing.T, dir, addr string) *hostProcess {
	t.Helper()
	return startHostProcessWith(t, "host|--headless|--data|"+dir+"|--addr|"+addr+"|--join-limit|1000")
}

// startHostProcessWith is startHostProcess with the command line args,
// separated by |.
func startHostProcessWith(t *testing.T, args string) *hostProcess {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "LEADSHIFT_TEST_CLI="+args)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	p := &hostProcess{cmd: cmd}
	sc := bufio.NewScanner(out)
	for _, field := range []*string{&p.code, &p.addr, &p.fingerprint} {
		if !sc.Scan() {
			t.Fatalf("the host printed too little: %v", sc.Err())
		}
		_, value, _ := strings.Cut(sc.Text(), ": ")
		*field = value
	}
	return p
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func TestHostKilledAndRestartedLosesNoAcknowledgedAnswer(t *testing.T) {
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	dir, addr := t.TempDir(), freeAddr(t)
	first := startHostProcess(t, dir, addr)
	if len(first.code) != 6 || first.addr != addr || first.fingerprint == "" {
		t.Fatalf("host printed code %q, address %q, fingerprint %q", first.code, first.addr, first.fingerprint)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	type person struct {
		syncer  *lan.Syncer
		client  *lan.Client
		answers *workshop.Answers
	}
	var people []*person
	for i := range 3 {
		cl := lan.Dial(first.addr, first.fingerprint)
		joined, err := cl.Join(ctx, first.code, simName(i))
		if err != nil {
			t.Fatal(err)
		}
		p := &person{client: lan.Resume(joined.Session), answers: workshop.NewAnswers(c.ID, time.Now())}
		p.answers.Participant.Name = simName(i)
		p.syncer = lan.NewSyncer(p.client, lan.Version{}, nil)
		people = append(people, p)
	}
	// Everyone keeps answering while the host is killed mid-stream.
	for round := range 40 {
		for _, p := range people {
			p.answers.Participant.TeamSize = round + 1
			p.syncer.Update(p.answers)
		}
		if round == 20 {
			if err := first.cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			first.cmd.Wait()
		}
		time.Sleep(5 * time.Millisecond)
	}
	acked := make([]int64, len(people))
	for i, p := range people {
		acked[i] = p.syncer.Status().Base.Rev
	}

	// The restarted host is the same room; the participants reconnect on
	// their own and deliver what they typed meanwhile.
	second := startHostProcess(t, dir, addr)
	if second.code != first.code || second.fingerprint != first.fingerprint {
		t.Fatalf("restarted room: code %s/%s, fingerprint %s/%s", second.code, first.code, second.fingerprint, first.fingerprint)
	}
	for i, p := range people {
		for !p.syncer.Status().Synced() {
			select {
			case <-ctx.Done():
				t.Fatalf("%s never synced: %+v", simName(i), p.syncer.Status())
			case <-time.After(20 * time.Millisecond):
			}
		}
		v, stored, err := p.client.GetAnswers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if rev := v.Rev; rev < acked[i] || v != p.syncer.Status().Base || stored.Participant.TeamSize != 40 {
			t.Errorf("%s: host holds %+v (acknowledged before the kill: revision %d, now %+v) with team size %d, want the last, 40",
				simName(i), v, acked[i], p.syncer.Status().Base, stored.Participant.TeamSize)
		}
		p.syncer.Close(ctx)
	}
}

// A host on a loopback address is not announced: no other computer could
// reach it (and the tests' hosts stay off the network).
func TestLoopbackHostIsNotAnnounced(t *testing.T) {
	for addr, announced := range map[string]bool{
		"127.0.0.1:47320":    false,
		"[::1]:47320":        false,
		"localhost:47320":    false,
		":47320":             true,
		"192.168.1.20:47320": true,
		"[fd00::2]:47320":    true,
	} {
		if got := announcer(addr) != nil; got != announced {
			t.Errorf("host on %s announced: %v, want %v", addr, got, announced)
		}
	}
}
