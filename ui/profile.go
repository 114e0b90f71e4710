package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// profileScreen shows the readiness profile: a radar, the scores, and what
// the lowest and highest dimensions mean.
type profileScreen struct {
	s       *session
	profile []workshop.DimensionScore
}

func newProfileScreen(s *session) *profileScreen {
	return &profileScreen{s: s, profile: workshop.Profile(s.content, s.answers)}
}

func (p *profileScreen) view() fyne.CanvasObject {
	labels := make([]string, len(p.profile))
	scores := make([]int, len(p.profile))
	rows := container.New(&twoColumns{})
	for i, d := range p.profile {
		labels[i] = d.Dimension.Name
		scores[i] = -1
		text := "not answered"
		if d.Answered > 0 {
			scores[i] = d.Score
			text = fmt.Sprintf("%d of 100", d.Score)
		}
		rows.Add(widget.NewLabel(d.Dimension.Name))
		rows.Add(&widget.ProgressBar{Max: 100, Value: float64(max(0, scores[i])), TextFormatter: func() string { return text }})
	}
	objs := []fyne.CanvasObject{
		para("Your readiness profile: each dimension scored from 0 to 100 from your own ratings. It is a mirror for reflection, not a verdict."),
		newRadarChart(labels, scores), rows,
	}
	low, high := workshop.Extremes(p.profile)
	if high != nil && low != nil && high.Score != low.Score {
		objs = append(objs, heading("Your strongest dimension: "+high.Dimension.Name), para(high.Dimension.High),
			heading("Where to grow first: "+low.Dimension.Name), para(low.Dimension.Low))
	}
	return scroll(objs...)
}

// twoColumns lays out objects in label/value pairs: the first column as
// wide as its widest label, the second filling the rest.
type twoColumns struct{}

func (twoColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w0, w1, h float32
	for i := 0; i+1 < len(objs); i += 2 {
		a, b := objs[i].MinSize(), objs[i+1].MinSize()
		w0, w1 = max(w0, a.Width), max(w1, b.Width)
		h += max(a.Height, b.Height) + 4
	}
	return fyne.NewSize(w0+w1+8, h)
}

func (twoColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
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
