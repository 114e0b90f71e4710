package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// para is a paragraph of wrapped text.
func para(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
}

// heading is a bold section title.
func heading(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}}
}

// note is a muted, italic hint.
func note(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}}
}

// scaleRadio is a horizontal choice of a 1..len(labels) rating; 0 is none.
func scaleRadio(labels []string, value int, onChange func(int)) *widget.RadioGroup {
	r := &widget.RadioGroup{Options: labels, Horizontal: true}
	if value >= 1 && value <= len(labels) {
		r.Selected = labels[value-1]
	}
	r.OnChanged = func(s string) { onChange(slices.Index(labels, s) + 1) }
	return r
}

// textEntry is an entry bound to a string through onChange.
func textEntry(value, placeholder string, multiLine bool, onChange func(string)) *widget.Entry {
	e := &widget.Entry{Text: value, PlaceHolder: placeholder, MultiLine: multiLine}
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(2)
	}
	e.OnChanged = onChange
	return e
}

// scroll wraps a screen's content so long exercises scroll vertically.
func scroll(objs ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVScroll(container.NewPadded(container.NewVBox(objs...)))
}

// anchorChoice lets a person pick one of several written descriptions;
// unlike a radio group its options wrap.
type anchorChoice struct {
	buttons  []*widget.Button
	selected int // 1-based, 0 for none
	onChange func(int)
	content  fyne.CanvasObject
}

func newAnchorChoice(options []string, selected int, onChange func(int)) *anchorChoice {
	ac := &anchorChoice{selected: selected, onChange: onChange}
	rows := container.NewVBox()
	for i, text := range options {
		b := &widget.Button{Importance: widget.LowImportance, OnTapped: func() { ac.choose(i + 1) }}
		ac.buttons = append(ac.buttons, b)
		rows.Add(container.NewBorder(nil, nil, container.NewVBox(b), nil, para(text)))
	}
	ac.content = rows
	ac.paint()
	return ac
}

func (ac *anchorChoice) choose(v int) {
	ac.selected = v
	ac.paint()
	ac.onChange(v)
}

func (ac *anchorChoice) paint() {
	for i, b := range ac.buttons {
		b.Icon = theme.RadioButtonIcon()
		if i+1 == ac.selected {
			b.Icon = theme.RadioButtonCheckedIcon()
		}
		b.Refresh()
	}
}
