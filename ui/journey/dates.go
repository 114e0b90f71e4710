package journey

import (
	"time"

	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// dateField is a date picker bound to a stored date (YYYY-MM-DD, or empty):
// the person picks from a calendar or types in their locale's format.
func dateField(stored string, onChange func(stored string)) *widget.DateEntry {
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
	return e
}
