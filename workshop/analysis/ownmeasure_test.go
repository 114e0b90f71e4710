package analysis

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
)

// ownMeasureFixture is the fixture with sk.y counted by a tally from the
// first step (conversations held), and one reflection of mine.
func ownMeasureFixture(t *testing.T, reflection string) (*workshop.Content, *workshop.Answers, Suggestion) {
	c := fixture(t)
	c.Skills[1].Guide.Indicator = workshop.Indicator{Text: "Conversations held", Source: workshop.SourceTalks}
	a := mixed(c)
	a.Week.Counts = nil
	a.Reflections = map[string]string{"a.p": reflection}
	s := Suggestion{ID: "sk.y", Title: "Skill sk.y", Evidence: []Evidence{{Source: "reflection", Items: []string{"a.p"}, Weight: 1}}}
	return c, a, s
}

// A focus area whose pack measure is only a tally is measured by the
// count I typed about its problem, in my words, with today's value and
// a target of half; the pack's count stays the tally the first step
// starts. Without such a count the pack's measure stands.
func TestAFocusIsMeasuredByMyOwnCount(t *testing.T) {
	c, a, s := ownMeasureFixture(t, "Kev's tickets, mostly. Six or seven reopened ones a week.")
	f := NewFocusArea(c, a, s, 0, today)
	if f.Goal.Measurable != "Reopened tickets a week, as I put it: “Six or seven reopened ones a week”" ||
		f.Goal.Baseline != "6–7" || f.Goal.Target != "3" || f.Goal.Tally || !f.Goal.Own {
		t.Errorf("goal %+v: want my own count, 6–7 today, 3 as the target, no tally", f.Goal)
	}
	s.Why = "Your words: “Six or seven reopened ones a week”."
	if g := NewFocusArea(c, a, s, 0, today).Goal; g.Measurable != "Reopened tickets a week" || !g.Own || g.MeasureName() != "Reopened tickets a week" {
		t.Errorf("measure %q: the why quotes my words already, so the measure does not quote them again", g.Measurable)
	}
	if !strings.Contains(f.FirstStep, workshop.SourceTalks.Tally()) {
		t.Errorf("first step %q: the pack's tally still starts with it", f.FirstStep)
	}
	c, a, s = ownMeasureFixture(t, "The postgres 16 upgrade keeps slipping, and Line 3 breaks at 4pm.")
	if f := NewFocusArea(c, a, s, 0, today); f.Goal.Measurable != "Conversations held" || !f.Goal.Tally || f.Goal.Baseline != "" {
		t.Errorf("goal %+v: no count of mine, so the pack's tally stands", f.Goal)
	}
}

// A count I typed already for the pack's measure is kept: my own words
// replace only a tally with no number today.
func TestMyWeekCountIsKept(t *testing.T) {
	c, a, s := ownMeasureFixture(t, "We still get 30-odd tickets a month from it.")
	c.Skills[1].Guide.Indicator = workshop.Indicator{Text: "Escalations", Source: workshop.SourceEscalations}
	a.Week.Counts = map[workshop.Source]int{workshop.SourceEscalations: 8}
	if f := NewFocusArea(c, a, s, 0, today); f.Goal.Measurable != "Escalations" || f.Goal.Baseline != "8" {
		t.Errorf("goal %+v: my week's count is the measure", f.Goal)
	}
}

// A duration against the standard the same words name aims at the
// standard; a repeat since a time aims at half of it in the 90 days.
func TestOwnTargets(t *testing.T) {
	for _, tc := range []struct{ text, measure, base, target string }{
		{"Contract says 48 hours for a repair, we're getting five days.", "Time for a repair", "5 days", "2 days (48 hours)"},
		{"The SLA says 30 hours for a fix, we're getting 3 days.", "Time for a fix", "3 days", "30 hours"},
		{"The collector dropped data again. Fourth time since March.", "Repeats since March", "4 since March", "2 in the 90 days"},
		{"We still get about 30 tickets a month from the VPN.", "Tickets a month", "about 30", "15"},
		{"Only 2 of 8 people get a proper one-to-one, all in Dublin.", "People get a proper one-to-one", "2 of 8", "8 of 8"},
	} {
		c, a, s := ownMeasureFixture(t, tc.text)
		g := NewFocusArea(c, a, s, 0, today).Goal
		if !strings.HasPrefix(g.Measurable, tc.measure+workshop.OwnMeasureMark+": “") || g.Baseline != tc.base || g.Target != tc.target {
			t.Errorf("%q: measure %q, %q -> %q; want %q, %q -> %q", tc.text, g.Measurable, g.Baseline, g.Target, tc.measure, tc.base, tc.target)
		}
	}
}

// A row the first step names brings the reflection about it: the count
// in it measures the focus, though the focus does not quote it.
func TestACountAboutTheRowTheFocusNames(t *testing.T) {
	c, a, s := ownMeasureFixture(t, "The VPN client thing again. We still get 30-odd tickets a month from it.")
	s.Evidence = nil
	c.Skills[1].Holds = &workshop.Holds{Cues: []string{"restart*"}, Clause: "after a review", Milestone: "a review of {rows} held",
		FirstStep: "Review {rows} with whoever fixes it"}
	a.Delegations = []workshop.DelegationRow{{What: "Restarting the VPN client when the tunnel drops", Owner: "Leo", By: "2027-01-15", Level: 2, Kind: workshop.RowHold}}
	f := NewFocusArea(c, a, s, 0, today)
	g := f.Goal
	if g.Measurable != "Tickets a month from the VPN client thing, as I put it: “We still get 30-odd tickets a month from it”" || g.Baseline != "about 30" || g.Target != "15" {
		t.Errorf("goal %+v: want the tickets a month from the reflection about the row", g)
	}
}

// The milestones follow an own measure: counted again from the first
// step with the pack's tally, on the way, at the target; two focus
// areas never share one count.
func TestOwnMeasureMilestones(t *testing.T) {
	c, a, s := ownMeasureFixture(t, "Kev's tickets, mostly. Six or seven reopened ones a week.")
	other := s
	other.ID, other.Title = "sk.x", "Skill sk.x"
	c.Skills[0].Guide.Indicator = workshop.Indicator{Text: "Feedback given", Source: workshop.SourceFeedback}
	p := NewPlan(c, a, &Report{Focus: []Suggestion{s, other}}, today)
	if !strings.Contains(p.Day30, "Reopened tickets a week counted again since") || !strings.Contains(p.Day30, "(6–7 at the start), with my tally of conversations held") {
		t.Errorf("day 30 %q: want my count again, from the first step, with the pack's tally", p.Day30)
	}
	if !strings.Contains(p.Day60, "eopened tickets a week on the way from 6–7 to 3") || !strings.Contains(p.Day90, "eopened tickets a week at 3 or fewer") {
		t.Errorf("day 60 %q, day 90 %q: want the way to 3 and the target", p.Day60, p.Day90)
	}
	if p.Focus[1].Goal.Measurable != "Feedback given" || !p.Focus[1].Goal.Tally {
		t.Errorf("second area %+v: the count is the first area's; the second keeps its tally", p.Focus[1].Goal)
	}
}

// The progress report reads the number an own measure's baseline and
// target start with; a plain number reads as before.
func TestLeadingValue(t *testing.T) {
	for s, want := range map[string]float64{"6": 6, "6–7": 6.5, "about 30": 30, "3 since the summer": 3, "2 days (48 hours)": 2, "8 of 8": 8, "12.5": 12.5} {
		if got, err := leadingValue(s); err != nil || got != want {
			t.Errorf("%q: %v, %v; want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"", "none", "the first weeks' tally", "Line 3"} {
		if got, err := leadingValue(s); err == nil {
			t.Errorf("%q: read %v, want no number", s, got)
		}
	}
}

// A sentence too long for the measure's line loses the clauses after its
// count, not its mark: the milestones still count the person's measure.
func TestOwnMeasureTooLongKeepsTheClauseWithTheCount(t *testing.T) {
	long := "Contract says 48 hours for a repair, we're getting five days, and drivers are sharing handhelds at the depot while the supplier promises a fix every single month"
	cs := countsIn(long)
	if len(cs) == 0 {
		t.Fatalf("no count in %q", long)
	}
	m := cs[0].measure("")
	if !strings.Contains(m, workshop.OwnMeasureMark) || !strings.Contains(m, "five days") || strings.Contains(m, "drivers") {
		t.Errorf("measure %q: want the mark and the clause with the count, without the later clauses", m)
	}
	if utf8.RuneCountInString(m) > workshop.PlanLineLimit {
		t.Errorf("measure %q is longer than its line", m)
	}
}
