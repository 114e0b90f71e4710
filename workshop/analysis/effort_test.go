package analysis

import (
	"strings"
	"testing"
)

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

// When my words tell of the work people put in, the first step thanks
// them for it, by name, and the pack's example of a win leaves the action.
func TestTheFirstStepThanksTheWorkMyWordsTellOf(t *testing.T) {
	c := fixture(t)
	c.Skills[2].FirstStepEffort = "Thank {who} by name for {effort}"
	c.Skills[2].Actions[0].Text = "I name one win, such as a patch night, and who made it happen."
	a := mixed(c)
	f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z", Evidence: []Evidence{{Source: "reflection", Weight: 1,
		Quotes: []string{"The team spent three nights on the move and nobody said thanks."}}}}, 0, today)
	if !strings.HasPrefix(f.FirstStep, "Thank the team by name for spending three nights on the move.") {
		t.Errorf("first step %q", f.FirstStep)
	}
	if f.Actions[0].Text != "I name one win, and who made it happen." {
		t.Errorf("action %q, want the pack's example dropped", f.Actions[0].Text)
	}
}
