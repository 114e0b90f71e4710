package analysis

import (
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// lacksOneToOnes reports whether my answers say I hold no regular
// one-to-ones: I rated the skill they belong to (workshop.Routes.People)
// at level 1, or disagreed with one of its statements ("I keep a regular
// one-to-one with each person"). A step then never starts "at our next
// one-to-one": there is none to start at.
func lacksOneToOnes(c *workshop.Content, a *workshop.Answers) bool {
	people := c.Routes.People
	if people == "" {
		return false
	}
	if v, ok := workshop.ValidRating(a.Skills[people].Current); ok && v == 1 {
		return true
	}
	for _, it := range allItems(c) {
		if it.Skill != people || it.IsScenario() || it.Reverse {
			continue
		}
		if v, ok := workshop.ValidRating(a.Ratings[it.ID]); ok && v <= 2 {
			return true
		}
	}
	return false
}

// withoutOneToOnes is the first step that books the one-to-ones a step
// would otherwise presuppose (workshop.Guide.FirstStepWithoutOneToOnes),
// starting with the people my words name; "" when the guide has none or
// I hold them.
func withoutOneToOnes(c *workshop.Content, a *workshop.Answers, g workshop.Guide, people []string) string {
	if g.FirstStepWithoutOneToOnes == "" || !lacksOneToOnes(c, a) {
		return ""
	}
	first := ""
	if len(people) > 0 {
		first = ", starting with " + listAnd(people)
	}
	return strings.ReplaceAll(g.FirstStepWithoutOneToOnes, "{first}", first)
}
