package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every way to ask for help prints it on stdout, nothing on stderr, and
// exits 0, so that `leadshift plan --help | less` shows it.
func TestHelpGoesToStdout(t *testing.T) {
	cases := [][]string{{"help"}, {"--help"}, {"-h"}, {"content"}, {"content", "--help"}}
	for name := range commandHelp {
		cases = append(cases, append(strings.Fields(name), "--help"), append(strings.Fields(name), "-h"))
	}
	for _, args := range cases {
		code, stdout, stderr := run(args...)
		if code != ExitOK || !strings.Contains(stdout, "Usage:") || stderr != "" {
			t.Errorf("%v: exit %d, stdout %.40q, stderr %q; want 0, the usage on stdout, nothing on stderr", args, code, stdout, stderr)
		}
	}
}

// Each --flag VALUE a command's usage line shows is listed under Flags with
// the same VALUE: the usage says exactly what the command takes.
func TestUsageLineMatchesTheFlags(t *testing.T) {
	flagInUsage := regexp.MustCompile(`--([a-z-]+) ([A-Z][A-Za-z.|]*[A-Za-z])`)
	for name, h := range commandHelp {
		_, help, _ := run(append(strings.Fields(name), "--help")...)
		for _, m := range flagInUsage.FindAllStringSubmatch(h.args, -1) {
			if !strings.Contains(help, "\n  --"+m[1]+" "+m[2]+"\n") {
				t.Errorf("%s: the usage shows --%s %s, the flags list it otherwise:\n%s", name, m[1], m[2], help)
			}
		}
	}
}

// Misuse gets exit 2, nothing on stdout, and one sentence on stderr that
// names the problem as the person typed it.
func TestMisuseIsNamedAsTyped(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "plan.pdf")
	for _, c := range []struct {
		args  []string
		wants []string // in stderr
	}{
		{[]string{"plan", "--answers", example, example, "--out", out},
			[]string{`unexpected "` + example + `" after --answers ` + example, "give --answers again", "see leadshift plan --help"}},
		{[]string{"plan", "--answers", example, "--out", out, "extra"}, []string{`unexpected "extra"`}},
		{[]string{"analyze", "--answers", example, "extra"}, []string{`analyze: unexpected "extra"`}},
		{[]string{"content", "check", "a.json", "b.json"}, []string{`content check: unexpected "b.json"`}},
		{[]string{"content", "export", "--out", "x.json", "--", "y"}, []string{`unexpected "y"`}},
		{[]string{"plan", "--bogus"}, []string{"there is no flag --bogus"}},
		{[]string{"plan", "-bogus"}, []string{"there is no flag -bogus"}},
		{[]string{"plan", "--answers", example, "--out"}, []string{"plan: --out needs a value"}},
		{[]string{"demo", "--participants", "ten", "--out", dir}, []string{`--participants cannot be "ten"; it takes a whole number`}},
		{[]string{"demo", "--participants=ten", "--out", dir}, []string{`--participants cannot be "ten"`}},
		{[]string{"demo", "-participants", "ten", "--out", dir}, []string{`-participants cannot be "ten"`}},
		{[]string{"demo", "--hold", "5", "--out", dir}, []string{`--hold cannot be "5"; it takes a duration such as 30s`}},
		{[]string{"host", "--headless=maybe", "--data", dir}, []string{`--headless cannot be "maybe"; it takes true or false`}},
		{[]string{"plan", "--answers", example, "--out", dir}, []string{"cannot write " + dir + ": it is a folder, not a file"}},
		{[]string{"content", "export", "--out", dir}, []string{"cannot write " + dir + ": it is a folder, not a file"}},
		{[]string{"plan", "--answers", example, "--out-dir", example}, []string{"cannot write into " + example + ": it is a file, not a folder"}},
		{[]string{"demo", "--out", example}, []string{"cannot write into " + example + ": it is a file, not a folder"}},
		{[]string{"host", "--headless", "--data", example}, []string{"cannot write into " + example + ": it is a file, not a folder"}},
		{[]string{"frobnicate"}, []string{`unknown command "frobnicate"`}},
	} {
		code, stdout, stderr := run(c.args...)
		if code != ExitBadData || stdout != "" {
			t.Errorf("%v: exit %d, stdout %q; want exit 2 and nothing on stdout", c.args, code, stdout)
		}
		for _, want := range c.wants {
			if !strings.Contains(stderr, want) {
				t.Errorf("%v: stderr %q lacks %q", c.args, stderr, want)
			}
		}
		if strings.Contains(stderr, "flag provided") || strings.Contains(stderr, "invalid value") || strings.Contains(stderr, "file exists") {
			t.Errorf("%v: stderr %q is Go's wording, not a sentence for people", c.args, stderr)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("a misused plan command wrote %s", out)
	}
}

func TestCountsAgree(t *testing.T) {
	pack := filepath.Join(t.TempDir(), "pack.pdf")
	code, stdout, stderr := run("plan", "--answers", example, "--pack", pack)
	if code != ExitOK || stdout != "wrote "+pack+" (1 plan)\n" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 'wrote %s (1 plan)'", code, stdout, stderr, pack)
	}
	for n, want := range map[int]string{0: "0 plans", 1: "1 plan", 2: "2 plans"} {
		if got := count(n, "plan", "plans"); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
}
