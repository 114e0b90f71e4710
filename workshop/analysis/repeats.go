package analysis

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
)

// fromRepeats writes the goal and the on-the-job action from the repeat
// problems my map names (workshop.Repeats): the pack's "three most
// repeated ticket types" when I named them myself. At most two rows are
// named, so the sentences stay readable; the usual side only.
func fromRepeats(sk *workshop.Skill, a *workshop.Answers, s Suggestion, f *workshop.FocusArea) {
	if sk == nil || sk.Repeats == nil || s.Turn != "" || s.Under {
		return
	}
	var named []string
	for _, r := range a.FilledRows() {
		if len(named) < 2 && hitsCues(r.What, sk.Repeats.Cues) && !slices.Contains(named, "\""+rowName(r.What)+"\"") {
			named = append(named, "\""+rowName(r.What)+"\"")
		}
	}
	if len(named) == 0 {
		return
	}
	fill := strings.NewReplacer("{repeats}", listAnd(named)).Replace
	if goal := fill(sk.Repeats.Goal); utf8.RuneCountInString(goal) <= workshop.PlanTextLimit {
		f.Goal.Specific = goal
	}
	if i := slices.IndexFunc(f.Actions, func(x workshop.PlanAction) bool { return x.Kind == workshop.Experience }); i >= 0 {
		f.Actions[i].Text = fill(sk.Repeats.Action)
	}
}
