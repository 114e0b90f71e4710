package journey

import (
	"fmt"
	"hash/fnv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
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
	s           *Session
	items       []workshop.Item // in the order asked
	page        int
	body        *fyne.Container
	status      *widget.Label
	prev, next  *widget.Button
	firstOpen   *widget.Button
	ratings     map[string]*widget.RadioGroup // by item ID, on the page shown
	reflections map[string]*widgets.Entry     // by prompt ID, on the page shown
	tags        map[string]*tagPicker         // by prompt ID, on the page shown
}

func newAssessScreen(s *Session) *assessScreen {
	a := &assessScreen{s: s, items: mixed(s.Content), body: container.NewVBox(), status: widget.NewLabel(""),
		ratings: map[string]*widget.RadioGroup{}, reflections: map[string]*widgets.Entry{}, tags: map[string]*tagPicker{}}
	a.prev = &widget.Button{Text: "Previous page", Icon: theme.NavigateBackIcon(), OnTapped: func() { a.show(a.page - 1) }}
	a.next = &widget.Button{Text: "Next page", Icon: theme.NavigateNextIcon(), IconPlacement: widget.ButtonIconTrailingText,
		OnTapped: func() { a.show(a.page + 1) }}
	a.firstOpen = &widget.Button{Text: "Go to the first unanswered", Importance: widget.LowImportance, OnTapped: a.onFirstOpen}
	if i := a.firstUnanswered(); i < len(a.items) {
		a.show(i / perPage) // pick up where the person left off
	} else {
		a.show(0)
	}
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

func (a *assessScreen) pages() int { return (len(a.items)+perPage-1)/perPage + 1 } // the last holds the reflections

func (a *assessScreen) answered() int {
	n := 0
	for _, it := range a.items {
		if a.s.Answers.Ratings[it.ID] != 0 {
			n++
		}
	}
	return n
}

// firstUnanswered is the index of the first item not rated, or len(items).
func (a *assessScreen) firstUnanswered() int {
	for i, it := range a.items {
		if a.s.Answers.Ratings[it.ID] == 0 {
			return i
		}
	}
	return len(a.items)
}

func (a *assessScreen) view() fyne.CanvasObject {
	intro := widgets.Para("Do I want this, and how do I lead today? Rate each statement as it is now, not as you would like it to be. " +
		"For each situation, choose where you usually land between its two responses. There are no right answers: the plan is only as useful as you are honest.")
	nav := container.NewHBox(a.prev, a.next, a.firstOpen)
	return container.NewBorder(container.NewVBox(intro, a.status), container.NewPadded(nav), nil, nil, widgets.Scroll(a.body))
}

// show draws page p.
func (a *assessScreen) show(p int) {
	a.page = min(max(p, 0), a.pages()-1)
	a.body.RemoveAll()
	clear(a.ratings)
	clear(a.reflections)
	clear(a.tags)
	if a.page == a.pages()-1 {
		a.body.Add(widgets.Heading("Reflections"))
		a.body.Add(widgets.Note("Optional. What you write here is printed in your plan, and its words can shape what the plan suggests."))
		for _, d := range a.s.Content.Dimensions {
			for _, pr := range d.Prompts {
				a.body.Add(a.prompt(pr))
			}
		}
	} else {
		end := min(len(a.items), (a.page+1)*perPage)
		for i := a.page * perPage; i < end; i++ {
			a.body.Add(widget.NewSeparator())
			a.body.Add(a.item(i, a.items[i]))
		}
	}
	a.body.Refresh()
	a.refreshNav()
}

func (a *assessScreen) refreshNav() {
	a.status.SetText(fmt.Sprintf("Page %d of %d · %d of %d answered", a.page+1, a.pages(), a.answered(), len(a.items)))
	setEnabled(a.prev, a.page > 0)
	setEnabled(a.next, a.page < a.pages()-1)
	setEnabled(a.firstOpen, a.firstUnanswered() < len(a.items))
}

func (a *assessScreen) onFirstOpen() { a.show(a.firstUnanswered() / perPage) }

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
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
		a.refreshNav()
	}
	if !it.IsScenario() {
		r := widgets.ScaleRadio(workshop.AgreeScale, ans.Ratings[it.ID], store)
		a.ratings[it.ID] = r
		return container.NewVBox(container.NewBorder(nil, nil, number, nil, widgets.Para(it.Text)), r)
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
		widgets.Para(it.Situation), widgets.Para("A: "+optA), widgets.Para("B: "+optB), r)
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
