package workshop

import "testing"

func TestProfile(t *testing.T) {
	c := fixture(t)
	tests := []struct {
		name    string
		ratings map[string]int
		want    []int // score per dimension, -1 for not answered
	}{
		{"nothing answered", nil, []int{-1, -1}},
		{"all lowest", map[string]int{"a.1": 1, "a.2": 5, "b.1": 1}, []int{0, 0}},
		{"all highest", map[string]int{"a.1": 5, "a.2": 1, "b.1": 5}, []int{100, 100}},
		{"reverse item flips", map[string]int{"a.1": 5, "a.2": 5}, []int{50, -1}},
		{"unrated items left out", map[string]int{"a.1": 4}, []int{75, -1}},
		{"out of range ignored", map[string]int{"a.1": 9, "b.1": 3}, []int{-1, 50}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := NewAnswers(c.ID, day)
			for k, v := range tt.ratings {
				a.Ratings[k] = v
			}
			for i, d := range Profile(c, a) {
				got := d.Score
				if d.Answered == 0 {
					got = -1
				}
				if got != tt.want[i] {
					t.Errorf("%s: score %d, want %d", d.Dimension.ID, got, tt.want[i])
				}
			}
		})
	}
}

func TestExtremes(t *testing.T) {
	c := fixture(t)
	if lo, hi := Extremes(Profile(c, NewAnswers(c.ID, day))); lo != nil || hi != nil {
		t.Fatalf("nothing answered: got %v, %v; want nil", lo, hi)
	}
	a := answered(c, 3) // every dimension 50: a tie
	lo, hi := Extremes(Profile(c, a))
	if lo.Dimension.ID != "dim.a" || hi.Dimension.ID != "dim.a" {
		t.Errorf("tie: lowest %s, highest %s; want dim.a for both (content order)", lo.Dimension.ID, hi.Dimension.ID)
	}
	a.Ratings["b.1"] = 5
	if lo, hi = Extremes(Profile(c, a)); lo.Dimension.ID != "dim.a" || hi.Dimension.ID != "dim.b" {
		t.Errorf("lowest %s, highest %s; want dim.a, dim.b", lo.Dimension.ID, hi.Dimension.ID)
	}
}

func TestAlignments(t *testing.T) {
	c := fixture(t)
	tests := []struct {
		name      string
		pairs     map[string]Pair
		wantOrder string
		wantKinds []MismatchKind
	}{
		{"nothing answered", nil, "", nil},
		{"everything equal keeps content order", map[string]Pair{"e.1": {3, 3}, "e.2": {3, 3}, "e.3": {3, 3}},
			"e.1 e.2 e.3 ", []MismatchKind{Aligned, Aligned, Aligned}},
		{"half-rated skipped", map[string]Pair{"e.1": {3, 0}, "e.2": {2, 2}}, "e.2 ", []MismatchKind{Aligned}},
		{"biggest difference first, ties in content order",
			map[string]Pair{"e.1": {5, 3}, "e.2": {1, 5}, "e.3": {1, 3}},
			"e.2 e.1 e.3 ", []MismatchKind{BlindSpot, Unrealistic, BlindSpot}},
		{"difference of one is aligned", map[string]Pair{"e.1": {4, 3}, "e.2": {2, 3}}, "e.1 e.2 ", []MismatchKind{Aligned, Aligned}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := NewAnswers(c.ID, day)
			for k, v := range tt.pairs {
				a.Expectations[k] = v
			}
			got := Alignments(c, a)
			if order := ids(got, func(al Alignment) string { return al.Expectation.ID }); order != tt.wantOrder {
				t.Fatalf("order %q, want %q", order, tt.wantOrder)
			}
			for i, al := range got {
				if al.Kind != tt.wantKinds[i] {
					t.Errorf("%s: kind %q, want %q", al.Expectation.ID, al.Kind, tt.wantKinds[i])
				}
			}
			if n := len(Mismatches(c, a)); n != countNot(tt.wantKinds, Aligned) {
				t.Errorf("Mismatches: %d, want %d", n, countNot(tt.wantKinds, Aligned))
			}
		})
	}
}

func countNot(kinds []MismatchKind, k MismatchKind) int {
	n := 0
	for _, x := range kinds {
		if x != k {
			n++
		}
	}
	return n
}

func TestGaps(t *testing.T) {
	c := fixture(t)
	tests := []struct {
		name      string
		rates     map[string]SkillRate
		wantOrder string
		wantPrio  []int
	}{
		{"nothing answered", nil, "", nil},
		{"everything equal keeps content order", map[string]SkillRate{"sk.x": {3, 3}, "sk.y": {3, 3}, "sk.z": {3, 3}},
			"sk.x sk.y sk.z ", []int{0, 0, 0}},
		{"gap times importance ranks", map[string]SkillRate{"sk.x": {4, 5}, "sk.y": {1, 3}, "sk.z": {2, 4}},
			"sk.z sk.y sk.x ", []int{8, 6, 5}},
		{"equal priority: more important first", map[string]SkillRate{"sk.x": {1, 2}, "sk.y": {4, 5}},
			"sk.y sk.x ", []int{5, 2}},
		{"strengths count as zero", map[string]SkillRate{"sk.x": {5, 1}, "sk.y": {2, 3}},
			"sk.y sk.x ", []int{3, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := NewAnswers(c.ID, day)
			for k, v := range tt.rates {
				a.Skills[k] = v
			}
			got := Gaps(c, a)
			if order := ids(got, func(g Gap) string { return g.Skill.ID }); order != tt.wantOrder {
				t.Fatalf("order %q, want %q", order, tt.wantOrder)
			}
			for i, g := range got {
				if g.Priority() != tt.wantPrio[i] {
					t.Errorf("%s: priority %d, want %d", g.Skill.ID, g.Priority(), tt.wantPrio[i])
				}
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	c := fixture(t)
	t.Run("nothing answered suggests nothing", func(t *testing.T) {
		if got := Suggest(c, NewAnswers(c.ID, day)); len(got) != 0 {
			t.Errorf("got %v", got)
		}
	})
	t.Run("everything equal suggests nothing", func(t *testing.T) {
		if got := Suggest(c, answered(c, 3)); len(got) != 0 {
			t.Errorf("got %v", got)
		}
	})
	t.Run("gaps first, then blind spots, then low dimensions, no repeats", func(t *testing.T) {
		a := answered(c, 3)
		a.Skills["sk.y"] = SkillRate{Current: 1, Importance: 5}
		a.Expectations["e.3"] = Pair{Me: 1, Org: 5} // blind spot → sk.x
		a.Expectations["e.1"] = Pair{Me: 1, Org: 4} // blind spot → sk.z
		a.Ratings["b.1"] = 1                        // dim.b low → sk.y, already in
		got := Suggest(c, a)
		if order := ids(got, func(s Suggestion) string { return s.Skill }); order != "sk.y sk.x sk.z " {
			t.Fatalf("order %q, want sk.y sk.x sk.z", order)
		}
		if got[0].Title != "Skill sk.y" || got[0].Why == "" {
			t.Errorf("first suggestion %+v lacks a title or reason", got[0])
		}
	})
	t.Run("low dimension alone", func(t *testing.T) {
		a := NewAnswers(c.ID, day)
		a.Ratings["a.1"] = 1
		got := Suggest(c, a)
		if len(got) != 1 || got[0].Skill != "sk.x" {
			t.Fatalf("got %+v, want sk.x from dim.a", got)
		}
	})
	t.Run("at most MaxFocus", func(t *testing.T) {
		a := answered(c, 1)
		for _, id := range c.skillIDs() {
			a.Skills[id] = SkillRate{Current: 1, Importance: 5}
		}
		c2 := *c
		c2.Skills = append(append([]Skill{}, c.Skills...), Skill{ID: "sk.w", Name: "W", Levels: c.Skills[0].Levels})
		a.Skills["sk.w"] = SkillRate{Current: 1, Importance: 5}
		if got := Suggest(&c2, a); len(got) != MaxFocus {
			t.Errorf("got %d suggestions, want %d", len(got), MaxFocus)
		}
	})
}
