package analysis

import (
	"fmt"

	"github.com/leadshift/leadshift/workshop"
)

// oneOff reports whether a row of my map is one decision made once by a
// date (workshop.OneOff), owned by a person: it is decided, not passed on
// each time it lands.
func oneOff(c *workshop.Content, r workshop.DelegationRow, o rowOwner) bool {
	x := c.Delegation.OneOff
	return x != nil && r.By != "" && o.kind == workshop.OwnerPerson && !o.up &&
		(hitsCues(r.Owner, x.Cues) || hitsCues(r.Support, x.Cues))
}

// decides is a one-off decision said as it happens: who decides it by
// when ("Lin decides "Postgres 16 upgrade" by 15 January 2027").
func decides(r workshop.DelegationRow, o rowOwner) string {
	return fmt.Sprintf("%s decides \"%s\" by %s", closeAside(o.short()), rowName(r.What), workshop.Long(r.By))
}

// decideStep is the first step for a one-off decision: ask its owner to
// make it by its date.
func decideStep(r workshop.DelegationRow, o rowOwner) string {
	return fmt.Sprintf("Ask %s to decide \"%s\" by %s, and agree what support from me would help.", closeAside(o.short()), rowName(r.What), workshop.Long(r.By))
}
