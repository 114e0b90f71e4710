package analysis

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// Redrafted is a plan drafted again from changed answers, with what that
// changed and what it kept, in words for the person.
type Redrafted struct {
	Plan *workshop.Plan
	// Changed says what the new answers changed, one sentence each.
	Changed []string
	// Kept names the fields kept as the person wrote them.
	Kept []string
}

// Draft is NewPlan, stamped with the answers it was drafted from, so a
// later change to them can be told (see Redraft).
func Draft(c *workshop.Content, a *workshop.Answers, r *Report, start time.Time) *workshop.Plan {
	p := NewPlan(c, a, r, start)
	p.DraftedFrom = a.Digest()
	return p
}

// Stale reports whether the answers have changed since p was drafted.
func Stale(a *workshop.Answers, p *workshop.Plan) bool { return p.DraftedFrom != a.Digest() }

// Redraft drafts old again from the answers as they are now, keeping
// every field the person wrote themselves (Plan.Edited and
// FocusArea.Edited) and the dates; everything else follows the answers.
// The focus areas follow the analysis unless the person chose them: an
// area they wrote in, or made themselves, stays in its place.
func Redraft(c *workshop.Content, a *workshop.Answers, r *Report, old *workshop.Plan, start time.Time) Redrafted {
	slots := focusSlots(old, r)
	r2 := *r
	r2.Focus = nil
	for _, s := range slots {
		if s.sug != nil {
			r2.Focus = append(r2.Focus, *s.sug)
		}
	}
	fresh := NewPlan(c, a, &r2, start)
	p := &workshop.Plan{Note: fresh.Note, Talk: fresh.Talk, Manager: old.Manager,
		ManagerTalk: old.ManagerTalk, Buddy: old.Buddy, BuddyCheckIn: old.BuddyCheckIn, Reviews: fresh.Reviews,
		Edited: slices.Clone(old.Edited), DraftedFrom: a.Digest()}
	if len(old.Reviews) == len(fresh.Reviews) {
		p.Reviews = slices.Clone(old.Reviews) // dates come from the day, not the answers
	}
	k := 0
	for _, s := range slots {
		if s.sug == nil {
			p.Focus = append(p.Focus, *s.old) // the person's own focus area
			continue
		}
		p.Focus = append(p.Focus, mergeArea(s.old, fresh.Focus[k]))
		k++
	}
	keep := func(field string, mine, drafted string) string {
		if old.IsEdited(field) {
			return mine
		}
		return drafted
	}
	keepList := func(field string, mine, drafted []string) []string {
		if old.IsEdited(field) {
			return mine
		}
		return drafted
	}
	p.Shift = keep(workshop.PlanShift, old.Shift, shift(c, a, p.Focus))
	p.Strengths = keepList(workshop.PlanStrengths, old.Strengths, fresh.Strengths)
	p.StopDoing = keepList(workshop.PlanStopDoing, old.StopDoing, fresh.StopDoing)
	d30, d60, d90 := fresh.Day30, fresh.Day60, fresh.Day90
	if r.HeldBack == "" || r.HeldBack == FlagNothing {
		d30, d60, d90 = milestones(c, a, p, start, waitsOn(c, a, r, p.Focus)) // they follow the areas as kept
	}
	p.Day30 = keep(workshop.PlanDay30, old.Day30, d30)
	p.Day60 = keep(workshop.PlanDay60, old.Day60, d60)
	p.Day90 = keep(workshop.PlanDay90, old.Day90, d90)
	p.Obstacles = obstacles(c, a, r, p.Focus)
	if old.IsEdited(workshop.PlanObstacles) {
		p.Obstacles = old.Obstacles
	}
	changed, kept := describe(old, p)
	return Redrafted{Plan: p, Changed: changed, Kept: kept}
}

// slot is one focus area of a redrafted plan: what it was (nil for a new
// one) and the suggestion it is drafted from (nil for the person's own
// area, kept as it is).
type slot struct {
	old *workshop.FocusArea
	sug *Suggestion
}

// focusSlots chooses the focus areas of a redraft. When the person chose
// the areas, they stay; otherwise the analysis's suggestions come first,
// and each area the person wrote in (or made) takes the place of the last
// suggestion they did not write in.
func focusSlots(old *workshop.Plan, r *Report) []slot {
	held := func(f *workshop.FocusArea) bool {
		return f != nil && (len(f.Edited) > 0 || f.Skill == "" || suggestionFor(r, f.Skill) == nil)
	}
	own := func(f *workshop.FocusArea) slot {
		if f.Skill == "" {
			return slot{old: f}
		}
		return slot{old: f, sug: suggestionFor(r, f.Skill)}
	}
	var out []slot
	if old.IsEdited(workshop.PlanFocus) {
		for i := range old.Focus {
			out = append(out, own(&old.Focus[i]))
		}
		return out
	}
	for i := range r.Focus {
		s := slot{sug: &r.Focus[i]}
		if j := slices.IndexFunc(old.Focus, func(f workshop.FocusArea) bool { return f.Skill == r.Focus[i].ID }); j >= 0 {
			s.old = &old.Focus[j]
		}
		out = append(out, s)
	}
	for i := range old.Focus {
		f := &old.Focus[i]
		if !held(f) || slices.ContainsFunc(out, func(s slot) bool { return s.old == f }) {
			continue
		}
		at := len(out)
		for j := len(out) - 1; j >= 0; j-- {
			if !held(out[j].old) {
				at = j
				break
			}
		}
		if at == len(out) {
			out = append(out, own(f))
		} else {
			out[at] = own(f)
		}
	}
	return out
}

// suggestionFor is the analysis's suggestion for a skill or the role
// focus: the chosen one, else its candidate; nil when the pack has none.
func suggestionFor(r *Report, id string) *Suggestion {
	for i := range r.Focus {
		if r.Focus[i].ID == id {
			return &r.Focus[i]
		}
	}
	for i := range r.Candidates {
		if r.Candidates[i].ID == id {
			return &r.Candidates[i].Suggestion
		}
	}
	return nil
}

// mergeArea is the drafted area with what the person wrote in old kept,
// and old's dates.
func mergeArea(old *workshop.FocusArea, drafted workshop.FocusArea) workshop.FocusArea {
	if old == nil {
		return drafted
	}
	f := drafted
	f.Edited = slices.Clone(old.Edited)
	f.FirstStepDate, f.Goal.By, f.Goal.TimeBound, f.Measure = old.FirstStepDate, old.Goal.By, old.Goal.TimeBound, old.Measure
	for _, fld := range areaFields {
		if old.IsEdited(fld.name) {
			*fld.of(&f) = *fld.of(old)
		}
	}
	for _, k := range workshop.Kinds {
		if !old.IsEdited(workshop.AreaAction + string(k)) {
			continue
		}
		mine := old.ActionsOf(k)
		f.Actions = slices.DeleteFunc(f.Actions, func(a workshop.PlanAction) bool { return a.Kind == k })
		f.Actions = append(f.Actions, mine...)
	}
	slices.SortStableFunc(f.Actions, func(x, y workshop.PlanAction) int {
		return slices.Index(workshop.Kinds, x.Kind) - slices.Index(workshop.Kinds, y.Kind)
	})
	return f
}

// areaField is one text field of a focus area: its name in Edited, what
// it is called for people, and where it is.
type areaField struct {
	name, words string
	of          func(*workshop.FocusArea) *string
}

var areaFields = []areaField{
	{workshop.AreaTitle, "the title", func(f *workshop.FocusArea) *string { return &f.Title }},
	{workshop.AreaSpecific, "the goal", func(f *workshop.FocusArea) *string { return &f.Goal.Specific }},
	{workshop.AreaMeasurable, "what you count", func(f *workshop.FocusArea) *string { return &f.Goal.Measurable }},
	{workshop.AreaBaseline, "today's number", func(f *workshop.FocusArea) *string { return &f.Goal.Baseline }},
	{workshop.AreaTarget, "the target", func(f *workshop.FocusArea) *string { return &f.Goal.Target }},
	{workshop.AreaAchievable, "why it is achievable", func(f *workshop.FocusArea) *string { return &f.Goal.Achievable }},
	{workshop.AreaRelevant, "why it matters", func(f *workshop.FocusArea) *string { return &f.Goal.Relevant }},
	{workshop.AreaIfThen, "the if-then plan", func(f *workshop.FocusArea) *string { return &f.IfThen }},
	{workshop.AreaSupport, "the support", func(f *workshop.FocusArea) *string { return &f.Support }},
	{workshop.AreaFirstStep, "the first step", func(f *workshop.FocusArea) *string { return &f.FirstStep }},
}

// actionWords name each kind of action for people.
var actionWords = map[workshop.Kind]string{"70": "the on-the-job action", "20": "the action with others", "10": "the reading or course"}

// planWords name the plan's own fields for people.
var planWords = map[string]string{
	workshop.PlanShift: "the shift line", workshop.PlanFocus: "your choice of focus areas", workshop.PlanStrengths: "the strengths",
	workshop.PlanStopDoing: "what you stop doing", workshop.PlanDay30: "the day-30 milestone", workshop.PlanDay60: "the day-60 milestone",
	workshop.PlanDay90: "the day-90 milestone", workshop.PlanObstacles: "the obstacles",
}

// planOrder is the order the plan's fields are named in.
var planOrder = []string{workshop.PlanFocus, workshop.PlanShift, workshop.PlanStrengths, workshop.PlanStopDoing,
	workshop.PlanDay30, workshop.PlanDay60, workshop.PlanDay90, workshop.PlanObstacles}

// AdoptEdits marks, in a plan saved before plans kept track of what the
// person wrote, every field that differs from a draft of the answers as
// they are now as written by the person: so nothing they may have written
// is ever drafted over. Empty fields hold nothing to keep.
func AdoptEdits(c *workshop.Content, a *workshop.Answers, r *Report, p *workshop.Plan, start time.Time) {
	draft := NewPlan(c, a, r, start)
	skills := func(fs []workshop.FocusArea) []string {
		out := make([]string, len(fs))
		for i, f := range fs {
			out[i] = f.Skill
		}
		return out
	}
	if len(p.Focus) > 0 && !slices.Equal(skills(p.Focus), skills(draft.Focus)) {
		p.MarkEdited(workshop.PlanFocus)
	}
	texts := map[string][2]string{
		workshop.PlanShift: {p.Shift, draft.Shift}, workshop.PlanDay30: {p.Day30, draft.Day30},
		workshop.PlanDay60: {p.Day60, draft.Day60}, workshop.PlanDay90: {p.Day90, draft.Day90},
		workshop.PlanStrengths: {strings.Join(p.Strengths, "\n"), strings.Join(draft.Strengths, "\n")},
		workshop.PlanStopDoing: {strings.Join(p.StopDoing, "\n"), strings.Join(draft.StopDoing, "\n")},
		workshop.PlanObstacles: {fmt.Sprint(p.Obstacles), fmt.Sprint(draft.Obstacles)},
	}
	for _, field := range planOrder {
		if v, ok := texts[field]; ok && v[0] != "" && v[0] != "[]" && v[0] != v[1] {
			p.MarkEdited(field)
		}
	}
	var taken []string // own measures, as NewPlan drafts them
	for i := range p.Focus {
		f := &p.Focus[i]
		sug := suggestionFor(r, f.Skill)
		if sug == nil {
			continue // the person's own area is kept whole
		}
		d := newFocusArea(c, a, *sug, i, start, taken)
		taken = append(taken, d.Goal.Measurable)
		for _, fld := range areaFields {
			if mine := *fld.of(f); mine != "" && mine != *fld.of(&d) {
				f.MarkEdited(fld.name)
			}
		}
		for _, k := range workshop.Kinds {
			if mine := f.ActionsOf(k); len(mine) > 0 && !slices.Equal(mine, d.ActionsOf(k)) {
				f.MarkEdited(workshop.AreaAction + string(k))
			}
		}
	}
}
