package workshop

import (
	"slices"
	"testing"
)

func TestAnonymousSpreadThresholds(t *testing.T) {
	if _, ok := AnonymousSpread([]int{10, 20, 30, 40}); ok {
		t.Error("four answers give a figure")
	}
	sp, ok := AnonymousSpread([]int{12, 50, 61, 70, 98})
	if !ok || sp.HasRange || sp.Low != 0 || sp.High != 0 || sp.Mean != 0 || sp.Median != 60 {
		t.Errorf("five answers: %+v, want the median rounded to 60 and no mean or range", sp)
	}
	if sp.Buckets != [5]Count{} {
		t.Errorf("five answers show score bands %v", sp.Buckets)
	}
	ten := []int{0, 5, 10, 15, 20, 45, 50, 55, 90, 100}
	sp, ok = AnonymousSpread(ten)
	// The middle half: the third value from each end, rounded; never the
	// lowest (0) or highest (100), which are one person's own.
	if !ok || !sp.HasRange || sp.Low != 10 || sp.High != 60 || sp.N != 10 {
		t.Errorf("ten answers: %+v, want the middle half 10 to 60", sp)
	}
	// Bands: 0-19 has 4, 20-39 has 1, 40-59 has 3, 60-79 none, 80-100 two.
	if want := [5]Count{4, Hidden, 3, Hidden, Hidden}; sp.Buckets != want {
		t.Errorf("bands %v, want %v", sp.Buckets, want)
	}
	if got := anonymousCount(2).String(); got != "fewer than 3" {
		t.Errorf("a hidden count reads %q", got)
	}
}

// newcomerCandidates are the scores x of a newcomer consistent with what an
// observer saw before (others only) and after (others and x): what
// differencing two views can tell about the newcomer.
func newcomerCandidates(others []int, after Spread, shown bool) []int {
	var xs []int
	for x := 0; x <= 100; x++ {
		sp, ok := AnonymousSpread(append(slices.Clone(others), x))
		if ok == shown && sp == after {
			xs = append(xs, x)
		}
	}
	return xs
}

// TestDifferencingAttackFails repeats the review's attack: figures taken
// before and after one person joins (or, read backwards, is removed),
// with everyone else unchanged. The old rule (n = 3, exact min, median,
// max and mean) gave the person's scores exactly; now every one of their
// seven scores stays hidden among a wide range of possible values.
func TestDifferencingAttackFails(t *testing.T) {
	// Five people already in the room, per dimension, and the newcomer's
	// own seven scores from the review (P4).
	others := [][]int{
		{60, 50, 70, 35, 80}, {15, 50, 20, 65, 40}, {30, 55, 45, 70, 25}, {40, 40, 60, 20, 75},
		{50, 90, 35, 60, 45}, {40, 35, 55, 80, 25}, {35, 75, 60, 50, 20},
	}
	newcomer := []int{10, 45, 30, 40, 70, 40, 75}
	for i, x := range newcomer {
		after, shown := AnonymousSpread(append(slices.Clone(others[i]), x))
		xs := newcomerCandidates(others[i], after, shown)
		if !slices.Contains(xs, x) {
			t.Fatalf("dimension %d: the true score %d is not among the candidates %v", i, x, xs)
		}
		if spread := xs[len(xs)-1] - xs[0]; len(xs) < 10 || spread < 20 {
			t.Errorf("dimension %d: differencing narrows the newcomer's score %d to %d candidates between %d and %d",
				i, x, len(xs), xs[0], xs[len(xs)-1])
		}
	}
	// In a bigger room the range is shown, and still only a newcomer who
	// becomes the new lowest or highest can be placed.
	big := []int{20, 25, 30, 40, 45, 50, 55, 60, 65, 70}
	after, _ := AnonymousSpread(append(slices.Clone(big), 50))
	if xs := newcomerCandidates(big, after, true); len(xs) < 10 {
		t.Errorf("ten others: the newcomer's 50 narrowed to %v", xs)
	}
}

// TestRankBreaksTiesAndSaysTooClose: a ranked figure follows the
// unrounded values, not the content's order, and neighbours that one
// person could swap share a place, ordered by name.
func TestRankBreaksTiesAndSaysTooClose(t *testing.T) {
	items := []rankItem{
		{name: "Communication", value: 1.0, n: 6},        // pack order first, but not the widest
		{name: "Delegation", value: 1.5, n: 6},           // clearly first
		{name: "Goal setting", value: 1.0 + 1.0/6, n: 6}, // one person above Communication: tied
		{name: "Accountability", value: 0.4, n: 6},       // clearly last
	}
	var got []string
	for _, p := range rankFigures(items) {
		got = append(got, items[p.at].name+" "+p.Rank.String())
	}
	want := []string{"Delegation 1", "Communication =2", "Goal setting =2", "Accountability 4"}
	if !slices.Equal(got, want) {
		t.Errorf("ranked %q, want %q", got, want)
	}
}
