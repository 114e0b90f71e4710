package journey

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// assessScreen is the self-assessment: statements, the rescue-or-lead
// scenarios and reflection prompts, grouped by dimension.
type assessScreen struct {
	s           *Session
	ratings     map[string]*widget.RadioGroup // by item ID
	reflections map[string]*widget.Entry      // by prompt ID
}

func newAssessScreen(s *Session) *assessScreen {
	return &assessScreen{s: s, ratings: map[string]*widget.RadioGroup{}, reflections: map[string]*widget.Entry{}}
}

func (a *assessScreen) view() fyne.CanvasObject {
	objs := []fyne.CanvasObject{widgets.Para("Do I want this, and how do I lead today? Rate each statement as it is now, not as you would like it to be. " +
		"For the situations, choose where you usually land between rescuing and leading. There are no right answers; the plan is only as useful as you are honest.")}
	for _, d := range a.s.Content.Dimensions {
		objs = append(objs, widget.NewSeparator(), widgets.Heading(d.Name), widgets.Note(d.Description))
		for _, it := range d.Items {
			objs = append(objs, a.item(it)...)
		}
		for _, p := range d.Prompts {
			objs = append(objs, a.prompt(p)...)
		}
	}
	return widgets.Scroll(objs...)
}

func (a *assessScreen) item(it workshop.Item) []fyne.CanvasObject {
	ans := a.s.Answers
	labels := workshop.AgreeScale
	var objs []fyne.CanvasObject
	if it.IsScenario() {
		labels = workshop.ScenarioScale
		objs = append(objs, &widget.Label{Text: it.Text, TextStyle: fyne.TextStyle{Bold: true, Italic: true}, Wrapping: fyne.TextWrapWord},
			widgets.Para(it.Situation), widgets.Para("Rescue: "+it.Rescue), widgets.Para("Lead: "+it.Lead))
	} else {
		objs = append(objs, widgets.Para(it.Text))
	}
	r := widgets.ScaleRadio(labels, ans.Ratings[it.ID], func(v int) {
		if v == 0 {
			delete(ans.Ratings, it.ID)
		} else {
			ans.Ratings[it.ID] = v
		}
		a.s.changed()
	})
	a.ratings[it.ID] = r
	return append(objs, r)
}

func (a *assessScreen) prompt(p workshop.Prompt) []fyne.CanvasObject {
	ans := a.s.Answers
	e := widgets.TextEntry(ans.Reflections[p.ID], "Your reflection (optional, printed in your plan)", true, func(v string) {
		ans.Reflections[p.ID] = v
		a.s.changed()
	})
	a.reflections[p.ID] = e
	return []fyne.CanvasObject{&widget.Label{Text: p.Text, TextStyle: fyne.TextStyle{Italic: true}, Wrapping: fyne.TextWrapWord}, e}
}
