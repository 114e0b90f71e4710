package manager

import (
	"maps"
	"slices"

	"github.com/leadshift/leadshift/workshop"
)

// CarriedOver is response r bound to answers a instead of the answers it
// was made for: for a request the participant made from their own earlier
// answers on the same laptop (before a workshop, say), answered by their
// manager and added once they have started other answers. Only the
// binding changes; the caller checks that r's answers are the
// participant's own (CanCarryOver) and asks them first.
func CarriedOver(r *Response, a *workshop.Answers) *Response {
	out := *r
	out.AnswersID = a.ID
	out.Expectations, out.Skills = maps.Clone(r.Expectations), maps.Clone(r.Skills)
	out.Answers, out.Commitments = slices.Clone(r.Answers), slices.Clone(r.Commitments)
	return &out
}

// CanCarryOver reports whether response r, refused by Bind for answers a,
// may be carried over to them: it was made for one of own, the IDs of
// the participant's other answers on this laptop, on a's content pack.
func CanCarryOver(r *Response, a *workshop.Answers, own []string) bool {
	return r.AnswersID != a.ID && slices.Contains(own, r.AnswersID) &&
		(r.ContentID == "" || a.ContentID == "" || r.ContentID == a.ContentID)
}
