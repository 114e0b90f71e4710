package workshop

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// DateOrder is the order in which a locale writes a short date.
type DateOrder int

// The short date orders.
const (
	MonthFirst DateOrder = iota // 2/28/2027
	DayFirst                    // 28/2/2027
	YearFirst                   // 2027-02-28
)

// shortDate is a typed date of three numbers with anything between them.
var shortDate = regexp.MustCompile(`^\s*(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,4})\s*\.?\s*$`)

// Pattern is how the order writes a date, for a hint: "MM/DD/YYYY".
func (o DateOrder) Pattern() string {
	switch o {
	case DayFirst:
		return "DD/MM/YYYY"
	case YearFirst:
		return "YYYY-MM-DD"
	}
	return "MM/DD/YYYY"
}

// ReadShortDate reads a date as people type it: three numbers in the
// locale's order, with or without leading zeros, with "/", ".", "-" or a
// space between them, and a four-digit year (two digits mean 20yy). A
// year written first is always read year, month, day; a date that cannot
// be month-first (28/2/2027 in a month-first locale) is read day-first,
// and the other way round. What it cannot read, it says why, in a
// sentence.
func ReadShortDate(s string, order DateOrder) (time.Time, error) {
	m := shortDate.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, fmt.Errorf("%q is not a date: type it as %s, such as %s, or pick it from the calendar",
			strings.TrimSpace(s), order.Pattern(), example(order))
	}
	n := [3]int{}
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	if len(m[1]) == 4 {
		return build(n[0], n[1], n[2])
	}
	year := n[2]
	if len(m[3]) <= 2 {
		year += 2000
	} else if len(m[3]) != 4 {
		return time.Time{}, fmt.Errorf("%q: write the year with four digits, such as %s", strings.TrimSpace(s), example(order))
	}
	first, second := n[0], n[1] // month and day when month-first
	if order == DayFirst {
		first, second = second, first
	}
	t, err := build(year, first, second)
	if err != nil && first > 12 && second <= 12 {
		return build(year, second, first) // it can only be the other way round
	}
	return t, err
}

// build is the date, or a sentence saying why there is none.
func build(year, month, day int) (time.Time, error) {
	if month < 1 || month > 12 {
		return time.Time{}, fmt.Errorf("there is no month %d: months go from 1 to 12", month)
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if day < 1 || t.Day() != day {
		return time.Time{}, fmt.Errorf("%s %d has no day %d", time.Month(month), year, day)
	}
	return t, nil
}

// example is 28 February 2027 in the order's pattern.
func example(o DateOrder) string {
	switch o {
	case DayFirst:
		return "28/2/2027"
	case YearFirst:
		return "2027-02-28"
	}
	return "2/28/2027"
}
