package analysis

import (
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// withPeople is the guide's indicator for the people my words for the
// focus name (workshop.Guide.IndicatorWith), when they name two or more;
// else the guide's own.
func withPeople(g workshop.Guide, named []string) workshop.Indicator {
	w := g.IndicatorWith
	if w == nil || len(named) < 2 {
		return g.Indicator
	}
	fill := strings.NewReplacer("{people}", listAnd(named)).Replace
	return workshop.Indicator{Text: fill(w.Text), Source: w.Source, Tally: fill(w.Tally), Short: fill(w.Short), Per: w.Per}
}

// indicatorOf is the indicator a drafted focus area counts: the one for
// the people its measure names, when its guide has one and the measure is
// it, else its guide's.
func indicatorOf(c *workshop.Content, a *workshop.Answers, f workshop.FocusArea) workshop.Indicator {
	g := guideOf(c, f)
	if g.IndicatorWith != nil {
		if ind := withPeople(g, namedIn(f.Goal.Measurable, teamNames(a))); ind.Text == f.Goal.Measurable {
			return ind
		}
	}
	return g.Indicator
}
