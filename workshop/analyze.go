package workshop

import (
	"fmt"
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

// Report is the one analysis of a participant's answers. The screens, the
// PDF, the room's charts, the CSV and `leadshift analyze` all read it;
// nothing else scores answers.
type Report struct {
	Dimensions   []DimensionResult   `json:"dimensions"`
	Flat         bool                `json:"flat"` // scored dimensions lie within FlatSpread points
	Expectations []ExpectationResult `json:"expectations"`
	Skills       []SkillResult       `json:"skills"`
	Focus        []Suggestion        `json:"focus"`
	// Candidates are every skill and the role decision, ranked by their
	// evidence, each saying why it was or was not chosen. The plan step
	// offers the top ones to swap in.
	Candidates []Candidate `json:"candidates"`
	// HeldBack is set when the answer pattern (all in the middle, agreeing
	// with everything, too few answers) means no focus can be read from
	// them: the plan is a talk-it-through plan.
	HeldBack FlagKind `json:"heldBack,omitempty"`
	// Judgement is how the situations were answered: stepping in too
	// often and too rarely, each on its own.
	Judgement Judgement `json:"judgement"`
	Strengths []string  `json:"strengths"`
	Flags     []Flag    `json:"flags"`
	Questions []string  `json:"questions"` // for the manager: core ones, then per mismatch
	// Answered counts what the analysis could use, so empty cases get
	// words of their own.
	Answered Answered `json:"answered"`
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

// Analyze reads a participant's answers against a content pack.
func Analyze(c *Content, a *Answers) *Report {
	r := &Report{}
	r.count(c, a)
	r.Dimensions = dimensions(c, a)
	r.Flat = flat(r.Dimensions)
	r.Expectations = expectations(c, a)
	r.Skills = skills(c, a)
	r.Judgement = judgement(c, a)
	r.Flags = flags(c, a, r)
	suggest(c, a, r)
	r.Strengths = strengths(c, r)
	r.Questions = questions(c, r)
	// Empty lists stay lists, so `leadshift analyze` prints [] rather than null.
	r.Expectations, r.Skills, r.Focus = nonNil(r.Expectations), nonNil(r.Skills), nonNil(r.Focus)
	r.Candidates = nonNil(r.Candidates)
	r.Strengths, r.Flags, r.Questions = nonNil(r.Strengths), nonNil(r.Flags), nonNil(r.Questions)
	return r
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func (r *Report) count(c *Content, a *Answers) {
	n := &r.Answered
	for _, id := range c.items() {
		n.ItemsTotal++
		if _, ok := validRating(a.Ratings[id]); ok {
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
	n.Delegations = len(a.filledDelegations())
	for _, t := range a.Reflections {
		if len(t) > 0 {
			n.Reflections++
		}
	}
}

// readiness is an item's rating turned so that higher means more ready:
// reverse statements and step-in scenarios are flipped.
func readiness(it Item, v int) int {
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
			v, ok := validRating(a.Ratings[it.ID])
			if !ok {
				continue
			}
			sum += readiness(it, v) - 1
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
		cur, ok := validRating(rt.Current)
		if !ok {
			continue
		}
		imp, _ := validRating(rt.Importance)
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
func (r *Report) Dimension(id string) *DimensionResult {
	for i := range r.Dimensions {
		if r.Dimensions[i].ID == id {
			return &r.Dimensions[i]
		}
	}
	return nil
}

// Skill returns the result for a rated skill, or nil.
func (r *Report) Skill(id string) *SkillResult {
	for i := range r.Skills {
		if r.Skills[i].ID == id {
			return &r.Skills[i]
		}
	}
	return nil
}

func validRating(v int) (int, bool) { return v, v >= 1 && v <= Scale }

// handsOffSources are the indicators of skills whose high answers can
// mean absence rather than trust: hand-overs, check-ins, escalations that
// no longer reach me, evenings I do not work.
var handsOffSources = []Source{SourceHandovers, SourceCheckins, SourceEscalations, SourceAfterHours}

// strengths names what to build on: high dimensions, then skills rated
// above the level a first-line lead needs. It leaves out the skills the
// plan works on, those other answers call into question, those with
// evidence of a gap beyond the self-rating, and dimensions holding a
// step-in situation left to the team. An answer pattern that cannot be
// read gives no strengths.
func strengths(c *Content, r *Report) []string {
	if r.HeldBack != "" {
		return nil
	}
	skip := map[string]bool{}
	for _, f := range r.Focus {
		skip[f.ID] = true
	}
	for _, f := range r.Flags {
		if f.Kind == FlagSelfRating {
			skip[f.Items[0]] = true
		}
	}
	for _, c := range r.Candidates {
		other := 0.0
		for _, e := range c.Evidence {
			if e.Source != "self-rating" {
				other += e.Weight
			}
		}
		if other >= minScore {
			skip[c.ID] = true
		}
	}
	// Leaving too much to the team looks like letting go in every answer
	// about handing over: none of those is a strength then.
	handsOff := func(skill string) bool {
		sk := c.Skill(skill)
		return r.Judgement.Abdicates() && sk != nil && slices.Contains(handsOffSources, sk.Indicator.Source)
	}
	var out []string
	for _, d := range r.Dimensions {
		withheld := slices.ContainsFunc(d.Dimension.Items, func(it Item) bool { return slices.Contains(r.Judgement.Withheld, it.ID) })
		if d.Band == High && !withheld && !handsOff(d.Dimension.Skill) {
			out = append(out, fmt.Sprintf("%s (%d of 100)", d.Name, *d.Score))
		}
	}
	for _, s := range r.Skills {
		if !skip[s.ID] && !handsOff(s.ID) && (s.Current > s.Needed || s.Current == Scale) {
			out = append(out, fmt.Sprintf("%s: %s", s.Skill.Name, s.Skill.Levels[s.Current-1]))
		}
	}
	return out[:min(4, len(out))]
}
