package workshop

import "testing"

// A measure drafted from the person's own count is named without the
// sentence it quotes; any other measure is named whole.
func TestMeasureName(t *testing.T) {
	for _, tc := range []struct{ measurable, want string }{
		{"Reopened tickets a week" + OwnMeasureMark + "Six or seven reopened ones a week”", "Reopened tickets a week"},
		{"One-to-ones I held in the last four weeks", "One-to-ones I held in the last four weeks"},
		{"  Escalations, as I see them ", "Escalations, as I see them"},
	} {
		if got := (Goal{Measurable: tc.measurable}).MeasureName(); got != tc.want {
			t.Errorf("%q: name %q, want %q", tc.measurable, got, tc.want)
		}
	}
}
