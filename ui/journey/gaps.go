package journey

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// topGaps is how many gaps the gaps screen describes in words.
const topGaps = 3

// gapsScreen ranks the skill gaps by gap times importance.
type gapsScreen struct {
	s    *Session
	gaps []workshop.Gap
}

func newGapsScreen(s *Session) *gapsScreen {
	return &gapsScreen{s: s, gaps: workshop.Gaps(s.Content, s.Answers)}
}

func (g *gapsScreen) view() fyne.CanvasObject {
	objs := []fyne.CanvasObject{
		widgets.Para("Your skills ranked by priority: how far you are below what your role needs, times how important it is."),
		widgets.PairLegend("Where I am today", "What my role needs"),
	}
	chart := container.NewGridWithColumns(2)
	for _, gap := range g.gaps {
		chart.Add(widget.NewLabel(fmt.Sprintf("%s · gap %d · priority %d", gap.Skill.Name, max(0, gap.Size()), gap.Priority())))
		chart.Add(widgets.NewPairBar(gap.Current, gap.Importance))
	}
	objs = append(objs, chart)
	for i, gap := range g.gaps {
		if i == topGaps || gap.Priority() == 0 {
			break
		}
		objs = append(objs, widget.NewSeparator(), widgets.Heading(fmt.Sprintf("%d. %s", i+1, gap.Skill.Name)),
			widgets.Para("Today: "+gap.Skill.Levels[gap.Current-1]),
			widgets.Para("Where your role needs you: "+gap.Skill.Levels[gap.Importance-1]))
	}
	if len(g.gaps) > 0 && g.gaps[0].Priority() == 0 {
		objs = append(objs, widgets.Heading("No gaps"), widgets.Para("You rated yourself at or above what your role needs on every skill. "+
			"Check that picture with your manager or a colleague you trust; the plan can then build on your strengths."))
	}
	return widgets.Scroll(objs...)
}
