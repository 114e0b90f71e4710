package journey

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/workshop"
)

// TestDateFieldReadsDatesAsPeopleTypeThem: a date typed without leading
// zeros or day-first (where it can only be day-first) is stored; one that
// is no date is refused with a sentence saying why, and stores nothing.
func TestDateFieldReadsDatesAsPeopleTypeThem(t *testing.T) {
	test.NewTempApp(t)
	order := localeOrder()
	stored := "2027-01-05"
	e := dateField(stored, func(s string) { stored = s })
	w := test.NewWindow(e)
	defer w.Close()
	if !strings.Contains(e.PlaceHolder, order.Pattern()) {
		t.Errorf("hint %q does not give the format %s", e.PlaceHolder, order.Pattern())
	}
	typed := map[workshop.DateOrder]string{workshop.MonthFirst: "2/8/2027", workshop.DayFirst: "8/2/2027", workshop.YearFirst: "2027-2-8"}[order]
	for _, tt := range []struct{ in, want string }{
		{typed, "2027-02-08"},
		{"28/2/2027", "2027-02-28"},
		{"2/28/2027", "2027-02-28"},
		{"2027-03-01", "2027-03-01"},
	} {
		e.SetText("")
		test.Type(e, tt.in)
		if stored != tt.want || e.Validate() != nil {
			t.Errorf("typed %q (%s): stored %q, %v; want %s", tt.in, order.Pattern(), stored, e.Validate(), tt.want)
		}
	}
	e.SetText("")
	stored = "kept"
	test.Type(e, "31/02/2027")
	if err := e.Validate(); err == nil || !strings.Contains(err.Error(), "February 2027 has no day 31") || stored == "2027-03-03" {
		t.Errorf("31/02/2027: %v, stored %q", err, stored)
	}
}
