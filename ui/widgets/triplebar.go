package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// TripleBar draws three ratings of 1..Scale as three bars, told apart
// without colour: the first filled in the primary colour, the second
// outlined, the third filled in the text colour. A rating of 0 (not
// rated) draws no bar and a dash.
type TripleBar struct {
	widget.BaseWidget
	values [3]int
}

// NewTripleBar draws first, second and third, each of 0..workshop.Scale.
func NewTripleBar(first, second, third int) *TripleBar {
	b := &TripleBar{values: [3]int{first, second, third}}
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer implements fyne.Widget.
func (b *TripleBar) CreateRenderer() fyne.WidgetRenderer {
	r := &tripleBarRenderer{bar: b, track: &canvas.Rectangle{FillColor: theme.Color(theme.ColorNameInputBackground)}}
	for i := range r.bars {
		r.bars[i] = tripleSwatch(i)
		text := "–"
		if v := b.values[i]; v > 0 {
			text = string(rune('0' + v))
		}
		r.texts[i] = canvas.NewText(text, theme.Color(theme.ColorNameForeground))
		r.texts[i].TextSize = theme.CaptionTextSize()
	}
	return r
}

// tripleSwatch is the look of bar i.
func tripleSwatch(i int) *canvas.Rectangle {
	switch i {
	case 0:
		return &canvas.Rectangle{FillColor: theme.Color(theme.ColorNamePrimary)}
	case 1:
		return &canvas.Rectangle{FillColor: theme.Color(theme.ColorNameBackground), StrokeColor: theme.Color(theme.ColorNameForeground), StrokeWidth: 2}
	}
	return &canvas.Rectangle{FillColor: theme.Color(theme.ColorNameForeground)}
}

type tripleBarRenderer struct {
	bar   *TripleBar
	track *canvas.Rectangle
	bars  [3]*canvas.Rectangle
	texts [3]*canvas.Text
}

func (r *tripleBarRenderer) Layout(size fyne.Size) {
	const textW, gap = 16, 3
	barsW := size.Width - textW
	h := (size.Height - 2*gap) / 3
	r.track.Resize(fyne.NewSize(barsW, size.Height))
	for i, b := range r.bars {
		y := float32(i) * (h + gap)
		w := barsW * float32(r.bar.values[i]) / workshop.Scale
		if i == 1 { // the outline sits inside its box
			b.Move(fyne.NewPos(1, y+1))
			b.Resize(fyne.NewSize(max(0, w-2), max(0, h-2)))
		} else {
			b.Move(fyne.NewPos(0, y))
			b.Resize(fyne.NewSize(w, h))
		}
		if r.bar.values[i] == 0 {
			b.Hide()
		}
		r.texts[i].Move(fyne.NewPos(barsW+4, y+(h-r.texts[i].MinSize().Height)/2))
	}
}

func (r *tripleBarRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 45) }

func (r *tripleBarRenderer) Refresh() { canvas.Refresh(r.bar) }

func (r *tripleBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.bars[0], r.bars[1], r.bars[2], r.texts[0], r.texts[1], r.texts[2]}
}

func (r *tripleBarRenderer) Destroy() {}

// TripleLegend explains a TripleBar's three bars.
func TripleLegend(first, second, third string) fyne.CanvasObject {
	objs := []fyne.CanvasObject{}
	for i, text := range []string{first + " (filled)", second + " (outlined)", third + " (solid)"} {
		s := tripleSwatch(i)
		s.SetMinSize(fyne.NewSize(28, 12))
		objs = append(objs, container.NewCenter(s), widget.NewLabel(text))
	}
	return container.NewHBox(objs...)
}
