package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const day90 = "../../../docs/examples/answers-day90.json"

// The documented day-90 example makes a real report, and the pulse sheet
// prints on its own.
func TestProgressWritesTheReport(t *testing.T) {
	dir := t.TempDir()
	out, sheet := filepath.Join(dir, "progress.pdf"), filepath.Join(dir, "pulse.pdf")
	code, stdout, stderr := run("progress", "--answers", day90, "--out", out, "--pulse-sheet", sheet)
	if code != ExitOK || stderr != "" || !strings.Contains(stdout, "wrote "+out) || !strings.Contains(stdout, "wrote "+sheet) {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	for _, f := range []string{out, sheet} {
		data, err := os.ReadFile(f)
		if err != nil || !strings.HasPrefix(string(data), "%PDF-") {
			t.Errorf("%s is not a PDF: %v", f, err)
		}
	}
	alone := filepath.Join(dir, "alone.pdf")
	if code, _, stderr := run("progress", "--pulse-sheet", alone); code != ExitOK || stderr != "" {
		t.Errorf("the pulse sheet alone: exit %d, %q", code, stderr)
	}
}

// Bad input gets exit 2, a sentence naming the problem, and no file.
func TestProgressRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "progress.pdf")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"progress", "--answers", example, "--out", out}, "these answers hold no re-assessment yet: re-take the situations from My plans first"},
		{[]string{"progress", "--answers", write(t, dir, "broken.json", "{"), "--out", out}, "broken.json"},
		{[]string{"progress", "--answers", day90}, "progress: --answers FILE and --out FILE.pdf are required"},
		{[]string{"progress", "--answers", day90, "--out", out, "--paper", "a3"}, `paper size "a3"`},
	} {
		code, stdout, stderr := run(c.args...)
		if code != ExitBadData || stdout != "" || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.args, code, stdout, stderr, c.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatalf("%v wrote %s", c.args, out)
		}
	}
}
