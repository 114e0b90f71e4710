package analysis

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// A self-rating is worth talking through only when questioning it changes
// what the person does, nothing else in the answers explains it, and the
// line says what the evidence is. So:
//   - what questions a rating is what the person does or said: the
//     situations they chose, the counts of their week, their own words and
//     their map. Their ratings of other statements question only a rating
//     above the level needed (a strength claimed), and a count only once
//     it is well past the point where it starts to count: a small gap is
//     not a finding;
//   - when the ratings cannot be read as levels (all in the middle,
//     agreeing with everything, level everywhere), no single rating is
//     questioned: the pattern is the talk line;
//   - a focus area rated at or above the level needed, and chosen on what
//     the person does, is questioned by the very evidence that chose it:
//     its step up waits until today's level is agreed;
//   - outside the plan, a rating at the level needed is not raised (the
//     plan sets no target on it and it claims no strength), nor one whose
//     contrary evidence a chosen focus area already works on (the same
//     count, the same words, the same situations).

// selfRatingFlags questions the skills rated at or above the level
// needed that what the person does or said puts lower (see above). The
// further a rating sits above the level needed, the less it takes.
func selfRatingFlags(c *workshop.Content, a *workshop.Answers, r *Report, ranked []*Suggestion) []Flag {
	if unreadableRatings(r) {
		return nil
	}
	var out []Flag
	for _, s := range ranked {
		sr := r.Skill(s.ID)
		if sr == nil || sr.Current < sr.Needed {
			continue
		}
		against, weight := contrary(c, a, sr, s.Evidence)
		if weight < strongEvidence-0.5*float64(sr.Current-sr.Needed) {
			continue
		}
		out = append(out, selfRatingFlag(a, sr, against))
	}
	return out
}

// unreadableRatings reports whether the answer pattern says the ratings
// are not readings of a level: all in the middle, agreeing with
// everything, or level everywhere.
func unreadableRatings(r *Report) bool {
	return r.Has(FlagAllMiddle) || r.Has(FlagAcquiescence) || r.Has(FlagFlat)
}

// contrary is the evidence that puts a self-rating lower, strongest
// first, and its weight: what the person chose, wrote and mapped, the
// counts of their week well past their threshold (escalations and
// waiting decisions count against handing over too), and their ratings
// of other statements when the rating claims more than the level needed.
func contrary(c *workshop.Content, a *workshop.Answers, sr *workshop.SkillResult, ev []Evidence) ([]Evidence, float64) {
	var against []Evidence
	weight := 0.0
	for _, e := range ev {
		switch {
		case e.Source == "week":
			continue // counted below, from the week itself
		case e.Source == "statement" && sr.Current <= sr.Needed:
			continue
		case slices.Contains(observed, e.Source):
			against, weight = append(against, e), weight+e.Weight
		}
	}
	handover := slices.Contains(skillsBySource(c, workshop.SourceHandovers), sr.ID)
	for i, t := range weekCounts {
		if sr.Skill.Indicator.Source != t.src && (!handover || i >= 2) {
			continue
		}
		v := a.Week.Counts[t.src]
		if w := countWeight(v, t.least); w >= strongEvidence {
			against, weight = append(against, Evidence{Source: "week", Weight: w, Text: fmt.Sprintf(t.text, v)}), weight+w
		}
	}
	slices.SortStableFunc(against, func(x, y Evidence) int { return cmp.Compare(y.Weight, x.Weight) })
	return against, weight
}

// questionChosen questions the focus areas rated at or above the level
// needed that were chosen on what the person does or said, and that
// nothing questions yet: the evidence that chose them puts them lower
// than the rating, so their step up waits until today's level is agreed.
func questionChosen(c *workshop.Content, a *workshop.Answers, r *Report, chosen []*Suggestion, questioned []Flag) []Flag {
	if unreadableRatings(r) {
		return nil
	}
	var out []Flag
	for _, s := range chosen {
		sr := r.Skill(s.ID)
		if sr == nil || sr.Current < sr.Needed || r.managerRated(s.ID) || slices.ContainsFunc(questioned, func(f Flag) bool { return f.Items[0] == s.ID }) {
			continue
		}
		if against, weight := contrary(c, a, sr, s.Evidence); weight >= minScore {
			out = append(out, selfRatingFlag(a, sr, against))
		}
	}
	return out
}

// managerRated reports whether the manager's response rates today's
// level of the skill: then their view settles the self-rating.
func (r *Report) managerRated(id string) bool {
	if r.Manager == nil {
		return false
	}
	sc := r.Manager.Comparison.Skill(id)
	return sc != nil && sc.Self != 0 && sc.Today != 0
}

// settleSelfRatings drops the self-rating flags of skills outside the
// plan that would change nothing the person does: a rating at the level
// needed, or one whose contrary evidence a chosen focus area already
// works on. One that stays names what no focus area works on. The
// manager's view of a rating always stays.
func (r *Report) settleSelfRatings(c *workshop.Content, a *workshop.Answers) {
	var out []Flag
	for _, f := range r.Flags {
		if f.Kind != FlagSelfRating || r.managerRated(f.Items[0]) || slices.ContainsFunc(r.Focus, func(s Suggestion) bool { return s.ID == f.Items[0] }) {
			out = append(out, f)
			continue
		}
		sr := r.Skill(f.Items[0])
		i := slices.IndexFunc(r.Candidates, func(x Candidate) bool { return x.ID == f.Items[0] })
		if sr == nil || i < 0 || sr.Current <= sr.Needed {
			continue
		}
		against, _ := contrary(c, a, sr, r.Candidates[i].Evidence)
		var left []Evidence
		weight := 0.0
		for _, e := range against {
			if !r.workedOn(f.Items[0], e) {
				left, weight = append(left, e), weight+e.Weight
			}
		}
		if weight >= strongEvidence-0.5*float64(sr.Current-sr.Needed) {
			out = append(out, selfRatingFlag(a, sr, left))
		}
	}
	r.Flags = out
}

// workedOn reports whether a chosen focus area other than skill rests on
// the same evidence: the same count, words, situations or rows.
func (r *Report) workedOn(skill string, e Evidence) bool {
	for _, f := range r.Focus {
		if f.ID == skill {
			continue
		}
		for _, g := range f.Evidence {
			switch {
			case e.Source == "week" && g.Source == "week" && strings.HasPrefix(g.Text, e.Text),
				len(e.Quotes) > 0 && slices.ContainsFunc(e.Quotes, func(q string) bool { return quotes([]Evidence{g}, q) }),
				e.Source == g.Source && e.Source != "week" && (sharesItem(e, g) || e.Text == g.Text):
				return true
			}
		}
	}
	return false
}
