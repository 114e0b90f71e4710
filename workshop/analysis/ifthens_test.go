package analysis

import (
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// A standard a supplier is not meeting gets the supplier's if-then, with
// whom the row names beside me and the evidence its support lists; a
// team member's standard keeps the guide's own.
func TestASuppliersStandardGetsTheSupplierIfThen(t *testing.T) {
	sp := &workshop.Supplier{Cues: []string{"supplier*", "contract*"}, IfThen: "Raise it with {person}, with {support}.", IfThenAny: "Raise it with {person}."}
	a := &workshop.Answers{}
	row := workshop.DelegationRow{What: "Printer supplier: next-day fixes in the contract, a week in practice", Owner: "Me, with their account manager",
		Support: "Our fault log; the contract", Level: 1, Kind: workshop.RowStandard}
	for _, tc := range []struct {
		what, support, want string
	}{
		{row.What, row.Support, "Raise it with the account manager, with our fault log and the contract."},
		{row.What, "None", "Raise it with the account manager."},
		{"Change tickets closed without notes", row.Support, ""},
	} {
		r := row
		r.What, r.Support = tc.what, tc.support
		if tc.want == "" {
			r.Owner = "Sam"
		}
		a.Delegations = []workshop.DelegationRow{r}
		if got := supplierIfThen(sp, a); got != tc.want {
			t.Errorf("row %q, support %q: got %q, want %q", tc.what, tc.support, got, tc.want)
		}
	}
}

// "I don't like being X" says the belief about being X; "not X" denies it.
func TestAFeelingAboutBeingSomethingIsNotADenial(t *testing.T) {
	for text, want := range map[string]int{
		"I don't like being the difficult customer.":   1,
		"I don't want to be the difficult customer.":   1,
		"He is not a difficult customer at all.":       0,
		"I don't think they see a difficult customer.": 0,
	} {
		if got := sentences(text)[0].hits([]string{"difficult customer"}); got != want {
			t.Errorf("%q: %d hits, want %d", text, got, want)
		}
	}
}

// An if-then variant is chosen by what the person's words say the
// trouble is; without such words the guide's own if-then stays.
func TestTheIfThenFollowsWhatMyWordsSayTheTroubleIs(t *testing.T) {
	c := fixture(t)
	c.Skills[2].IfThenSaid = []workshop.SaidIfThen{{Cues: []string{"picking sides"}, IfThen: "When I make a call, I hear both first."}}
	a := mixed(c)
	id := c.Dimensions[0].Prompts[0].ID
	a.Reflections[id] = "If I give it to Marta, Viktor will read it as me picking sides again."
	if f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z"}, 0, today); f.IfThen != "When I make a call, I hear both first." {
		t.Errorf("if-then %q: my words say the trouble is a call", f.IfThen)
	}
	a.Reflections[id] = "Viktor asked me for the Friday off again."
	if f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z"}, 0, today); f.IfThen == "When I make a call, I hear both first." {
		t.Errorf("if-then %q chosen without the words for it", f.IfThen)
	}
}
