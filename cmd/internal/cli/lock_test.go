package cli

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestLockDirRefusesASecondHolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	release, err := LockDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LockDir(dir); !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), dir) {
		t.Errorf("second lock on a held folder: %v; want ErrLocked naming %s", err, dir)
	}
	release()
	release2, err := LockDir(dir)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	release2()
}

func TestTwoHostsOnOneDataFolder(t *testing.T) {
	dir := t.TempDir()
	startHostProcess(t, dir, freeAddr(t))
	code, stdout, stderr := run("host", "--headless", "--data", dir, "--addr", freeAddr(t))
	if code != ExitBadData || stdout != "" || !strings.Contains(stderr, "LeadShift is already running with this data ("+dir+")") {
		t.Errorf("second host on %s: exit %d, stdout %q, stderr %q", dir, code, stdout, stderr)
	}
}
