package workshop

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Evidence is one reason for a focus area, in the participant's own answers.
type Evidence struct {
	Source string   `json:"source"` // self-rating, dimension, statement, scenario, expectation, week, delegation, reflection
	Items  []string `json:"items,omitempty"`
	Text   string   `json:"text"`
	Weight float64  `json:"weight"`
}

// Suggestion is a proposed focus area: a skill or the role focus, the
// evidence behind it, and a reachable target.
type Suggestion struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Current int    `json:"current"` // skill level today, 0 when not rated or not a skill
	Target  int    `json:"target"`  // at most one level up, towards the level needed
	Why     string `json:"why"`
	// Questioned is set when other answers put the skill lower than the
	// participant's own rating of it.
	Questioned bool       `json:"questioned,omitempty"`
	Score      float64    `json:"score"`
	Evidence   []Evidence `json:"evidence"`
}

// Candidate is one possible focus area with its evidence, and what
// became of it: chosen, or why not.
type Candidate struct {
	Suggestion
	Chosen bool `json:"chosen"`
	// Reason says why the candidate was not chosen (below the threshold,
	// outranked, held back by the answer pattern), for people; empty when
	// chosen.
	Reason string `json:"reason,omitempty"`
}

// minScore is the evidence a candidate needs before it is suggested.
const minScore = 2.0

// transitionDims are the dimensions of the shift from doing to leading;
// when one is low, focus 1 is the skill it links to (coaching, delegation).
var transitionDims = []string{"dim.rescue", "dim.letting-go", "dim.trust"}

type candidates map[string]*Suggestion

func (cs candidates) add(id string, e Evidence) {
	if id == "" || e.Weight <= 0 {
		return
	}
	s := cs[id]
	if s == nil {
		s = &Suggestion{ID: id}
		cs[id] = s
	}
	s.Evidence = append(s.Evidence, e)
	s.Score += e.Weight
}

func suggest(c *Content, a *Answers, r *Report) []Suggestion {
	cs := candidates{}
	gapEvidence(cs, r)
	dimensionEvidence(cs, r)
	itemEvidence(cs, c, a)
	expectationEvidence(cs, r)
	weekEvidence(cs, c, a)
	delegationEvidence(cs, c, a)
	reflectionEvidence(cs, c, a)

	ranked := rank(cs)
	var out []*Suggestion
	pick := func(s *Suggestion) {
		if s != nil && len(out) < MaxSuggested && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	if d := r.Dimension(motivationDim(c)); d != nil && d.Band == Low {
		pick(cs[c.RoleFocus.ID])
	}
	for _, id := range transitionDims {
		if d := r.Dimension(id); d != nil && d.Band == Low {
			pick(best(ranked, transitionSkills(c)))
			break
		}
	}
	for _, s := range ranked {
		if s.Score >= minScore {
			pick(s)
		}
	}
	fallback := len(out) == 0
	if fallback && a.filledDelegations() != nil {
		pick(best(ranked, skillsBySource(c, SourceHandovers)))
	}
	result := make([]Suggestion, 0, len(out))
	for _, s := range out {
		f := finish(c, r, *s)
		if fallback {
			f.Why += " None of your other answers points to a pressing gap, so the plan starts from your own map."
		}
		result = append(result, f)
	}
	questioned := selfRatingFlags(c, r, ranked)
	for i := range result {
		if slices.ContainsFunc(questioned, func(f Flag) bool { return f.Items[0] == result[i].ID }) {
			// Other answers put the skill lower than the rating: the step
			// up is named once today's level is agreed, not promised now.
			result[i].Questioned, result[i].Target = true, result[i].Current
		}
	}
	r.Flags = append(r.Flags, questioned...)
	return result
}

// motivationDim is the dimension that links to the role focus.
func motivationDim(c *Content) string {
	for _, d := range c.Dimensions {
		if d.Skill == c.RoleFocus.ID {
			return d.ID
		}
	}
	return ""
}

func transitionSkills(c *Content) []string {
	var ids []string
	for _, d := range c.Dimensions {
		if slices.Contains(transitionDims, d.ID) && !slices.Contains(ids, d.Skill) {
			ids = append(ids, d.Skill)
		}
	}
	return ids
}

func skillsBySource(c *Content, src Source) []string {
	var ids []string
	for _, s := range c.Skills {
		if s.Indicator.Source == src {
			ids = append(ids, s.ID)
		}
	}
	return ids
}

// rank orders candidates by the evidence alone: total weight, then the
// strongest single reason, then the number of reasons; the ID only
// settles a tie no evidence can break.
func rank(cs candidates) []*Suggestion {
	out := make([]*Suggestion, 0, len(cs))
	for _, s := range cs {
		slices.SortStableFunc(s.Evidence, func(x, y Evidence) int { return cmp.Compare(y.Weight, x.Weight) })
		out = append(out, s)
	}
	slices.SortFunc(out, func(x, y *Suggestion) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(y.Evidence[0].Weight, x.Evidence[0].Weight),
			cmp.Compare(len(y.Evidence), len(x.Evidence)), cmp.Compare(x.ID, y.ID))
	})
	return out
}

// best returns the highest-ranked candidate among ids, or nil.
func best(ranked []*Suggestion, ids []string) *Suggestion {
	for _, s := range ranked {
		if slices.Contains(ids, s.ID) {
			return s
		}
	}
	return nil
}

// finish names the suggestion, sets a reachable target and writes why.
func finish(c *Content, r *Report, s Suggestion) Suggestion {
	if sk := c.Skill(s.ID); sk != nil {
		s.Title = sk.Name
		if sr := r.Skill(s.ID); sr != nil {
			s.Current = sr.Current
			s.Target = min(Scale, sr.Current+1)
		}
	} else if s.ID == c.RoleFocus.ID {
		s.Title = c.RoleFocus.Title
	}
	var parts []string
	for _, e := range whyEvidence(s.Evidence) {
		parts = append(parts, e.Text)
	}
	s.Why = capitalise(strings.Join(parts, "; ")) + "."
	return s
}

// whySources orders the reasons a suggestion gives: what I chose and
// rated, my own words, my week, then the summaries.
var whySources = []string{"scenario", "statement", "reflection", "week", "delegation", "expectation", "self-rating", "dimension"}

// whyEvidence picks up to three reasons, one per source, the strongest of
// each; my own words always make it in.
func whyEvidence(ev []Evidence) []Evidence {
	var picked []Evidence
	has := func(src string) bool {
		return slices.ContainsFunc(picked, func(e Evidence) bool { return e.Source == src })
	}
	if i := slices.IndexFunc(ev, func(e Evidence) bool { return e.Source == "reflection" }); i >= 0 {
		picked = append(picked, ev[i])
	}
	for _, e := range ev { // strongest first
		if len(picked) < 3 && !has(e.Source) {
			picked = append(picked, e)
		}
	}
	slices.SortStableFunc(picked, func(x, y Evidence) int {
		return slices.Index(whySources, x.Source) - slices.Index(whySources, y.Source)
	})
	return picked
}

func selfRatingFlags(c *Content, r *Report, ranked []*Suggestion) []Flag {
	var out []Flag
	for _, s := range ranked {
		sr := r.Skill(s.ID)
		if sr == nil || sr.Current < sr.Needed {
			continue
		}
		other := 0.0
		for _, e := range s.Evidence {
			if e.Source == "scenario" || e.Source == "statement" {
				other += e.Weight
			}
		}
		if other >= strongEvidence {
			out = append(out, Flag{Kind: FlagSelfRating, Items: []string{s.ID}, Text: fmt.Sprintf(
				"You rated yourself at level %d of 5 for %s, yet other answers point the other way: %s. Worth a second look with someone who sees you at work.",
				sr.Current, strings.ToLower(sr.Skill.Name), s.Evidence[0].Text)})
		}
	}
	return out
}

func capitalise(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}
