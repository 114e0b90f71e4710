package journey

import (
	"fmt"
	"hash/fnv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// perPage is how many statements or situations one page of the
// self-assessment holds.
const perPage = 6

// abScale labels a situation's rating between its options A and B.
var abScale = []string{"Always A", "Mostly A", "It depends", "Mostly B", "Always B"}

// assessScreen is the self-assessment: the statements and situations of
// every dimension mixed together, with no headings to steer the answer,
// on pages of a few items, then the reflection prompts on the last page.
type assessScreen struct {
	*pager
	s           *Session
	items       []workshop.Item               // in the order asked
	ratings     map[string]*widget.RadioGroup // by item ID, on the page shown
	reflections map[string]*widgets.Entry     // by prompt ID, on the page shown
	tags        map[string]*tagPicker         // by prompt ID, on the page shown
}

func newAssessScreen(s *Session) *assessScreen {
	a := &assessScreen{s: s, items: mixed(s.Content), ratings: map[string]*widget.RadioGroup{}, reflections: map[string]*widgets.Entry{}, tags: map[string]*tagPicker{}}
	a.pager = newPager(perPage, len(a.items), func(i int) bool { return s.Answers.Ratings[a.items[i].ID] != 0 },
		func(i int) fyne.CanvasObject { return a.item(i, a.items[i]) },
		func() { clear(a.ratings); clear(a.reflections); clear(a.tags) })
	a.last = func(body *fyne.Container) {
		body.Add(widgets.Heading("Reflections"))
		body.Add(widgets.Note("Optional. What you write here is printed in your plan, and its words can shape what the plan suggests."))
		for _, d := range s.Content.Dimensions {
			for _, pr := range d.Prompts {
				body.Add(a.prompt(pr))
			}
		}
	}
	a.start()
	return a
}

// mixed interleaves the dimensions' items, one of each in turn, so items
// of one dimension do not sit together under a heading.
func mixed(c *workshop.Content) []workshop.Item {
	var out []workshop.Item
	for i := 0; ; i++ {
		added := false
		for _, d := range c.Dimensions {
			if i < len(d.Items) {
				out = append(out, d.Items[i])
				added = true
			}
		}
		if !added {
			return out
		}
	}
}

// swapped reports whether this participant sees a situation's hand-over
// response as option A: the order varies per item and per person, and
// stays the same for that person.
func swapped(answersID, itemID string) bool {
	h := fnv.New32a()
	h.Write([]byte(answersID + "/" + itemID))
	return h.Sum32()%2 == 1
}

func (a *assessScreen) view() fyne.CanvasObject {
	return a.frame(widgets.Para("Do I want this, and how do I lead today? Rate each statement as it is now, not as you would like it to be. " +
		"For each situation, choose where you usually land between its two responses. There are no right answers: the plan is only as useful as you are honest."))
}

func (a *assessScreen) item(i int, it workshop.Item) fyne.CanvasObject {
	ans := a.s.Answers
	number := widget.NewLabelWithStyle(fmt.Sprintf("%d.", i+1), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	store := func(v int) {
		if v == 0 {
			delete(ans.Ratings, it.ID)
		} else {
			ans.Ratings[it.ID] = v
		}
		a.s.changed()
		a.refresh()
	}
	if !it.IsScenario() {
		r := widgets.ScaleRadio(workshop.AgreeScale, ans.Ratings[it.ID], store)
		a.ratings[it.ID] = r
		return container.NewVBox(container.NewBorder(nil, nil, number, nil, widgets.Para(it.Text)), widgets.Fit(r))
	}
	optA, optB := it.Rescue, it.Lead
	swap := swapped(ans.ID, it.ID)
	if swap {
		optA, optB = optB, optA
	}
	shown := ans.Ratings[it.ID]
	if swap && shown != 0 {
		shown = workshop.Scale + 1 - shown
	}
	r := widgets.ScaleRadio(abScale, shown, func(v int) {
		if swap && v != 0 {
			v = workshop.Scale + 1 - v
		}
		store(v)
	})
	a.ratings[it.ID] = r
	return container.NewVBox(
		container.NewBorder(nil, nil, number, nil, &widget.Label{Text: it.Text, TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}),
		widgets.Para(it.Situation), widgets.Para("A: "+optA), widgets.Para("B: "+optB), widgets.Fit(r))
}

func (a *assessScreen) prompt(p workshop.Prompt) fyne.CanvasObject {
	ans := a.s.Answers
	e := widgets.LongText(ans.Reflections[p.ID], "Your reflection (optional, printed in your plan)", func(v string) {
		ans.Reflections[p.ID] = v
		a.s.changed()
	})
	a.reflections[p.ID] = e
	tags := newTagPicker(a.s, p.ID)
	a.tags[p.ID] = tags
	return container.NewVBox(&widget.Label{Text: p.Text, TextStyle: fyne.TextStyle{Italic: true}, Wrapping: fyne.TextWrapWord}, e, tags.view())
}
