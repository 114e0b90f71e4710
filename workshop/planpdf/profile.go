package planpdf

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"github.com/leadshift/leadshift/workshop"
)

// profile draws the readiness profile: radar chart, score table, what the
// lowest and highest dimensions mean, the rescue-or-lead scenarios and the
// participant's reflections.
func (d *doc) profile() {
	prof := workshop.Profile(d.c, d.a)
	d.section("Readiness profile", 0)
	d.note("Each dimension is scored from 0 to 100 from your own ratings. It is a mirror for reflection, not a verdict.")
	if len(prof) >= 3 {
		d.radar(prof)
	}

	rows := make([][]string, len(prof))
	for i, p := range prof {
		rows[i] = []string{p.Dimension.Name, scoreText(p), fmt.Sprintf("%d of %d", p.Answered, p.Total)}
	}
	d.pdf.SetY(d.pdf.GetY() + 2)
	d.table("Readiness profile", []column{
		{"Dimension", 0.56, "L"}, {"Score (0-100)", 0.22, "R"}, {"Statements rated", 0.22, "R"},
	}, rows)

	d.sub("What stands out", 0)
	low, high := workshop.Extremes(prof)
	switch {
	case low == nil:
		d.para("No dimension has been answered yet.")
	case low == high || low.Score == high.Score:
		d.para(fmt.Sprintf("Your answered dimensions score evenly (%d of 100): no single one stands out.", low.Score))
	default:
		d.minor(fmt.Sprintf("Where to grow first: %s, %d of 100", low.Dimension.Name, low.Score))
		d.para(low.Dimension.Low)
		d.minor(fmt.Sprintf("Your strongest dimension: %s, %d of 100", high.Dimension.Name, high.Score))
		d.para(high.Dimension.High)
	}
	d.scenarios()
	d.reflections()
}

// scoreText is a dimension's score, or "not answered".
func scoreText(p workshop.DimensionScore) string {
	if p.Answered == 0 {
		return "not answered"
	}
	return strconv.Itoa(p.Score)
}

// Radar geometry in millimetres.
const (
	radarR      = 31.0 // radius of the 100 ring
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

// radar draws the dimensions as a radar chart with vectors: grid rings at
// 25, 50, 75 and 100, the score polygon, and every score printed as a
// number next to its dimension's name.
func (d *doc) radar(prof []workshop.DimensionScore) {
	n := len(prof)
	angle := func(i int) float64 { return -math.Pi/2 + 2*math.Pi*float64(i)/float64(n) }

	labels := make([]radarLabel, n)
	top, bottom := -radarR, radarR
	for i, p := range prof {
		l := radarLabel{name: d.lines(p.Dimension.Name, "", smallSize, radarLabelW), score: scoreText(p), scored: p.Answered > 0}
		if l.scored {
			l.score += " of 100"
		}
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
		if p.Answered > 0 {
			frac = float64(p.Score) / 100
		}
		scores[i] = gofpdf.PointType{X: cx + frac*radarR*math.Cos(angle(i)), Y: cy + frac*radarR*math.Sin(angle(i))}
	}

	d.pdf.SetFillColor(tint.r, tint.g, tint.b)
	d.pdf.Polygon(scores, "F")
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
	d.style("", smallSize, muted)
	for _, f := range []float64{0.5, 1} {
		d.pdf.SetXY(cx+1, cy-f*radarR)
		d.pdf.CellFormat(8, smallLine, strconv.Itoa(int(f*100)), "", 0, "L", false, 0, "")
	}
	d.pdf.SetDrawColor(accent.r, accent.g, accent.b)
	d.pdf.SetLineWidth(0.6)
	d.pdf.Polygon(scores, "D")
	d.pdf.SetFillColor(accent.r, accent.g, accent.b)
	for i, p := range scores {
		if prof[i].Answered > 0 {
			d.pdf.Circle(p.X, p.Y, 1, "F")
		}
	}

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
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetY(cy + bottom + 4)
}

// scenarios shows where the participant lands between rescuing and
// leading in each scenario, in words and on a five-step scale.
func (d *doc) scenarios() {
	var items []workshop.Item
	for _, dim := range d.c.Dimensions {
		for _, it := range dim.Items {
			if it.IsScenario() {
				items = append(items, it)
			}
		}
	}
	if len(items) == 0 {
		return
	}
	lead, rated := 0, 0
	for _, it := range items {
		if v := d.a.Ratings[it.ID]; v >= 1 && v <= workshop.Scale {
			rated++
			if v > 3 {
				lead++
			}
		}
	}
	intro := fmt.Sprintf("In each situation you chose where you usually land between rescuing (doing it yourself) and leading (helping the team do it). You lean towards leading in %d of %d situations.", lead, len(items))
	// height keeps a scenario's title, situation and scale on one page.
	height := func(it workshop.Item) float64 {
		n := len(d.lines(it.Text, "B", bodySize, d.cw)) + len(d.lines(it.Situation, "", bodySize, d.cw))
		return min(float64(n)*bodyLine, 60) + bodyLine + 5
	}
	d.sub("Rescuing or leading?", d.noteHeight(intro)+height(items[0]))
	d.note(intro)
	for _, it := range items {
		d.need(height(it))
		d.pdf.SetY(d.pdf.GetY() + 2)
		d.text(marginX, d.cw, it.Text, "B", bodySize, bodyLine, ink)
		d.text(marginX, d.cw, it.Situation, "", bodySize, bodyLine, ink)
		d.rescueLead(d.a.Ratings[it.ID])
	}
	if rated < len(items) {
		d.note(fmt.Sprintf("%d of %d situations are not answered.", len(items)-rated, len(items)))
	}
}

// rescueLead draws the "Rescue ← → Lead" scale with the answer marked and
// the answer in words next to it.
func (d *doc) rescueLead(v int) {
	const box, step = 3.6, 4.6
	d.need(bodyLine + 2)
	y := d.pdf.GetY() + 1
	x := marginX
	d.style("", smallSize, muted)
	left, right := "Rescue ←", "→ Lead"
	lw, rw := d.pdf.GetStringWidth(left)+1.5, d.pdf.GetStringWidth(right)+1.5
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(lw, bodyLine, left, "", 0, "L", false, 0, "")
	x += lw
	d.pdf.SetDrawColor(ink.r, ink.g, ink.b)
	d.pdf.SetLineWidth(0.25)
	d.pdf.SetFillColor(accent.r, accent.g, accent.b)
	for i := 1; i <= workshop.Scale; i++ {
		style := "D"
		if i == v {
			style = "FD"
		}
		d.pdf.Rect(x+float64(i-1)*step, y+(bodyLine-box)/2, box, box, style)
	}
	x += float64(workshop.Scale-1)*step + box + 1.5
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(rw, bodyLine, right, "", 0, "L", false, 0, "")
	x += rw + 3
	answer := "not answered"
	st, col := "I", muted
	if v >= 1 && v <= workshop.Scale {
		answer = fmt.Sprintf("%s (%d of %d)", workshop.ScaleLabel(workshop.ScenarioScale, v), v, workshop.Scale)
		st, col = "B", ink
	}
	d.style(st, bodySize, col)
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(d.cw-(x-marginX), bodyLine, answer, "", 0, "L", false, 0, "")
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetY(y + bodyLine + 1)
}

// reflections quotes the participant's answers to the reflection prompts,
// each under its prompt.
func (d *doc) reflections() {
	type reflection struct{ prompt, answer string }
	var all []reflection
	for _, dim := range d.c.Dimensions {
		for _, p := range dim.Prompts {
			if ans := strings.TrimSpace(d.a.Reflections[p.ID]); ans != "" {
				all = append(all, reflection{p.Text, ans})
			}
		}
	}
	d.sub("Your reflections", 0)
	if len(all) == 0 {
		d.para("No reflections written.")
		return
	}
	for _, r := range all {
		d.need(smallLine + 2*bodyLine + 2)
		d.pdf.SetY(d.pdf.GetY() + 1.5)
		d.text(marginX, d.cw, r.prompt, "B", smallSize, smallLine, muted)
		d.pdf.SetY(d.pdf.GetY() + 0.5)
		d.quote(r.answer)
	}
}
