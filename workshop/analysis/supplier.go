package analysis

import (
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// supplierIfThen is the if-then for a standard on my map that a supplier
// is not meeting (workshop.Supplier), with the person who answers for it
// and the evidence my row names; "" when the first standard on my map is
// not a supplier's.
func supplierIfThen(sp *workshop.Supplier, a *workshop.Answers) string {
	rows := a.RowsOf(workshop.RowStandard)
	if sp == nil || len(rows) == 0 || !hitsCues(rows[0].What, sp.Cues) && !hitsCues(rows[0].Owner, sp.Cues) {
		return ""
	}
	r := rows[0]
	text := sp.IfThenAny
	if !isNone(r.Support) {
		text = sp.IfThen
	}
	return strings.NewReplacer("{person}", concerned(r, a.Participant), "{support}", supportWords(r)).Replace(text)
}
