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
