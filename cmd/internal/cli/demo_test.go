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
