package workshop

import (
	"math"
	"slices"
)

// Score bands of a readiness dimension.
const (
	LowBand  = 40 // under this, the dimension's low text
	HighBand = 70 // from this up, its high text
	// MinItems is the fewest answered items a dimension needs for a score.
	MinItems = 3
	// FlatSpread is the spread under which no dimension stands out.
	FlatSpread = 15
)

// Band names where a dimension's score falls.
type Band string

// The bands; Unscored when too few items are answered.
const (
	Unscored Band = ""
	Low      Band = "low"
	Mid      Band = "mid"
	High     Band = "high"
)

// Profile is the reading of one participant's answers that needs no
// judgement: the readiness dimensions, the expectations in their
// quadrants, the skills against the level needed, and what was answered.
// The analysis (package analysis) builds its report on it, and the room's
// charts add profiles up.
type Profile struct {
	Dimensions   []DimensionResult   `json:"dimensions"`
	Flat         bool                `json:"flat"` // scored dimensions lie within FlatSpread points
	Expectations []ExpectationResult `json:"expectations"`
	Skills       []SkillResult       `json:"skills"`
	// Answered counts what the analysis could use, so empty cases get
	// words of their own.
	Answered Answered `json:"answered"`
}

// ReadProfile reads a participant's answers against a content pack.
func ReadProfile(c *Content, a *Answers) *Profile {
	p := &Profile{}
	p.count(c, a)
	p.Dimensions = dimensions(c, a)
	p.Flat = flat(p.Dimensions)
	p.Expectations = expectations(c, a)
	p.Skills = skills(c, a)
	if p.Expectations == nil {
		p.Expectations = []ExpectationResult{}
	}
	if p.Skills == nil {
		p.Skills = []SkillResult{}
	}
	return p
}

// Answered counts the answers the analysis rests on.
type Answered struct {
	Items             int `json:"items"`
	ItemsTotal        int `json:"itemsTotal"`
	Expectations      int `json:"expectations"`
	ExpectationsTotal int `json:"expectationsTotal"`
	Skills            int `json:"skills"`
	SkillsTotal       int `json:"skillsTotal"`
	Delegations       int `json:"delegations"`
	Reflections       int `json:"reflections"`
}

// Some reports whether anything at all was answered.
func (n Answered) Some() bool {
	return n.Items+n.Expectations+n.Skills+n.Delegations+n.Reflections > 0
}

// DimensionResult is one dimension of the readiness profile.
type DimensionResult struct {
	Dimension *Dimension `json:"-"`
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Score     *int       `json:"score"` // 0..100; nil with fewer than MinItems answers
	Answered  int        `json:"answered"`
	Total     int        `json:"total"`
	Band      Band       `json:"band,omitempty"`
	Text      string     `json:"text,omitempty"` // the band's interpretation
}

// Scored reports whether the dimension has a score.
func (d DimensionResult) Scored() bool { return d.Score != nil }

// SkillResult is one rated skill against the level a first-line lead needs.
type SkillResult struct {
	Skill      *Skill `json:"-"`
	ID         string `json:"id"`
	Current    int    `json:"current"`
	Importance int    `json:"importance"`
	Needed     int    `json:"needed"`
}

// Gap is how many levels the skill is below the level needed, at least 0.
func (s SkillResult) Gap() int { return max(0, s.Needed-s.Current) }

func (r *Profile) count(c *Content, a *Answers) {
	n := &r.Answered
	for _, id := range c.items() {
		n.ItemsTotal++
		if _, ok := ValidRating(a.Ratings[id]); ok {
			n.Items++
		}
	}
	for _, e := range c.Expectations {
		n.ExpectationsTotal++
		p := a.Expectations[e.ID]
		if p.Me != 0 && p.Org != 0 {
			n.Expectations++
		}
	}
	for _, s := range c.Skills {
		n.SkillsTotal++
		if r := a.Skills[s.ID]; r.Current != 0 {
			n.Skills++
		}
	}
	n.Delegations = len(a.FilledRows())
	for _, t := range a.Reflections {
		if len(t) > 0 {
			n.Reflections++
		}
	}
}

// Readiness is an item's rating turned so that higher means more ready:
// reverse statements and step-in scenarios are flipped.
func (it Item) Readiness(v int) int {
	if it.Reverse || it.StepIn {
		return Scale + 1 - v
	}
	return v
}

func dimensions(c *Content, a *Answers) []DimensionResult {
	out := make([]DimensionResult, 0, len(c.Dimensions))
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		dr := DimensionResult{Dimension: d, ID: d.ID, Name: d.Name, Total: len(d.Items)}
		sum := 0
		for _, it := range d.Items {
			v, ok := ValidRating(a.Ratings[it.ID])
			if !ok {
				continue
			}
			sum += it.Readiness(v) - 1
			dr.Answered++
		}
		if dr.Answered >= MinItems {
			s := int(math.Round(float64(sum) * 100 / float64(dr.Answered*(Scale-1))))
			dr.Score = &s
			switch {
			case s < LowBand:
				dr.Band, dr.Text = Low, d.Low
			case s < HighBand:
				dr.Band, dr.Text = Mid, d.Mid
			default:
				dr.Band, dr.Text = High, d.High
			}
		}
		out = append(out, dr)
	}
	return out
}

func flat(ds []DimensionResult) bool {
	lo, hi, n := 101, -1, 0
	for _, d := range ds {
		if d.Score != nil {
			lo, hi, n = min(lo, *d.Score), max(hi, *d.Score), n+1
		}
	}
	return n >= 3 && hi-lo < FlatSpread
}

func skills(c *Content, a *Answers) []SkillResult {
	var out []SkillResult
	for i := range c.Skills {
		s := &c.Skills[i]
		rt := a.Skills[s.ID]
		cur, ok := ValidRating(rt.Current)
		if !ok {
			continue
		}
		imp, _ := ValidRating(rt.Importance)
		out = append(out, SkillResult{Skill: s, ID: s.ID, Current: cur, Importance: imp, Needed: s.Needed})
	}
	slices.SortStableFunc(out, func(x, y SkillResult) int {
		if x.Gap() != y.Gap() {
			return y.Gap() - x.Gap()
		}
		return y.Importance - x.Importance
	})
	return out
}

// Dimension returns the result for a dimension ID, or nil.
func (r *Profile) Dimension(id string) *DimensionResult {
	for i := range r.Dimensions {
		if r.Dimensions[i].ID == id {
			return &r.Dimensions[i]
		}
	}
	return nil
}

// Skill returns the result for a rated skill, or nil.
func (r *Profile) Skill(id string) *SkillResult {
	for i := range r.Skills {
		if r.Skills[i].ID == id {
			return &r.Skills[i]
		}
	}
	return nil
}

// ValidRating returns v and whether it is a rating on the scale.
func ValidRating(v int) (int, bool) { return v, v >= 1 && v <= Scale }
