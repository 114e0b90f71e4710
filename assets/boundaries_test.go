package assets

import (
	"testing"

	"github.com/leadshift/leadshift/workshop/analysis"
)

// Evenings lost to planned work the person does themselves are taught as
// their own work ("I do it in the evening"), not as incidents left to
// the person on call; evenings lost to call-outs keep the on-call side.
func TestOwnPlannedNightWorkIsNotAnIncident(t *testing.T) {
	c := builtin(t)
	for words, want := range map[string]string{
		"All the server patching for the depots goes through me, and I do it in the evening because nobody else has done it.": "skill.boundaries.own-work",
		"Last night I got called out for the router again, and Dev was on call, not me.":                                      "",
	} {
		a := loadPersona(t, c, "z2_night_changes")
		a.Reflections["reflect.rescue.fixed-myself"] = words
		found := false
		for _, f := range analysis.NewPlan(c, a, analysis.Analyze(c, a), a.Created).Focus {
			if f.Skill == "skill.boundaries" {
				found = true
				if f.Turn != want {
					t.Errorf("%q: boundaries taught from %q, want %q", words, f.Turn, want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no boundaries focus to check", words)
		}
	}
}
