package journey

import (
	"fmt"

	"fyne.io/fyne/v2"

	"github.com/leadshift/leadshift/ui/widgets"
)

// talkView answers the core conversation questions, each in a text field
// that shows how much of its limit is used.
func (f *ManagerForm) talkView() fyne.CanvasObject {
	text := fmt.Sprintf("The five conversations every new lead needs with their manager. A few sentences each are enough: "+
		"%s reads them before you meet, and you talk them through together.", f.person())
	if f.set.Paper {
		text = "What your manager wrote for each question, in their words."
	}
	objs := []fyne.CanvasObject{widgets.Para(text)}
	for _, q := range f.q.Questions {
		e := widgets.LongText(f.r.Answer(q.ID), "Your answer", func(v string) {
			f.r.SetAnswer(q.ID, v)
			f.changed()
		})
		f.answers[q.ID] = e
		objs = append(objs, widgets.Heading(q.Text), e)
	}
	return widgets.Scroll(objs...)
}
