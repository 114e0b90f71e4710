package workshop

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
)

// MinGroup is the fewest answers a room statistic needs before it is shown,
// so no single person's answers can be read off a chart.
const MinGroup = 3

// RoomAggregates are anonymous room-level figures for discussion.
type RoomAggregates struct {
	Participants int
	Dimensions   []DimensionSpread
	Mismatches   []MismatchCount
	Gaps         []GapMean
}

// DimensionSpread is how a readiness dimension spreads across the room.
type DimensionSpread struct {
	Dimension              *Dimension
	N                      int
	Min, Median, Max, Mean int
	Buckets                [5]int // scores 0-19, 20-39, 40-59, 60-79, 80-100
}

// MismatchCount counts how many people expect more of a statement than
// they believe their organisation does, and how many expect less.
type MismatchCount struct {
	Expectation     *Expectation
	N               int
	MeMore, OrgMore int
}

// Total is the number of people with either mismatch.
func (m MismatchCount) Total() int { return m.MeMore + m.OrgMore }

// GapMean is a skill's average gap to the level a first-line lead needs.
type GapMean struct {
	Skill   *Skill
	N       int
	MeanGap float64
}

// Aggregate computes the room's figures. A figure answered by fewer than
// MinGroup people is left out.
func Aggregate(c *Content, all []*Answers) RoomAggregates {
	r := RoomAggregates{Participants: len(all)}
	scores := map[string][]int{}
	mism := map[string]*MismatchCount{}
	gaps := map[string]*GapMean{}
	for _, a := range all {
		rep := Analyze(c, a)
		for _, d := range rep.Dimensions {
			if d.Scored() {
				scores[d.ID] = append(scores[d.ID], *d.Score)
			}
		}
		for _, al := range rep.Expectations {
			m := mism[al.ID]
			if m == nil {
				m = &MismatchCount{Expectation: al.Expectation}
				mism[al.ID] = m
			}
			m.N++
			switch al.Quadrant {
			case NotSupported, MythHeld:
				m.MeMore++
			case RoleGap, MythPushed:
				m.OrgMore++
			}
		}
		for _, g := range rep.Skills {
			gm := gaps[g.ID]
			if gm == nil {
				gm = &GapMean{Skill: g.Skill}
				gaps[g.ID] = gm
			}
			gm.N++
			gm.MeanGap += float64(g.Gap())
		}
	}
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		if s := scores[d.ID]; len(s) >= MinGroup {
			r.Dimensions = append(r.Dimensions, spread(d, s))
		}
	}
	for _, e := range c.Expectations {
		if m := mism[e.ID]; m != nil && m.N >= MinGroup {
			r.Mismatches = append(r.Mismatches, *m)
		}
	}
	sort.SliceStable(r.Mismatches, func(i, j int) bool { return r.Mismatches[i].Total() > r.Mismatches[j].Total() })
	for _, s := range c.Skills {
		if g := gaps[s.ID]; g != nil && g.N >= MinGroup {
			g.MeanGap /= float64(g.N)
			r.Gaps = append(r.Gaps, *g)
		}
	}
	sort.SliceStable(r.Gaps, func(i, j int) bool { return r.Gaps[i].MeanGap > r.Gaps[j].MeanGap })
	return r
}

func spread(d *Dimension, s []int) DimensionSpread {
	s = slices.Sorted(slices.Values(s))
	ds := DimensionSpread{Dimension: d, N: len(s), Min: s[0], Max: s[len(s)-1], Median: s[len(s)/2]}
	sum := 0
	for _, v := range s {
		sum += v
		ds.Buckets[min(v/20, 4)]++
	}
	ds.Mean = (sum + len(s)/2) / len(s)
	return ds
}

// WriteCSV writes the aggregates as one CSV table: section, item, and the
// figures; a spreadsheet can filter by section.
func (r RoomAggregates) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	rows := [][]string{{"section", "id", "name", "respondents", "figure", "value"}}
	itoa := strconv.Itoa
	for _, d := range r.Dimensions {
		for _, f := range []struct {
			name string
			v    int
		}{{"min", d.Min}, {"median", d.Median}, {"mean", d.Mean}, {"max", d.Max}} {
			rows = append(rows, []string{"readiness", d.Dimension.ID, d.Dimension.Name, itoa(d.N), f.name, itoa(f.v)})
		}
	}
	for _, m := range r.Mismatches {
		rows = append(rows,
			[]string{"expectations", m.Expectation.ID, m.Expectation.Statement, itoa(m.N), "I expect more", itoa(m.MeMore)},
			[]string{"expectations", m.Expectation.ID, m.Expectation.Statement, itoa(m.N), "organisation expects more", itoa(m.OrgMore)})
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
