package workshop

// Week is the participant's working week today and as they want it to be
// in 90 days, plus the counts that show whether they have become too
// necessary. It gives every focus area a real baseline.
type Week struct {
	Today  Hours          `json:"today"`
	Target Hours          `json:"target"`
	Counts map[Source]int `json:"counts,omitempty"`
}

// Hours splits a week's working hours by kind of work.
type Hours struct {
	Technical    int `json:"technical"`    // hands-on technical work
	People       int `json:"people"`       // one-to-ones, coaching, feedback, hiring
	Planning     int `json:"planning"`     // priorities, capacity, next quarter
	Stakeholders int `json:"stakeholders"` // users, other teams, executives, vendors
}

// Total is the week's hours.
func (h Hours) Total() int { return h.Technical + h.People + h.Planning + h.Stakeholders }

// Source names one number of the participant's week.
type Source string

// The sources an indicator can read.
const (
	SourceEscalations  Source = "escalations" // escalations that came straight to me last week
	SourceAfterHours   Source = "afterHours"  // evenings or weekend days worked in the last four weeks
	SourceWaiting      Source = "waiting"     // decisions that waited for me last week
	SourceHandovers    Source = "handovers"   // rows of my delegation map I still hold and should not
	SourceCheckins     Source = "checkins"    // rows already handed over, each still to get an agreed level and check-in
	SourceTechnical    Source = "technicalHours"
	SourcePeople       Source = "peopleHours"
	SourcePlanning     Source = "planningHours"
	SourceStakeholders Source = "stakeholderHours"
)

// CountSources are the counts the participant enters, in the order asked.
var CountSources = []Source{SourceEscalations, SourceWaiting, SourceAfterHours}

// Sources lists every source, for validation.
var Sources = []Source{SourceEscalations, SourceAfterHours, SourceWaiting, SourceHandovers, SourceCheckins,
	SourceTechnical, SourcePeople, SourcePlanning, SourceStakeholders}

// CountQuestion is how the week step asks for a count.
func (s Source) CountQuestion() string {
	switch s {
	case SourceEscalations:
		return "Escalations that came straight to me last week (not through the person on call or the queue)"
	case SourceWaiting:
		return "Decisions that waited for me last week before the team could go on"
	case SourceAfterHours:
		return "Evenings or weekend days I worked in the last four weeks"
	}
	return string(s)
}

// Tally is how the participant keeps counting the source from day one.
func (s Source) Tally() string {
	switch s {
	case SourceEscalations:
		return "keep a daily tally of the escalations that come straight to me"
	case SourceWaiting:
		return "note each decision that waits for me before the team can go on"
	case SourceAfterHours:
		return "mark each evening or weekend day I work"
	case SourceHandovers:
		return "tick off each row of my delegation map as it is handed over"
	case SourceCheckins:
		return "note for each hand-over the level and the check-in date we agree"
	}
	return "log my hours by kind of work for one week"
}

// FewerIsBetter reports whether the plan aims to bring the number down.
func (s Source) FewerIsBetter() bool {
	switch s {
	case SourceEscalations, SourceAfterHours, SourceWaiting, SourceHandovers, SourceCheckins, SourceTechnical:
		return true
	}
	return false
}

// IsHours reports whether the source is hours of the week, estimated at
// the workshop rather than counted.
func (s Source) IsHours() bool {
	switch s {
	case SourceTechnical, SourcePeople, SourcePlanning, SourceStakeholders:
		return true
	}
	return false
}

// Baseline reads the source's value today, and whether it is known.
func (a *Answers) Baseline(s Source) (int, bool) {
	w := a.Week
	switch s {
	case SourceHandovers:
		n := len(a.RowsOf(RowHold))
		return n, n > 0
	case SourceCheckins:
		n := len(a.RowsOf(RowHanded))
		return n, n > 0
	case SourceTechnical:
		return w.Today.Technical, w.Today.Total() > 0
	case SourcePeople:
		return w.Today.People, w.Today.Total() > 0
	case SourcePlanning:
		return w.Today.Planning, w.Today.Total() > 0
	case SourceStakeholders:
		return w.Today.Stakeholders, w.Today.Total() > 0
	}
	v, ok := w.Counts[s]
	return v, ok
}

// TargetFor proposes a reachable 90-day value for the source: the
// participant's own target week for hours, half of today for the counts,
// nothing left on the delegation map for hand-overs.
func (a *Answers) TargetFor(s Source, base int) int {
	var want int
	hasTarget := a.Week.Target.Total() > 0
	switch s {
	case SourceHandovers, SourceCheckins:
		return 0
	case SourceTechnical:
		want = a.Week.Target.Technical
	case SourcePeople:
		want = a.Week.Target.People
	case SourcePlanning:
		want = a.Week.Target.Planning
	case SourceStakeholders:
		want = a.Week.Target.Stakeholders
	default:
		return base / 2
	}
	if hasTarget && want != base {
		return want // the participant's own target week, whichever way it goes
	}
	step := max(1, base/4)
	if s.FewerIsBetter() {
		return max(0, base-step)
	}
	return base + step
}
