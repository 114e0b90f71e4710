package assets

import (
	"regexp"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// atANextOneToOne is a step that happens at a one-to-one it does not book.
var atANextOneToOne = regexp.MustCompile(`(?i)\b(at|in) (my|our|the) next one-to-one\b`)

// A first step that happens at a one-to-one has the step that books them
// first, for a person who said they hold none: a plan never presupposes a
// practice the person lacks.
func TestAStepAtAOneToOneCanBookItFirst(t *testing.T) {
	c, err := BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	check := func(where string, g workshop.Guide) {
		if atANextOneToOne.MatchString(g.FirstStep) && g.FirstStepWithoutOneToOnes == "" {
			t.Errorf("%s: first step %q happens at a one-to-one, with no firstStepWithoutOneToOnes", where, g.FirstStep)
		}
		if atANextOneToOne.MatchString(g.FirstStepWithoutOneToOnes) {
			t.Errorf("%s: firstStepWithoutOneToOnes %q presupposes one", where, g.FirstStepWithoutOneToOnes)
		}
	}
	found := 0
	for _, sk := range c.Skills {
		check(sk.ID, sk.Guide)
		if sk.Under != nil {
			check(sk.ID+" under", sk.Under.Guide)
		}
		for _, tn := range sk.Turns {
			check(tn.ID, tn.Guide)
		}
		if sk.FirstStepWithoutOneToOnes != "" {
			found++
		}
	}
	if found == 0 {
		t.Error("no skill books its one-to-ones first: the check above checked nothing")
	}
}

// No persona's plan opens two focus areas with the same act.
func TestNoPlanOpensTwoFocusAreasTheSameWay(t *testing.T) {
	c := builtin(t)
	for _, tr := range readTruths(t) {
		a := loadPersona(t, c, tr.name)
		seen := map[string]string{}
		for _, f := range analysis.NewPlan(c, a, analysis.Analyze(c, a), a.Created).Focus {
			act, _, _ := strings.Cut(f.FirstStep, ". From today")
			if other, ok := seen[act]; ok {
				t.Errorf("%s: %s opens like %s: %q", tr.name, f.Title, other, act)
			}
			seen[act] = f.Title
		}
	}
}
