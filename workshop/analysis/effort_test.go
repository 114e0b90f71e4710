package analysis

import "testing"

// The work my words say people put in is read with who put it in: the
// team, or people I named; a capitalised word that names no one of mine,
// or a sentence with no amount of work, gives nothing.
func TestEffortReadsWhoPutInWhat(t *testing.T) {
	names := []string{"Priya", "Tom"}
	tests := []struct{ text, who, what string }{
		{"The team gave up two weekends doing laptop and account fixes for new students, and nobody noticed.", "the team", "giving up two weekends doing laptop and account fixes for new students"},
		{"Priya and Tom worked three nights on the SAN move.", "Priya and Tom", "working three nights on the SAN move"},
		{"Finance spent two weeks on the audit.", "", ""},
		{"The team worked hard.", "", ""},
	}
	for _, tt := range tests {
		if who, what := effort([]string{tt.text}, names); who != tt.who || what != tt.what {
			t.Errorf("%q: (%q, %q), want (%q, %q)", tt.text, who, what, tt.who, tt.what)
		}
	}
}
