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

// saidIfThen is the guide's if-then for what my words say the trouble is
// (workshop.SaidIfThen): the first variant whose cues a sentence of my
// reflections has; "" when none does.
func saidIfThen(c *workshop.Content, g workshop.Guide, a *workshop.Answers) string {
	for _, v := range g.IfThenSaid {
		for _, p := range prompts(c) {
			for _, s := range sentences(a.Reflections[p.ID]) {
				if s.hits(v.Cues) > 0 {
					return v.IfThen
				}
			}
		}
	}
	return ""
}
