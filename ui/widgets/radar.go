package widgets

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// RadarChart draws scores of 0..100 on spokes, one per dimension.
// A negative score means "not answered" and sits at the centre.
type RadarChart struct {
	widget.BaseWidget
	labels []string
	scores []int
}

// NewRadarChart draws scores (0..100, or negative for none) for labels.
func NewRadarChart(labels []string, scores []int) *RadarChart {
	r := &RadarChart{labels: labels, scores: scores}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer implements fyne.Widget.
func (r *RadarChart) CreateRenderer() fyne.WidgetRenderer {
	rr := &radarRenderer{chart: r}
	n := len(r.labels)
	grid := theme.Color(theme.ColorNameDisabled)
	for ring := 1; ring <= 4; ring++ {
		for range n {
			rr.rings = append(rr.rings, &canvas.Line{StrokeColor: grid, StrokeWidth: 1})
		}
	}
	for i := range n {
		rr.spokes = append(rr.spokes, &canvas.Line{StrokeColor: grid, StrokeWidth: 1})
		rr.edges = append(rr.edges, &canvas.Line{StrokeColor: theme.Color(theme.ColorNamePrimary), StrokeWidth: 3})
		rr.dots = append(rr.dots, &canvas.Circle{FillColor: theme.Color(theme.ColorNamePrimary)})
		score := "not answered"
		if r.scores[i] >= 0 {
			score = fmt.Sprintf("%d", r.scores[i])
		}
		t := canvas.NewText(fmt.Sprintf("%s: %s", r.labels[i], score), theme.Color(theme.ColorNameForeground))
		t.TextSize = theme.TextSize() * 0.9
		rr.texts = append(rr.texts, t)
	}
	return rr
}

type radarRenderer struct {
	chart                *RadarChart
	rings, spokes, edges []*canvas.Line
	dots                 []*canvas.Circle
	texts                []*canvas.Text
}

func (rr *radarRenderer) point(c fyne.Position, radius float32, i int, frac float64) fyne.Position {
	angle := -math.Pi/2 + 2*math.Pi*float64(i)/float64(len(rr.chart.labels))
	return fyne.NewPos(c.X+float32(math.Cos(angle)*frac)*radius, c.Y+float32(math.Sin(angle)*frac)*radius)
}

func (rr *radarRenderer) Layout(size fyne.Size) {
	n := len(rr.chart.labels)
	if n == 0 {
		return
	}
	c := fyne.NewPos(size.Width/2, size.Height/2)
	radius := min(size.Width/2-150, size.Height/2-30)
	radius = max(radius, 20)
	for ring := 1; ring <= 4; ring++ {
		for i := range n {
			l := rr.rings[(ring-1)*n+i]
			l.Position1 = rr.point(c, radius, i, float64(ring)/4)
			l.Position2 = rr.point(c, radius, (i+1)%n, float64(ring)/4)
		}
	}
	frac := func(i int) float64 { return math.Max(0, float64(rr.chart.scores[i])) / 100 }
	for i := range n {
		rr.spokes[i].Position1, rr.spokes[i].Position2 = c, rr.point(c, radius, i, 1)
		p := rr.point(c, radius, i, frac(i))
		rr.edges[i].Position1, rr.edges[i].Position2 = p, rr.point(c, radius, (i+1)%n, frac((i+1)%n))
		rr.dots[i].Move(p.SubtractXY(4, 4))
		rr.dots[i].Resize(fyne.NewSize(8, 8))
		t := rr.texts[i]
		ts := t.MinSize()
		lp := rr.point(c, radius+12, i, 1)
		x := lp.X - ts.Width/2
		if lp.X > c.X+5 {
			x = lp.X
		} else if lp.X < c.X-5 {
			x = lp.X - ts.Width
		}
		t.Move(fyne.NewPos(x, lp.Y-ts.Height/2))
		t.Resize(ts)
	}
}

func (rr *radarRenderer) MinSize() fyne.Size { return fyne.NewSize(520, 340) }

func (rr *radarRenderer) Refresh() { canvas.Refresh(rr.chart) }

func (rr *radarRenderer) Objects() []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	for _, l := range rr.rings {
		objs = append(objs, l)
	}
	for _, l := range rr.spokes {
		objs = append(objs, l)
	}
	for _, l := range rr.edges {
		objs = append(objs, l)
	}
	for _, d := range rr.dots {
		objs = append(objs, d)
	}
	for _, t := range rr.texts {
		objs = append(objs, t)
	}
	return objs
}

func (rr *radarRenderer) Destroy() {}
