package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDemoRunsAWholeWorkshopAndLosesNothing(t *testing.T) {
	out := t.TempDir()
	code, stdout, errs := run("demo", "--participants", "12", "--out", out)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "joined 12/12") || !strings.Contains(stdout, "answers lost 0") {
		t.Errorf("summary: %q", stdout)
	}
	plans, _ := filepath.Glob(filepath.Join(out, "*-action-plan.pdf"))
	if len(plans) != 12 {
		t.Errorf("%d plans written, want 12", len(plans))
	}
	if _, err := os.Stat(filepath.Join(out, "print-pack.pdf")); err != nil {
		t.Error(err)
	}
}

func TestDemoDrivesARunningHost(t *testing.T) {
	host := startHostProcess(t, t.TempDir(), freeAddr(t))
	code, stdout, errs := run("demo", "--participants", "4", "--out", t.TempDir(), "--connect", host.addr, "--code", host.code)
	if code != ExitOK || !strings.Contains(stdout, "joined 4/4") || !strings.Contains(stdout, "answers lost 0") {
		t.Errorf("exit %d, %q, %s", code, stdout, errs)
	}
	if code, _, _ := run("demo", "--participants", "2", "--out", t.TempDir(), "--connect", host.addr, "--code", "ZZZZZZ"); code == ExitOK {
		t.Error("a wrong code did not fail the demo")
	}
}

// TestDemoWaitsForADefaultHost is the review's demo defect: against a host
// started with its default join limits (5 at once from one computer, then
// one every 10 s), the demo turned 15 of 20 participants away and said
// answers were lost. It now waits the time the host names, says so once,
// with the --join-limit that would avoid the wait, and loses nothing.
func TestDemoWaitsForADefaultHost(t *testing.T) {
	host := startHostProcessWith(t, "host|--headless|--data|"+t.TempDir()+"|--addr|"+freeAddr(t))
	code, stdout, errs := run("demo", "--participants", "6", "--out", t.TempDir(), "--connect", host.addr, "--code", host.code)
	if code != ExitOK || !strings.Contains(stdout, "joined 6/6") || !strings.Contains(stdout, "answers lost 0") {
		t.Errorf("exit %d, %q, %s", code, stdout, errs)
	}
	if strings.Count(errs, "--join-limit 6") != 1 {
		t.Errorf("the demo did not say once how to avoid the wait: %q", errs)
	}
}
