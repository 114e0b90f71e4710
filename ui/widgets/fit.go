package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Fit shows a radio group's options across when they fit the width it is
// given, and one under the other when they do not, so no text size makes
// a window wider than its longest option.
func Fit(r *widget.RadioGroup) fyne.CanvasObject { return container.New(&fitLayout{r: r}, r) }

// fitLayout is Fit's layout: as narrow as the options stacked, as tall as
// the way they are shown.
type fitLayout struct{ r *widget.RadioGroup }

// across is the group's size with its options side by side.
func (l *fitLayout) across() fyne.Size {
	was := l.r.Horizontal
	l.r.Horizontal = true
	s := l.r.MinSize()
	l.r.Horizontal = was
	return s
}

// down is the group's size with its options one under the other.
func (l *fitLayout) down() fyne.Size {
	was := l.r.Horizontal
	l.r.Horizontal = false
	s := l.r.MinSize()
	l.r.Horizontal = was
	return s
}

// MinSize implements fyne.Layout.
func (l *fitLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(l.down().Width, l.r.MinSize().Height)
}

// Layout implements fyne.Layout: it turns the options across or down
// for the width given.
func (l *fitLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	if across := size.Width >= l.across().Width; across != l.r.Horizontal {
		l.r.Horizontal = across
		l.r.Refresh()
	}
	l.r.Move(fyne.NewPos(0, 0))
	l.r.Resize(fyne.NewSize(size.Width, l.r.MinSize().Height))
}
