package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Entry is a multi-line text entry that leaves Tab to move the focus to
// the next field, as every other field does, instead of typing a tab.
type Entry struct {
	widget.Entry
}

// AcceptsTab tells the window to use Tab for moving the focus.
func (e *Entry) AcceptsTab() bool { return false }

// LongText is a wrapping multi-line entry bound to a string through onChange.
func LongText(value, placeholder string, onChange func(string)) *Entry {
	e := &Entry{}
	e.ExtendBaseWidget(e)
	e.Text, e.PlaceHolder, e.MultiLine, e.Wrapping = value, placeholder, true, fyne.TextWrapWord
	e.SetMinRowsVisible(2)
	e.OnChanged = onChange
	return e
}
