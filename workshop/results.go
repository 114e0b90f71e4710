package workshop

import "fmt"

// ErrTooFewAnswers means a phase's results were not taken: too few people
// had answered for its chart, so there is nothing to show yet, and taking
// them now would freeze an empty chart for the whole phase.
var ErrTooFewAnswers = fmt.Errorf("fewer than %d people have answered this phase: there is nothing to show yet", MinGroup)

// Charted reports whether the figures hold what the phase's chart shows:
// the readiness for the self-assessment, the mismatches for the
// expectations, the gaps for the skills. A phase without a chart is
// always charted.
func (r RoomAggregates) Charted(p Phase) bool {
	if p.IsFollowUp() {
		return len(r.Progress) > 0
	}
	for _, st := range p.Steps {
		switch st {
		case StepAssess, StepProfile:
			return len(r.Dimensions) > 0
		case StepExpect, StepAlign:
			return len(r.Mismatches) > 0
		case StepSkills, StepGaps:
			return len(r.Gaps) > 0
		}
	}
	return true
}

// PhaseResults are the room's figures of one phase, taken when the
// facilitator first shows them (or the phase's timer ends, or pens go
// down) and frozen from then on: going forward and back, a restart and
// the room CSV after hosting all read these, never a fresh computation, so
// a late answer cannot be singled out by comparing two views of a phase.
type PhaseResults struct {
	Phase   int            `json:"phase"` // index in the agenda
	Figures RoomAggregates `json:"figures"`
}

// ResultsOf are the frozen figures of a phase, if they were taken.
func ResultsOf(all []PhaseResults, phase int) (RoomAggregates, bool) {
	for _, r := range all {
		if r.Phase == phase {
			return r.Figures, true
		}
	}
	return RoomAggregates{}, false
}

// LatestResults are the figures taken last, the most complete the room
// has seen, if any were taken.
func LatestResults(all []PhaseResults) (RoomAggregates, bool) {
	if len(all) == 0 {
		return RoomAggregates{}, false
	}
	return all[len(all)-1].Figures, true
}

// Bind points stored figures at the content's items by their IDs,
// leaving out figures of items the content no longer has. It changes r's
// lists, never the arrays they shared with other copies.
func (r *RoomAggregates) Bind(c *Content) {
	var dims []DimensionSpread
	for _, d := range r.Dimensions {
		if d.Dimension = findByID(c.Dimensions, d.ID, func(d *Dimension) string { return d.ID }); d.Dimension != nil {
			dims = append(dims, d)
		}
	}
	var mism []MismatchCount
	for _, m := range r.Mismatches {
		if m.Expectation = findByID(c.Expectations, m.ID, func(e *Expectation) string { return e.ID }); m.Expectation != nil {
			mism = append(mism, m)
		}
	}
	var gaps []GapMean
	for _, g := range r.Gaps {
		if g.Skill = findByID(c.Skills, g.ID, func(s *Skill) string { return s.ID }); g.Skill != nil {
			gaps = append(gaps, g)
		}
	}
	var progress []DimensionChange
	for _, p := range r.Progress {
		if p.Dimension = findByID(c.Dimensions, p.ID, func(d *Dimension) string { return d.ID }); p.Dimension != nil {
			progress = append(progress, p)
		}
	}
	r.Dimensions, r.Mismatches, r.Gaps, r.Progress = dims, mism, gaps, progress
}

// findByID is the item of list with the id, or nil.
func findByID[T any](list []T, id string, idOf func(*T) string) *T {
	for i := range list {
		if idOf(&list[i]) == id {
			return &list[i]
		}
	}
	return nil
}
