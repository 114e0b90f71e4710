package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Checked is an entry with a one-line message under it that says, in red,
// what its validator finds wrong with what was typed; the line takes no
// room while the entry is fine.
type Checked struct {
	Box     fyne.CanvasObject // the entry and its message, to lay out
	Entry   *widget.Entry
	Message *widget.Label
}

// WithMessage puts e's validation message under it. Check shows the
// message at once, before anything is typed.
func WithMessage(e *widget.Entry) *Checked { return WithMessageUnder(e, e) }

// WithMessageUnder puts the validation message of e under shown, the
// widget that holds e (a date entry holds its entry and a calendar
// button).
func WithMessageUnder(shown fyne.CanvasObject, e *widget.Entry) *Checked {
	c := &Checked{Entry: e, Message: &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}}
	c.Message.Hide()
	c.Box = container.NewVBox(shown, c.Message)
	e.SetOnValidationChanged(c.show)
	return c
}

// Check validates the entry and shows its message; it returns the
// problem, or nil.
func (c *Checked) Check() error {
	err := c.Entry.Validate()
	c.show(err)
	return err
}

func (c *Checked) show(err error) {
	if err == nil {
		c.Message.SetText("")
		c.Message.Hide()
		return
	}
	c.Message.SetText(sentence(err.Error()))
	c.Message.Show()
}

// sentence starts text with a capital and ends it with a full stop.
func sentence(text string) string {
	if text == "" {
		return text
	}
	r := []rune(text)
	if r[0] >= 'a' && r[0] <= 'z' {
		r[0] -= 'a' - 'A'
	}
	if last := r[len(r)-1]; last != '.' && last != '?' && last != '!' {
		r = append(r, '.')
	}
	return string(r)
}
