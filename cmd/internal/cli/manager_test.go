package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/storage"
)

// exampleResponse writes a manager's response to a request made from the
// example answers, and returns its path and the request.
func exampleResponse(t *testing.T, dir string) (string, *manager.Request) {
	t.Helper()
	reqPath := filepath.Join(dir, "request.json")
	if code, _, errs := run("manager", "request", "--answers", example, "--out", reqPath); code != ExitOK {
		t.Fatalf("manager request: exit %d: %s", code, errs)
	}
	q, err := storage.ReadRequest(reqPath)
	if err != nil {
		t.Fatal(err)
	}
	r := manager.NewResponse(q, time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	r.Manager = "Jiří Dvořák"
	r.Expectations[q.Statements[0].ID] = 5
	r.Skills[q.Skills[1].ID] = manager.SkillView{Needed: 5, Today: 1}
	r.SetAnswer("core-1", "The team is stretched by the data-centre move.")
	r.Commitments = []string{"Thirty minutes every Monday"}
	path := filepath.Join(dir, "response.json")
	if err := storage.WriteResponse(path, r, storage.Shared); err != nil {
		t.Fatal(err)
	}
	return path, q
}

func TestManagerRequestSharesOnlyWhatIsAskedFor(t *testing.T) {
	dir := t.TempDir()
	out, pdf := filepath.Join(dir, "request.json"), filepath.Join(dir, "request.pdf")
	code, stdout, errs := run("manager", "request", "--answers", example, "--out", out, "--pdf", pdf)
	if code != ExitOK || !strings.Contains(stdout, "wrote "+out) || !strings.Contains(stdout, "wrote "+pdf) {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errs)
	}
	q, err := storage.ReadRequest(out)
	if err != nil {
		t.Fatal(err)
	}
	if q.Name == "" || len(q.Statements) == 0 || len(q.Skills) == 0 || len(q.Questions) != 5 || q.SelfSkills != nil || q.SelfExpectations != nil {
		t.Errorf("request: %d statements, %d skills, %d questions, self %v %v", len(q.Statements), len(q.Skills), len(q.Questions), q.SelfSkills, q.SelfExpectations)
	}
	if data, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Errorf("no PDF written: %v", err)
	}
	if code, _, _ := run("manager", "request", "--answers", example, "--out", out, "--share-skills"); code != ExitOK {
		t.Fatal("--share-skills failed")
	}
	if q, _ := storage.ReadRequest(out); len(q.SelfSkills) == 0 || q.SelfExpectations != nil {
		t.Errorf("--share-skills shared %v and %v", q.SelfSkills, q.SelfExpectations)
	}
	for _, args := range [][]string{
		{"manager", "request", "--out", out},
		{"manager", "request", "--answers", example},
		{"manager", "request", "--answers", filepath.Join(dir, "missing.json"), "--out", filepath.Join(dir, "x.json")},
		{"manager", "frobnicate"},
	} {
		if code, _, errs := run(args...); code != ExitBadData || errs == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.json")); err == nil {
		t.Error("a request was written from missing answers")
	}
}

func TestManagerGuide(t *testing.T) {
	out := filepath.Join(t.TempDir(), "guide.pdf")
	if code, _, errs := run("manager", "guide", "--out", out); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if data, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Errorf("no PDF written: %v", err)
	}
	if code, _, _ := run("manager", "guide"); code != ExitBadData {
		t.Errorf("no --out: exit %d", code)
	}
}

func TestPlanAndAnalyzeWithTheManagersResponse(t *testing.T) {
	dir := t.TempDir()
	resp, q := exampleResponse(t, dir)
	out := filepath.Join(dir, "plan.pdf")
	if code, _, errs := run("plan", "--answers", example, "--manager", resp, "--out", out); code != ExitOK {
		t.Fatalf("plan: exit %d: %s", code, errs)
	}
	if data, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("no plan written: %v", err)
	}
	code, stdout, errs := run("analyze", "--answers", example, "--manager", resp)
	if code != ExitOK {
		t.Fatalf("analyze: exit %d: %s", code, errs)
	}
	var got struct {
		Manager struct {
			Comparison struct {
				Manager string
				Skills  []struct {
					ID            string
					Today, Needed int
					ManagerNeeded bool
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	cmp := got.Manager.Comparison
	if cmp.Manager != "Jiří Dvořák" || !strings.Contains(stdout, q.Skills[1].ID) {
		t.Errorf("analyze does not show the manager: %+v", cmp)
	}
	for _, s := range cmp.Skills {
		if s.ID == q.Skills[1].ID && (s.Needed != 5 || s.Today != 1 || !s.ManagerNeeded) {
			t.Errorf("the manager's view of %s: %+v", s.ID, s)
		}
	}
}

func TestPlanRefusesABadResponse(t *testing.T) {
	dir := t.TempDir()
	resp, _ := exampleResponse(t, dir)
	good, err := os.ReadFile(resp)
	if err != nil {
		t.Fatal(err)
	}
	var r manager.Response
	if err := json.Unmarshal(good, &r); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, content, want string }{
		{"malformed", "{not json", "not valid JSON"},
		{"answers file", `{"format":"leadshift.answers","version":2}`, `want "leadshift.manager-response"`},
		{"hostile rating", strings.Replace(string(good), `"expectations": {`, `"expectations": {"x": 99999999999999999999,`, 1), "expectations"},
		{"huge text", strings.Replace(string(good), `"manager": "Jiří Dvořák"`, `"manager": "`+strings.Repeat("x", 5000)+`"`, 1), "longer than"},
		{"another participant's", strings.Replace(string(good), r.AnswersID, "00000000-0000-4000-8000-00000000dead", 1), "other answers"},
	} {
		in := write(t, dir, "bad-response.json", tc.content)
		for _, args := range [][]string{
			{"plan", "--answers", example, "--manager", in, "--out", filepath.Join(dir, "plan.pdf")},
			{"analyze", "--answers", example, "--manager", in},
		} {
			code, stdout, errs := run(args...)
			if code != ExitBadData || !strings.Contains(errs, "bad-response.json") || !strings.Contains(errs, tc.want) {
				t.Errorf("%s, %s: exit %d, stderr %q; want exit 2 naming the file and %q", tc.name, args[0], code, errs, tc.want)
			}
			if args[0] == "analyze" && stdout != "" {
				t.Errorf("%s: analyze printed %q", tc.name, stdout)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "plan.pdf")); err == nil {
			t.Fatalf("%s: a plan was written", tc.name)
		}
	}
	if code, _, errs := run("plan", "--answers", example, "--manager", resp, "--pack", filepath.Join(dir, "pack.pdf")); code != ExitBadData || !strings.Contains(errs, "--manager goes with --out") {
		t.Errorf("--manager with --pack: exit %d, %q", code, errs)
	}
}
