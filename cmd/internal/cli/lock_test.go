package cli

import (
	"errors"
	"os"
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

func TestLockAppWritesNothingIntoTheDataFolder(t *testing.T) {
	root := filepath.Join(t.TempDir(), "fyne", "io.leadshift.app")
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	release, err := LockApp(root)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LockApp(root); !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), root) {
		t.Errorf("second app on %s: %v; want ErrLocked naming the folder", root, err)
	}
	other, err := LockApp(root + "-other")
	if err != nil {
		t.Errorf("an app on another folder: %v", err)
	} else {
		other()
	}
	release()
	if _, err := os.Stat(root); !os.IsNotExist(err) {
		t.Errorf("the lock created the data folder: %v", err)
	}
}
