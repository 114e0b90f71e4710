package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// BigBar is a labelled horizontal bar for the projector, frac of 0..1.
func BigBar(label string, frac float64, value string) fyne.CanvasObject {
	fg := theme.Color(theme.ColorNameForeground)
	name := &canvas.Text{Text: label, TextSize: 22, Color: fg}
	val := &canvas.Text{Text: value, TextSize: 22, Color: fg}
	bar := &canvas.Rectangle{FillColor: theme.Color(theme.ColorNamePrimary)}
	track := &canvas.Rectangle{FillColor: color.Transparent, StrokeColor: fg, StrokeWidth: 1}
	return container.New(&barLayout{frac: min(1, max(0, frac))}, name, track, bar, val)
}

// barLayout puts a label above a track with its filled bar and value.
type barLayout struct{ frac float64 }

func (l *barLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(600, objs[0].MinSize().Height+34)
}

func (l *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	name, track, bar, val := objs[0], objs[1], objs[2], objs[3]
	h := name.MinSize().Height
	name.Move(fyne.NewPos(0, 0))
	name.Resize(fyne.NewSize(size.Width, h))
	w := size.Width * 0.7
	track.Move(fyne.NewPos(0, h+4))
	track.Resize(fyne.NewSize(w, 24))
	bar.Move(fyne.NewPos(0, h+4))
	bar.Resize(fyne.NewSize(w*float32(l.frac), 24))
	val.Move(fyne.NewPos(w+12, h+2))
	val.Resize(val.MinSize())
}
