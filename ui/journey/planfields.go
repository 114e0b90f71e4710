package journey

import (
	"fmt"

	"fyne.io/fyne/v2"

	"github.com/leadshift/leadshift/workshop"
)

// fieldChecker is a screen that says what is missing under each field
// itself: Next then says in one sentence where to look, never a list.
type fieldChecker interface {
	// fieldProblems shows each field's message and returns the sentence
	// for the message line, or "" when no field needs anything.
	fieldProblems() string
}

// fieldProblems shows, under each field of each focus area, what it still
// needs, and from then on keeps the messages in step with what is typed.
func (p *planScreen) fieldProblems() string {
	p.marked = true
	switch n := p.showProblems(); n {
	case 0:
		return ""
	case 1:
		return "One field of your plan still needs an answer: it says what under it, in red."
	default:
		return fmt.Sprintf("%d fields of your plan still need an answer: each says what under it, in red.", n)
	}
}

// showProblems puts each focus area's problems under their fields and
// hides the messages of fields that are complete; it returns how many
// fields need something.
func (p *planScreen) showProblems() int {
	n := 0
	for i, fe := range p.focus {
		if i >= len(p.plan().Focus) {
			break
		}
		want := map[string]string{}
		for _, pr := range p.plan().Focus[i].Problems() {
			want[pr.Field] = pr.Text
		}
		for field, msg := range fe.problems {
			say(msg, want[field])
			if want[field] != "" {
				n++
			}
		}
	}
	return n
}

// onFirstOpen scrolls to the first field with a message (Next calls it
// after saying what is missing).
func (p *planScreen) onFirstOpen() {
	if p.scroll == nil {
		return
	}
	for _, fe := range p.focus {
		for _, field := range problemOrder {
			if msg := fe.problems[field]; msg != nil && msg.Visible() {
				p.scrollTo(fe.fields[field])
				return
			}
		}
	}
}

// problemOrder is the order of a focus area's checked fields on the page.
var problemOrder = []string{workshop.AreaTitle, workshop.AreaSpecific, workshop.AreaMeasurable, workshop.AreaBaseline,
	workshop.AreaTarget, workshop.AreaFirstStep, workshop.AreaFirstStepDate}

// scrollTo scrolls the page so obj is at its top.
func (p *planScreen) scrollTo(obj fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(p.scroll.Content).Y
	p.scroll.Offset = fyne.NewPos(0, max(0, y))
	p.scroll.Refresh()
}
