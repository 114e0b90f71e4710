package console

import (
	"fmt"

	"github.com/leadshift/leadshift/workshop"
)

// progressChart draws a follow-up session's before-and-after: per
// re-taken dimension, the room's median at the workshop and now, among
// those who re-assessed, as frozen when the results were shown. A bar
// runs from one to the other, marked at now.
func progressChart(agg workshop.RoomAggregates, shown bool) chart {
	c := chart{title: "Readiness, 0 to 100, at the workshop and now: the median of those who re-assessed"}
	for _, p := range agg.Progress {
		then, now := float64(p.Before.Median)/100, float64(p.After.Median)/100
		c.rows = append(c.rows, chartRow{label: p.Dimension.Name, value: fmt.Sprintf("about %d then, %d now", p.Before.Median, p.After.Median),
			lo: min(then, now), hi: max(then, now), mid: now, ranged: true})
	}
	switch {
	case len(c.rows) > 0:
		c.title += fmt.Sprintf(" (%d people)", agg.Reassessed)
	case shown:
		c.note = fmt.Sprintf("Fewer than %d people had re-assessed when the results were shown.", workshop.MinGroup)
	default:
		c.note = fmt.Sprintf("The room's before and after appears here when %d or more people have re-assessed and the facilitator shows the results.", workshop.MinGroup)
	}
	return c
}
