package workshop

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
)

// The anonymity rule of the room's figures (docs/protocol.md, Privacy).
// Every figure shown on the projector or written to the room CSV goes
// through AnonymousSpread or anonymousCount, and nothing else turns one
// person's answers into a room figure.
const (
	// MinGroup is the fewest answers any room figure needs: below it the
	// figure is left out.
	MinGroup = 5
	// MinRange is the fewest answers before the lowest and highest scores
	// are shown: with fewer, they are too often one person's own.
	MinRange = 10
	// MinCategory is the fewest people a category (a mismatch kind, a
	// score band) needs for its count to be shown.
	MinCategory = 3
	// ScoreStep is what medians and means of scores are rounded to, so
	// one person more or less does not show as an exact difference.
	ScoreStep = 10
)

// RoomAggregates are anonymous room-level figures for discussion.
type RoomAggregates struct {
	Participants int
	Dimensions   []DimensionSpread
	Mismatches   []MismatchCount
	Gaps         []GapMean
}

// DimensionSpread is how a readiness dimension spreads across the room.
type DimensionSpread struct {
	Dimension *Dimension
	Spread
}

// Spread is a room figure over per-person scores (0-100), as
// AnonymousSpread lets it be shown.
type Spread struct {
	N        int
	Median   int  // rounded to ScoreStep
	HasRange bool // Mean, Min and Max are set: at least MinRange answers
	Mean     int  // rounded to ScoreStep
	Min, Max int
	// Buckets count scores 0-19, 20-39, 40-59, 60-79 and 80-100, only
	// from MinRange answers; a band with fewer than MinCategory people is
	// Hidden.
	Buckets [5]Count
}

// Count is how many people are in a category, or Hidden when there are
// fewer than MinCategory.
type Count int

// Hidden is a count too small to show.
const Hidden Count = -1

// String is the count, or "fewer than 3".
func (c Count) String() string {
	if c == Hidden {
		return fmt.Sprintf("fewer than %d", MinCategory)
	}
	return strconv.Itoa(int(c))
}

// shown is the count, or 0 when hidden.
func (c Count) shown() int { return max(0, int(c)) }

// anonymousCount is how a category of n people is shown.
func anonymousCount(n int) Count {
	if n < MinCategory {
		return Hidden
	}
	return Count(n)
}

// AnonymousSpread is the anonymity rule for per-person scores: it returns
// the figure that may be shown, and false when it must be left out.
// Callers pass one value per person who has a score, leaving out people
// whose score cannot be computed.
//
//   - fewer than MinGroup values: nothing is shown;
//   - the median is rounded to ScoreStep;
//   - the mean (rounded to ScoreStep), the lowest and highest value and the
//     score bands only from MinRange values; a band with fewer than
//     MinCategory people is hidden.
func AnonymousSpread(values []int) (Spread, bool) {
	if len(values) < MinGroup {
		return Spread{}, false
	}
	s := slices.Sorted(slices.Values(values))
	// The middle value (the upper one of two), never an average of two:
	// an average moves with the newcomer's exact score.
	sp := Spread{N: len(s), Median: roundTo(float64(s[len(s)/2]), ScoreStep)}
	sum := 0
	var bands [5]int
	for _, v := range s {
		sum += v
		bands[min(max(v, 0)/20, 4)]++
	}
	if len(s) >= MinRange {
		sp.Mean = roundTo(float64(sum)/float64(len(s)), ScoreStep)
		sp.HasRange, sp.Min, sp.Max = true, s[0], s[len(s)-1]
		for i, n := range bands {
			sp.Buckets[i] = anonymousCount(n)
		}
	}
	return sp, true
}

// roundTo rounds v to the nearest multiple of step.
func roundTo(v float64, step int) int {
	return int(math.Round(v/float64(step))) * step
}

// MismatchCount counts how many people expect more of a statement than
// they believe their organisation does (MeMore), and how many believe the
// organisation expects more than they do (OrgMore); a kind with fewer than
// MinCategory people is Hidden.
type MismatchCount struct {
	Expectation     *Expectation
	N               int
	MeMore, OrgMore Count
}

// Total is the number of people with either mismatch that may be shown.
func (m MismatchCount) Total() int { return m.MeMore.shown() + m.OrgMore.shown() }

// GapMean is a skill's average gap to the level a first-line lead needs,
// rounded to a whole level.
type GapMean struct {
	Skill   *Skill
	N       int
	MeanGap float64
}

// Aggregate computes the room's figures under the anonymity rule: a
// figure answered by fewer than MinGroup people is left out, and every
// figure is shown as AnonymousSpread and anonymousCount allow.
func Aggregate(c *Content, all []*Answers) RoomAggregates {
	r := RoomAggregates{Participants: len(all)}
	scores := map[string][]int{}
	type kinds struct{ n, meMore, orgMore int }
	mism := map[string]*kinds{}
	type sums struct {
		n   int
		gap float64
	}
	gaps := map[string]*sums{}
	for _, a := range all {
		rep := ReadProfile(c, a)
		for _, d := range rep.Dimensions {
			if d.Scored() {
				scores[d.ID] = append(scores[d.ID], *d.Score)
			}
		}
		for _, al := range rep.Expectations {
			m := mism[al.ID]
			if m == nil {
				m = &kinds{}
				mism[al.ID] = m
			}
			m.n++
			switch al.Quadrant {
			case NotSupported, MythHeld:
				m.meMore++
			case RoleGap, MythPushed:
				m.orgMore++
			}
		}
		for _, g := range rep.Skills {
			gm := gaps[g.ID]
			if gm == nil {
				gm = &sums{}
				gaps[g.ID] = gm
			}
			gm.n++
			gm.gap += float64(g.Gap())
		}
	}
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		if sp, ok := AnonymousSpread(scores[d.ID]); ok {
			r.Dimensions = append(r.Dimensions, DimensionSpread{Dimension: d, Spread: sp})
		}
	}
	for i := range c.Expectations {
		e := &c.Expectations[i]
		if m := mism[e.ID]; m != nil && m.n >= MinGroup {
			r.Mismatches = append(r.Mismatches, MismatchCount{Expectation: e, N: m.n,
				MeMore: anonymousCount(m.meMore), OrgMore: anonymousCount(m.orgMore)})
		}
	}
	sort.SliceStable(r.Mismatches, func(i, j int) bool { return r.Mismatches[i].Total() > r.Mismatches[j].Total() })
	for i := range c.Skills {
		s := &c.Skills[i]
		if g := gaps[s.ID]; g != nil && g.n >= MinGroup {
			r.Gaps = append(r.Gaps, GapMean{Skill: s, N: g.n, MeanGap: math.Round(g.gap / float64(g.n))})
		}
	}
	sort.SliceStable(r.Gaps, func(i, j int) bool { return r.Gaps[i].MeanGap > r.Gaps[j].MeanGap })
	return r
}

// WriteCSV writes the aggregates as one CSV table: section, item, and the
// figures; a spreadsheet can filter by section.
func (r RoomAggregates) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	rows := [][]string{{"section", "id", "name", "respondents", "figure", "value"}}
	itoa := strconv.Itoa
	for _, d := range r.Dimensions {
		type figure struct {
			name string
			v    int
		}
		figures := []figure{{"median", d.Median}}
		if d.HasRange {
			figures = append(figures, figure{"mean", d.Mean}, figure{"min", d.Min}, figure{"max", d.Max})
		}
		for _, f := range figures {
			rows = append(rows, []string{"readiness", d.Dimension.ID, d.Dimension.Name, itoa(d.N), f.name, itoa(f.v)})
		}
	}
	for _, m := range r.Mismatches {
		rows = append(rows,
			[]string{"expectations", m.Expectation.ID, m.Expectation.Statement, itoa(m.N), "I expect more", m.MeMore.String()},
			[]string{"expectations", m.Expectation.ID, m.Expectation.Statement, itoa(m.N), "organisation expects more", m.OrgMore.String()})
	}
	for _, g := range r.Gaps {
		rows = append(rows,
			[]string{"skill gaps", g.Skill.ID, g.Skill.Name, itoa(g.N), "mean levels below needed", fmt.Sprintf("%.2f", g.MeanGap)})
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}
