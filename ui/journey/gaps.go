package journey

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// topGaps is how many gaps the gaps screen describes in words.
const topGaps = 3

// gapsScreen ranks the rated skills by how far they are below the level a
// first-line lead needs.
type gapsScreen struct {
	s      *Session
	report *analysis.Report
}

func newGapsScreen(s *Session) *gapsScreen {
	return &gapsScreen{s: s, report: s.analyze()}
}

func (g *gapsScreen) view() fyne.CanvasObject {
	skills := g.report.Skills
	objs := []fyne.CanvasObject{
		widgets.Para("Your skills against the level a first-line lead needs, biggest gap first. Importance is how much each matters in your role: " +
			"it weighs a gap, and never erases it. The plan aims one level up in 90 days."),
		widgets.PairLegend("Where I am today", "What a first-line lead needs"),
	}
	chart := container.NewGridWithColumns(2)
	for _, sk := range skills {
		text := sk.Skill.Name
		if sk.Gap() > 0 {
			text = fmt.Sprintf("%s · %d below", sk.Skill.Name, sk.Gap())
		}
		chart.Add(widget.NewLabel(text))
		chart.Add(widgets.NewPairBar(sk.Current, sk.Needed))
	}
	objs = append(objs, chart)
	shown := 0
	for _, sk := range skills {
		if shown == topGaps || sk.Gap() == 0 {
			break
		}
		shown++
		objs = append(objs, widget.NewSeparator(), widgets.Heading(fmt.Sprintf("%d. %s", shown, sk.Skill.Name)),
			widgets.Para(fmt.Sprintf("Today, level %d: %s", sk.Current, sk.Skill.Levels[sk.Current-1])),
			widgets.Para(fmt.Sprintf("One level up, level %d: %s", sk.Current+1, sk.Skill.Levels[sk.Current])))
	}
	if len(skills) > 0 && shown == 0 {
		objs = append(objs, widgets.Heading("No gaps to the level a first-line lead needs"), widgets.Para("You rated yourself at or above that level on every skill. "+
			"Check that picture with your manager or a colleague you trust; the plan then builds on your other answers and your delegation map."))
	}
	return widgets.Scroll(objs...)
}
