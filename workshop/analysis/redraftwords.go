package analysis

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// describe says what a redraft changed from old to p, one sentence each,
// and names what it kept as the person wrote it.
func describe(old, p *workshop.Plan) (changed, kept []string) {
	for i, f := range p.Focus {
		j := slices.IndexFunc(old.Focus, func(o workshop.FocusArea) bool { return o.Skill == f.Skill && (f.Skill != "" || o.Title == f.Title) })
		if j < 0 {
			changed = append(changed, fmt.Sprintf("Focus area %d is now \u201c%s\u201d, from your new answers.", i+1, f.Title))
			continue
		}
		if line := areaChange(i, old.Focus[j], f); line != "" {
			changed = append(changed, line)
		}
	}
	for _, o := range old.Focus {
		if !slices.ContainsFunc(p.Focus, func(f workshop.FocusArea) bool { return f.Skill == o.Skill }) {
			changed = append(changed, fmt.Sprintf("\u201c%s\u201d is no longer a focus area: your new answers point elsewhere.", o.Title))
		}
	}
	var follow []string
	days := 0
	same := map[string]bool{
		workshop.PlanShift: old.Shift == p.Shift, workshop.PlanStrengths: slices.Equal(old.Strengths, p.Strengths),
		workshop.PlanStopDoing: slices.Equal(old.StopDoing, p.StopDoing), workshop.PlanObstacles: reflect.DeepEqual(old.Obstacles, p.Obstacles),
		workshop.PlanDay30: old.Day30 == p.Day30, workshop.PlanDay60: old.Day60 == p.Day60, workshop.PlanDay90: old.Day90 == p.Day90,
	}
	for _, field := range planOrder {
		if s, ok := same[field]; ok && !s {
			follow = append(follow, planWords[field])
			if strings.HasPrefix(field, "day") {
				days++
			}
		}
	}
	if days > 1 { // the three milestones are named as one
		follow = slices.DeleteFunc(follow, func(w string) bool { return strings.HasSuffix(w, "milestone") })
		follow = append(follow, "the 30-60-90 milestones")
	}
	if len(follow) > 0 {
		changed = append(changed, capitalise(list(follow))+follows(follow)+" your new answers.")
	}
	if old.Note != p.Note {
		changed = append(changed, "What the plan says about your answers follows them too.")
	}
	if !slices.Equal(old.Talk, p.Talk) {
		changed = append(changed, "What is worth talking through follows them too.")
	}
	for _, field := range planOrder {
		if p.IsEdited(field) {
			kept = append(kept, planWords[field])
		}
	}
	for i, f := range p.Focus {
		var mine []string
		for _, fld := range areaFields {
			if f.IsEdited(fld.name) {
				mine = append(mine, fld.words)
			}
		}
		for _, k := range workshop.Kinds {
			if f.IsEdited(workshop.AreaAction + string(k)) {
				mine = append(mine, actionWords[k])
			}
		}
		if len(mine) > 0 {
			kept = append(kept, fmt.Sprintf("in focus area %d, %s", i+1, list(mine)))
		}
	}
	return changed, kept
}

// areaChange says how focus area i changed between old and f, or "".
func areaChange(i int, old, f workshop.FocusArea) string {
	name := fmt.Sprintf("Focus area %d (%s)", i+1, f.Title)
	var parts []string
	switch {
	case old.Goal.Baseline == f.Goal.Baseline && old.Goal.Target == f.Goal.Target:
	case strings.TrimSpace(old.Goal.Baseline) == "":
		parts = append(parts, fmt.Sprintf("today and target are filled in from your week: %s now, %s by the end", f.Goal.Baseline, f.Goal.Target))
	default:
		parts = append(parts, fmt.Sprintf("today and target are now %s and %s (were %s and %s)", f.Goal.Baseline, f.Goal.Target, old.Goal.Baseline, old.Goal.Target))
	}
	var follow []string
	if old.Why != f.Why || old.Current != f.Current || old.Target != f.Target {
		follow = append(follow, "the why")
	}
	for _, fld := range areaFields {
		if fld.name != workshop.AreaBaseline && fld.name != workshop.AreaTarget && *fld.of(&old) != *fld.of(&f) {
			follow = append(follow, fld.words)
		}
	}
	for _, k := range workshop.Kinds {
		if !slices.Equal(old.ActionsOf(k), f.ActionsOf(k)) {
			follow = append(follow, actionWords[k])
		}
	}
	if len(follow) > 0 {
		parts = append(parts, list(follow)+follows(follow)+" your new answers")
	}
	if len(parts) == 0 {
		return ""
	}
	return name + ": " + strings.Join(parts, "; ") + "."
}

// list joins words as people do: "a", "a and b", "a, b and c".
func list(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// plural are the names of fields that are plural, for the verb after them.
var plural = map[string]bool{"the strengths": true, "the obstacles": true, "the 30-60-90 milestones": true}

// follows is the verb after a list of things: " follows" after one
// thing ("the why"), " follow" after several or a plural ("the strengths").
func follows(words []string) string {
	if len(words) == 1 && !plural[words[0]] {
		return " follows"
	}
	return " follow"
}
