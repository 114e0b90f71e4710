package planpdf

import (
	"math"
	"strconv"

	"github.com/jung-kurt/gofpdf"

	"github.com/leadshift/leadshift/workshop"
)

// notEnough is printed for a dimension with too few answers for a score.
const notEnough = "not enough answers"

// scoreText is a dimension's score out of 100, or notEnough.
func scoreText(r workshop.DimensionResult) string {
	if r.Score == nil {
		return notEnough
	}
	return strconv.Itoa(*r.Score) + " of 100"
}

// Radar geometry in millimetres.
const (
	radarR      = 21.0 // radius of the 100 ring
	radarLabelW = 42.0 // width of a dimension label
	radarGap    = 3.5  // from the 100 ring to a label
)

// radarLabel is a dimension's name and score placed around the radar.
type radarLabel struct {
	name   []string
	score  string
	x, y   float64 // top left, relative to the centre
	h      float64
	align  string
	scored bool
}

// radarAngle is the angle of axis i of n, the first pointing up.
func radarAngle(i, n int) float64 { return -math.Pi/2 + 2*math.Pi*float64(i)/float64(n) }

// radarLabels places each dimension's name and score around the chart and
// returns how far they reach above and below the centre.
func (d *doc) radarLabels(prof []workshop.DimensionResult) (labels []radarLabel, top, bottom float64) {
	n := len(prof)
	angle := func(i int) float64 { return radarAngle(i, n) }
	labels = make([]radarLabel, n)
	top, bottom = -radarR, radarR
	for i, p := range prof {
		l := radarLabel{name: d.lines(p.Name, "", smallSize, radarLabelW), score: scoreText(p), scored: p.Score != nil}
		l.h = float64(len(l.name)+1) * smallLine
		a := angle(i)
		px, py := (radarR+radarGap)*math.Cos(a), (radarR+radarGap)*math.Sin(a)
		switch c := math.Cos(a); {
		case c > 0.2:
			l.x, l.align = px, "L"
		case c < -0.2:
			l.x, l.align = px-radarLabelW, "R"
		default:
			l.x, l.align = px-radarLabelW/2, "C"
		}
		switch s := math.Sin(a); {
		case s < -0.2:
			l.y = py - l.h
		case s > 0.2:
			l.y = py
		default:
			l.y = py - l.h/2
		}
		top, bottom = math.Min(top, l.y), math.Max(bottom, l.y+l.h)
		labels[i] = l
	}
	return labels, top, bottom
}

// radarHeight is the height the radar takes on the page.
func (d *doc) radarHeight(prof []workshop.DimensionResult) float64 {
	_, top, bottom := d.radarLabels(prof)
	return bottom - top + 8
}

// radar draws the dimensions as a radar chart with vectors: grid rings at
// 25, 50, 75 and 100, the score polygon, and every score printed as a
// number next to its dimension's name.
func (d *doc) radar(prof []workshop.DimensionResult) {
	n := len(prof)
	angle := func(i int) float64 { return radarAngle(i, n) }
	labels, top, bottom := d.radarLabels(prof)
	d.need(bottom - top + 8)
	cx, cy := marginX+d.cw/2, d.pdf.GetY()+4-top

	ring := func(frac float64) []gofpdf.PointType {
		pts := make([]gofpdf.PointType, n)
		for i := range pts {
			pts[i] = gofpdf.PointType{X: cx + frac*radarR*math.Cos(angle(i)), Y: cy + frac*radarR*math.Sin(angle(i))}
		}
		return pts
	}
	scores := make([]gofpdf.PointType, n)
	for i, p := range prof {
		frac := 0.0
		if p.Score != nil {
			frac = float64(*p.Score) / 100
		}
		scores[i] = gofpdf.PointType{X: cx + frac*radarR*math.Cos(angle(i)), Y: cy + frac*radarR*math.Sin(angle(i))}
	}
	// scored reports whether both ends of the edge from i to i+1 have a
	// score: an edge to a dimension without one is left out, so the shape
	// has a gap there instead of falling to zero.
	scored := func(i int) bool { return prof[i].Score != nil && prof[(i+1)%n].Score != nil }

	d.pdf.SetFillColor(tint.r, tint.g, tint.b)
	for i := range n {
		if scored(i) {
			d.pdf.Polygon([]gofpdf.PointType{{X: cx, Y: cy}, scores[i], scores[(i+1)%n]}, "F")
		}
	}
	d.pdf.SetDrawColor(gridGrey.r, gridGrey.g, gridGrey.b)
	d.pdf.SetLineWidth(0.2)
	for _, f := range []float64{0.25, 0.5, 0.75} {
		d.pdf.Polygon(ring(f), "D")
	}
	d.pdf.SetDrawColor(greyRule.r, greyRule.g, greyRule.b)
	d.pdf.Polygon(ring(1), "D")
	for i, p := range ring(1) {
		if prof[i].Score == nil {
			// The axis of a dimension without a score is dashed: no value.
			d.pdf.SetDrawColor(muted.r, muted.g, muted.b)
			d.pdf.SetDashPattern([]float64{1.2, 1.2}, 0)
			d.pdf.Line(cx, cy, p.X, p.Y)
			d.pdf.SetDashPattern([]float64{}, 0)
			d.pdf.SetDrawColor(greyRule.r, greyRule.g, greyRule.b)
			continue
		}
		d.pdf.Line(cx, cy, p.X, p.Y)
	}
	d.style("", smallSize, muted)
	// The ring values sit on a white ground so that no line runs
	// through them.
	d.pdf.SetFillColor(white.r, white.g, white.b)
	for _, f := range []float64{0.5, 1} {
		v := strconv.Itoa(int(f * 100))
		d.pdf.SetXY(cx+1, cy-f*radarR+0.6)
		d.pdf.CellFormat(d.pdf.GetStringWidth(v)+0.8, smallLine-1.2, v, "", 0, "C", true, 0, "")
	}
	d.pdf.SetDrawColor(accent.r, accent.g, accent.b)
	d.pdf.SetLineWidth(0.6)
	for i := range n {
		if scored(i) {
			a, b := scores[i], scores[(i+1)%n]
			d.pdf.Line(a.X, a.Y, b.X, b.Y)
		}
	}
	d.pdf.SetFillColor(accent.r, accent.g, accent.b)
	for i, p := range scores {
		if prof[i].Score != nil {
			d.pdf.Circle(p.X, p.Y, 1, "F")
		}
	}

	d.writeRadarLabels(labels, cx, cy)
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetY(cy + bottom + 4)
}

// writeRadarLabels writes each dimension's name and score around a radar
// centred on cx, cy: the score bold in the accent colour, or in muted
// italics when the dimension has none.
func (d *doc) writeRadarLabels(labels []radarLabel, cx, cy float64) {
	for _, l := range labels {
		y := cy + l.y
		d.style("", smallSize, ink)
		for _, line := range l.name {
			d.pdf.SetXY(cx+l.x, y)
			d.pdf.CellFormat(radarLabelW, smallLine, line, "", 0, l.align, false, 0, "")
			y += smallLine
		}
		if l.scored {
			d.style("B", smallSize, accent)
		} else {
			d.style("I", smallSize, muted)
		}
		d.pdf.SetXY(cx+l.x, y)
		d.pdf.CellFormat(radarLabelW, smallLine, l.score, "", 0, l.align, false, 0, "")
	}
}
