package analysis

import (
	"fmt"
	"slices"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

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

// settleTalk settles what to talk through once the focus is chosen: the
// self-ratings outside the plan that change nothing (settleSelfRatings),
// and the focus areas whose importance the person rates low
// (importanceFlags).
func (r *Report) settleTalk(c *workshop.Content, a *workshop.Answers) {
	r.settleSelfRatings(c, a)
	r.Flags = append(r.Flags, importanceFlags(a, r)...)
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
