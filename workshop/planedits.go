package workshop

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"time"
)

// The plan's fields a person can write themselves, as Plan.Edited names
// them. A field they have written is kept when the plan is drafted again.
const (
	PlanShift     = "shift"
	PlanFocus     = "focus" // the choice of focus areas: one added, removed or swapped in
	PlanStrengths = "strengths"
	PlanStopDoing = "stopDoing"
	PlanDay30     = "day30"
	PlanDay60     = "day60"
	PlanDay90     = "day90"
	PlanObstacles = "obstacles"
)

// A focus area's fields a person can write themselves, as
// FocusArea.Edited names them; an action is named by its kind,
// AreaAction+"70".
const (
	AreaTitle      = "title"
	AreaSpecific   = "specific"
	AreaMeasurable = "measurable"
	AreaBaseline   = "baseline"
	AreaTarget     = "target"
	AreaAchievable = "achievable"
	AreaRelevant   = "relevant"
	AreaAction     = "action"
	AreaIfThen     = "ifThen"
	AreaSupport    = "support"
	AreaFirstStep  = "firstStep"
)

// MarkEdited records that the person wrote field themselves.
func (p *Plan) MarkEdited(field string) { p.Edited = addOnce(p.Edited, field) }

// IsEdited reports whether the person wrote field themselves.
func (p *Plan) IsEdited(field string) bool { return slices.Contains(p.Edited, field) }

// MarkEdited records that the person wrote field themselves.
func (f *FocusArea) MarkEdited(field string) { f.Edited = addOnce(f.Edited, field) }

// IsEdited reports whether the person wrote field themselves.
func (f *FocusArea) IsEdited(field string) bool { return slices.Contains(f.Edited, field) }

func addOnce(list []string, field string) []string {
	if slices.Contains(list, field) {
		return list
	}
	return append(list, field)
}

// Digest identifies the answers a plan is drafted from: everything the
// participant answered in the exercises, and nothing about the plan,
// the step they are on, the time, the sharing choice or the follow-up. Two answers with
// the same digest draft the same plan.
func (a *Answers) Digest() string {
	c := *a
	c.Plan, c.Step, c.Share, c.History = nil, "", false, nil
	c.Created, c.Updated = time.Time{}, time.Time{}
	// What happened after the workshop is no answer the plan is drafted
	// from: a check-in, a round or a hand-over leaves the plan as it is.
	c.Rounds, c.CheckIns = nil, nil
	c.Delegations = cloneRows(a.Delegations)
	for i := range c.Delegations {
		c.Delegations[i].Status = nil
	}
	data, err := json.Marshal(&c)
	if err != nil { // answers are plain data; this does not happen
		panic(fmt.Sprintf("answers digest: %v", err))
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:12])
}

// Problem is what keeps one field of a focus area from being complete,
// in a sentence for the person, on that field.
type Problem struct {
	Field string // one of the Area* names, or "firstStepDate"
	Text  string
}

// AreaFirstStepDate names the first step's date in a Problem.
const AreaFirstStepDate = "firstStepDate"

// Unfinished lists the exercises before the plan that still miss
// answers, in journey order: while there are any, the plan is drafted
// from part of the answers.
func (a *Answers) Unfinished(c *Content) []Step {
	var out []Step
	for _, st := range exerciseSteps {
		if st != StepPlan && len(a.Missing(c, st)) > 0 {
			out = append(out, st)
		}
	}
	return out
}
