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
