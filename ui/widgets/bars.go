package widgets

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// PairBar draws two ratings of 1..Scale as two bars: the first filled, the
// second outlined, so they differ without colour.
type PairBar struct {
	widget.BaseWidget
	first, second int
}

// NewPairBar draws first and second, each of 1..workshop.Scale.
func NewPairBar(first, second int) *PairBar {
	b := &PairBar{first: first, second: second}
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer implements fyne.Widget.
func (b *PairBar) CreateRenderer() fyne.WidgetRenderer {
	primary := theme.Color(theme.ColorNamePrimary)
	r := &pairBarRenderer{bar: b,
		track:  &canvas.Rectangle{FillColor: theme.Color(theme.ColorNameInputBackground)},
		filled: &canvas.Rectangle{FillColor: primary},
		outline: &canvas.Rectangle{FillColor: theme.Color(theme.ColorNameBackground), StrokeColor: theme.Color(theme.ColorNameForeground),
			StrokeWidth: 2},
		firstText:  canvas.NewText(fmt.Sprint(b.first), theme.Color(theme.ColorNameForeground)),
		secondText: canvas.NewText(fmt.Sprint(b.second), theme.Color(theme.ColorNameForeground)),
	}
	r.firstText.TextSize = theme.CaptionTextSize()
	r.secondText.TextSize = theme.CaptionTextSize()
	return r
}

type pairBarRenderer struct {
	bar                    *PairBar
	track, filled, outline *canvas.Rectangle
	firstText, secondText  *canvas.Text
}

func (r *pairBarRenderer) Layout(size fyne.Size) {
	const textW = 16
	barsW := size.Width - textW
	h := (size.Height - 4) / 2
	r.track.Move(fyne.NewPos(0, 0))
	r.track.Resize(fyne.NewSize(barsW, size.Height))
	r.filled.Move(fyne.NewPos(0, 0))
	r.filled.Resize(fyne.NewSize(barsW*float32(r.bar.first)/workshop.Scale, h))
	r.outline.Move(fyne.NewPos(1, h+3))
	r.outline.Resize(fyne.NewSize(max(0, barsW*float32(r.bar.second)/workshop.Scale-2), h-2))
	r.firstText.Move(fyne.NewPos(barsW+4, 0))
	r.secondText.Move(fyne.NewPos(barsW+4, h+4))
}

func (r *pairBarRenderer) MinSize() fyne.Size { return fyne.NewSize(200, 34) }

func (r *pairBarRenderer) Refresh() { canvas.Refresh(r.bar) }

func (r *pairBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.filled, r.outline, r.firstText, r.secondText}
}

func (r *pairBarRenderer) Destroy() {}

// PairLegend explains a PairBar's two bars.
func PairLegend(first, second string) fyne.CanvasObject {
	swatch := func(filled bool) fyne.CanvasObject {
		rect := &canvas.Rectangle{FillColor: theme.Color(theme.ColorNamePrimary)}
		if !filled {
			rect.FillColor = theme.Color(theme.ColorNameBackground)
			rect.StrokeColor = theme.Color(theme.ColorNameForeground)
			rect.StrokeWidth = 2
		}
		rect.SetMinSize(fyne.NewSize(28, 12))
		return container.NewCenter(rect)
	}
	return container.NewHBox(swatch(true), widget.NewLabel(first+" (filled, top)"), swatch(false), widget.NewLabel(second+" (outlined, below)"))
}
