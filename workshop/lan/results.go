package lan

import (
	"context"
	"fmt"
	"slices"

	"github.com/leadshift/leadshift/workshop"
)

// Aggregates are the room's anonymous figures for the current phase: the
// ones frozen when its results were first shown (ShowResults), or none
// before that. Going to another phase and back, a restart and the room CSV
// all read the same frozen figures, so one person joining, answering or
// being removed within a phase cannot be read off two views.
func (h *Host) Aggregates() workshop.RoomAggregates {
	phase := h.snap.Load().state.Phase
	h.resultsMu.Lock()
	defer h.resultsMu.Unlock()
	agg, _ := workshop.ResultsOf(h.results, phase)
	return agg
}

// ResultsShown reports whether the current phase's results were taken.
func (h *Host) ResultsShown() bool {
	phase := h.snap.Load().state.Phase
	h.resultsMu.Lock()
	defer h.resultsMu.Unlock()
	_, ok := workshop.ResultsOf(h.results, phase)
	return ok
}

// LatestResults are the figures taken last in this room, the most
// complete it has shown, and false when none were taken.
func (h *Host) LatestResults() (workshop.RoomAggregates, bool) {
	h.resultsMu.Lock()
	defer h.resultsMu.Unlock()
	return workshop.LatestResults(h.results)
}

// Answered is how many people in the room have answered everything the
// current phase asks: the facilitator's cue that a chart is ready.
func (h *Host) Answered() int {
	phase := h.snap.Load().state.Current()
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, m := range h.members {
		if m.info.Counted(m.answers) && workshop.AnsweredPhase(h.content, m.answers, phase) {
			n++
		}
	}
	return n
}

// ShowResults takes the current phase's figures from the answers of every
// member still in the room and freezes them for the phase, stored with
// the room so that a restart shows the same. It does nothing when the
// phase's results were already taken: showing them twice must not let a
// late answer be singled out. When too few people have answered for the
// phase's chart it takes nothing and returns workshop.ErrTooFewAnswers.
func (h *Host) ShowResults(ctx context.Context) error {
	h.stateMu.Lock()
	defer h.stateMu.Unlock()
	state := h.snap.Load().state
	phase := state.Phase
	h.resultsMu.Lock()
	_, done := workshop.ResultsOf(h.results, phase)
	h.resultsMu.Unlock()
	if done {
		return nil
	}
	h.mu.Lock()
	var all []*workshop.Answers
	for _, m := range h.members {
		if m.info.Counted(m.answers) {
			all = append(all, m.answers)
		}
	}
	h.mu.Unlock()
	taken := workshop.PhaseResults{Phase: phase, Figures: workshop.Aggregate(h.content, all)}
	if !taken.Figures.Charted(state.Current()) {
		return workshop.ErrTooFewAnswers
	}
	rec := h.record
	rec.State = state
	rec.Results = append(slices.Clip(rec.Results), taken)
	if err := h.store.SaveRoom(ctx, &rec); err != nil {
		return fmt.Errorf("saving the room's results: %w", err)
	}
	h.record.Results = rec.Results
	h.resultsMu.Lock()
	h.results = append(slices.Clip(h.results), taken)
	h.resultsMu.Unlock()
	h.changed()
	return nil
}

// bindResults points stored results at the room's content.
func bindResults(stored []workshop.PhaseResults, c *workshop.Content) []workshop.PhaseResults {
	out := slices.Clone(stored)
	for i := range out {
		out[i].Figures.Bind(c)
	}
	return out
}
