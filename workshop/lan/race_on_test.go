//go:build race

package lan

// raceEnabled: the race detector makes the property tests about 6 times
// slower; they run fewer random cases under it (all of them otherwise).
const raceEnabled = true
