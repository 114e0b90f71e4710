package analysis

import (
	"slices"

	"github.com/leadshift/leadshift/workshop"
)

// stretchNote opens the why of a focus area nothing in the answers asks
// for but the person's own words: a stretch they chose, not a gap.
const stretchNote = "No focus area stands out from your answers; this is the stretch you named yourself."

// namedStretch reports whether the focus comes only from the person's
// own choice: every chosen focus rests on reflections they tagged with
// it and on nothing else, and no rating, situation, count, expectation
// or row of their map points to any focus (tags aside) strongly enough
// to be suggested on its own. Whether to lead at all is never a stretch.
func namedStretch(c *workshop.Content, ranked, chosen []*Suggestion) bool {
	if len(chosen) == 0 {
		return false
	}
	for _, s := range chosen {
		if c.Skill(s.ID) == nil || slices.ContainsFunc(s.Evidence, func(e Evidence) bool { return e.Source != "tag" }) {
			return false
		}
	}
	for _, s := range ranked {
		need := 0.0
		for _, e := range s.Evidence {
			if e.Source != "tag" {
				need += e.Weight
			}
		}
		if need >= minScore {
			return false
		}
	}
	return true
}

// ownNaming keeps, of a stretch's evidence, the words that name it: the
// sentences with a word of the focus (its cues, obstacle cues or turns'
// cues), when some have one. The rest of what the person tagged says
// something else ("Seeing Ahmed and Jess run things I used to run" is
// why they lead, not the money side they want to learn).
func ownNaming(c *workshop.Content, id string, ev []Evidence) []Evidence {
	out := slices.Clone(ev)
	for i, e := range out {
		on := slices.DeleteFunc(slices.Clone(e.Quotes), func(q string) bool {
			return !slices.ContainsFunc(sentences(q), func(s sentence) bool { return speaksFor(c, id, s) })
		})
		if len(on) > 0 {
			out[i].Quotes = on
		}
	}
	return out
}

// speaksFor reports whether a sentence has a word of the focus: one of
// its cues, its obstacle cues or its turns' cues.
func speaksFor(c *workshop.Content, id string, s sentence) bool {
	if id == c.RoleFocus.ID {
		return s.hits(c.RoleFocus.Cues) > 0
	}
	sk := c.Skill(id)
	if sk == nil {
		return false
	}
	if s.hits(sk.Cues) > 0 || s.hits(sk.ObstacleCues) > 0 {
		return true
	}
	return slices.ContainsFunc(sk.Turns, func(t workshop.Turn) bool { return s.hits(t.Cues) > 0 || s.hits(t.ObstacleCues) > 0 })
}
