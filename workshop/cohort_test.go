package workshop

import (
	"slices"
	"testing"
)

// TestNextCohort: the people figures are taken from change only by no one
// or by at least MinGroup, whether people join or are removed, so one
// person's answers are never the difference of two phases' figures.
func TestNextCohort(t *testing.T) {
	ten := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
	for _, tc := range []struct {
		name          string
		last, counted []string
		want          []string
	}{
		{"first figures", nil, ten, ten},
		{"no one changed", ten, ten, ten},
		{"one joined", ten, append(slices.Clone(ten), "k"), ten},
		{"one removed", ten, ten[1:], ten},
		{"two joined, two removed", ten, append(slices.Clone(ten[2:]), "k", "l"), ten},
		{"five joined", ten, append(slices.Clone(ten), "k", "l", "m", "n", "o"), append(slices.Clone(ten), "k", "l", "m", "n", "o")},
		{"three joined, two removed", ten, append(slices.Clone(ten[2:]), "k", "l", "m"), append(slices.Clone(ten[2:]), "k", "l", "m")},
	} {
		if got := NextCohort(tc.last, tc.counted); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
