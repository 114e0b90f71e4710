package widgets

import "fyne.io/fyne/v2"

// RestoreSize gives a window the size it had when it last closed. Fyne has
// no API for window positions, so only the size is remembered.
func RestoreSize(a fyne.App, w fyne.Window, name string, fallback fyne.Size) {
	p := a.Preferences()
	width := p.FloatWithFallback(name+".width", float64(fallback.Width))
	height := p.FloatWithFallback(name+".height", float64(fallback.Height))
	w.Resize(fyne.NewSize(float32(max(width, 640)), float32(max(height, 480))))
}

// RememberSize keeps a window's size for the next launch.
func RememberSize(a fyne.App, w fyne.Window, name string) {
	size := w.Canvas().Size()
	if size.Width > 0 && size.Height > 0 {
		a.Preferences().SetFloat(name+".width", float64(size.Width))
		a.Preferences().SetFloat(name+".height", float64(size.Height))
	}
}
