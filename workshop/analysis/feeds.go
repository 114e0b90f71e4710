package analysis

import (
	"strings"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// startFromAgreement dates a focus area's first step after the agreement
// it starts from (workshop.Feeds): the team's goals are drafted once the
// priorities they come from are agreed, not before. A count the old step
// started still starts on its own date.
func startFromAgreement(c *workshop.Content, a *workshop.Answers, focus []workshop.FocusArea, start time.Time) {
	manager := managerOf(a)
	for _, f := range focus {
		t, ok := storyFor(c, a, f)
		if !ok || t.Feeds == nil || f.Goal.Measurable != capitalise(t.fill(t.Measure, t.MeasureAny, manager)) {
			continue
		}
		agreed := day(start, 30*(t.Feeds.Slot+1))
		for j := range focus {
			g := &focus[j]
			if g.Skill != t.Feeds.Skill || g.FirstStepDate > agreed {
				continue
			}
			step := strings.NewReplacer("{manager}", manager, "{when}", "by "+workshop.Long(agreed)).Replace(t.Feeds.FirstStep)
			step = capitalise(strings.TrimRight(step, ".")) + "."
			if _, count, ok := strings.Cut(g.FirstStep, " From today I "); ok {
				step += " Meanwhile, from " + workshop.Long(g.FirstStepDate) + ", I " + count
			}
			g.FirstStep, g.FirstStepDate = step, day(start, 30*(t.Feeds.Slot+1)+1)
		}
	}
}
