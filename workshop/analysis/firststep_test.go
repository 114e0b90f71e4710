package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// A first step starts the count its measure reads: when the measure counts
// less than all of its source ("after a hard meeting"), the tally says so
// too; without its own words the source's tally stands.
func TestTheTallyCountsWhatTheMeasureSays(t *testing.T) {
	c := fixture(t)
	c.Skills[2].Indicator = workshop.Indicator{Text: "Times I asked how I came across after a hard meeting", Source: workshop.SourceFeedbackAsk}
	a := mixed(c)
	focus := Suggestion{ID: "sk.z", Title: "Skill sk.z"}
	if got := NewFocusArea(c, a, focus, 0, today).FirstStep; !strings.HasSuffix(got, "From today I "+workshop.SourceFeedbackAsk.Tally()+".") {
		t.Errorf("no tally of its own: first step %q, want the source's tally", got)
	}
	c.Skills[2].Indicator.Tally = "note each time I ask how I came across after a hard meeting"
	if got := NewFocusArea(c, a, focus, 0, today).FirstStep; !strings.HasSuffix(got, "From today I note each time I ask how I came across after a hard meeting.") {
		t.Errorf("a tally of its own: first step %q, want the measure's words", got)
	}
}

// A step never presupposes a practice I said I lack: when I disagree
// that I keep regular one-to-ones (or rate the skill at level 1), a step
// that would happen "at our next one-to-one" books them first, starting
// with the people my words name; when I hold them, the pack's step stands.
func TestAStepBooksTheOneToOnesIDoNotHold(t *testing.T) {
	c := fixture(t)
	c.Routes.People = "sk.x" // its statement a.1: "I keep a regular one-to-one"
	c.Skills[2].FirstStep = "Ask each person at our next one-to-one what they enjoy"
	c.Skills[2].FirstStepWithoutOneToOnes = "Book a one-to-one with each person{first}, and ask each what they enjoy"
	c.Skills[2].Cues = []string{"morale"}
	a := mixed(c)
	a.Delegations = []workshop.DelegationRow{{What: "Triage", Owner: "Ana and Ben", Kind: workshop.RowHold}}
	words := Evidence{Source: "reflection", Weight: 1, Quotes: []string{"Morale is low: Ben and Ana asked to move."}}
	focus := Suggestion{ID: "sk.z", Title: "Skill sk.z", Evidence: []Evidence{words}}
	step := func() string { return NewFocusArea(c, a, focus, 0, today).FirstStep }
	if got := step(); !strings.HasPrefix(got, "Ask each person at our next one-to-one") {
		t.Errorf("I keep one-to-ones (a.1 at 4): first step %q, want the pack's", got)
	}
	a.Ratings["a.1"] = 2
	if got := step(); !strings.HasPrefix(got, "Book a one-to-one with each person, starting with Ben and Ana, and ask each") {
		t.Errorf("I keep none (a.1 at 2): first step %q, want them booked, the people my words name first", got)
	}
	a.Ratings["a.1"] = 4
	a.Skills["sk.x"] = workshop.SkillRate{Current: 1, Importance: 4}
	focus.Evidence = nil
	if got := step(); !strings.HasPrefix(got, "Book a one-to-one with each person, and ask each") {
		t.Errorf("one-to-ones at level 1, no names: first step %q, want them booked", got)
	}
}
