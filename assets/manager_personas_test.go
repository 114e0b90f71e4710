package assets

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
	"github.com/leadshift/leadshift/workshop/manager"
)

// managerDir holds the personas' managers' responses and their truths:
// a folder of its own, so that the personas folder holds answers only.
var managerDir = filepath.Join(personaDir, "managers")

// managerTruth is what a coach concluded from a persona's answers with
// their manager's response, written before the engine ran: the first
// lines of managers/<name>.truth.md, beside the response managers/<name>.json.
type managerTruth struct {
	truth
	blindSpots        map[string]workshop.Quadrant // statement ID to the blind spot's quadrant
	misreadings       []string
	agreements        []string
	questioned        []string
	coreQuestionsOnly bool
}

func readManagerTruths(t *testing.T) []managerTruth {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(managerDir, "*.truth.md"))
	if err != nil || len(paths) < 4 {
		t.Fatalf("want at least four personas with a manager's truth in %s, found %d (%v)", managerDir, len(paths), err)
	}
	var out []managerTruth
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		mt := managerTruth{truth: truth{name: strings.TrimSuffix(filepath.Base(p), ".truth.md")}, blindSpots: map[string]workshop.Quadrant{}}
		sc := bufio.NewScanner(f)
		for sc.Scan() && strings.TrimSpace(sc.Text()) != "" {
			key, value, ok := strings.Cut(sc.Text(), ":")
			if !ok {
				t.Fatalf("%s: %q is not \"key: value\"", p, sc.Text())
			}
			switch key {
			case "focus":
				focus, alt, _ := strings.Cut(value, "|")
				mt.focus, mt.alt = ids(focus), ids(strings.TrimPrefix(strings.TrimSpace(alt), "alt:"))
			case "blind spots":
				for _, pair := range ids(value) {
					id, q, _ := strings.Cut(pair, "=")
					mt.blindSpots[id] = workshop.Quadrant(q)
				}
			case "misreadings":
				mt.misreadings = ids(value)
			case "agreements":
				mt.agreements = ids(value)
			case "questioned":
				mt.questioned = ids(value)
			case "questions":
				mt.coreQuestionsOnly = strings.TrimSpace(value) == "core"
			default:
				t.Fatalf("%s: unknown key %q", p, key)
			}
		}
		f.Close()
		out = append(out, mt)
	}
	return out
}

// loadResponse reads a persona's manager's response and binds it to the
// persona's answers, as the app applies it.
func loadResponse(t *testing.T, a *workshop.Answers, name string) *manager.Response {
	t.Helper()
	f, err := os.Open(filepath.Join(managerDir, name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := manager.DecodeResponse(f)
	if err != nil {
		t.Fatalf("managers/%s.json: %v", name, err)
	}
	if _, err := manager.Apply(a, nil, m, false); err != nil {
		t.Fatalf("managers/%s.json: %v", name, err)
	}
	return m
}

// TestPersonasWithTheirManagers runs the engine on every persona with a
// manager's response and checks the written truth: the focus, and the
// three-way comparison (blind spots with their quadrant, misreadings,
// agreements to reach together, self-ratings questioned).
func TestPersonasWithTheirManagers(t *testing.T) {
	c := builtin(t)
	for _, tr := range readManagerTruths(t) {
		t.Run(tr.name, func(t *testing.T) {
			a := loadPersona(t, c, tr.name)
			m := loadResponse(t, a, tr.name)
			r := analysis.Analyze(c, a, analysis.WithManager(m))
			if testing.Verbose() {
				t.Log(ranking(r))
			}
			got := focusIDs(r)
			if len(tr.focus) == 0 {
				for _, id := range got {
					if !slices.Contains(tr.alt, id) {
						t.Errorf("focus %v, want none (or one of %v)", got, tr.alt)
					}
				}
			} else {
				if !slices.Contains(got, tr.focus[0]) {
					t.Errorf("focus %v, want %s among them", got, tr.focus[0])
				}
				for _, id := range got {
					if !slices.Contains(tr.focus, id) && !slices.Contains(tr.alt, id) {
						t.Errorf("focus %v: %s is not one the truth accepts (%v, alt %v)", got, id, tr.focus, tr.alt)
					}
				}
			}
			cmp := r.Manager.Comparison
			spots := map[string]workshop.Quadrant{}
			for _, s := range cmp.BlindSpots() {
				spots[s.ID] = s.BlindSpot
			}
			if !mapsEqual(spots, tr.blindSpots) {
				t.Errorf("blind spots %v, want %v", spots, tr.blindSpots)
			}
			var misread []string
			for _, s := range cmp.Misreadings() {
				misread = append(misread, s.ID)
			}
			if !sameSet(misread, tr.misreadings) {
				t.Errorf("misreadings %v, want %v", misread, tr.misreadings)
			}
			if (len(r.Manager.Agreements) > 0) != (len(tr.agreements) > 0) {
				t.Errorf("agreements %q, want them on %v", r.Manager.Agreements, tr.agreements)
			}
			for _, id := range tr.agreements {
				stmt := strings.TrimRight(cmp.Statement(id).Expectation.Statement, ".")
				if !slices.ContainsFunc(r.Manager.Agreements, func(s string) bool { return strings.Contains(s, stmt) && strings.HasPrefix(s, "Agree together") }) {
					t.Errorf("no agreement to reach together on %q: %q", stmt, r.Manager.Agreements)
				}
			}
			var questioned []string
			for _, f := range r.Flags {
				if f.Kind == analysis.FlagSelfRating && strings.Contains(f.Text, "your manager sees you") {
					questioned = append(questioned, f.Items[0])
				}
			}
			if !sameSet(questioned, tr.questioned) {
				t.Errorf("self-ratings questioned by the manager %v, want %v", questioned, tr.questioned)
			}
			if tr.coreQuestionsOnly && !slices.Equal(r.Questions, c.CoreQuestions) {
				t.Errorf("questions %q, want the core ones only", r.Questions)
			}
			for _, f := range r.Focus {
				if !slices.ContainsFunc(f.Evidence, func(e analysis.Evidence) bool { return e.Manager }) {
					continue
				}
				if !strings.Contains(f.Why, "manager") {
					t.Errorf("%s rests on the manager's answers, and its why does not say so: %q", f.ID, f.Why)
				}
			}
		})
	}
}

func mapsEqual[K comparable, V comparable](x, y map[K]V) bool {
	if len(x) != len(y) {
		return false
	}
	for k, v := range x {
		if w, ok := y[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func sameSet(x, y []string) bool {
	x, y = slices.Clone(x), slices.Clone(y)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}
