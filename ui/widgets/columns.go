package widgets

import "fyne.io/fyne/v2"

// TwoColumns lays out objects in label/value pairs: the first column as
// wide as its widest label, the second filling the rest.
type TwoColumns struct{}

// MinSize implements fyne.Layout.
func (TwoColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w0, w1, h float32
	for i := 0; i+1 < len(objs); i += 2 {
		a, b := objs[i].MinSize(), objs[i+1].MinSize()
		w0, w1 = max(w0, a.Width), max(w1, b.Width)
		h += max(a.Height, b.Height) + 4
	}
	return fyne.NewSize(w0+w1+8, h)
}

// Layout implements fyne.Layout.
func (TwoColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var w0 float32
	for i := 0; i < len(objs); i += 2 {
		w0 = max(w0, objs[i].MinSize().Width)
	}
	var y float32
	for i := 0; i+1 < len(objs); i += 2 {
		h := max(objs[i].MinSize().Height, objs[i+1].MinSize().Height)
		objs[i].Move(fyne.NewPos(0, y))
		objs[i].Resize(fyne.NewSize(w0, h))
		objs[i+1].Move(fyne.NewPos(w0+8, y))
		objs[i+1].Resize(fyne.NewSize(size.Width-w0-8, h))
		y += h + 4
	}
}
