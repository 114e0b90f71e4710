package workshop

import "strings"

// OwnMeasureMark follows the name of a measure drafted from the
// person's own count ("Reopened tickets a week"), before the sentence of
// theirs it quotes ("Reopened tickets a week, as I put it: “Six or seven
// …”"), or "above" where the why quotes it already.
const OwnMeasureMark = ", as I put it"

// MeasureName is what the goal counts, without the sentence an own
// measure quotes; the whole indicator otherwise.
func (g Goal) MeasureName() string {
	name, _, _ := strings.Cut(strings.TrimSpace(g.Measurable), OwnMeasureMark)
	return name
}
