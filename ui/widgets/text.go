// Package widgets holds LeadShift's shared building blocks for screens:
// text styles, entries and rating choices bound to a value, the charts
// (radar, paired bars, the projector's big bars) and window size memory.
// It knows nothing of any one screen.
package widgets

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Para is a paragraph of wrapped text.
func Para(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
}

// Heading is a bold section title.
func Heading(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}}
}

// Note is a muted, italic hint.
func Note(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}}
}

// OrDash is a venue, or "no venue" when it is blank.
func OrDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "no venue"
	}
	return s
}

// ScaleRadio is a horizontal choice of a 1..len(labels) rating; 0 is none.
func ScaleRadio(labels []string, value int, onChange func(int)) *widget.RadioGroup {
	r := &widget.RadioGroup{Options: labels, Horizontal: true}
	if value >= 1 && value <= len(labels) {
		r.Selected = labels[value-1]
	}
	r.OnChanged = func(s string) { onChange(slices.Index(labels, s) + 1) }
	return r
}

// TextEntry is an entry bound to a string through onChange.
func TextEntry(value, placeholder string, multiLine bool, onChange func(string)) *widget.Entry {
	e := &widget.Entry{Text: value, PlaceHolder: placeholder, MultiLine: multiLine}
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(2)
	}
	e.OnChanged = onChange
	return e
}

// Scroll wraps a screen's content so long exercises scroll vertically.
func Scroll(objs ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVScroll(container.NewPadded(container.NewVBox(objs...)))
}

// AnchorChoice lets a person pick one of several written descriptions;
// unlike a radio group its options wrap.
type AnchorChoice struct {
	Buttons  []*widget.Button
	Content  fyne.CanvasObject
	selected int // 1-based, 0 for none
	onChange func(int)
}

// NewAnchorChoice offers options with selected (1-based, 0 for none) chosen.
func NewAnchorChoice(options []string, selected int, onChange func(int)) *AnchorChoice {
	ac := &AnchorChoice{selected: selected, onChange: onChange}
	rows := container.NewVBox()
	for i, text := range options {
		b := &widget.Button{Importance: widget.LowImportance, OnTapped: func() { ac.choose(i + 1) }}
		ac.Buttons = append(ac.Buttons, b)
		rows.Add(container.NewBorder(nil, nil, container.NewVBox(b), nil, Para(text)))
	}
	ac.Content = rows
	ac.paint()
	return ac
}

func (ac *AnchorChoice) choose(v int) {
	ac.selected = v
	ac.paint()
	ac.onChange(v)
}

// paint draws each choice as the radio groups draw theirs: a ring in the
// input border colour, filled with the primary colour when chosen.
func (ac *AnchorChoice) paint() {
	for i, b := range ac.Buttons {
		b.Icon = theme.NewColoredResource(theme.RadioButtonIcon(), theme.ColorNameInputBorder)
		if i+1 == ac.selected {
			b.Icon = theme.NewColoredResource(theme.RadioButtonCheckedIcon(), theme.ColorNamePrimary)
		}
		b.Refresh()
	}
}
