package analysis

import (
	"fmt"
	"slices"

	"github.com/leadshift/leadshift/workshop"
)

// Progress sets a re-assessment beside the workshop: the profile before
// and after, the situations then and now in words, the indicators from
// baseline to now, the hand-overs, the actions, the team pulse, and what
// the same analysis, run on the new round, points to next. It scores
// nothing new: each part reads the answers of the two rounds.
type Progress struct {
	Round  *workshop.Round // the re-assessment read against the workshop
	Before []workshop.DimensionResult
	After  []workshop.DimensionResult
	// Retaken marks, per dimension, whether the round asked any of its
	// items again; a dimension not re-taken keeps its workshop answers.
	Retaken []bool
	// Judgement says in one sentence how the situations were answered
	// then and now.
	Judgement  string
	Situations []SituationChange
	Indicators []IndicatorChange
	HandOvers  []string
	Actions    []ActionsDone
	Pulse      []PulseResult
	// Next is the focus the analysis of the new round points to, and
	// NextWords how it stands against the plan's focus.
	Next      []Suggestion
	NextWords []string
}

// SituationChange is one situation answered at the workshop and again.
type SituationChange struct {
	Title     string
	Then, Now string // the answers, in the scale's words
	Words     string // the change in judgement, in words
}

// IndicatorChange is one focus area's indicator from its baseline to now.
type IndicatorChange struct {
	Title, Measure   string
	Baseline, Target string
	Now              string // the last value counted, or empty
	Words            string
}

// ActionsDone is how a focus area's actions stand at the last record.
type ActionsDone struct {
	Title string
	Words string   // "2 of 3 done"
	Open  []string // the actions not done, each with where it stands
}

// PulseResult is one question of the team pulse with its tallies.
type PulseResult struct {
	Question string
	Words    string // "3 Often, 2 Sometimes, 1 Rarely (6 answers)"
}

// CompareLatest reads the answers' last re-assessment against the
// workshop; nil when there is none.
func CompareLatest(c *workshop.Content, a *workshop.Answers) *Progress {
	if len(a.Rounds) == 0 {
		return nil
	}
	n := len(a.Rounds)
	before, after := a.AtRound(0), a.AtRound(n)
	p := &Progress{Round: &a.Rounds[n-1]}
	p.Before = workshop.ReadProfile(c, before).Dimensions
	p.After = workshop.ReadProfile(c, after).Dimensions
	for _, d := range c.Dimensions {
		p.Retaken = append(p.Retaken, slices.ContainsFunc(d.Items, func(it workshop.Item) bool {
			_, ok := p.Round.Ratings[it.ID]
			return ok
		}))
	}
	p.Judgement = judgementWords(judgement(c, retaken(before, p.Round)), judgement(c, retaken(after, p.Round)))
	for _, it := range allItems(c) {
		if _, asked := p.Round.Ratings[it.ID]; it.IsScenario() && asked {
			if s, ok := situationChange(it, before.Ratings[it.ID], after.Ratings[it.ID]); ok {
				p.Situations = append(p.Situations, s)
			}
		}
	}
	if a.Plan != nil {
		for _, f := range a.Plan.Focus {
			p.Indicators = append(p.Indicators, indicatorChange(a, f, p.Round.Date))
			if done, ok := actionsDone(a, f); ok {
				p.Actions = append(p.Actions, done)
			}
		}
	}
	p.HandOvers = handOvers(a.Delegations)
	p.Pulse = pulseResults(c.Pulse, p.Round.Pulse)
	r := Analyze(c, after)
	p.Next = r.Focus
	p.NextWords = nextWords(a.Plan, r)
	return p
}

// retaken is a with only the ratings of the items round asked again, so
// that the situations are read then and now over the same ones.
func retaken(a *workshop.Answers, round *workshop.Round) *workshop.Answers {
	b := *a
	b.Ratings = map[string]int{}
	for id := range round.Ratings {
		if v, ok := a.Ratings[id]; ok {
			b.Ratings[id] = v
		}
	}
	return &b
}

// judgementWords says how the situations the team can handle and those
// that need the lead were answered then and now.
func judgementWords(then, now Judgement) string {
	if now.Teamable == 0 {
		return "The situations were not answered in both rounds, so there is no change to read in them."
	}
	situations := "situations"
	if then.Teamable == 1 {
		situations = "situation"
	}
	s := fmt.Sprintf("At the workshop you would have stepped in yourself in %d of %d %s your team could handle; now in %d of %d.",
		len(then.Rescued), then.Teamable, situations, len(now.Rescued), now.Teamable)
	switch {
	case len(now.Rescued) < len(then.Rescued):
		s += " That is a real change in how you judge when to let go."
	case len(now.Rescued) > len(then.Rescued):
		s += " You answered closer to stepping in than you did then: worth asking what happened in these weeks."
	case len(now.Rescued) > 0:
		s += " Your judgement there has not moved yet; the situations below show where."
	}
	if now.StepIns > 0 {
		if len(now.Withheld) == 0 {
			s += fmt.Sprintf(" Where stepping in is the lead's call, you would step in, in all %d.", now.StepIns)
		} else {
			s += fmt.Sprintf(" Where stepping in is the lead's call, you would leave %d of %d with the team.", len(now.Withheld), now.StepIns)
		}
	}
	return s
}

// situationChange says how one situation's answer moved; false when it
// was not answered in both rounds.
func situationChange(it workshop.Item, then, now int) (SituationChange, bool) {
	if _, ok := workshop.ValidRating(then); !ok {
		return SituationChange{}, false
	}
	if _, ok := workshop.ValidRating(now); !ok {
		return SituationChange{}, false
	}
	s := SituationChange{Title: it.Text, Then: workshop.ScaleLabel(workshop.ScenarioScale, then), Now: workshop.ScaleLabel(workshop.ScenarioScale, now)}
	moved := it.Readiness(now) - it.Readiness(then)
	switch {
	case moved > 0 && it.StepIn:
		s.Words = "You now step in here, as this one needs."
	case moved > 0:
		s.Words = "You now leave more of it with the team."
	case moved < 0 && it.StepIn:
		s.Words = "You now leave more of it with the team, though this one needs you to step in."
	case moved < 0:
		s.Words = "You now step in more than you did: what made it feel necessary?"
	case it.Readiness(now) <= 2 && it.StepIn:
		s.Words = "Unchanged: you would still leave it with the team, though this one needs you."
	case it.Readiness(now) <= 2:
		s.Words = "Unchanged: you would still do it yourself, though the team could."
	default:
		s.Words = "Unchanged, and already the call this situation needs."
	}
	return s, true
}
