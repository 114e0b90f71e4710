package analysis

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// Thresholds of the choice.
const (
	// minScore is the evidence a candidate needs before it is suggested.
	minScore = 2.0
	// secondShare is how close a second focus must come to the first: a
	// plan with one clear focus is better than one with a weak second.
	secondShare = 0.4
)

type candidates map[string]*Suggestion

func (cs candidates) add(id string, e Evidence) {
	if id == "" || e.Weight <= 0 {
		return
	}
	s := cs.of(id)
	s.Evidence = append(s.Evidence, e)
	s.Score += e.Weight
}

func (cs candidates) of(id string) *Suggestion {
	s := cs[id]
	if s == nil {
		s = &Suggestion{ID: id, Evidence: []Evidence{}}
		cs[id] = s
	}
	return s
}

// suggest gathers the evidence for every skill and the role decision,
// ranks them, and chooses at most MaxSuggested focus areas; nothing is
// chosen by default, and nothing when the answer pattern cannot be read.
func suggest(c *workshop.Content, a *workshop.Answers, r *Report) {
	j := r.Judgement
	cs := candidates{}
	gapEvidence(cs, c, a, r)
	motivationEvidence(cs, c, r)
	itemEvidence(cs, c, a, j)
	expectationEvidence(cs, c, r.guesses())
	managerEvidence(cs, c, r)
	delegationEvidence(cs, c, a, j)
	also, story := reflectionEvidence(cs, c, a)
	weekEvidence(cs, c, a) // a count counts for what the rest explains
	cs.of(c.RoleFocus.ID)
	for _, s := range c.Skills {
		cs.of(s.ID)
	}
	ranked := rank(cs)
	questioned := r.managerRatings(selfRatingFlags(c, a, r, ranked))
	r.Flags = append(r.Flags, questioned...)
	r.HeldBack = heldBack(r)
	if r.HeldBack == FlagFlat && slices.ContainsFunc(ranked, spokenFor) {
		// Level ratings cannot be read, but my own words and map can:
		// the focus comes from them alone, and the flag stays a talk line.
		r.HeldBack = ""
		ranked = slices.DeleteFunc(slices.Clone(ranked), func(s *Suggestion) bool { return !spokenFor(s) })
		for i, f := range r.Flags {
			if f.Kind == FlagFlat {
				r.Flags[i].Text = "Your ratings come out level everywhere, so this plan draws its focus only from what you wrote and put on your map. Talk the ratings through with your manager or a coach: a level profile can mean a steady all-rounder, or that the ratings missed what you wrote."
			}
		}
	}
	chosen := choose(c, r, ranked)
	more := questionChosen(c, a, r, chosen, questioned)
	questioned, r.Flags = append(questioned, more...), append(r.Flags, more...)
	var quoted []string // by a focus area chosen before: each quote once
	named := namedStretch(c, ranked, chosen)
	for _, s := range ranked {
		// A sentence that points here too is not taken from a chosen focus
		// area it speaks for first.
		theirs := func(q string) bool {
			return slices.ContainsFunc(chosen, func(o *Suggestion) bool { return o != s && quotes(o.Evidence, q) })
		}
		mine := slices.DeleteFunc(slices.Clone(also[s.ID]), theirs)
		lived := mostTellingQuotes(slices.DeleteFunc(slices.Clone(story[s.ID]), theirs))
		if named && slices.Contains(chosen, s) {
			s.Evidence, mine, lived = ownNaming(c, s.ID, s.Evidence), nil, nil
		}
		f, words := finish(c, a, r, *s, lived, mine, quoted, toldElsewhere(c, a, r, chosen, s))
		if named && slices.Contains(chosen, s) {
			f.Why = strings.TrimSpace(stretchNote + " " + f.Why)
		}
		if slices.Contains(chosen, s) {
			quoted = append(quoted, words...)
		}
		if slices.ContainsFunc(questioned, func(q Flag) bool { return q.Items[0] == s.ID }) {
			// Other answers put the skill lower than the rating: the step
			// up is named once today's level is agreed, not promised now.
			f.Questioned, f.Target = true, f.Current
		}
		cand := Candidate{Suggestion: f, Chosen: slices.Contains(chosen, s)}
		if !cand.Chosen {
			cand.Reason = reason(c, r, s, chosen)
		}
		r.Candidates = append(r.Candidates, cand)
	}
	for _, s := range chosen {
		i := slices.IndexFunc(r.Candidates, func(x Candidate) bool { return x.ID == s.ID })
		r.Focus = append(r.Focus, r.Candidates[i].Suggestion)
	}
}

// quotes reports whether the evidence quotes q.
func quotes(ev []Evidence, q string) bool {
	return slices.ContainsFunc(ev, func(e Evidence) bool { return slices.Contains(e.Quotes, q) })
}

// spokenFor reports whether what I wrote and mapped (my reflections,
// their tags, my delegation map) is enough for a focus without any
// rating: a flat profile leaves only these to read.
func spokenFor(s *Suggestion) bool {
	w := 0.0
	for _, e := range s.Evidence {
		if slices.Contains([]string{"reflection", "tag", "delegation"}, e.Source) {
			w += e.Weight
		}
	}
	return w >= minScore+1
}

// choose picks the focus areas: the role decision first when wanting the
// role at all is in doubt, then the strongest evidence, a second only when
// it comes close enough to the first.
func choose(c *workshop.Content, r *Report, ranked []*Suggestion) []*Suggestion {
	if r.HeldBack != "" {
		return nil
	}
	var out []*Suggestion
	deferred := r.deferred(c)
	questioned := map[string]bool{}
	for _, f := range r.Flags {
		if f.Kind == FlagSelfRating {
			questioned[f.Items[0]] = true
		}
	}
	if role := roleFirst(c, r, ranked); role != nil {
		// Whether to lead at all comes before any skill: a second focus
		// would presume the answer.
		return []*Suggestion{role}
	}
	for _, s := range ranked {
		if len(out) == workshop.MaxSuggested || s.Score < minScore {
			break
		}
		if !slices.Contains(out, s) && !deferred[s.ID] && waitsFor(c, s, out) == nil && (corroborated(s) || questioned[s.ID]) && (len(out) == 0 || s.Score >= secondShare*out[0].Score) {
			out = append(out, s)
		}
	}
	return out
}

// deferred lists the skills whose change the organisation pushes against
// (a myth it expects more than I do, as the participant sees it): the
// conversation with the manager comes first, and the change waits for its
// outcome rather than being set as a goal the participant cannot reach
// alone.
func (r *Report) deferred(c *workshop.Content) map[string]bool {
	out := r.managerPushed(c)
	for _, e := range r.guesses().Expectations {
		if e.Quadrant == workshop.MythPushed && !e.Expectation.Provides && e.Expectation.Skill != c.Routes.ManagingUp {
			out[e.Expectation.Skill] = true
		}
	}
	return out
}

// corroborated reports whether a candidate rests on more than one kind
// of answer, or on one kind that shows what the person does or says (a
// situation, a count, their words, their map, an expectation) strongly
// enough alone. How someone rates a skill or a few statements is never
// enough by itself.
func corroborated(s *Suggestion) bool {
	sources := map[string]float64{}
	for _, e := range s.Evidence {
		sources[e.Source] += e.Weight
	}
	if len(sources) > 1 {
		return true
	}
	for src, w := range sources {
		return src != "self-rating" && src != "statement" && w >= minScore
	}
	return false
}

// roleFirst returns the role decision when it comes before everything:
// wanting the role is low, or middling and the person's own words say the
// role itself is the question.
func roleFirst(c *workshop.Content, r *Report, ranked []*Suggestion) *Suggestion {
	d := r.Dimension(motivationDim(c))
	i := slices.IndexFunc(ranked, func(s *Suggestion) bool { return s.ID == c.RoleFocus.ID })
	if d == nil || !d.Scored() || i < 0 || ranked[i].Score < minScore {
		return nil
	}
	words := slices.ContainsFunc(ranked[i].Evidence, func(e Evidence) bool { return e.Source == "reflection" || e.Source == "tag" })
	if d.Band == workshop.Low || *d.Score < lowishBand && words {
		return ranked[i]
	}
	return nil
}

// waitsFor returns the chosen focus this candidate waits for (its skill's
// After), or nil.
func waitsFor(c *workshop.Content, s *Suggestion, chosen []*Suggestion) *Suggestion {
	sk := c.Skill(s.ID)
	if sk == nil {
		return nil
	}
	for _, ch := range chosen {
		if slices.Contains(sk.After, ch.ID) {
			return ch
		}
	}
	return nil
}

// reason says why a candidate was not chosen.
func reason(c *workshop.Content, r *Report, s *Suggestion, chosen []*Suggestion) string {
	switch {
	case r.HeldBack != "":
		return "held back by the answer pattern (" + string(r.HeldBack) + "): no focus is drawn from these answers until they are talked through"
	case len(s.Evidence) == 0:
		return "nothing in the answers points here"
	case r.managerPushed(c)[s.ID]:
		return "waits for the conversation with your manager: your manager expects the opposite of this change, so agree the role together first"
	case r.deferred(c)[s.ID]:
		return "waits for the conversation with your manager: your organisation, as you see it, expects the opposite of this change, so agree the role first"
	case s.Score < minScore:
		return fmt.Sprintf("below the threshold: %.1f of the %.1f needed", s.Score, minScore)
	case !corroborated(s):
		return "rests on one kind of answer only: a rating of your own or a few statements, with nothing you do or said behind it"
	case waitsFor(c, s, chosen) != nil:
		return fmt.Sprintf("waits for %s: that comes first", focusTitle(c, waitsFor(c, s, chosen).ID))
	case len(chosen) == workshop.MaxSuggested:
		return fmt.Sprintf("outranked by %s", titles(c, chosen))
	case len(chosen) == 1 && chosen[0].ID == c.RoleFocus.ID:
		return "waits for the decision about the role: a skill focus would presume the answer"
	}
	return fmt.Sprintf("too far behind %s (%.1f against %.1f) to be a second focus", titles(c, chosen[:1]), s.Score, chosen[0].Score)
}

func titles(c *workshop.Content, ss []*Suggestion) string {
	var out []string
	for _, s := range ss {
		out = append(out, focusTitle(c, s.ID))
	}
	return strings.Join(out, " and ")
}

func focusTitle(c *workshop.Content, id string) string {
	if sk := c.Skill(id); sk != nil {
		return sk.Name
	}
	if id == c.RoleFocus.ID {
		return c.RoleFocus.Title
	}
	return id
}

// heldBack names the answer pattern that keeps every focus back: too few
// answers, all in the middle, agreeing with everything, or flat.
func heldBack(r *Report) FlagKind {
	for _, k := range []FlagKind{FlagNothing, FlagTooFew, FlagAllMiddle, FlagAcquiescence, FlagFlat} {
		if r.Has(k) {
			return k
		}
	}
	return ""
}

// motivationDim is the dimension that links to the role focus.
func motivationDim(c *workshop.Content) string {
	for _, d := range c.Dimensions {
		if d.Skill == c.RoleFocus.ID {
			return d.ID
		}
	}
	return ""
}

func skillsBySource(c *workshop.Content, src workshop.Source) []string {
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
	strongest := func(s *Suggestion) float64 {
		if len(s.Evidence) == 0 {
			return 0
		}
		return s.Evidence[0].Weight
	}
	slices.SortFunc(out, func(x, y *Suggestion) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(strongest(y), strongest(x)),
			cmp.Compare(len(y.Evidence), len(x.Evidence)), cmp.Compare(x.ID, y.ID))
	})
	return out
}
