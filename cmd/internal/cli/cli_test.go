package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/assets"
)

const example = "../../../docs/examples/answers.json"

func run(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = Run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestContentExportThenCheck(t *testing.T) {
	out := filepath.Join(t.TempDir(), "pack.json")
	if code, _, errs := run("content", "export", "--out", out); code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.Equal(data, assets.ContentPack) {
		t.Fatalf("exported pack differs from the built-in one (%v)", err)
	}
	code, stdout, _ := run("content", "check", out)
	if code != ExitOK || !strings.Contains(stdout, "ok (builtin") {
		t.Errorf("check of the exported pack: exit %d, %q", code, stdout)
	}
	if code, stdout, _ := run("content", "check"); code != ExitOK || !strings.Contains(stdout, "built-in content pack: ok") {
		t.Errorf("check of the built-in pack: exit %d, %q", code, stdout)
	}
}

func TestContentCheckNamesFileItemAndField(t *testing.T) {
	dir := t.TempDir()
	broken := strings.Replace(string(assets.ContentPack), `"id": "skill.delegation.a70"`, `"id": "skill.delegation.a20"`, 1)
	tests := []struct {
		name, content string
		wants         []string
	}{
		{"duplicate id", broken, []string{"broken.json", "item skill.delegation.a20", "field id", "used twice"}},
		{"truncated", string(assets.ContentPack[:500]), []string{"broken.json", "truncated"}},
		{"answers instead", `{"format":"leadshift.answers","version":1}`, []string{"broken.json", "field format"}},
		{"hostile", `{"format":"leadshift.content","version":2,"skills":[` + strings.Repeat(`{},`, 10) + `{}]}`, []string{"broken.json", "field title"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, "broken.json", tt.content)
			code, _, errs := run("content", "check", p)
			if code != ExitBadData {
				t.Errorf("exit %d, want %d", code, ExitBadData)
			}
			for _, w := range tt.wants {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr %q lacks %q", errs, w)
				}
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{"frobnicate"},
		{"content", "export"},
		{"content", "check", "a", "b"},
		{"plan", "--answers", example},
		{"plan", "--out", "x.pdf"},
		{"plan", "--answers", example, "--out", "x.pdf", "--paper", "a3"},
		{"plan", "--answers", "missing.json", "--out", "x.pdf"},
		{"plan", "--bogus"},
		{"host", "--headless", "--data", "x", "--memory-limit", "-1"},
	}
	for _, args := range tests {
		if code, _, errs := run(args...); code != ExitBadData || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 with a message", args, code, errs)
		}
	}
	if code, stdout, _ := run("help"); code != ExitOK || !strings.Contains(stdout, "leadshift plan") {
		t.Errorf("help: exit %d, %q", code, stdout)
	}
}

func TestPlanFromExample(t *testing.T) {
	for _, paper := range []string{"a4", "letter"} {
		out := filepath.Join(t.TempDir(), "plan.pdf")
		code, _, errs := run("plan", "--answers", example, "--out", out, "--paper", paper)
		if code != ExitOK {
			t.Fatalf("%s: exit %d: %s", paper, code, errs)
		}
		if data, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
			t.Fatalf("%s: no PDF written (%v)", paper, err)
		}
	}
}

func TestPlanRejectsBadAnswers(t *testing.T) {
	good, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, content, want string }{
		{"malformed", "{not json", "not valid JSON"},
		{"truncated", string(good[:len(good)/3]), "truncated"},
		{"wrong version", strings.Replace(string(good), `"version": 2`, `"version": 9`, 1), "version"},
		{"unknown item", strings.Replace(string(good), `"assess.rescue.stuck-deployment"`, `"assess.rescue.nope"`, 1), "assess.rescue.nope"},
		{"hostile rating", strings.Replace(string(good), `"assess.rescue.stuck-deployment": 2`, `"assess.rescue.stuck-deployment": 99999999999999999999`, 1), "ratings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			in := write(t, dir, "bad.json", tt.content)
			out := filepath.Join(dir, "plan.pdf")
			code, _, errs := run("plan", "--answers", in, "--out", out)
			if code != ExitBadData || !strings.Contains(errs, "bad.json") || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 naming bad.json and %q", code, errs, tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a PDF was written from bad answers")
			}
		})
	}
}

func TestPlanPackSkipsBadFileAndWritesTheRest(t *testing.T) {
	good, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	in, out := t.TempDir(), t.TempDir()
	write(t, in, "a.json", string(good))
	write(t, in, "b.json", strings.Replace(string(good), "Zoë Müller", "José Nuñez", 1))
	write(t, in, "c.json", strings.Replace(string(good), "Zoë Müller", "José Nuñez", 1)) // same name twice
	write(t, in, "d.json", "garbage")
	pack := filepath.Join(out, "pack.pdf")
	code, stdout, errs := run("plan", "--answers", in, "--pack", pack, "--out-dir", out)
	if code != ExitBadData || !strings.Contains(errs, "d.json") {
		t.Errorf("exit %d, stderr %q; want 2 naming d.json", code, errs)
	}
	for _, name := range []string{"pack.pdf", "Zoë-Müller-action-plan.pdf", "José-Nuñez-action-plan.pdf", "José-Nuñez-2-action-plan.pdf"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s not written: %v (stdout %q)", name, err, stdout)
		}
	}
}
