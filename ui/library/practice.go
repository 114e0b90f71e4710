package library

import (
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// keepPractice is the tick that keeps practice phase p in the agenda or
// drops it: a dropped practice stays listed, so it can be kept again.
func (v *Setup) keepPractice(p *workshop.Phase) *widget.Check {
	keep := widget.NewCheck("Keep this practice round", func(on bool) {
		p.Dropped = !on
		v.paintTotal()
	})
	keep.Checked = !p.Dropped
	v.Keep = append(v.Keep, keep)
	return keep
}
