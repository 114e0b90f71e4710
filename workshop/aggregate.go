package workshop

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"slices"
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
	// MinRange is the fewest answers before the mean, the middle half of
	// the room and the score bands are shown. The lowest and highest
	// scores are never shown: at any room size they are one person's own.
	MinRange = 10
	// MinCategory is the fewest people a category (a mismatch kind, a
	// score band) needs for its count to be shown.
	MinCategory = 3
	// ScoreStep is what medians and means of scores are rounded to, so
	// one person more or less does not show as an exact difference.
	ScoreStep = 10
)

// RoomAggregates are anonymous room-level figures for discussion. They
// are stored as the frozen results of a phase (PhaseResults), by the IDs
// of the content's items; Bind points them at the content again.
type RoomAggregates struct {
	Participants int               `json:"participants"`
	Dimensions   []DimensionSpread `json:"dimensions,omitempty"`
	Mismatches   []MismatchCount   `json:"mismatches,omitempty"`
	Gaps         []GapMean         `json:"gaps,omitempty"`
	// Progress is the room's before-and-after of a follow-up session, and
	// Reassessed how many people have re-assessed (followupsession.go).
	Progress   []DimensionChange `json:"progress,omitempty"`
	Reassessed int               `json:"reassessed,omitempty"`
}

// DimensionSpread is how a readiness dimension spreads across the room.
type DimensionSpread struct {
	ID        string     `json:"id"`
	Dimension *Dimension `json:"-"`
	Spread
}

// Spread is a room figure over per-person scores (0-100), as
// AnonymousSpread lets it be shown.
type Spread struct {
	N        int  `json:"n"`
	Median   int  `json:"median"`   // rounded to ScoreStep
	HasRange bool `json:"hasRange"` // Mean, Low and High are set: at least MinRange answers
	Mean     int  `json:"mean"`     // rounded to ScoreStep
	// Low and High bound the middle half of the room (its lower and upper
	// quartile), rounded to ScoreStep: a range, never anyone's own score.
	Low  int `json:"low"`
	High int `json:"high"`
	// Buckets count scores 0-19, 20-39, 40-59, 60-79 and 80-100, only
	// from MinRange answers; a band with fewer than MinCategory people is
	// Hidden.
	Buckets [5]Count `json:"buckets"`
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
//   - the mean (rounded to ScoreStep), the middle half (quartiles rounded
//     to ScoreStep) and the score bands only from MinRange values; a band
//     with fewer than MinCategory people is hidden;
//   - never the lowest or highest value: one person who joins between two
//     views is the new lowest or highest exactly when their answers are
//     extreme, and would be read off the difference.
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
		sp.HasRange = true
		sp.Low = roundTo(float64(s[len(s)/4]), ScoreStep)
		sp.High = roundTo(float64(s[len(s)-1-len(s)/4]), ScoreStep)
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
	ID          string       `json:"id"`
	Expectation *Expectation `json:"-"`
	N           int          `json:"n"`
	MeMore      Count        `json:"meMore"`
	OrgMore     Count        `json:"orgMore"`
	Rank        `json:"rank"`
}

// Total is the number of people with either mismatch that may be shown.
func (m MismatchCount) Total() int { return m.MeMore.shown() + m.OrgMore.shown() }

// GapMean is a skill's average gap to the level a first-line lead needs,
// rounded to a whole level.
type GapMean struct {
	ID      string  `json:"id"`
	Skill   *Skill  `json:"-"`
	N       int     `json:"n"`
	MeanGap float64 `json:"meanGap"`
	Rank    `json:"rank"`
}

// Aggregate computes the room's figures under the anonymity rule: a
// figure answered by fewer than MinGroup people is left out, and every
// figure is shown as AnonymousSpread and anonymousCount allow. Mismatches
// and gaps are ranked by their unrounded values (see rank).
func Aggregate(c *Content, all []*Answers) RoomAggregates {
	r := RoomAggregates{Participants: len(all)}
	scores := map[string][]int{}
	type kinds struct{ n, meMore, orgMore int }
	mism := map[string]*kinds{}
	type sums struct{ n, gap int }
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
			gm.gap += g.Gap()
		}
	}
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		if sp, ok := AnonymousSpread(scores[d.ID]); ok {
			r.Dimensions = append(r.Dimensions, DimensionSpread{ID: d.ID, Dimension: d, Spread: sp})
		}
	}
	var mismatchShares, gapMeans []rankItem
	for i := range c.Expectations {
		e := &c.Expectations[i]
		if m := mism[e.ID]; m != nil && m.n >= MinGroup {
			mc := MismatchCount{ID: e.ID, Expectation: e, N: m.n, MeMore: anonymousCount(m.meMore), OrgMore: anonymousCount(m.orgMore)}
			r.Mismatches = append(r.Mismatches, mc)
			mismatchShares = append(mismatchShares, rankItem{name: e.Statement, value: float64(mc.Total()) / float64(m.n), n: m.n})
		}
	}
	rankedMismatches := make([]MismatchCount, 0, len(r.Mismatches))
	for _, p := range rankFigures(mismatchShares) {
		m := r.Mismatches[p.at]
		m.Rank = p.Rank
		rankedMismatches = append(rankedMismatches, m)
	}
	r.Mismatches = rankedMismatches
	for i := range c.Skills {
		s := &c.Skills[i]
		if g := gaps[s.ID]; g != nil && g.n >= MinGroup {
			mean := float64(g.gap) / float64(g.n)
			r.Gaps = append(r.Gaps, GapMean{ID: s.ID, Skill: s, N: g.n, MeanGap: math.Round(mean)})
			gapMeans = append(gapMeans, rankItem{name: s.Name, value: mean, n: g.n})
		}
	}
	rankedGaps := make([]GapMean, 0, len(r.Gaps))
	for _, p := range rankFigures(gapMeans) {
		g := r.Gaps[p.at]
		g.Rank = p.Rank
		rankedGaps = append(rankedGaps, g)
	}
	r.Gaps = rankedGaps
	r.Progress, r.Reassessed = roomProgress(c, all)
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
			figures = append(figures, figure{"mean", d.Mean}, figure{"middle half from", d.Low}, figure{"middle half to", d.High})
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
	rows = append(rows, r.progressRows()...)
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}
