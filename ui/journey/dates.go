package journey

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"

	"github.com/leadshift/leadshift/workshop"
)

// dateField is a date picker bound to a stored date (YYYY-MM-DD, or empty):
// the person picks from a calendar or types the date as they write it
// (workshop.ReadShortDate: the locale's order, leading zeros or not, an
// unambiguous day-first date), with the locale's pattern as its hint.
// What it cannot read, its validator says in a sentence.
func dateField(stored string, onChange func(stored string)) *widget.DateEntry {
	order := localeOrder()
	e := widget.NewDateEntry()
	if t, err := time.Parse(workshop.DateLayout, stored); err == nil {
		e.SetDate(&t)
	}
	e.OnChanged = func(t *time.Time) {
		if t == nil {
			onChange("")
			return
		}
		onChange(t.Format(workshop.DateLayout))
	}
	// The date entry sets its strict validator and text handler when its
	// renderer is made: make it now, then read dates as people type them.
	e.Refresh()
	e.Validator = func(in string) error {
		if strings.TrimSpace(in) == "" {
			return nil
		}
		_, err := workshop.ReadShortDate(in, order)
		return err
	}
	e.Entry.OnChanged = func(in string) {
		if strings.TrimSpace(in) == "" {
			e.Date = nil
			e.OnChanged(nil)
			return
		}
		if t, err := workshop.ReadShortDate(in, order); err == nil {
			e.Date = &t
			e.OnChanged(&t)
		}
	}
	e.PlaceHolder = order.Pattern() + " or pick from the calendar"
	return e
}

// checkedDate is a dateField with a one-line message under it that says
// what it cannot read, in a sentence; the hint inside names the format.
type checkedDate struct {
	*widget.DateEntry
	check *widgets.Checked
}

// newCheckedDate is a dateField for stored with its message under it;
// hint says what the date is for ("Hand over by"), and the locale's
// pattern follows it.
func newCheckedDate(stored, hint string, onChange func(stored string)) *checkedDate {
	e := dateField(stored, onChange)
	d := &checkedDate{DateEntry: e, check: widgets.WithMessageUnder(e, &e.Entry)}
	d.setHint(hint)
	return d
}

// setHint says what the date is for, keeping the format beside it.
func (d *checkedDate) setHint(hint string) {
	d.SetPlaceHolder(hint + ", " + localeOrder().Pattern())
}

// box is the field with its message, to lay out.
func (d *checkedDate) box() fyne.CanvasObject { return d.check.Box }

// localeOrder is the order in which the locale writes short dates, read
// from how a date entry shows 22 November 2033.
func localeOrder() workshop.DateOrder {
	probe := widget.NewDateEntry()
	d := time.Date(2033, 11, 22, 0, 0, 0, 0, time.UTC)
	probe.SetDate(&d)
	y, m, day := strings.Index(probe.Text, "2033"), strings.Index(probe.Text, "11"), strings.Index(probe.Text, "22")
	switch {
	case y >= 0 && y < m && y < day:
		return workshop.YearFirst
	case day >= 0 && day < m:
		return workshop.DayFirst
	}
	return workshop.MonthFirst
}
