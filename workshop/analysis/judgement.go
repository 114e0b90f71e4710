package analysis

import (
	"slices"

	"github.com/leadshift/leadshift/workshop"
)

// Judgement is how the participant answered the situations: where they
// would step in though the team could handle it (rescuing), and where
// they would leave it to the team though stepping in is the lead's call
// (abdicating). The two are separate signals: a lead can do both.
type Judgement struct {
	Teamable int      `json:"teamable"` // situations the team can handle, answered
	Rescued  []string `json:"rescued"`  // of those, the ones where I step in
	StepIns  int      `json:"stepIns"`  // situations where stepping in is right, answered
	Withheld []string `json:"withheld"` // of those, the ones I leave to the team
	// LooseFollowUp lists the statements about following up and setting
	// limits on handed-over work answered on the less ready side.
	LooseFollowUp []string `json:"looseFollowUp,omitempty"`
}

// Abdicates reports whether the answers show stepping in too rarely: a
// step-in situation left to the team, or handed-over work without limits
// and follow-up.
func (j Judgement) Abdicates() bool { return len(j.Withheld) > 0 || len(j.LooseFollowUp) >= 2 }

// Rescues reports whether the answers show stepping in too often: half or
// more of the situations the team could handle.
func (j Judgement) Rescues() bool { return j.Teamable > 0 && len(j.Rescued)*2 >= j.Teamable }

func judgement(c *workshop.Content, a *workshop.Answers) Judgement {
	j := Judgement{Rescued: []string{}, Withheld: []string{}}
	for _, it := range allItems(c) {
		v, ok := workshop.ValidRating(a.Ratings[it.ID])
		if !ok {
			continue
		}
		low := it.Readiness(v) <= 2
		switch {
		case it.IsScenario() && it.StepIn:
			j.StepIns++
			if low {
				j.Withheld = append(j.Withheld, it.ID)
			}
		case it.IsScenario():
			j.Teamable++
			if low {
				j.Rescued = append(j.Rescued, it.ID)
			}
		case it.FollowUp && low:
			j.LooseFollowUp = append(j.LooseFollowUp, it.ID)
		}
	}
	return j
}

// allItems lists every self-assessment item in pack order.
func allItems(c *workshop.Content) []workshop.Item {
	var out []workshop.Item
	for _, d := range c.Dimensions {
		out = append(out, d.Items...)
	}
	return out
}

// prompts lists every reflection prompt in pack order.
func prompts(c *workshop.Content) []workshop.Prompt {
	var out []workshop.Prompt
	for _, d := range c.Dimensions {
		out = append(out, d.Prompts...)
	}
	return out
}

// withheldTexts are the situations of ids, as the participant read them.
func situations(c *workshop.Content, ids []string) []string {
	var out []string
	for _, it := range allItems(c) {
		if slices.Contains(ids, it.ID) {
			out = append(out, it.Text)
		}
	}
	return out
}
