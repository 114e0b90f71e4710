package workshop

import (
	"fmt"
	"slices"
	"time"
)

// FollowUpPhaseID names the phase of a follow-up session: the cohort of a
// past workshop back in the room (at day 90, say), each on the last step
// of their saved journey, doing their check-in or re-assessment there.
const FollowUpPhaseID = "followup"

// followUpMinutes is the follow-up phase's time box.
const followUpMinutes = 45

// FollowUpPhase is the phase a follow-up session adds to a workshop's
// agenda.
func FollowUpPhase() Phase {
	return Phase{ID: FollowUpPhaseID, Title: "Follow-up: check-in and re-assessment", Steps: []Step{StepFinish}, Minutes: followUpMinutes}
}

// IsFollowUp reports whether the phase is a follow-up session's.
func (p Phase) IsFollowUp() bool { return p.ID == FollowUpPhaseID }

// OpenFollowUp turns a past workshop's room into a follow-up session:
// the follow-up phase is added to its agenda (once; a second follow-up
// session reuses it), opened on its own time box, and the room opens to
// rejoiners. Its results are taken afresh: a follow-up at day 180 is not
// the one at day 90.
func (rec *RoomRecord) OpenFollowUp(now time.Time) {
	s := &rec.State
	i := slices.IndexFunc(s.Agenda, Phase.IsFollowUp)
	if i < 0 {
		s.Agenda = append(slices.Clip(s.Agenda), FollowUpPhase())
		i = len(s.Agenda) - 1
	}
	rec.Results = slices.DeleteFunc(slices.Clone(rec.Results), func(r PhaseResults) bool { return r.Phase == i })
	_ = s.GoTo(i, now) // i is in the agenda
	s.JoinOpen = true
}

// DimensionChange is how a readiness dimension moved across the room,
// from the workshop to the latest re-assessment, among the people who
// re-took it: both spreads under the anonymity rule, over the same people.
type DimensionChange struct {
	ID        string     `json:"id"`
	Dimension *Dimension `json:"-"`
	Before    Spread     `json:"before"`
	After     Spread     `json:"after"`
}

// roomProgress is the room's before-and-after: per dimension, the scores
// at the workshop and at each person's latest re-assessment, of those
// whose re-assessment asked the dimension again and who have a score in
// both. A dimension re-taken by fewer than MinGroup people is left out,
// and every figure goes through AnonymousSpread. reassessed counts the
// people with a re-assessment.
func roomProgress(c *Content, all []*Answers) (changes []DimensionChange, reassessed int) {
	before, after := map[string][]int{}, map[string][]int{}
	for _, a := range all {
		if len(a.Rounds) == 0 {
			continue
		}
		reassessed++
		latest := a.Rounds[len(a.Rounds)-1]
		then, now := ReadProfile(c, a.AtRound(0)), ReadProfile(c, a.AtRound(len(a.Rounds)))
		for i, d := range c.Dimensions {
			retaken := slices.ContainsFunc(d.Items, func(it Item) bool { _, ok := latest.Ratings[it.ID]; return ok })
			if retaken && then.Dimensions[i].Scored() && now.Dimensions[i].Scored() {
				before[d.ID] = append(before[d.ID], *then.Dimensions[i].Score)
				after[d.ID] = append(after[d.ID], *now.Dimensions[i].Score)
			}
		}
	}
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		b, okB := AnonymousSpread(before[d.ID])
		a, okA := AnonymousSpread(after[d.ID])
		if okB && okA {
			changes = append(changes, DimensionChange{ID: d.ID, Dimension: d, Before: b, After: a})
		}
	}
	return changes, reassessed
}

// progressRows are the room CSV's rows of the before-and-after.
func (r RoomAggregates) progressRows() [][]string {
	var rows [][]string
	for _, p := range r.Progress {
		for _, f := range []struct {
			name string
			v    int
		}{{"median at the workshop", p.Before.Median}, {"median re-assessed", p.After.Median}} {
			rows = append(rows, []string{"follow-up", p.Dimension.ID, p.Dimension.Name, fmt.Sprint(p.After.N), f.name, fmt.Sprint(f.v)})
		}
	}
	return rows
}

// AnsweredPhase reports whether a's answers hold what phase p asks for
// its chart: a re-assessment in a follow-up session, otherwise every step
// of the phase with nothing missing.
func AnsweredPhase(c *Content, a *Answers, p Phase) bool {
	if p.IsFollowUp() {
		return len(a.Rounds) > 0
	}
	for _, st := range p.Steps {
		if len(a.Missing(c, st)) > 0 {
			return false
		}
	}
	return true
}
