package workshop

import "slices"

// NextCohort is whom a phase's figures are taken from, by member ID: the
// people counted now (counted), or the people of the figures taken last
// (last) when fewer than MinGroup have joined or left since. Two phases'
// figures then differ by no one or by at least MinGroup people: one
// person who joins (or is removed) between two phases cannot be read off
// the difference of the two, at any room size; their answers count once
// four more have changed. With no figures taken yet, it is counted.
func NextCohort(last, counted []string) []string {
	if last == nil {
		return counted
	}
	changed := 0
	for _, id := range counted {
		if !slices.Contains(last, id) {
			changed++
		}
	}
	for _, id := range last {
		if !slices.Contains(counted, id) {
			changed++
		}
	}
	if changed == 0 || changed >= MinGroup {
		return counted
	}
	return last
}
