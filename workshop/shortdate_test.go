package workshop

import (
	"strings"
	"testing"
)

func TestReadShortDate(t *testing.T) {
	for _, tt := range []struct {
		in    string
		order DateOrder
		want  string // YYYY-MM-DD, or a part of the error
	}{
		{"2/28/2027", MonthFirst, "2027-02-28"},
		{"02/28/2027", MonthFirst, "2027-02-28"},
		{" 2/8/27 ", MonthFirst, "2027-02-08"},
		{"28/2/2027", MonthFirst, "2027-02-28"}, // cannot be month-first: day-first
		{"28.2.2027", DayFirst, "2027-02-28"},
		{"2/8/2027", DayFirst, "2027-08-02"},
		{"2/28/2027", DayFirst, "2027-02-28"}, // cannot be day-first
		{"2027-02-28", MonthFirst, "2027-02-28"},
		{"2027-2-8", DayFirst, "2027-02-08"},
		{"31/02/2027", DayFirst, "February 2027 has no day 31"},
		{"31/02/2027", MonthFirst, "February 2027 has no day 31"},
		{"13/13/2027", MonthFirst, "there is no month 13"},
		{"lots", MonthFirst, `"lots" is not a date: type it as MM/DD/YYYY, such as 2/28/2027, or pick it from the calendar`},
		{"1/2/202", DayFirst, "four digits"},
	} {
		got, err := ReadShortDate(tt.in, tt.order)
		switch {
		case err != nil && !strings.Contains(err.Error(), tt.want):
			t.Errorf("%q (%s): %v, want %s", tt.in, tt.order.Pattern(), err, tt.want)
		case err == nil && got.Format(DateLayout) != tt.want:
			t.Errorf("%q (%s) = %s, want %s", tt.in, tt.order.Pattern(), got.Format(DateLayout), tt.want)
		}
	}
}
