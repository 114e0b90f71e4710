package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// delegateScreen is the delegation map: what lands on me, who could own
// it, what support they need, and by when.
type delegateScreen struct {
	s    *session
	rows *fyne.Container
	add  *widget.Button
	// what and owner hold each row's entries, in row order, for tests.
	what, owner []*widget.Entry
}

func newDelegateScreen(s *session) *delegateScreen {
	d := &delegateScreen{s: s, rows: container.NewVBox()}
	d.add = &widget.Button{Text: "Add something that lands on me", Icon: theme.ContentAddIcon(), OnTapped: d.onAdd}
	if len(s.answers.Delegations) == 0 {
		for range max(1, s.content.Delegation.MinRow) {
			s.answers.Delegations = append(s.answers.Delegations, workshop.NewDelegationRow())
		}
	}
	d.rebuild()
	return d
}

func (d *delegateScreen) view() fyne.CanvasObject {
	del := d.s.content.Delegation
	examples := "For example: " + strings.Join(del.Hints, "; ") + "."
	return scroll(para(del.Intro), note(examples), d.rows, d.add)
}

func (d *delegateScreen) onAdd() {
	if len(d.s.answers.Delegations) >= workshop.MaxRows {
		return
	}
	d.s.answers.Delegations = append(d.s.answers.Delegations, workshop.NewDelegationRow())
	d.s.changed()
	d.rebuild()
}

func (d *delegateScreen) onRemove(id string) {
	rows := d.s.answers.Delegations
	for i, r := range rows {
		if r.ID == id {
			d.s.answers.Delegations = append(rows[:i:i], rows[i+1:]...)
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
	for i := range d.s.answers.Delegations {
		d.rows.Add(d.row(i))
	}
	d.add.Disable()
	if len(d.s.answers.Delegations) < workshop.MaxRows {
		d.add.Enable()
	}
}

func (d *delegateScreen) row(i int) fyne.CanvasObject {
	r := &d.s.answers.Delegations[i]
	id := r.ID
	// Entries find their row by ID: rows may be removed above them.
	edit := func(set func(r *workshop.DelegationRow, v string)) func(string) {
		return func(v string) {
			for j := range d.s.answers.Delegations {
				if d.s.answers.Delegations[j].ID == id {
					set(&d.s.answers.Delegations[j], v)
				}
			}
			d.s.changed()
		}
	}
	what := textEntry(r.What, "What lands on me: a decision, an escalation or a task", false, edit(func(r *workshop.DelegationRow, v string) { r.What = v }))
	owner := textEntry(r.Owner, "Who could own it", false, edit(func(r *workshop.DelegationRow, v string) { r.Owner = v }))
	support := textEntry(r.Support, "Support they need", false, edit(func(r *workshop.DelegationRow, v string) { r.Support = v }))
	by := textEntry(r.By, "Hand over by (YYYY-MM-DD)", false, edit(func(r *workshop.DelegationRow, v string) { r.By = v }))
	by.Validator = func(s string) error {
		if s == "" {
			return nil
		}
		_, err := workshop.ParseDate("date", s)
		return err
	}
	kind := &widget.Select{Options: d.s.content.Delegation.Types, Selected: r.Type, PlaceHolder: "Type",
		OnChanged: edit(func(r *workshop.DelegationRow, v string) { r.Type = v })}
	remove := &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { d.onRemove(id) }}
	d.what, d.owner = append(d.what, what), append(d.owner, owner)
	label := widget.NewLabelWithStyle(fmt.Sprintf("%d.", i+1), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(widget.NewSeparator(),
		container.NewBorder(nil, nil, label, remove, what),
		container.NewGridWithColumns(4, kind, owner, support, by))
}
