package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop/lan"
)

// runMainEnv makes the test binary run main with the arguments in it, so
// that tests see the program as people start it, package init included.
const runMainEnv = "LEADSHIFT_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv(runMainEnv); ok {
		os.Args = append([]string{"leadshift"}, strings.Fields(args)...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// leadshift runs main in a child process with the given locale variables
// (and no others) and returns its stdout and stderr.
func leadshift(t *testing.T, locale []string, args ...string) (stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k != "LANG" && k != "LANGUAGE" && !strings.HasPrefix(k, "LC_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, locale...)
	cmd.Env = append(cmd.Env, runMainEnv+"="+strings.Join(args, " "))
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("leadshift %v with %v: %v; stderr %q", args, locale, err, errb.String())
	}
	return out.String(), errb.String()
}

// Fyne reads the locale before main runs and, unless cleanlocale runs
// first, prints "Error parsing user locale C" under C.UTF-8.
func TestVersionUnderEveryLocaleWithoutNoise(t *testing.T) {
	want := "LeadShift " + meta.Details.Version + "\n"
	for _, locale := range [][]string{{"LANG=C.UTF-8"}, {"LC_ALL=C.utf8"}, {"LANG=C"}, {"LANG=POSIX"}, nil,
		{"LANGUAGE=C.UTF-8", "LANG=en_US.UTF-8"}, {"LANG=xx"}, {"LANGUAGE=xx:C"},
		{"LANG=pl_PL.UTF-8"}, {"LANG=en_US.UTF-8"}} {
		stdout, stderr := leadshift(t, locale, "--version")
		if stdout != want || stderr != "" {
			t.Errorf("%v: stdout %q, stderr %q; want %q and nothing on stderr", locale, stdout, stderr, want)
		}
	}
	stdout, stderr := leadshift(t, []string{"LANG=C.UTF-8"}, "--help")
	if !strings.Contains(stdout, "leadshift plan") || stderr != "" {
		t.Errorf("--help under C.UTF-8: stdout %q, stderr %q", stdout, stderr)
	}
}

// The PDF's producer field carries the same version as --version.
func TestPlanPDFNamesTheVersion(t *testing.T) {
	out := filepath.Join(t.TempDir(), "plan.pdf")
	stdout, stderr := leadshift(t, []string{"LANG=C.UTF-8"}, "plan", "--answers", "../../docs/examples/answers.json", "--out", out)
	if stdout != "wrote "+out+"\n" || stderr != "" {
		t.Fatalf("plan: stdout %q, stderr %q", stdout, stderr)
	}
	info, err := exec.Command("pdfinfo", out).Output()
	if err != nil {
		t.Fatalf("pdfinfo (poppler-utils, installed by make test): %v", err)
	}
	if !regexp.MustCompile(`(?m)^Producer:\s+LeadShift ` + regexp.QuoteMeta(meta.Details.Version) + `$`).Match(info) {
		t.Errorf("pdfinfo says:\n%s\nwant Producer: LeadShift %s", info, meta.Details.Version)
	}
	if !regexp.MustCompile(`(?m)^Page size:.*\(A4\)`).Match(info) {
		t.Errorf("under C.UTF-8 the paper should be A4:\n%s", info)
	}
}

// The README names the ports the code uses.
func TestReadmeNamesThePorts(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{fmt.Sprintf("TCP %d", lan.DefaultPort), fmt.Sprintf("UDP %d", lan.DiscoveryPort)} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("README.md does not name %s", want)
		}
	}
}

// THIRD_PARTY_LICENSES.md (written by .ci/licenses) lists every module
// linked into leadshift, at the version go.mod selects.
func TestThirdPartyLicencesListEveryLinkedModule(t *testing.T) {
	list, err := os.ReadFile("../../THIRD_PARTY_LICENSES.md")
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "list", "-deps", "-f", "{{with .Module}}{{if not .Main}}{{.Path}} {{.Version}}{{end}}{{end}}", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	n := 0
	for _, line := range strings.Fields(strings.ReplaceAll(string(out), " ", "@")) {
		path, version, _ := strings.Cut(line, "@")
		if !strings.Contains(string(list), "| "+path+" | "+version+" |") {
			t.Errorf("THIRD_PARTY_LICENSES.md lacks %s %s: run .ci/licenses", path, version)
		}
		n++
	}
	if n < 20 {
		t.Errorf("go list found only %d modules", n)
	}
}
