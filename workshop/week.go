package workshop

import "slices"

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
	SourceEscalations  Source = "escalations"    // escalations that came straight to me last week
	SourceAfterHours   Source = "afterHours"     // evenings or weekend days worked in the last four weeks
	SourceWaiting      Source = "waiting"        // decisions that waited for me last week
	SourceHandovers    Source = "handovers"      // rows of my delegation map I still hold and should not
	SourceCheckins     Source = "checkins"       // rows already handed over, each still to get an agreed level and check-in
	SourceOneToOnes    Source = "oneToOnes"      // one-to-ones I held in the last four weeks
	SourceTalks        Source = "conversations"  // conversations about a missed commitment, a disagreement or someone's work
	SourceManagerFirst Source = "managerUpdates" // risks or decisions I told my manager about before they asked
	SourceTeamUpdates  Source = "teamUpdates"    // updates I sent the team unasked: a change, a decision or a win
	SourceRaised       Source = "raised"         // mistakes, near misses or risks the team raised with me
	SourceBusinessCase Source = "businessCases"  // requests I took upwards with their cost, risk or impact stated
	SourceReviews      Source = "rootCauseReviews"
	SourceSummaries    Source = "summaries" // conversations in which I summed up what I heard before I answered
	SourceFeedback     Source = "feedbackGiven"
	SourceFeedbackAsk  Source = "feedbackAsked" // times I asked someone how my leading comes across to them
	SourceTheirAgenda  Source = "theirAgenda"   // one-to-ones the other person set the agenda for
	SourceWinsNamed    Source = "winsNamed"     // wins I named with the people behind them
	SourceCheckedFirst Source = "checkedFirst"  // dates and new work I answered after checking the team's load
	SourceLeadTasks    Source = "leadTasks"     // leading tasks agreed with my manager and taken on, before I lead a team
	SourceTechnical    Source = "technicalHours"
	SourcePeople       Source = "peopleHours"
	SourcePlanning     Source = "planningHours"
	SourceStakeholders Source = "stakeholderHours"
)

// CountSources are the counts the participant enters, in the order asked.
var CountSources = []Source{SourceEscalations, SourceWaiting, SourceAfterHours}

// BehaviourSources are counts of what I do as a lead, asked on the week
// step but optional: they give a focus area's measure its starting
// point, and the plan counts them from the first step.
var BehaviourSources = []Source{SourceOneToOnes, SourceTalks, SourceManagerFirst, SourceTeamUpdates, SourceRaised}

// TallySources are counts of what I do that nobody knows at the
// workshop: the plan counts them from the first step, and the first
// weeks' tally is the baseline. They let two focus areas count different
// things.
var TallySources = []Source{SourceBusinessCase, SourceReviews, SourceSummaries, SourceFeedback, SourceFeedbackAsk, SourceTheirAgenda, SourceWinsNamed, SourceCheckedFirst, SourceLeadTasks}

// CountedFromFirstStep reports whether a plan may start counting the
// source at its first step when today's number is not known.
func (s Source) CountedFromFirstStep() bool {
	return slices.Contains(BehaviourSources, s) || slices.Contains(TallySources, s)
}

// Sources lists every source, for validation.
var Sources = []Source{SourceEscalations, SourceAfterHours, SourceWaiting, SourceHandovers, SourceCheckins,
	SourceOneToOnes, SourceTalks, SourceManagerFirst, SourceTeamUpdates, SourceRaised,
	SourceBusinessCase, SourceReviews, SourceSummaries, SourceFeedback, SourceFeedbackAsk, SourceTheirAgenda, SourceWinsNamed, SourceCheckedFirst, SourceLeadTasks,
	SourceTechnical, SourcePeople, SourcePlanning, SourceStakeholders}

// IsCount reports whether the participant enters the source on the week
// step, as a count.
func (s Source) IsCount() bool {
	return slices.Contains(CountSources, s) || slices.Contains(BehaviourSources, s)
}

// CountQuestion is how the week step asks for a count.
func (s Source) CountQuestion() string {
	switch s {
	case SourceEscalations:
		return "Escalations that came straight to me last week (not through the person on call or the queue)"
	case SourceWaiting:
		return "Decisions that waited for me last week before the team could go on"
	case SourceAfterHours:
		return "Evenings or weekend days I worked in the last four weeks"
	case SourceOneToOnes:
		return "One-to-ones I held in the last four weeks"
	case SourceTalks:
		return "Conversations I held in the last four weeks about a missed commitment, a disagreement or someone's work"
	case SourceManagerFirst:
		return "Risks or decisions I told my manager about in the last four weeks, before they asked"
	case SourceTeamUpdates:
		return "Updates I sent the team in the last four weeks without being asked: a change, a decision or a win"
	case SourceRaised:
		return "Mistakes, near misses or risks someone on the team raised with me in the last four weeks"
	}
	return string(s)
}

// Short names what the source counts inside a sentence, and Per the
// span it is counted over: "escalations straight to me" "a week".
func (s Source) Short() (what, per string) {
	switch s {
	case SourceEscalations:
		return "escalations straight to me", "a week"
	case SourceWaiting:
		return "decisions waiting for me", "a week"
	case SourceAfterHours:
		return "evenings and weekend days worked", "in four weeks"
	case SourceHandovers:
		return "rows of my map not yet handed over", ""
	case SourceCheckins:
		return "hand-overs without an agreed level and check-in", ""
	case SourceOneToOnes:
		return "one-to-ones held", "in four weeks"
	case SourceTalks:
		return "conversations held about a commitment, a disagreement or someone's work", "in four weeks"
	case SourceManagerFirst:
		return "risks and decisions told to my manager before they asked", "in four weeks"
	case SourceTeamUpdates:
		return "unasked updates to the team", "in four weeks"
	case SourceRaised:
		return "mistakes and risks raised with me", "in four weeks"
	case SourceBusinessCase:
		return "requests taken upwards with their cost, risk or impact", "in four weeks"
	case SourceReviews:
		return "root-cause reviews of repeat incidents", "in four weeks"
	case SourceSummaries:
		return "one-to-ones in which I summed up before I answered", "in four weeks"
	case SourceFeedback:
		return "pieces of specific feedback given", "in four weeks"
	case SourceFeedbackAsk:
		return "times I asked how my leading comes across", "in four weeks"
	case SourceTheirAgenda:
		return "one-to-ones the other person set the agenda for", "in four weeks"
	case SourceWinsNamed:
		return "wins named with the people behind them", "in four weeks"
	case SourceCheckedFirst:
		return "dates and requests answered after checking the team's load", "in four weeks"
	case SourceLeadTasks:
		return "leading tasks taken on by agreement with my manager", ""
	case SourceTechnical:
		return "hours of hands-on technical work", "a week"
	case SourcePeople:
		return "hours of people work", "a week"
	case SourcePlanning:
		return "hours of planning", "a week"
	case SourceStakeholders:
		return "hours with users, other teams and managers", "a week"
	}
	return string(s), ""
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
	case SourceOneToOnes:
		return "mark each one-to-one I hold, and each I move or cancel"
	case SourceTalks:
		return "note each conversation about a commitment, a disagreement or someone's work, and when I first noticed the issue"
	case SourceManagerFirst:
		return "note each risk or decision I tell my manager about before they ask"
	case SourceTeamUpdates:
		return "note each update I send the team without being asked"
	case SourceRaised:
		return "note each mistake, near miss or risk someone raises with me, and how I answered"
	case SourceBusinessCase:
		return "note each request I take upwards, and whether I stated its cost, risk or impact"
	case SourceReviews:
		return "note each repeat incident, and whether it got a root-cause review"
	case SourceSummaries:
		return "note after each one-to-one whether I summed up what I heard before I answered"
	case SourceFeedback:
		return "note each piece of specific feedback I give: the situation, the behaviour, its effect"
	case SourceFeedbackAsk:
		return "note each time I ask someone how my leading comes across, and what I heard"
	case SourceTheirAgenda:
		return "note after each one-to-one whether the other person set the agenda, and whether I asked how they are"
	case SourceWinsNamed:
		return "note each win I name, the people behind it, and who heard it"
	case SourceCheckedFirst:
		return "note each date or piece of new work I answer, and whether I checked the team's load first"
	case SourceLeadTasks:
		return "note each leading task my manager and I agree, and when I take it on"
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

// TallyTarget is the 90-day value for a count not known at the
// workshop, when the person's own facts set it (a one-to-one with each
// of the people I lead every two weeks; each of them setting the agenda
// of one in four weeks); false when only the first weeks' tally can, and
// the target is agreed from it at day 30.
func (a *Answers) TallyTarget(s Source) (int, bool) {
	if (s == SourceOneToOnes || s == SourceTheirAgenda) && a.Participant.TeamSize > 0 {
		return a.TargetFor(s, 0), true
	}
	return 0, false
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
	case SourceOneToOnes:
		if n := a.Participant.TeamSize; n > 0 {
			return max(base, 2*n) // one with each person every two weeks
		}
		return base + 2
	case SourceManagerFirst, SourceTeamUpdates:
		return max(base+1, 4) // about one a week
	case SourceTalks, SourceRaised, SourceBusinessCase, SourceReviews, SourceCheckedFirst:
		return base + 2
	case SourceSummaries, SourceFeedback, SourceWinsNamed:
		return max(base+2, 4) // about one a week
	case SourceTheirAgenda:
		return max(base+2, a.Participant.TeamSize) // each person's own at least once
	case SourceFeedbackAsk:
		return max(base+1, 2) // one person asked every two weeks
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
