package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
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

// The copy of FyneApp.toml compiled into the program is the file at the
// top of the repository, so every build carries its version.
func TestMetaIsFyneAppTOML(t *testing.T) {
	top, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	if string(top) != fyneAppTOML {
		t.Error("cmd/leadshift/fyneapp_gen.go is older than FyneApp.toml: run go generate ./cmd/leadshift (make build does)")
	}
}

func TestMeta(t *testing.T) {
	d := meta.Details
	if d.Name != "LeadShift" || d.ID != "io.leadshift.app" || d.Build < 1 {
		t.Errorf("FyneApp.toml details: %+v", d)
	}
	changelog, err := os.ReadFile("../../CHANGELOG.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := versionFitsChangelog(d.Version, string(changelog)); err != nil {
		t.Error(err)
	}
	if _, err := parseMeta("[Details]\nName = \"X\"\n"); err == nil {
		t.Error("a FyneApp.toml without ID, Version and Build was accepted")
	}
}

var (
	versionRE = regexp.MustCompile(`^(\d+)\.(\d+)\.(\d+)(-dev)?$`)
	sectionRE = regexp.MustCompile(`(?m)^## \[([^\]]+)\]( - \d{4}-\d{2}-\d{2})?`)
)

// versionFitsChangelog says whether FyneApp.toml's version tells the truth
// about the code: a release (1.2.0) is the CHANGELOG's newest section,
// dated; anything else is built as the next version with "-dev" (1.3.0-dev),
// above the newest release, while the CHANGELOG collects [Unreleased].
func versionFitsChangelog(version, changelog string) error {
	v := versionRE.FindStringSubmatch(version)
	if v == nil {
		return fmt.Errorf("version %q is neither MAJOR.MINOR.PATCH nor MAJOR.MINOR.PATCH-dev", version)
	}
	sections := sectionRE.FindAllStringSubmatch(changelog, -1)
	if len(sections) == 0 {
		return fmt.Errorf("CHANGELOG.md has no ## [VERSION] sections")
	}
	top := sections[0]
	if v[4] == "" {
		if top[1] != version || top[2] == "" {
			return fmt.Errorf("FyneApp.toml says %s, a release, but CHANGELOG.md's newest section is %q: a release is its dated top section", version, top[0])
		}
		return nil
	}
	if top[1] != "Unreleased" {
		return fmt.Errorf("FyneApp.toml says %s, work after a release, but CHANGELOG.md's newest section is %q, not [Unreleased]", version, top[0])
	}
	for _, s := range sections[1:] {
		r := versionRE.FindStringSubmatch(s[1])
		if r == nil || r[4] != "" || s[2] == "" {
			continue
		}
		if !newer(v[1:4], r[1:4]) {
			return fmt.Errorf("FyneApp.toml says %s, but %s is already released: the next version must be higher", version, s[1])
		}
		return nil
	}
	return nil
}

// newer says whether version a (major, minor, patch) is above b.
func newer(a, b []string) bool {
	for i := range a {
		x, _ := strconv.Atoi(a[i])
		y, _ := strconv.Atoi(b[i])
		if x != y {
			return x > y
		}
	}
	return false
}

func TestVersionFitsChangelog(t *testing.T) {
	const released = "# Changelog\n\n## [0.1.0] - 2026-11-30\n\nFirst.\n"
	const unreleased = "# Changelog\n\n## [Unreleased]\n\n- new\n\n## [0.1.0] - 2026-11-30\n\nFirst.\n"
	for _, c := range []struct {
		version, changelog string
		ok                 bool
	}{
		{"0.1.0", released, true},
		{"0.2.0-dev", unreleased, true},
		{"0.1.1-dev", unreleased, true},
		{"1.0.0-dev", unreleased, true},
		{"0.1.0", unreleased, false},     // released name on unreleased work
		{"0.2.0", unreleased, false},     // a release whose section is not dated
		{"0.2.0-dev", released, false},   // dev with nothing unreleased
		{"0.1.0-dev", unreleased, false}, // not above the last release
		{"0.0.9-dev", unreleased, false},
		{"0.2.0-rc1", unreleased, false},
		{"0.2", released, false},
		{"0.1.0", "# Changelog\n\n## [0.1.0]\n", false}, // undated
	} {
		err := versionFitsChangelog(c.version, c.changelog)
		if (err == nil) != c.ok {
			t.Errorf("%s with %q: error %v, want ok=%v", c.version, c.changelog, err, c.ok)
		}
	}
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
