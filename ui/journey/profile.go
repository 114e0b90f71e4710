package journey

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// profileScreen shows the readiness profile from the analysis: a radar,
// each dimension's score and what its band means, and the answers worth
// talking through.
type profileScreen struct {
	s      *Session
	report *analysis.Report
}

func newProfileScreen(s *Session) *profileScreen {
	return &profileScreen{s: s, report: analysis.Analyze(s.Content, s.Answers)}
}

func (p *profileScreen) view() fyne.CanvasObject {
	dims := p.report.Dimensions
	labels := make([]string, len(dims))
	scores := make([]int, len(dims))
	rows := container.New(&widgets.TwoColumns{})
	for i, d := range dims {
		labels[i] = d.Name
		scores[i] = -1 // a gap in the radar, never a zero
		text := fmt.Sprintf("not enough answers (%d of %d needed)", d.Answered, workshop.MinItems)
		if d.Scored() {
			scores[i] = *d.Score
			text = fmt.Sprintf("%d of 100", *d.Score)
		}
		rows.Add(widget.NewLabel(d.Name))
		rows.Add(&widget.ProgressBar{Max: 100, Value: float64(max(0, scores[i])), TextFormatter: func() string { return text }})
	}
	objs := []fyne.CanvasObject{
		widgets.Para("Your readiness profile: each dimension scored from 0 to 100 from your own ratings, once at least three of its statements are answered. It is a mirror for reflection, not a verdict."),
		widgets.NewRadarChart(labels, scores), rows,
	}
	if p.report.Flat {
		objs = append(objs, widgets.Heading("No single dimension stands out"),
			widgets.Para("Your scores lie close together. Read the texts below as a whole, and talk them through with someone who sees you at work."))
	}
	for _, d := range dims {
		if d.Scored() {
			objs = append(objs, widgets.Heading(fmt.Sprintf("%s: %d of 100", d.Name, *d.Score)), widgets.Para(d.Text))
		}
	}
	if talk := talkThrough(p.report); talk != nil {
		objs = append(objs, widget.NewSeparator(), talk)
	}
	return widgets.Scroll(objs...)
}

// talkThrough lists the report's flags, or nil when there are none.
func talkThrough(r *analysis.Report) fyne.CanvasObject {
	if len(r.Flags) == 0 {
		return nil
	}
	box := container.NewVBox(widgets.Heading("Worth talking through"))
	for _, f := range r.Flags {
		box.Add(widgets.Para("• " + f.Text))
	}
	return box
}
