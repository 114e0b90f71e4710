package workshop

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// persona reads one of the documented example participants: the base of
// the merge tests, full of every kind of answer.
func persona(t *testing.T, name string) *Answers {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "docs", "examples", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := DecodeAnswers(f)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// firstKey is the first key of a map in sorted order.
func firstKey[V any](t *testing.T, m map[string]V, skip int) string {
	t.Helper()
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if len(keys) <= skip {
		t.Fatalf("the fixture has %d entries, want more than %d", len(keys), skip)
	}
	return keys[skip]
}

func keys(cs []Clash) []string {
	var ks []string
	for _, c := range cs {
		ks = append(ks, c.Key())
	}
	return ks
}

func TestMerge(t *testing.T) {
	base := persona(t, "answers.json")
	rating := firstKey(t, base.Ratings, 0)
	rating2 := firstKey(t, base.Ratings, 1)
	reflection := firstKey(t, base.Reflections, 0)
	expectation := firstKey(t, base.Expectations, 0)
	skill := firstKey(t, base.Skills, 0)
	row := base.Delegations[0].ID
	flip := func(v int) int { return v%Scale + 1 } // always another rating

	for _, tc := range []struct {
		name         string
		mine, theirs func(a *Answers)
		nilBase      bool
		clashes      []string // keys, in order
		check        func(t *testing.T, m *Answers)
	}{{
		name: "disjoint edits are combined",
		mine: func(a *Answers) {
			a.Ratings[rating] = flip(a.Ratings[rating])
			a.Participant.Role = "Team lead, payments"
		},
		theirs: func(a *Answers) { a.Reflections[reflection] = "Written on the other laptop"; a.Share = true },
		check: func(t *testing.T, m *Answers) {
			if m.Ratings[rating] != flip(base.Ratings[rating]) || m.Participant.Role != "Team lead, payments" ||
				m.Reflections[reflection] != "Written on the other laptop" || !m.Share {
				t.Errorf("merged: rating %d, role %q, reflection %q, share %v", m.Ratings[rating], m.Participant.Role, m.Reflections[reflection], m.Share)
			}
		},
	}, {
		name:   "the same edit on both sides is no clash",
		mine:   func(a *Answers) { a.Ratings[rating] = flip(a.Ratings[rating]); a.Plan.Day30 = "same words" },
		theirs: func(a *Answers) { a.Ratings[rating] = flip(a.Ratings[rating]); a.Plan.Day30 = "same words" },
		check: func(t *testing.T, m *Answers) {
			if m.Ratings[rating] != flip(base.Ratings[rating]) || m.Plan.Day30 != "same words" {
				t.Errorf("merged: rating %d, day 30 %q", m.Ratings[rating], m.Plan.Day30)
			}
		},
	}, {
		name: "both changed to different values is a clash, mine kept",
		mine: func(a *Answers) { a.Ratings[rating] = flip(a.Ratings[rating]); a.Participant.Role = "mine" },
		theirs: func(a *Answers) {
			a.Ratings[rating] = flip(flip(a.Ratings[rating]))
			a.Participant.Role = "theirs"
			a.Ratings[rating2] = 0
		},
		clashes: []string{"participant:role", "rating:" + rating},
		check: func(t *testing.T, m *Answers) {
			if m.Ratings[rating] != flip(base.Ratings[rating]) || m.Participant.Role != "mine" || m.Ratings[rating2] != 0 {
				t.Errorf("merged: rating %d, role %q, other rating %d", m.Ratings[rating], m.Participant.Role, m.Ratings[rating2])
			}
		},
	}, {
		name:    "deleted on one side, edited on the other is a clash",
		mine:    func(a *Answers) { delete(a.Reflections, reflection); a.Delegations[0].Owner = "Sam" },
		theirs:  func(a *Answers) { a.Reflections[reflection] += " And more."; a.Delegations = a.Delegations[1:] },
		clashes: []string{"reflection:" + reflection, "delegation:" + row},
		check: func(t *testing.T, m *Answers) {
			if _, ok := m.Reflections[reflection]; ok || m.Delegations[0].Owner != "Sam" {
				t.Errorf("merged keeps mine: reflection %q, first row %+v", m.Reflections[reflection], m.Delegations[0])
			}
		},
	}, {
		name:   "deleted on one side, untouched on the other is deleted",
		mine:   func(a *Answers) { delete(a.Reflections, reflection) },
		theirs: func(a *Answers) { a.Delegations = a.Delegations[1:] },
		check: func(t *testing.T, m *Answers) {
			if _, ok := m.Reflections[reflection]; ok || slices.ContainsFunc(m.Delegations, func(r DelegationRow) bool { return r.ID == row }) {
				t.Errorf("merged: reflection %q, rows %d", m.Reflections[reflection], len(m.Delegations))
			}
		},
	}, {
		name: "rows added on both sides are all kept",
		mine: func(a *Answers) { a.Delegations = append(a.Delegations, DelegationRow{ID: "mine-row", What: "Rota"}) },
		theirs: func(a *Answers) {
			a.Delegations = append(a.Delegations, DelegationRow{ID: "their-row", What: "Budget"})
			a.Delegations[0].By = "2027-01-31"
		},
		check: func(t *testing.T, m *Answers) {
			var whats []string
			for _, r := range m.Delegations {
				whats = append(whats, r.What)
			}
			if len(m.Delegations) != len(base.Delegations)+2 || m.Delegations[0].By != "2027-01-31" ||
				!slices.Contains(whats, "Rota") || !slices.Contains(whats, "Budget") {
				t.Errorf("merged rows: %+v", m.Delegations)
			}
		},
	}, {
		name: "two halves of an expectation and a skill merge apart",
		mine: func(a *Answers) {
			p := a.Expectations[expectation]
			p.Me = flip(p.Me)
			a.Expectations[expectation] = p
			s := a.Skills[skill]
			s.Current = flip(s.Current)
			a.Skills[skill] = s
		},
		theirs: func(a *Answers) {
			p := a.Expectations[expectation]
			p.Org = flip(p.Org)
			a.Expectations[expectation] = p
			s := a.Skills[skill]
			s.Importance = flip(flip(s.Importance))
			a.Skills[skill] = s
		},
		check: func(t *testing.T, m *Answers) {
			b := base.Expectations[expectation]
			s := base.Skills[skill]
			if m.Expectations[expectation] != (Pair{Me: flip(b.Me), Org: flip(b.Org)}) ||
				m.Skills[skill] != (SkillRate{Current: flip(s.Current), Importance: flip(flip(s.Importance))}) {
				t.Errorf("merged: %+v, %+v", m.Expectations[expectation], m.Skills[skill])
			}
		},
	}, {
		name: "the same half changed both ways is a clash",
		mine: func(a *Answers) {
			p := a.Expectations[expectation]
			p.Org = flip(p.Org)
			a.Expectations[expectation] = p
		},
		theirs: func(a *Answers) {
			p := a.Expectations[expectation]
			p.Org = flip(flip(p.Org))
			a.Expectations[expectation] = p
		},
		clashes: []string{"expectation:" + expectation + ":org"},
	}, {
		name: "plan fields and focus areas one by one",
		mine: func(a *Answers) { a.Plan.Focus[0].FirstStep = "Book the one-to-ones"; a.Plan.Day60 = "mine" },
		theirs: func(a *Answers) {
			a.Plan.Focus[1].Why = "Because the team asked"
			a.Plan.Day60 = "theirs"
			a.Plan.Manager = "Monthly review"
		},
		clashes: []string{"plan:day60"},
		check: func(t *testing.T, m *Answers) {
			if m.Plan.Focus[0].FirstStep != "Book the one-to-ones" || m.Plan.Focus[1].Why != "Because the team asked" ||
				m.Plan.Manager != "Monthly review" || m.Plan.Day60 != "mine" {
				t.Errorf("merged plan: %+v", m.Plan)
			}
		},
	}, {
		name:   "a week's hours and counts",
		mine:   func(a *Answers) { a.Week.Today.Technical++; a.Week.Counts[SourceWaiting] = 9 },
		theirs: func(a *Answers) { a.Week.Target.People++; a.Week.Counts[SourceEscalations] = 7 },
		check: func(t *testing.T, m *Answers) {
			if m.Week.Today.Technical != base.Week.Today.Technical+1 || m.Week.Target.People != base.Week.Target.People+1 ||
				m.Week.Counts[SourceWaiting] != 9 || m.Week.Counts[SourceEscalations] != 7 {
				t.Errorf("merged week: %+v", m.Week)
			}
		},
	}, {
		name:    "no common version: everything that differs is a clash",
		nilBase: true,
		mine:    func(a *Answers) { a.Participant.Manager = "Kim"; a.Step = StepPlan },
		theirs:  func(a *Answers) { a.Share = true },
		clashes: []string{"participant:manager", "share:"},
		check: func(t *testing.T, m *Answers) {
			if m.Participant.Manager != "Kim" || m.Share || m.Step != StepPlan {
				t.Errorf("merged keeps mine: manager %q, share %v, step %s", m.Participant.Manager, m.Share, m.Step)
			}
		},
	}, {
		name:   "the step follows the side that moved, and is never a clash",
		mine:   func(a *Answers) { a.Step = StepGaps },
		theirs: func(a *Answers) { a.Step = StepPlan },
		check: func(t *testing.T, m *Answers) {
			if m.Step != StepGaps {
				t.Errorf("step %s, want this laptop's", m.Step)
			}
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			mine, theirs := base.Clone(), base.Clone()
			tc.mine(mine)
			tc.theirs(theirs)
			mineBefore, theirsBefore := mine.Clone(), theirs.Clone()
			b := base
			if tc.nilBase {
				b = nil
			}
			merged, clashes := Merge(b, mine, theirs)
			if got := keys(clashes); !slices.Equal(got, tc.clashes) {
				t.Errorf("clashes %q, want %q", got, tc.clashes)
			}
			if tc.check != nil {
				tc.check(t, merged)
			}
			if !reflect.DeepEqual(mine, mineBefore) || !reflect.DeepEqual(theirs, theirsBefore) {
				t.Error("Merge changed its arguments")
			}
			// Taking theirs for every clash gives their side of each.
			for _, c := range clashes {
				c.TakeTheirs(merged)
			}
			if again, left := Merge(b, merged, theirs); tc.nilBase && len(left) != 0 {
				t.Errorf("after taking theirs, still %q", keys(left))
			} else if !tc.nilBase {
				for _, c := range clashes {
					if _, rest := Merge(base, again, theirs); slices.ContainsFunc(rest, func(r Clash) bool { return r.Key() == c.Key() }) {
						t.Errorf("%s still clashes after taking theirs", c.Key())
					}
				}
			}
		})
	}
}

// TestMergeShowsBothValuesInWords: a clash carries both values and a
// label the participant recognises, from the content pack.
func TestMergeShowsBothValuesInWords(t *testing.T) {
	c := fixture(t)
	base := NewAnswers(c.ID, time.Now())
	base.Ratings["b.1"] = 2
	base.Delegations = []DelegationRow{{ID: "r1", What: "Rota", Owner: "Sam"}}
	mine, theirs := base.Clone(), base.Clone()
	mine.Ratings["b.1"], theirs.Ratings["b.1"] = 4, 5
	mine.Reflections["a.p"], theirs.Reflections["a.p"] = "Here", "There"
	mine.Delegations[0].Owner = "Ana"
	theirs.Delegations = nil
	_, clashes := Merge(base, mine, theirs)
	want := []struct{ label, mine, theirs string }{
		{"Scenario: it broke", "4 of 5", "5 of 5"},
		{"Reflection: Where have I become too necessary?", "Here", "There"},
		{"Delegation map row: Rota", "Rota, to Ana", "(deleted)"},
	}
	if len(clashes) != len(want) {
		t.Fatalf("clashes %q", keys(clashes))
	}
	for i, w := range want {
		got := clashes[i]
		if got.Label(c) != w.label || got.Mine != w.mine || got.Theirs != w.theirs {
			t.Errorf("clash %d: %q %q %q, want %+v", i, got.Label(c), got.Mine, got.Theirs, w)
		}
		if strings.TrimSpace(got.Label(nil)) == "" {
			t.Errorf("clash %d has no label without a pack", i)
		}
	}
}

// TestMergePersonas: merging any two personas over a third never loses
// an answer that only one side changed, and a merge with itself is clean.
func TestMergePersonas(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "docs", "examples", "personas", "*.json"))
	if len(files) < 3 {
		t.Fatalf("%d personas in docs/examples/personas", len(files))
	}
	var ps []*Answers
	for _, f := range files {
		ps = append(ps, persona(t, filepath.Join("personas", filepath.Base(f))))
	}
	for i, p := range ps {
		if m, cs := Merge(p, p, p); len(cs) != 0 || !reflect.DeepEqual(m.Ratings, p.Ratings) {
			t.Errorf("%s merged with itself: %q", files[i], keys(cs))
		}
		q := ps[(i+1)%len(ps)]
		// Only theirs changed: the merge is theirs, with no clash.
		if m, cs := Merge(p, p, q); len(cs) != 0 || !reflect.DeepEqual(m.Ratings, q.Ratings) ||
			!reflect.DeepEqual(m.Reflections, q.Reflections) || !m.Participant.Same(q.Participant) {
			t.Errorf("%s to %s on one side: %q", files[i], files[(i+1)%len(ps)], keys(cs))
		}
	}
}

// FuzzMerge merges any three answers documents that decode: the merge
// never fails, decodes again (the host would store it), and its clashes
// are exactly what is left to choose.
func FuzzMerge(f *testing.F) {
	for _, name := range []string{"answers.json", "answers-day90.json", "personas/hero.json", "personas/almost-nothing.json"} {
		data, err := os.ReadFile(filepath.Join("..", "docs", "examples", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, data, data)
		f.Add(data, bytes.Replace(data, []byte(`"step": "`), []byte(`"step": "x`), 1), bytes.ReplaceAll(data, []byte(`: 4`), []byte(`: 2`)))
	}
	f.Add([]byte(`{"format":"leadshift.answers","version":2,"step":"plan","delegations":[{"id":"a"},{"id":"a"}]}`),
		[]byte(`{"format":"leadshift.answers","version":2,"step":"plan","plan":{"focus":[{}]}}`),
		[]byte(`{"format":"leadshift.answers","version":2,"step":"plan","delegations":[{"id":"b","what":"x"}]}`))
	f.Fuzz(func(t *testing.T, b, m, th []byte) {
		var as [3]*Answers
		for i, data := range [][]byte{b, m, th} {
			a, err := DecodeAnswers(bytes.NewReader(data))
			if err != nil {
				return
			}
			as[i] = a
		}
		base, mine, theirs := as[0], as[1], as[2]
		merged, clashes := Merge(base, mine, theirs)
		if _, err := DecodeAnswers(bytes.NewReader(encode(t, merged))); err != nil {
			t.Fatalf("the merged answers do not decode: %v", err)
		}
		for _, c := range clashes {
			c.TakeTheirs(merged)
		}
		if _, left := Merge(base, merged, theirs); len(left) != 0 {
			t.Fatalf("after taking theirs for every clash, still %q", keys(left))
		}
		if _, cs := Merge(base, mine, mine); len(cs) != 0 {
			t.Fatalf("the same answers on both sides clash: %q", keys(cs))
		}
		if _, cs := Merge(base, base, theirs); len(cs) != 0 {
			t.Fatalf("answers changed on one side only clash: %q", keys(cs))
		}
	})
}
