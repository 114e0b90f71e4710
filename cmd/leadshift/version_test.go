package main

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"testing"
)

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
