package journey

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// delegateScreen is the delegation map: what lands on me, who could own
// it, what support they need, and by when.
type delegateScreen struct {
	s    *Session
	rows *fyne.Container
	add  *widget.Button
	// what and owner hold each row's entries, in row order, for tests.
	what, owner []*widget.Entry
}

func newDelegateScreen(s *Session) *delegateScreen {
	d := &delegateScreen{s: s, rows: container.NewVBox()}
	d.add = &widget.Button{Text: "Add something that lands on me", Icon: theme.ContentAddIcon(), OnTapped: d.onAdd}
	if len(s.Answers.Delegations) == 0 {
		for range max(1, s.Content.Delegation.MinRow) {
			s.Answers.Delegations = append(s.Answers.Delegations, workshop.NewDelegationRow())
		}
	}
	d.rebuild()
	return d
}

func (d *delegateScreen) view() fyne.CanvasObject {
	del := d.s.Content.Delegation
	examples := "For example: " + strings.Join(del.Hints, "; ") + "."
	return widgets.Scroll(widgets.Para(del.Intro), widgets.Note(examples), d.rows, d.add)
}

func (d *delegateScreen) onAdd() {
	if len(d.s.Answers.Delegations) >= workshop.MaxRows {
		return
	}
	d.s.Answers.Delegations = append(d.s.Answers.Delegations, workshop.NewDelegationRow())
	d.s.changed()
	d.rebuild()
}

func (d *delegateScreen) onRemove(id string) {
	rows := d.s.Answers.Delegations
	for i, r := range rows {
		if r.ID == id {
			d.s.Answers.Delegations = append(rows[:i:i], rows[i+1:]...)
			break
		}
	}
	d.s.changed()
	d.rebuild()
}

// rebuild redraws every row from the answers.
func (d *delegateScreen) rebuild() {
	d.rows.RemoveAll()
	d.what, d.owner = nil, nil
	for i := range d.s.Answers.Delegations {
		d.rows.Add(d.row(i))
	}
	d.add.Disable()
	if len(d.s.Answers.Delegations) < workshop.MaxRows {
		d.add.Enable()
	}
}

func (d *delegateScreen) row(i int) fyne.CanvasObject {
	r := &d.s.Answers.Delegations[i]
	id := r.ID
	// Entries find their row by ID: rows may be removed above them.
	edit := func(set func(r *workshop.DelegationRow, v string)) func(string) {
		return func(v string) {
			for j := range d.s.Answers.Delegations {
				if d.s.Answers.Delegations[j].ID == id {
					set(&d.s.Answers.Delegations[j], v)
				}
			}
			d.s.changed()
		}
	}
	what := widgets.TextEntry(r.What, "What lands on me: a decision, an escalation or a task", false, edit(func(r *workshop.DelegationRow, v string) { r.What = v }))
	owner := widgets.TextEntry(r.Owner, "Who could own it", false, edit(func(r *workshop.DelegationRow, v string) { r.Owner = v }))
	support := widgets.TextEntry(r.Support, "Support they need", false, edit(func(r *workshop.DelegationRow, v string) { r.Support = v }))
	by := widgets.TextEntry(r.By, "Hand over by (YYYY-MM-DD)", false, edit(func(r *workshop.DelegationRow, v string) { r.By = v }))
	by.Validator = func(s string) error {
		if s == "" {
			return nil
		}
		_, err := workshop.ParseDate("date", s)
		return err
	}
	kind := &widget.Select{Options: d.s.Content.Delegation.Types, Selected: r.Type, PlaceHolder: "Type",
		OnChanged: edit(func(r *workshop.DelegationRow, v string) { r.Type = v })}
	remove := &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { d.onRemove(id) }}
	d.what, d.owner = append(d.what, what), append(d.owner, owner)
	label := widget.NewLabelWithStyle(fmt.Sprintf("%d.", i+1), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(widget.NewSeparator(),
		container.NewBorder(nil, nil, label, remove, what),
		container.NewGridWithColumns(4, kind, owner, support, by))
}
