package live

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// The two choices for a clashing answer.
const (
	KeepMine = "Keep this laptop's"
	KeepRoom = "Keep the room's"
)

// ClashView lists the answers changed both on this laptop and elsewhere
// (another laptop of the participant), both values side by side, with a
// choice for each; everything else was already combined. Nothing is sent
// before the participant taps Done.
type ClashView struct {
	Content fyne.CanvasObject
	Labels  []*widget.Label      // one per clash: the answer, in the pack's words
	Mine    []*widget.Label      // this laptop's value
	Room    []*widget.Label      // the room's value
	Choices []*widget.RadioGroup // KeepMine or KeepRoom, this laptop's first
	AllMine *widget.Button
	AllRoom *widget.Button
	Done    *widget.Button
}

// NewClashView shows clashes in the words of the content pack c; done
// gets, for each clash, whether to take the room's value.
func NewClashView(c *workshop.Content, clashes []workshop.Clash, done func(takeRoom []bool)) *ClashView {
	v := &ClashView{}
	intro := &widget.Label{Wrapping: fyne.TextWrapWord, Text: "Your answers were also changed on another laptop. " +
		"Everything changed on only one side has been combined. These answers were changed on both: choose which to keep for each. " +
		"Both versions are saved on this laptop."}
	rows := container.NewVBox()
	for _, cl := range clashes {
		label := &widget.Label{Text: cl.Label(c), Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}}
		mine := &widget.Label{Text: cl.Mine, Wrapping: fyne.TextWrapWord}
		room := &widget.Label{Text: cl.Theirs, Wrapping: fyne.TextWrapWord}
		choice := &widget.RadioGroup{Options: []string{KeepMine, KeepRoom}, Selected: KeepMine, Horizontal: true, Required: true}
		v.Labels, v.Mine, v.Room, v.Choices = append(v.Labels, label), append(v.Mine, mine), append(v.Room, room), append(v.Choices, choice)
		sides := container.NewGridWithColumns(2,
			container.NewVBox(widget.NewLabelWithStyle("On this laptop", fyne.TextAlignLeading, fyne.TextStyle{Italic: true}), mine),
			container.NewVBox(widget.NewLabelWithStyle("In the room", fyne.TextAlignLeading, fyne.TextStyle{Italic: true}), room))
		rows.Add(container.NewVBox(label, sides, choice, widget.NewSeparator()))
	}
	all := func(choice string) func() {
		return func() {
			for _, r := range v.Choices {
				r.SetSelected(choice)
			}
		}
	}
	v.AllMine = &widget.Button{Text: "All this laptop's", OnTapped: all(KeepMine)}
	v.AllRoom = &widget.Button{Text: "All the room's", OnTapped: all(KeepRoom)}
	v.Done = &widget.Button{Text: "Go on with these answers", Importance: widget.HighImportance, OnTapped: func() {
		takeRoom := make([]bool, len(v.Choices))
		for i, r := range v.Choices {
			takeRoom[i] = r.Selected == KeepRoom
		}
		done(takeRoom)
	}}
	scroll := container.NewVScroll(rows)
	scroll.SetMinSize(fyne.NewSize(640, 360))
	v.Content = container.NewBorder(intro, container.NewHBox(v.AllMine, v.AllRoom, layout.NewSpacer(), v.Done), nil, nil, scroll)
	return v
}

// ShowClashes puts the clash view in a dialog over win; the dialog closes
// when the participant has chosen.
func ShowClashes(win fyne.Window, c *workshop.Content, clashes []workshop.Clash, done func(takeRoom []bool)) *ClashView {
	var d *dialog.CustomDialog
	v := NewClashView(c, clashes, func(takeRoom []bool) {
		d.Hide()
		done(takeRoom)
	})
	d = dialog.NewCustomWithoutButtons("Which answers do you keep?", v.Content, win)
	d.Show()
	return v
}
