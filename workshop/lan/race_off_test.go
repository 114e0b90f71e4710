//go:build !race

package lan

// raceEnabled: see race_on_test.go.
const raceEnabled = false
