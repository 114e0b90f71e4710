package cli

import (
	"net"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	for _, arg := range []string{"--version", "version"} {
		if code, stdout, _ := run(arg); code != ExitOK || stdout != "LeadShift "+Version+"\n" {
			t.Errorf("%s: exit %d, %q", arg, code, stdout)
		}
	}
}

func TestContentAloneListsItsCommands(t *testing.T) {
	for _, args := range [][]string{{"content"}, {"content", "--help"}, {"content", "help"}} {
		code, stdout, stderr := run(args...)
		if code != ExitOK || !strings.Contains(stdout, "export --out FILE") || !strings.Contains(stdout, "check [FILE]") || stderr != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
	code, _, stderr := run("content", "frobnicate")
	if code != ExitBadData || !strings.Contains(stderr, `unknown content command "frobnicate"`) || !strings.Contains(stderr, "export --out FILE") {
		t.Errorf("content frobnicate: exit %d, stderr %q", code, stderr)
	}
}

func TestEveryHelpDescribesArgumentsWithDoubleDashFlags(t *testing.T) {
	singleDash := regexp.MustCompile(`(?m)^\s+-[a-z]`)
	for name, h := range commandHelp {
		args := append(strings.Fields(name), "--help")
		code, help, stderr := run(args...)
		if code != ExitOK || stderr != "" {
			t.Errorf("%s --help: exit %d, stderr %q; want 0 and the help on stdout", name, code, stderr)
		}
		if !strings.HasPrefix(help, "Usage: leadshift "+name+" "+h.args+"\n") || !strings.Contains(help, h.about) {
			t.Errorf("%s --help lacks its usage line or description:\n%s", name, help)
		}
		if singleDash.MatchString(help) {
			t.Errorf("%s --help shows a single-dash flag:\n%s", name, help)
		}
		if name != "content check" && !strings.Contains(help, "\nFlags:\n  --") {
			t.Errorf("%s --help lists no --flags:\n%s", name, help)
		}
		if strings.Contains(help, " STRING") || strings.Contains(help, " VALUE") {
			t.Errorf("%s --help names a flag's argument by its type, not its meaning:\n%s", name, help)
		}
	}
}

func TestParseErrorPrintedOnce(t *testing.T) {
	code, stdout, stderr := run("plan", "--bogus")
	if code != ExitBadData || stdout != "" || strings.Count(stderr, "-bogus") != 1 || !strings.Contains(stderr, "leadshift plan --help") {
		t.Errorf("exit %d, stdout %q, stderr %q; want the error once, pointing to --help", code, stdout, stderr)
	}
}

func TestWriteErrorNamesThePathTyped(t *testing.T) {
	out := filepath.Join(t.TempDir(), "no-such-folder", "plan.pdf")
	code, _, stderr := run("plan", "--answers", example, "--out", out)
	if code != ExitFailure || !strings.Contains(stderr, out) || strings.Contains(stderr, ".tmp") {
		t.Errorf("exit %d, stderr %q; want exit 1 naming %s and no temporary file", code, stderr, out)
	}
	code, _, stderr = run("content", "export", "--out", out)
	if code != ExitFailure || !strings.Contains(stderr, out) || strings.Contains(stderr, ".tmp") {
		t.Errorf("content export: exit %d, stderr %q", code, stderr)
	}
}

func TestHostSaysItsPortIsTaken(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	code, stdout, stderr := run("host", "--headless", "--data", t.TempDir(), "--addr", l.Addr().String())
	if code != ExitBadData || stdout != "" || !strings.Contains(stderr, l.Addr().String()+" is already in use") || !strings.Contains(stderr, "--addr") {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 saying the port is taken and how to choose another", code, stdout, stderr)
	}
}

func TestPaperDefaultsFromTheLocale(t *testing.T) {
	for locale, want := range map[string]string{"en_US.UTF-8": "letter", "de_DE.UTF-8": "a4", "C.UTF-8": "a4", "es_MX.UTF-8": "letter"} {
		t.Setenv("LC_ALL", locale)
		for _, cmd := range []string{"plan", "demo"} {
			if _, help, _ := run(cmd, "--help"); !strings.Contains(help, want+" here)") && !strings.Contains(help, "(default "+want+")") {
				t.Errorf("LC_ALL=%s: %s --help does not default to %s:\n%s", locale, cmd, want, help)
			}
		}
	}
}
