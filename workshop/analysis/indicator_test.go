package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// A focus area whose words name two or more of the people it concerns
// counts what happens between them: the measure, the first step's tally
// and the milestones' words name them; with one named, the pack's count
// stands.
func TestTheMeasureCountsWhatHappensBetweenThePeopleNamed(t *testing.T) {
	c := fixture(t)
	c.Skills[2].Indicator = workshop.Indicator{Text: "Conversations held", Source: workshop.SourceTalks}
	c.Skills[2].IndicatorWith = &workshop.Indicator{Text: "Disputes between {people} brought to me", Source: workshop.SourceTalks,
		Tally: "note each dispute between {people} brought to me", Short: "disputes between {people} brought to me", Per: "in four weeks"}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	a := mixed(c)
	a.Participant.Team = []string{"Ana", "Ben"}
	focus := func(quote string) workshop.FocusArea {
		return NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z", Evidence: []Evidence{{Source: "reflection", Weight: 1, Quotes: []string{quote}}}}, 0, today)
	}
	f := focus("Ben and Ana won't review each other's work.")
	if f.Goal.Measurable != "Disputes between Ben and Ana brought to me" || !strings.HasSuffix(f.FirstStep, "From today I note each dispute between Ben and Ana brought to me.") {
		t.Errorf("two named: measure %q, first step %q", f.Goal.Measurable, f.FirstStep)
	}
	if what, per := indicatorOf(c, a, f).ShortWords(); what != "disputes between Ben and Ana brought to me" || per != "in four weeks" {
		t.Errorf("two named: the milestones' words %q %q", what, per)
	}
	f = focus("Ana won't review anything.")
	if f.Goal.Measurable != "Conversations held" {
		t.Errorf("one named: measure %q, want the pack's", f.Goal.Measurable)
	}
	if what, _ := indicatorOf(c, a, f).ShortWords(); what != "conversations held about a commitment, a disagreement or someone's work" {
		t.Errorf("one named: the milestones' words %q, want the source's", what)
	}
}
