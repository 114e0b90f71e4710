package journey

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// tagQuestion heads the folded choice under each reflection.
const tagQuestion = "What is this about?"

// otherTag names workshop.TagOther for people.
const otherTag = "Something else"

// tagPicker lets the participant say what one reflection is about: one or
// more of the pack's skills, or something else, at most workshop.MaxTags.
// It stays folded until opened, and its title names what is chosen.
type tagPicker struct {
	s      *Session
	prompt string
	ids    []string        // skill IDs, then workshop.TagOther
	checks []*widget.Check // one per ID, in the same order
	hint   *widget.Label   // says when no more can be chosen
	fold   *widget.Accordion
}

func newTagPicker(s *Session, promptID string) *tagPicker {
	t := &tagPicker{s: s, prompt: promptID, hint: widgets.Note("")}
	chosen := s.Answers.Tags[promptID]
	grid := container.NewGridWithColumns(3)
	add := func(id, name string) {
		c := &widget.Check{Text: name, Checked: slices.Contains(chosen, id)}
		c.OnChanged = func(on bool) { t.set(id, on) }
		t.ids, t.checks = append(t.ids, id), append(t.checks, c)
		grid.Add(c)
	}
	for _, sk := range s.Content.Skills {
		add(sk.ID, sk.Name)
	}
	add(workshop.TagOther, otherTag)
	t.fold = widget.NewAccordion(widget.NewAccordionItem(tagQuestion, container.NewVBox(
		widgets.Note(fmt.Sprintf("Optional. Tick what this reflection is about, up to %d: your plan then reads it as you meant it.", workshop.MaxTags)),
		grid, t.hint)))
	t.show()
	return t
}

func (t *tagPicker) view() fyne.CanvasObject { return t.fold }

// set adds or takes away one tag, keeping the pack's order.
func (t *tagPicker) set(id string, on bool) {
	a := t.s.Answers
	tags := slices.DeleteFunc(slices.Clone(a.Tags[t.prompt]), func(x string) bool { return x == id })
	if on && len(tags) < workshop.MaxTags {
		tags = append(tags, id)
		slices.SortStableFunc(tags, func(x, y string) int { return t.order(x) - t.order(y) })
	}
	if len(tags) == 0 {
		delete(a.Tags, t.prompt)
	} else {
		if a.Tags == nil {
			a.Tags = map[string][]string{}
		}
		a.Tags[t.prompt] = tags
	}
	t.s.changed()
	t.show()
}

// order is a tag's place among the choices; tags the pack no longer has
// come last.
func (t *tagPicker) order(id string) int {
	if i := slices.Index(t.ids, id); i >= 0 {
		return i
	}
	return len(t.ids)
}

// show names the chosen tags in the title, and disables the unchosen boxes
// once the most are chosen.
func (t *tagPicker) show() {
	tags := t.s.Answers.Tags[t.prompt]
	var names []string
	for i, c := range t.checks {
		if slices.Contains(tags, t.ids[i]) {
			names = append(names, c.Text)
		}
	}
	title := tagQuestion
	switch n := len(names); {
	case n > 2: // a short title: it must not widen the page
		title += fmt.Sprintf(" %s and %d more", strings.Join(names[:2], ", "), n-2)
	case n > 0:
		title += " " + strings.Join(names, " and ")
	}
	full := len(tags) >= workshop.MaxTags
	for i, c := range t.checks {
		if full && !slices.Contains(tags, t.ids[i]) {
			c.Disable()
		} else {
			c.Enable()
		}
	}
	hint := ""
	if full {
		hint = fmt.Sprintf("%d is the most one reflection takes: untick one to choose another.", workshop.MaxTags)
	}
	say(t.hint, hint)
	t.fold.Items[0].Title = title
	t.fold.Refresh()
}
