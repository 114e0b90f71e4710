package workshop

import (
	"fmt"
	"math"
	"sort"
)

// DimensionScore is one dimension of the readiness profile.
type DimensionScore struct {
	Dimension *Dimension
	Score     int // 0..100, meaningful only when Answered > 0
	Answered  int
	Total     int
}

// Profile scores every dimension 0..100: the mean of its rated items,
// reversed items flipped, scaled so 1 is 0 and Scale is 100. Unrated items
// are left out; a dimension with no rated item has Answered == 0.
func Profile(c *Content, a *Answers) []DimensionScore {
	out := make([]DimensionScore, 0, len(c.Dimensions))
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		ds := DimensionScore{Dimension: d, Total: len(d.Items)}
		sum := 0
		for _, it := range d.Items {
			v, ok := validRating(a.Ratings[it.ID])
			if !ok {
				continue
			}
			if it.Reverse {
				v = Scale + 1 - v
			}
			sum += v - 1
			ds.Answered++
		}
		if ds.Answered > 0 {
			ds.Score = int(math.Round(float64(sum) * 100 / float64(ds.Answered*(Scale-1))))
		}
		out = append(out, ds)
	}
	return out
}

// MismatchKind classifies an expectation rated by me and by my organization.
type MismatchKind string

// The mismatch kinds.
const (
	Aligned     MismatchKind = "aligned"
	Unrealistic MismatchKind = "unrealistic" // I expect more than my organization
	BlindSpot   MismatchKind = "blind spot"  // my organization expects more than I do
)

// MismatchThreshold is the smallest rating difference that counts as a mismatch.
const MismatchThreshold = 2

// Alignment is one expectation with both ratings.
type Alignment struct {
	Expectation *Expectation
	Me, Org     int
	Kind        MismatchKind
}

// Diff is my rating minus my organization's.
func (al Alignment) Diff() int { return al.Me - al.Org }

// Alignments returns every expectation rated twice, biggest difference
// first; equal differences keep content order.
func Alignments(c *Content, a *Answers) []Alignment {
	var out []Alignment
	for i := range c.Expectations {
		e := &c.Expectations[i]
		p := a.Expectations[e.ID]
		me, ok1 := validRating(p.Me)
		org, ok2 := validRating(p.Org)
		if !ok1 || !ok2 {
			continue
		}
		al := Alignment{Expectation: e, Me: me, Org: org, Kind: Aligned}
		switch d := me - org; {
		case d >= MismatchThreshold:
			al.Kind = Unrealistic
		case d <= -MismatchThreshold:
			al.Kind = BlindSpot
		}
		out = append(out, al)
	}
	sort.SliceStable(out, func(i, j int) bool { return abs(out[i].Diff()) > abs(out[j].Diff()) })
	return out
}

// Mismatches returns only the unrealistic and blind-spot alignments.
func Mismatches(c *Content, a *Answers) []Alignment {
	var out []Alignment
	for _, al := range Alignments(c, a) {
		if al.Kind != Aligned {
			out = append(out, al)
		}
	}
	return out
}

// Gap is one rated skill: how far my current level is below what my role needs.
type Gap struct {
	Skill      *Skill
	Current    int
	Importance int
}

// Size is importance minus current level; negative means a strength.
func (g Gap) Size() int { return g.Importance - g.Current }

// Priority is the positive gap times importance: the ranking key.
func (g Gap) Priority() int { return max(0, g.Size()) * g.Importance }

// Gaps returns every rated skill ranked by priority, then importance;
// ties keep content order.
func Gaps(c *Content, a *Answers) []Gap {
	var out []Gap
	for i := range c.Skills {
		s := &c.Skills[i]
		r := a.Skills[s.ID]
		cur, ok1 := validRating(r.Current)
		imp, ok2 := validRating(r.Importance)
		if !ok1 || !ok2 {
			continue
		}
		out = append(out, Gap{Skill: s, Current: cur, Importance: imp})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Priority() != out[j].Priority() {
			return out[i].Priority() > out[j].Priority()
		}
		return out[i].Importance > out[j].Importance
	})
	return out
}

// LowReadiness is the profile score under which a dimension suggests a focus.
const LowReadiness = 50

// Suggestion is a proposed focus area for the plan and the reason for it.
type Suggestion struct {
	Skill string
	Title string
	Why   string
}

// Suggest proposes up to MaxFocus focus areas: the top skill gaps first,
// then skills that close blind spots, then skills behind low readiness
// dimensions. Each skill is suggested at most once.
func Suggest(c *Content, a *Answers) []Suggestion {
	var out []Suggestion
	seen := map[string]bool{}
	add := func(skillID, why string) {
		s := c.Skill(skillID)
		if s == nil || seen[skillID] || len(out) == MaxFocus {
			return
		}
		seen[skillID] = true
		out = append(out, Suggestion{Skill: skillID, Title: s.Name, Why: why})
	}
	for _, g := range Gaps(c, a) {
		if g.Priority() > 0 {
			add(g.Skill.ID, fmt.Sprintf("Skill gap: level %d of %d today, importance %d of %d for your role.",
				g.Current, Scale, g.Importance, Scale))
		}
	}
	for _, m := range Mismatches(c, a) {
		if m.Kind == BlindSpot {
			add(m.Expectation.Skill, fmt.Sprintf("Blind spot: your organization expects %q more than you do.", m.Expectation.Statement))
		}
	}
	for _, d := range Profile(c, a) {
		if d.Answered > 0 && d.Score < LowReadiness {
			add(d.Dimension.Skill, fmt.Sprintf("Readiness profile: %s scored %d of 100.", d.Dimension.Name, d.Score))
		}
	}
	return out
}

func validRating(v int) (int, bool) { return v, v >= 1 && v <= Scale }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Extremes returns the lowest and highest answered dimensions; on a tie
// the first in content order wins. Both are nil when nothing is answered.
func Extremes(profile []DimensionScore) (lowest, highest *DimensionScore) {
	for i := range profile {
		d := &profile[i]
		if d.Answered == 0 {
			continue
		}
		if lowest == nil || d.Score < lowest.Score {
			lowest = d
		}
		if highest == nil || d.Score > highest.Score {
			highest = d
		}
	}
	return lowest, highest
}
