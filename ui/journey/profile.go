package journey

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// profileScreen shows the readiness profile: a radar, the scores, and what
// the lowest and highest dimensions mean.
type profileScreen struct {
	s       *Session
	profile []workshop.DimensionScore
}

func newProfileScreen(s *Session) *profileScreen {
	return &profileScreen{s: s, profile: workshop.Profile(s.Content, s.Answers)}
}

func (p *profileScreen) view() fyne.CanvasObject {
	labels := make([]string, len(p.profile))
	scores := make([]int, len(p.profile))
	rows := container.New(&widgets.TwoColumns{})
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
		widgets.Para("Your readiness profile: each dimension scored from 0 to 100 from your own ratings. It is a mirror for reflection, not a verdict."),
		widgets.NewRadarChart(labels, scores), rows,
	}
	low, high := workshop.Extremes(p.profile)
	if high != nil && low != nil && high.Score != low.Score {
		objs = append(objs, widgets.Heading("Your strongest dimension: "+high.Dimension.Name), widgets.Para(high.Dimension.High),
			widgets.Heading("Where to grow first: "+low.Dimension.Name), widgets.Para(low.Dimension.Low))
	}
	return widgets.Scroll(objs...)
}
