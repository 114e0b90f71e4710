package workshop

import (
	"cmp"
	"slices"
	"strconv"
)

// Rank is an item's place in a ranked room figure (the widest skill gaps,
// the most shared mismatches). Items are ranked by their unrounded value,
// so the content pack's order never poses as a ranking; items too close
// to call share a place.
type Rank struct {
	Place int  `json:"place"` // 1 for the first; tied items share the first one's place
	Tied  bool `json:"tied"`  // too close to call against a neighbour
}

// String is the place, with "=" before a shared one: "1", "=2".
func (r Rank) String() string {
	if r.Tied {
		return "=" + strconv.Itoa(r.Place)
	}
	return strconv.Itoa(r.Place)
}

// rankItem is one item to rank: its unrounded value per person answering
// (a mean gap in levels, a share of people), its name and how many people
// answered it.
type rankItem struct {
	name  string
	value float64
	n     int
	at    int
}

// placed is an item's index in the list given to rank, and its rank.
type placed struct {
	at int
	Rank
}

// rankFigures orders items by value, highest first. Two neighbours are too close
// to call when one person answering differently (one level, one
// category) could swap them: their values differ by at most 1/n. Such
// runs share a place and are ordered by name within it.
func rankFigures(items []rankItem) []placed {
	for i := range items {
		items[i].at = i
	}
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b rankItem) int { return cmp.Compare(b.value, a.value) })
	var out []placed
	for start := 0; start < len(sorted); {
		end := start + 1
		for end < len(sorted) && tooClose(sorted[end-1], sorted[end]) {
			end++
		}
		run := sorted[start:end]
		slices.SortStableFunc(run, func(a, b rankItem) int { return cmp.Compare(a.name, b.name) })
		for _, it := range run {
			out = append(out, placed{at: it.at, Rank: Rank{Place: start + 1, Tied: len(run) > 1}})
		}
		start = end
	}
	return out
}

// tooClose reports whether one person could swap a and b.
func tooClose(a, b rankItem) bool {
	const eps = 1e-9
	return a.value-b.value <= 1/float64(min(a.n, b.n))+eps
}
