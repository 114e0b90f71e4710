package roomdb

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// helperEnv names the database helperWriter writes to; the crash test
// sets it for the child process it starts.
const helperEnv = "LEADSHIFT_ROOMDB_HELPER_DB"

// crashDoc is the answers document of revision rev in the crash test.
func crashDoc(rev int64) []byte {
	return fmt.Appendf(nil, `{"rev":%d,"plan":"%s"}`, rev, strings.Repeat("x", 2000))
}

// TestAnswersSurviveKill starts a child process that writes answers and
// reports every acknowledged revision, kills it with SIGKILL mid-stream, and
// checks that the highest acknowledged revision is stored, whole.
func TestAnswersSurviveKill(t *testing.T) {
	const wantAcks = 200
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "room.db")
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.AddMember(ctx, testMember("m"), tokenHash("m")); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	runCtx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(runCtx, os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}

	var acked, acks int64
	lines := bufio.NewScanner(stdout)
	for acks < wantAcks && lines.Scan() {
		n, ok := strings.CutPrefix(lines.Text(), "acked ")
		if !ok {
			continue
		}
		rev, err := strconv.ParseInt(n, 10, 64)
		if err != nil {
			t.Fatalf("child printed %q", lines.Text())
		}
		acked, acks = rev, acks+1
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	waitErr := cmd.Wait()
	if acks < wantAcks {
		t.Fatalf("child stopped after %d acks (%v):\n%s", acks, waitErr, stderr.String())
	}
	if !strings.Contains(fmt.Sprint(waitErr), "killed") {
		t.Fatalf("child ended with %v, want killed:\n%s", waitErr, stderr.String())
	}

	d, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	rev, data, err := d.GetAnswers(ctx, "m")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("highest acknowledged revision %d, stored %d", acked, rev)
	if rev < acked {
		t.Errorf("stored revision %d, but %d was acknowledged", rev, acked)
	}
	if !bytes.Equal(data, crashDoc(rev)) {
		t.Errorf("stored data of revision %d is not what was written: %.60s...", rev, data)
	}
	var check string
	if err := d.sql.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity check after the kill: %q, %v", check, err)
	}
}

// TestMain runs helperWriter instead of the tests when the crash test
// starts this binary as its child process.
func TestMain(m *testing.M) {
	if path := os.Getenv(helperEnv); path != "" {
		fmt.Fprintln(os.Stderr, helperWriter(path))
		os.Exit(1) // the parent kills the writer; getting here is a failure
	}
	os.Exit(m.Run())
}

// helperWriter writes answers at revisions 1, 2, 3... to the database at
// path, printing "acked N" once each write has returned, until it is killed.
func helperWriter(path string) error {
	ctx := context.Background()
	d, err := Open(ctx, path)
	if err != nil {
		return err
	}
	// Bounded in case nobody kills it: the parent needs only a few hundred.
	deadline := time.Now().Add(time.Minute)
	for rev := int64(1); rev <= 100_000 && time.Now().Before(deadline); rev++ {
		got, err := d.PutAnswers(ctx, "m", rev, crashDoc(rev))
		if err != nil {
			return err
		}
		if got != rev {
			return fmt.Errorf("PutAnswers(%d) = %d", rev, got)
		}
		fmt.Printf("acked %d\n", rev)
	}
	return errors.New("the writer was not killed")
}
