package planpdf

import (
	"fmt"
	"math"
	"strconv"

	"github.com/jung-kurt/gofpdf"

	"github.com/leadshift/leadshift/workshop"
)

// radarCompare draws two profiles on one radar: before as a grey dashed
// outline, after in the accent colour, each dimension labelled with both
// scores ("54, now 68"), or as not re-taken.
func (d *doc) radarCompare(before, after []workshop.DimensionResult, retaken []bool) {
	n := len(after)
	if n == 0 || len(before) != n {
		return
	}
	labels, top, bottom := d.radarLabels(after)
	for i := range labels {
		labels[i].score, labels[i].scored = compareText(before[i], after[i], i < len(retaken) && retaken[i])
	}
	d.need(bottom - top + 14)
	cx, cy := marginX+d.cw/2, d.pdf.GetY()+4-top
	point := func(i int, frac float64) gofpdf.PointType {
		a := radarAngle(i, n)
		return gofpdf.PointType{X: cx + frac*radarR*math.Cos(a), Y: cy + frac*radarR*math.Sin(a)}
	}
	ring := func(frac float64) []gofpdf.PointType {
		pts := make([]gofpdf.PointType, n)
		for i := range pts {
			pts[i] = point(i, frac)
		}
		return pts
	}
	d.pdf.SetDrawColor(gridGrey.r, gridGrey.g, gridGrey.b)
	d.pdf.SetLineWidth(0.2)
	for _, f := range []float64{0.25, 0.5, 0.75} {
		d.pdf.Polygon(ring(f), "D")
	}
	d.pdf.SetDrawColor(greyRule.r, greyRule.g, greyRule.b)
	d.pdf.Polygon(ring(1), "D")
	for _, p := range ring(1) {
		d.pdf.Line(cx, cy, p.X, p.Y)
	}
	outline := func(prof []workshop.DimensionResult, col rgb, width float64, dashed bool) {
		d.pdf.SetDrawColor(col.r, col.g, col.b)
		d.pdf.SetLineWidth(width)
		if dashed {
			d.pdf.SetDashPattern([]float64{1.5, 1}, 0)
		}
		for i := range n {
			j := (i + 1) % n
			if prof[i].Score != nil && prof[j].Score != nil {
				a, b := point(i, float64(*prof[i].Score)/100), point(j, float64(*prof[j].Score)/100)
				d.pdf.Line(a.X, a.Y, b.X, b.Y)
			}
		}
		d.pdf.SetDashPattern([]float64{}, 0)
		d.pdf.SetFillColor(col.r, col.g, col.b)
		for i, p := range prof {
			if p.Score != nil {
				pt := point(i, float64(*p.Score)/100)
				d.pdf.Circle(pt.X, pt.Y, width+0.3, "F")
			}
		}
	}
	outline(before, muted, 0.4, true)
	outline(after, accent, 0.6, false)
	d.writeRadarLabels(labels, cx, cy)
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetY(cy + bottom + 3)
	d.radarKey()
}

// compareText labels a dimension with its score before and after; false
// when it was not re-taken or has no score now.
func compareText(before, after workshop.DimensionResult, retaken bool) (string, bool) {
	switch {
	case after.Score == nil:
		return notEnough, false
	case !retaken:
		return strconv.Itoa(*after.Score) + ", not re-taken", false
	case before.Score == nil:
		return "now " + strconv.Itoa(*after.Score), true
	}
	return fmt.Sprintf("%d, now %d", *before.Score, *after.Score), true
}

// radarKey explains the two outlines in words and shape, under the chart.
func (d *doc) radarKey() {
	y := d.pdf.GetY()
	x := marginX + d.cw/2 - 45
	d.pdf.SetLineWidth(0.4)
	d.pdf.SetDrawColor(muted.r, muted.g, muted.b)
	d.pdf.SetDashPattern([]float64{1.5, 1}, 0)
	d.pdf.Line(x, y+smallLine/2, x+8, y+smallLine/2)
	d.pdf.SetDashPattern([]float64{}, 0)
	d.style("", smallSize, muted)
	d.pdf.SetXY(x+10, y)
	d.pdf.CellFormat(35, smallLine, "At the workshop", "", 0, "L", false, 0, "")
	x += 50
	d.pdf.SetLineWidth(0.6)
	d.pdf.SetDrawColor(accent.r, accent.g, accent.b)
	d.pdf.Line(x, y+smallLine/2, x+8, y+smallLine/2)
	d.style("", smallSize, ink)
	d.pdf.SetXY(x+10, y)
	d.pdf.CellFormat(35, smallLine, "Now", "", 0, "L", false, 0, "")
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetY(y + smallLine + 2)
}
