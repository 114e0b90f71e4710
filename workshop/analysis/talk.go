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

// selfRatingFlag words a questioned rating for what questions it: the
// rating with its level's words, the strongest evidence (and a second of
// another kind when both fit in a sentence), and what to do about it.
func selfRatingFlag(a *workshop.Answers, sr *workshop.SkillResult, against []Evidence) Flag {
	shown := against[:1]
	if i := slices.IndexFunc(against, func(e Evidence) bool { return e.Source != against[0].Source }); i > 0 &&
		len(against[0].Text)+len(against[i].Text) <= maxShownEvidence {
		shown = append(shown[:1:1], against[i])
	}
	texts := make([]string, len(shown))
	for i, e := range shown {
		texts[i] = e.Text
	}
	return Flag{Kind: FlagSelfRating, Items: []string{sr.ID}, Text: fmt.Sprintf("You rated yourself at level %d of 5 for %s (\"%s\"), yet %s. %s",
		sr.Current, strings.ToLower(sr.Skill.Name), strings.TrimRight(sr.Skill.Levels[sr.Current-1], "."), strings.Join(texts, ", and "), settleWith(a, shown))}
}

// maxShownEvidence is how long the evidence of a talk line may run
// before a second kind of it makes the sentence too long to read.
const maxShownEvidence = 420

// settleWith says how to settle a questioned rating, for the evidence
// shown: the person's own words are not a view to agree with someone
// else; counts, situations, a map and other answers are.
func settleWith(a *workshop.Answers, shown []Evidence) string {
	manager := yourManager(a)
	if shown[0].Source == "reflection" {
		return fmt.Sprintf("Your own words put you below your rating: start from what you wrote, and ask %s and the people it concerns how it looks from their side before aiming higher.", manager)
	}
	var from []string
	for _, e := range shown {
		from = append(from, settledFrom[e.Source])
	}
	return fmt.Sprintf("Agree today's level with %s from %s before aiming higher.", manager, strings.Join(from, " and "))
}

// settledFrom is what today's level is agreed from, by kind of evidence.
var settledFrom = map[string]string{
	"week":       "the counts of a normal week",
	"scenario":   "situations you both know",
	"delegation": "the rows of your map",
	"statement":  "examples you both know",
	"reflection": "what you wrote yourself",
}

// yourManager names the manager in a line spoken to the participant.
func yourManager(a *workshop.Answers) string {
	if m := managerOf(a); m != "my manager" {
		return m
	}
	return "your manager"
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

// settleTalk settles what to talk through once the focus is chosen: the
// self-ratings outside the plan that change nothing (settleSelfRatings),
// and the focus areas whose importance the person rates low
// (importanceFlags).
func (r *Report) settleTalk(c *workshop.Content, a *workshop.Answers) {
	r.settleSelfRatings(c, a)
	r.Flags = append(r.Flags, importanceFlags(a, r)...)
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

// importanceFlags name the chosen focus areas the person rates 3 or
// less for importance in their role while rating other skills higher:
// the work on it needs the manager's word on how much it matters here,
// or it is the first to give way to what they rate higher.
func importanceFlags(a *workshop.Answers, r *Report) []Flag {
	highest := 0
	for _, s := range r.Skills {
		if v, ok := workshop.ValidRating(s.Importance); ok {
			highest = max(highest, v)
		}
	}
	var out []Flag
	for _, f := range r.Focus {
		sr := r.Skill(f.ID)
		if sr == nil || sr.Importance == 0 || sr.Importance > 3 || sr.Importance >= highest {
			continue
		}
		out = append(out, Flag{Kind: FlagImportance, Items: []string{f.ID}, Text: fmt.Sprintf(
			"You rated %s %d of 5 for importance in your role, below the skills you rate highest, yet it is where your answers point. Ask %s how much it matters in your role here, so the work on it is not the first thing to give way.",
			strings.ToLower(sr.Skill.Name), sr.Importance, yourManager(a))})
	}
	return out
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

// talkLines are the answers to talk through. When a pattern of the
// ratings holds the plan back, no single rating is a finding: the pattern
// comes first, with at most three of the contradictions that show it.
func talkLines(r *Report) []string {
	var out []string
	readable := !slices.Contains([]FlagKind{FlagAllMiddle, FlagAcquiescence, FlagFlat}, r.HeldBack)
	contradictions := 0
	for _, f := range r.Flags {
		switch {
		case f.Kind == FlagNothing:
		case readable || f.Kind == r.HeldBack:
			out = append(out, f.Text)
		case f.Kind == FlagContradiction && contradictions < maxContradictionsTalked:
			out = append(out, f.Text)
			contradictions++
		}
	}
	if !readable {
		// The pattern first: it says why the rest is read with care.
		i := slices.IndexFunc(r.Flags, func(f Flag) bool { return f.Kind == r.HeldBack })
		if j := slices.Index(out, r.Flags[max(i, 0)].Text); i >= 0 && j > 0 {
			out = slices.Insert(slices.Delete(out, j, j+1), 0, r.Flags[i].Text)
		}
	}
	return out
}

// maxContradictionsTalked is how many contradictions a held-back plan
// names: enough to show the pattern, few enough to talk through.
const maxContradictionsTalked = 3
