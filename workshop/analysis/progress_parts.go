package analysis

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// sameFocus reports whether a recorded focus area is the plan's f: the
// same skill, or for a custom focus the same title.
func sameFocus(rec workshop.FocusProgress, f workshop.FocusArea) bool {
	if f.Skill != "" {
		return rec.Skill == f.Skill
	}
	return rec.Skill == "" && rec.Title == f.Title
}

// lastValue is the focus area's indicator as last counted on or before
// date, at a check-in or a re-assessment (the re-assessment counting
// last on its day).
func lastValue(a *workshop.Answers, f workshop.FocusArea, date string) (v float64, on string, ok bool) {
	take := func(recs []workshop.FocusProgress, d string) {
		for _, r := range recs {
			if sameFocus(r, f) && r.Value != nil && d <= date && d >= on {
				v, on, ok = *r.Value, d, true
			}
		}
	}
	for _, c := range a.CheckIns {
		take(c.Focus, c.Date)
	}
	for _, r := range a.Rounds {
		take(r.Focus, r.Date)
	}
	return v, on, ok
}

func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// indicatorChange says where a focus area's indicator stands on date
// against its baseline and target.
func indicatorChange(a *workshop.Answers, f workshop.FocusArea, date string) IndicatorChange {
	g := f.Goal
	ic := IndicatorChange{Title: f.Title, Measure: g.Measurable, Baseline: g.Baseline, Target: g.Target}
	now, _, ok := lastValue(a, f, date)
	if !ok {
		ic.Words = "Not counted since the workshop, so there is nothing to read yet: count it this week."
		return ic
	}
	ic.Now = number(now)
	base, berr := leadingValue(g.Baseline)
	target, terr := leadingValue(g.Target)
	switch {
	case terr != nil && strings.TrimSpace(g.Target) != "":
		// A target in words ("every one", "the split agreed by day 30").
		ic.Words = fmt.Sprintf("%s now, aimed at %s.", ic.Now, strings.TrimSpace(g.Target))
	case terr != nil:
		ic.Words = fmt.Sprintf("%s now; the plan set no number to aim at.", ic.Now)
	case berr != nil:
		ic.Words = fmt.Sprintf("%s now, aimed at %s; the workshop had no count to start from.", ic.Now, g.Target)
	default:
		ic.Words = towards(base, now, target)
	}
	return ic
}

// towards says how far a value went from base towards target.
func towards(base, now, target float64) string {
	b, n, t := number(base), number(now), number(target)
	down := target < base
	gained := now - base
	if down {
		gained = -gained
	}
	switch {
	case (down && now <= target) || (!down && now >= target):
		return fmt.Sprintf("Target reached: from %s to %s, aimed at %s.", b, n, t)
	case gained > 0:
		return fmt.Sprintf("On the way: from %s to %s, aimed at %s.", b, n, t)
	case gained == 0:
		return fmt.Sprintf("Not moved yet: still %s, aimed at %s. Worth asking what stands in the way.", n, t)
	}
	return fmt.Sprintf("Gone the other way: from %s to %s, aimed at %s. Talk through what changed around you, not only what you did.", b, n, t)
}

// handOvers says where each row of the delegation map stands.
func handOvers(rows []workshop.DelegationRow) []string {
	var out []string
	for _, r := range rows {
		if strings.TrimSpace(r.What) == "" {
			continue
		}
		now := r.Now()
		back := slices.IndexFunc(r.Status, func(s workshop.RowStatus) bool { return s.State == workshop.StateTakenBack })
		var s string
		switch now.State {
		case workshop.StateHanded:
			s = fmt.Sprintf("“%s”: handed over to %s on %s at delegation level %d, and held since", r.What, r.Owner, workshop.Long(now.Date), now.Level)
			if back >= 0 {
				s += fmt.Sprintf(", after being taken back on %s", workshop.Long(r.Status[back].Date))
			}
			s += "."
		case workshop.StateTakenBack:
			s = fmt.Sprintf("“%s”: taken back on %s", r.What, workshop.Long(now.Date))
			if now.Why != "" {
				s += ": " + now.Why
			} else {
				s += "."
			}
		default:
			s = fmt.Sprintf("“%s”: not recorded as handed over yet.", r.What)
		}
		out = append(out, s)
	}
	return out
}

// statusWords name an open action's status in the report.
var statusWords = map[workshop.ActionStatus]string{
	workshop.ActionNotStarted: "Not started",
	workshop.ActionStarted:    "Started",
	workshop.ActionBlocked:    "Blocked",
}

// actionsDone reads how the focus area's actions stood at the last
// check-in that recorded it; false when none did.
func actionsDone(a *workshop.Answers, f workshop.FocusArea) (ActionsDone, bool) {
	for i := len(a.CheckIns) - 1; i >= 0; i-- {
		j := slices.IndexFunc(a.CheckIns[i].Focus, func(r workshop.FocusProgress) bool { return sameFocus(r, f) })
		if j < 0 || len(a.CheckIns[i].Focus[j].Actions) == 0 {
			continue
		}
		acts := a.CheckIns[i].Focus[j].Actions
		d := ActionsDone{Title: f.Title}
		done := 0
		for _, act := range acts {
			if act.Status == workshop.ActionDone {
				done++
				continue
			}
			s := statusWords[act.Status] + ": " + act.Text
			if act.Why != "" {
				s += " (" + act.Why + ")"
			}
			d.Open = append(d.Open, s)
		}
		d.Words = fmt.Sprintf("%d of %d done by %s", done, len(acts), workshop.Long(a.CheckIns[i].Date))
		return d, true
	}
	return ActionsDone{}, false
}

// pulseResults lists each pulse question the round has tallies for, the
// answers most often first.
func pulseResults(p *workshop.Pulse, tallies map[string]workshop.Tally) []PulseResult {
	if p == nil {
		return nil
	}
	var out []PulseResult
	for _, q := range p.Questions {
		t, ok := tallies[q.ID]
		if !ok || t.Total() == 0 {
			continue
		}
		var parts []string
		for i := len(p.Options) - 1; i >= 0; i-- {
			if i < len(t) {
				parts = append(parts, fmt.Sprintf("%s %d", p.Options[i], t[i]))
			}
		}
		out = append(out, PulseResult{Question: q.Text, Words: fmt.Sprintf("%s (%d answers)", strings.Join(parts, ", "), t.Total())})
	}
	return out
}

// nextWords sets the focus the new round points to beside the plan's.
func nextWords(p *workshop.Plan, r *Report) []string {
	if r.HeldBack != "" {
		return []string{"The pattern of the re-take's answers holds the analysis back from choosing a focus: choose the next one with your manager, from what the last 90 days showed."}
	}
	var out []string
	if p != nil {
		for _, f := range p.Focus {
			if f.Skill == "" {
				continue
			}
			if slices.ContainsFunc(r.Focus, func(s Suggestion) bool { return s.ID == f.Skill }) {
				out = append(out, fmt.Sprintf("%s stays a focus: the re-take's answers point to it again. Another 90 days on it is not a failure; habits take longer than a quarter.", f.Title))
			} else {
				out = append(out, fmt.Sprintf("%s no longer comes out first from the re-take's answers. Keep what you built, and agree with your manager how you will notice if it slips.", f.Title))
			}
		}
	}
	for _, s := range r.Focus {
		if p == nil || !slices.ContainsFunc(p.Focus, func(f workshop.FocusArea) bool { return f.Skill == s.ID }) {
			out = append(out, fmt.Sprintf("%s comes up as a focus for the next 90 days. %s", s.Title, s.Why))
		}
	}
	if len(out) == 0 {
		out = append(out, "Nothing stands out from the re-take's answers: choose the next focus with your manager.")
	}
	return out
}
