package journey

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// delegateScreen is the delegation map (what lands on me, what the row
// is, who it concerns, what support they need, by when, and at which
// delegation level), then my week: where my hours go and the counts that
// show whether I have become too necessary.
type delegateScreen struct {
	s    *Session
	rows *fyne.Container
	add  *widget.Button
	undo *fyne.Container
	gone *removedRow
	// short says, while the map has fewer rows than the pack asks for,
	// that the plan has less to go on; it never stops the journey.
	short *widget.Label
	// what, owner and kind hold each row's fields, in row order, for tests.
	what  []*widget.Entry
	owner []*widget.SelectEntry
	kind  []*widget.Select
	by    []*checkedDate
	week  *weekForm
}

// removedRow is the last row removed, kept for undo.
type removedRow struct {
	at  int
	row workshop.DelegationRow
}

func newDelegateScreen(s *Session) *delegateScreen {
	d := &delegateScreen{s: s, rows: container.NewVBox(), undo: container.NewHBox(), week: newWeekForm(s), short: widgets.Note("")}
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
	levels := "Delegation levels, from keeping the decision to handing it over: " + strings.Join(del.Levels, " → ")
	return widgets.Scroll(widgets.Heading("What lands on me"), widgets.Para(del.Intro), widgets.Note(examples), widgets.Note(levels),
		d.undo, d.rows, d.add, d.short, widget.NewSeparator(), d.week.view())
}

// invalid says which dates of the map could not be read (each also says
// why under its field), then what the week holds that is not a number.
func (d *delegateScreen) invalid() []string {
	var out []string
	for i, by := range d.by {
		if err := by.check.Check(); err != nil {
			out = append(out, fmt.Sprintf("Row %d: the date is not one the map can read; see the message under it.", i+1))
		}
	}
	return append(out, d.week.invalid()...)
}

func (d *delegateScreen) onAdd() {
	if len(d.s.Answers.Delegations) >= workshop.MaxRows {
		return
	}
	d.s.Answers.Delegations = append(d.s.Answers.Delegations, workshop.NewDelegationRow())
	d.s.changed()
	d.rebuild()
}

// onRemove takes a row out at once and offers to bring it back.
func (d *delegateScreen) onRemove(id string) {
	rows := d.s.Answers.Delegations
	i := slices.IndexFunc(rows, func(r workshop.DelegationRow) bool { return r.ID == id })
	if i < 0 {
		return
	}
	d.gone = &removedRow{at: i, row: rows[i]}
	d.s.Answers.Delegations = append(rows[:i:i], rows[i+1:]...)
	d.s.changed()
	name := strings.TrimSpace(d.gone.row.What)
	if name == "" {
		name = fmt.Sprintf("Row %d", i+1)
	}
	d.undo.Objects = []fyne.CanvasObject{widget.NewLabel(fmt.Sprintf("\"%s\" removed.", name)),
		&widget.Button{Text: "Undo", Icon: theme.ContentUndoIcon(), OnTapped: d.onUndo}}
	d.undo.Refresh()
	d.rebuild()
}

func (d *delegateScreen) onUndo() {
	if d.gone == nil {
		return
	}
	rows := d.s.Answers.Delegations
	at := min(d.gone.at, len(rows))
	d.s.Answers.Delegations = append(rows[:at:at], append([]workshop.DelegationRow{d.gone.row}, rows[at:]...)...)
	d.gone = nil
	d.undo.Objects = nil
	d.undo.Refresh()
	d.s.changed()
	d.rebuild()
}

// showShort says how many more rows the map asks for, or hides the line.
func (d *delegateScreen) showShort() {
	n := d.s.Answers.RowsShort(d.s.Content)
	text := ""
	if n > 0 {
		text = fmt.Sprintf("The map asks for %d things that land on you, each with a name beside it; %d more would give your plan more to go on. "+
			"You can go on now and come back to it.", d.s.Content.Delegation.MinRow, n)
	}
	say(d.short, text)
}

// rebuild redraws every row from the answers.
func (d *delegateScreen) rebuild() {
	d.rows.RemoveAll()
	d.what, d.owner, d.kind, d.by = nil, nil, nil, nil
	for i := range d.s.Answers.Delegations {
		d.rows.Add(d.row(i))
	}
	setEnabled(d.add, len(d.s.Answers.Delegations) < workshop.MaxRows)
	d.showShort()
}

func (d *delegateScreen) row(i int) fyne.CanvasObject {
	r := &d.s.Answers.Delegations[i]
	id := r.ID
	// Fields find their row by ID: rows may be removed above them.
	update := func(set func(r *workshop.DelegationRow)) {
		for j := range d.s.Answers.Delegations {
			if d.s.Answers.Delegations[j].ID == id {
				set(&d.s.Answers.Delegations[j])
			}
		}
		d.s.changed()
		d.showShort()
	}
	edit := func(set func(r *workshop.DelegationRow, v string)) func(string) {
		return func(v string) { update(func(r *workshop.DelegationRow) { set(r, v) }) }
	}
	levels := d.s.Content.Delegation.Levels
	what := widgets.TextEntry(r.What, "What lands on me: a decision, an escalation or a task", false, edit(func(r *workshop.DelegationRow, v string) { r.What = v }))
	owner := d.ownerField(r, update)
	support := widgets.TextEntry(r.Support, "Support they need", false, edit(func(r *workshop.DelegationRow, v string) { r.Support = v }))
	// The hint says what the date is for and how to write it; a date it
	// cannot read gets its message under it.
	by := newCheckedDate(r.By, byHint(r.Kind), edit(func(r *workshop.DelegationRow, v string) { r.By = v }))
	typ := &widget.Select{Options: d.s.Content.Delegation.Types, Selected: r.Type, PlaceHolder: "Type",
		OnChanged: edit(func(r *workshop.DelegationRow, v string) { r.Type = v })}
	unsorted := widgets.Note("Not sorted yet: say what this row is, so the plan knows what it counts for.")
	unsorted.Hidden = r.Kind != ""
	kind := &widget.Select{Options: kindLabels(), PlaceHolder: "What is this row?", OnChanged: func(v string) {
		k := workshop.RowKindOf(v)
		update(func(r *workshop.DelegationRow) { r.Kind = k })
		owner.SetPlaceHolder(ownerHint(k))
		by.setHint(byHint(k))
		unsorted.Hide()
	}}
	if r.Kind != "" {
		kind.Selected = r.Kind.Label()
	}
	level := &widget.Select{Options: levels, PlaceHolder: "Delegation level", OnChanged: edit(func(r *workshop.DelegationRow, v string) {
		r.Level = slices.Index(levels, v) + 1
	})}
	if r.Level > 0 && r.Level <= len(levels) {
		level.Selected = levels[r.Level-1]
	}
	// The delete button comes last, so Tab reaches every field of the row first.
	remove := &widget.Button{Text: "Remove", Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { d.onRemove(id) }}
	d.what, d.owner, d.kind, d.by = append(d.what, what), append(d.owner, owner), append(d.kind, kind), append(d.by, by)
	label := widget.NewLabelWithStyle(fmt.Sprintf("%d.", i+1), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(widget.NewSeparator(),
		container.NewBorder(nil, nil, label, nil, what),
		container.NewGridWithColumns(2, kind, typ), unsorted,
		container.NewGridWithColumns(2, owner, support),
		container.NewBorder(nil, nil, nil, remove, container.NewGridWithColumns(2, by.box(), container.NewVBox(level))))
}

// ownerField is a row's owner: one of the team's first names, a rota or
// not decided yet, picked from the list or typed. What was picked is
// kept with the owner, so the plan need not guess it from the words.
func (d *delegateScreen) ownerField(r *workshop.DelegationRow, update func(func(r *workshop.DelegationRow))) *widget.SelectEntry {
	team := d.s.Answers.Participant
	owner := widget.NewSelectEntry(team.OwnerChoices())
	owner.Text, owner.PlaceHolder = r.Owner, ownerHint(r.Kind)
	owner.OnChanged = func(v string) {
		update(func(r *workshop.DelegationRow) { r.Owner, r.OwnerKind = v, team.OwnerKindOf(v) })
	}
	return owner
}

// kindLabels are the row kinds as the map offers them.
func kindLabels() []string {
	out := make([]string, len(workshop.RowKinds))
	for i, k := range workshop.RowKinds {
		out[i] = k.Label()
	}
	return out
}

// ownerHint is the owner field's placeholder, which follows what the row is.
func ownerHint(k workshop.RowKind) string {
	switch k {
	case workshop.RowHold:
		return "Who could own it"
	case workshop.RowStandard:
		return "Who it concerns"
	case workshop.RowHanded:
		return "Who owns it now"
	case workshop.RowNote:
		return "Who it involves"
	}
	return "Who could own it, or who it concerns"
}

// byHint is the date field's placeholder, which follows what the row is.
func byHint(k workshop.RowKind) string {
	switch k {
	case workshop.RowStandard:
		return "Talk it through by"
	case workshop.RowHanded:
		return "Handed over on"
	case workshop.RowNote:
		return "By when, if it matters"
	}
	return "Hand over by"
}
