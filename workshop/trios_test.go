package workshop

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func memberIDs(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("m%d", i)
	}
	return out
}

// checkGroups asserts that every id is in exactly one group and that
// every group has two to four people.
func checkGroups(t *testing.T, ids []string, tr Trios) {
	t.Helper()
	seen := map[string]int{}
	for _, g := range tr {
		if len(g) < 2 || len(g) > 4 {
			t.Errorf("%d people: a group of %d: %v", len(ids), len(g), g)
		}
		for _, id := range g {
			seen[id]++
		}
	}
	for _, id := range ids {
		if seen[id] != 1 {
			t.Fatalf("%d people: %s is in %d groups", len(ids), id, seen[id])
		}
	}
	if len(seen) != len(ids) {
		t.Fatalf("%d people grouped as %d", len(ids), len(seen))
	}
}

func TestFormTriosAnySize(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 2; n <= 1000; n++ {
		ids := memberIDs(n)
		tr, err := FormTrios(ids, r)
		if err != nil {
			t.Fatalf("%d people: %v", n, err)
		}
		checkGroups(t, ids, tr)
		sizes := map[int]int{}
		for _, g := range tr {
			sizes[len(g)]++
		}
		pairAllowed := n == 2 || n == 5
		if sizes[2] > 0 && !pairAllowed || sizes[2] > 1 {
			t.Errorf("%d people: %d pairs", n, sizes[2])
		}
		if sizes[4] > 2 {
			t.Errorf("%d people: %d groups of four", n, sizes[4])
		}
	}
}

func TestFormTriosOddSizes(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want []int
	}{
		{2, []int{2}}, {3, []int{3}}, {4, []int{4}}, {5, []int{3, 2}}, {7, []int{3, 4}}, {8, []int{4, 4}}, {11, []int{3, 4, 4}},
	} {
		tr, err := GroupInOrder(memberIDs(tt.n))
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, g := range tr {
			got = append(got, len(g))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%d people: groups of %v, want %v", tt.n, got, tt.want)
		}
	}
	if _, err := GroupInOrder(memberIDs(1)); err != ErrTooFewForTrios {
		t.Errorf("one person: %v, want ErrTooFewForTrios", err)
	}
}

func TestFormTriosIsRandom(t *testing.T) {
	ids := memberIDs(30)
	a, _ := FormTrios(ids, rand.New(rand.NewPCG(1, 1)))
	b, _ := FormTrios(ids, rand.New(rand.NewPCG(7, 7)))
	if fmt.Sprint(a) == fmt.Sprint(b) {
		t.Error("two seeds formed the same trios")
	}
	if !slices.Equal(ids, memberIDs(30)) {
		t.Error("forming trios reordered the caller's list")
	}
}

func TestRolesRotateSoEachOfATrioTakesEachRole(t *testing.T) {
	for pos := range 3 {
		var got []TrioRole
		for round := 1; round <= PracticeRounds; round++ {
			got = append(got, RoleOf(pos, 3, round))
		}
		slices.Sort(got)
		if !slices.Equal(got, []TrioRole{Listener, Observer, Speaker}) {
			t.Errorf("position %d of a trio takes %v over three rounds", pos, got)
		}
	}
	for round := 1; round <= PracticeRounds; round++ {
		for _, size := range []int{2, 3, 4} {
			count := map[TrioRole]int{}
			for pos := range size {
				count[RoleOf(pos, size, round)]++
			}
			if count[Speaker] != 1 || count[Listener] != 1 || count[Observer] != size-2 {
				t.Errorf("round %d, a group of %d: roles %v", round, size, count)
			}
		}
	}
}

func TestLeavingMidRoundKeepsEveryoneInAGroup(t *testing.T) {
	for _, n := range []int{2, 3, 4, 5, 6, 7, 10, 100} {
		ids := memberIDs(n)
		tr, _ := GroupInOrder(ids)
		for len(ids) > 1 {
			leaving := ids[len(ids)/2]
			before := tr
			tr = tr.Without(leaving)
			ids = slices.DeleteFunc(ids, func(s string) bool { return s == leaving })
			if _, _, ok := tr.Of(leaving); ok {
				t.Fatalf("%s left but is still in a group", leaving)
			}
			if len(ids) >= 2 {
				checkGroups(t, ids, tr)
			}
			// Those whose group stayed whole keep their places.
			for _, g := range before {
				if slices.Contains(g, leaving) {
					continue
				}
				got, _, _ := tr.Of(g[0])
				if !slices.Equal(got[:len(g)], g) {
					t.Errorf("a group that lost nobody changed from %v to %v", g, got)
				}
			}
		}
		if len(tr) != 1 || len(tr[0]) != 1 {
			t.Errorf("the last one left: %v", tr)
		}
	}
}

func TestPairBuddies(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := 2; n <= 1000; n++ {
		ids := memberIDs(n)
		b, err := PairBuddies(ids, r)
		if err != nil {
			t.Fatal(err)
		}
		threes := 0
		for _, id := range ids {
			mine := b[id]
			if len(mine) == 2 {
				threes++
			}
			if len(mine) < 1 || len(mine) > 2 || slices.Contains(mine, id) {
				t.Fatalf("%d people: %s has buddies %v", n, id, mine)
			}
			for _, o := range mine {
				if !slices.Contains(b[o], id) {
					t.Fatalf("%s has %s as buddy but not the other way round", id, o)
				}
			}
		}
		if want := 3 * (n % 2); threes != want {
			t.Errorf("%d people: %d in a group of three buddies, want %d", n, threes, want)
		}
	}
	if _, err := PairBuddies(memberIDs(1), r); err == nil {
		t.Error("one person was given a buddy")
	}
}

func TestFirstName(t *testing.T) {
	for in, want := range map[string]string{"Ana Lima": "Ana", "Oskar": "Oskar", "Jean Luc Picard": "Jean"} {
		if got := FirstName(in); got != want {
			t.Errorf("FirstName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWithPracticePlacesEachAfterItsStep(t *testing.T) {
	c := fixture(t)
	c.Practices = []Practice{practiceFor("coach", StepProfile), practiceFor("handover", StepDelegate)}
	if err := c.Validate(); err != nil {
		t.Fatalf("valid practices: %v", err)
	}
	agenda := WithPractice(DefaultAgenda, c)
	var ids []string
	for _, p := range agenda {
		ids = append(ids, p.ID)
	}
	want := []string{"checkin", "assess", "practice-coach", "expect", "skills", "delegate", "practice-handover", "plan"}
	if !slices.Equal(ids, want) {
		t.Fatalf("agenda %v, want %v", ids, want)
	}
	if again := WithPractice(agenda, c); len(again) != len(agenda) {
		t.Errorf("adding the practices twice gives %d phases", len(again))
	}
	agenda[2].Dropped = true
	if live := Live(agenda, c); len(live) != len(agenda)-1 || slices.ContainsFunc(live, func(p Phase) bool { return p.Practice == "coach" }) {
		t.Errorf("the dropped practice is still in the live agenda")
	}
	other := fixture(t) // a pack without practices
	if live := Live(agenda, other); len(live) != len(DefaultAgenda) {
		t.Errorf("a pack without practices runs %d phases, want the %d of the journey", len(live), len(DefaultAgenda))
	}
	if c.Debrief(agenda[2]) != nil {
		t.Error("a practice phase took the debrief of the step it follows")
	}
}

func practiceFor(id string, after Step) Practice {
	card := Card{Plays: "p", Does: "d"}
	return Practice{ID: id, Title: "T", After: after, Seed: "s.txt", Minutes: 24, Scenario: "S", Practise: "P",
		Speaker: card, Listener: card, Observer: card, Checklist: []string{"c"}, Rehearse: "R"}
}

func TestValidateBrokenPractices(t *testing.T) {
	for name, tt := range map[string]struct {
		break_ func(p *Practice)
		field  string
	}{
		"unknown step":   {func(p *Practice) { p.After = "lunch" }, "after"},
		"no scenario":    {func(p *Practice) { p.Scenario = " " }, "scenario"},
		"no seed":        {func(p *Practice) { p.Seed = "" }, "seed"},
		"too short":      {func(p *Practice) { p.Minutes = 2 }, "minutes"},
		"empty card":     {func(p *Practice) { p.Observer.Does = "" }, "observer.does"},
		"no checklist":   {func(p *Practice) { p.Checklist = nil }, "checklist"},
		"no rehearsal":   {func(p *Practice) { p.Rehearse = "" }, "rehearse"},
		"bad identifier": {func(p *Practice) { p.ID = "Coach Me" }, "id"},
	} {
		c := fixture(t)
		p := practiceFor("coach", StepProfile)
		tt.break_(&p)
		c.Practices = []Practice{p}
		err := c.Validate()
		fe, ok := err.(*FieldError)
		if !ok || fe.Field != tt.field {
			t.Errorf("%s: Validate() = %v, want a problem with %s", name, err, tt.field)
		}
	}
}
