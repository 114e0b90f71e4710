package console

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// roster is the control window's list of participants. It keeps one row
// per member and, on each update, changes only the rows whose member
// changed: a room of 200 answering does not rebuild 200 rows four times a
// second.
type roster struct {
	box      *fyne.Container
	rows     map[string]*rosterRow // by member ID
	order    []string              // member IDs as shown
	onRemove func(id string)
	// onLetBack lets a removed member join again.
	onLetBack func(id string)
	empty     fyne.CanvasObject
	removed   map[string]*removedRow // removed members, by ID

	built, repainted int // rows made and rows changed since the start, for tests
}

// rosterRow is one participant's line: name, state, step, and progress.
type rosterRow struct {
	line     *widget.Label
	bar      *widget.ProgressBar
	remove   *widget.Button
	obj      fyne.CanvasObject
	text     string
	progress int
}

// removedRow is a removed member's line: kept out until let back.
type removedRow struct {
	line    *widget.Label
	letBack *widget.Button // nil once let back
	obj     fyne.CanvasObject
	text    string
}

func newRoster() *roster {
	return &roster{box: container.NewVBox(), rows: map[string]*rosterRow{}, removed: map[string]*removedRow{},
		empty: widgets.Note("Nobody has joined yet. Show the projector window: participants choose \"Join a workshop\" and type the code.")}
}

// update shows members, and returns how many are in the room and how many
// connected now.
func (ro *roster) update(members []workshop.Member) (in, connected int) {
	var order, removed []string
	for _, m := range members {
		if m.Removed {
			removed = append(removed, m.ID)
			ro.paintRemoved(m)
			continue
		}
		if m.Connected {
			connected++
		}
		order = append(order, m.ID)
		ro.paintRow(m)
	}
	for id := range ro.rows {
		if !slices.Contains(order, id) {
			delete(ro.rows, id)
		}
	}
	for id := range ro.removed {
		if !slices.Contains(removed, id) {
			delete(ro.removed, id)
		}
	}
	// Removed members are listed after the others, as their own rows.
	all := append(slices.Clone(order), removed...)
	if !slices.Equal(all, ro.order) || len(ro.box.Objects) == 0 {
		ro.order = all
		objs := make([]fyne.CanvasObject, 0, len(all))
		for _, id := range order {
			objs = append(objs, ro.rows[id].obj)
		}
		if len(objs) == 0 {
			objs = append(objs, ro.empty)
		}
		for _, id := range removed {
			objs = append(objs, ro.removed[id].obj)
		}
		ro.box.Objects = objs
		ro.box.Refresh()
	}
	return len(order), connected
}

// paintRemoved makes a removed member's row, with Let back until they
// are let back.
func (ro *roster) paintRemoved(m workshop.Member) {
	text := m.Name + " · removed: cannot join again with this name or laptop"
	if m.LetBack {
		text = m.Name + " · removed, let back: may join again with the code"
	}
	row, ok := ro.removed[m.ID]
	if ok && row.text == text {
		return
	}
	row = &removedRow{text: text, line: widget.NewLabel(text)}
	row.obj = row.line
	if !m.LetBack {
		id := m.ID
		row.letBack = &widget.Button{Text: "Let back", Importance: widget.LowImportance, OnTapped: func() { ro.onLetBack(id) }}
		row.obj = container.NewBorder(nil, nil, nil, row.letBack, row.line)
	}
	ro.removed[m.ID] = row
	ro.order = nil // the row's object changed: lay the roster out again
}

// paintRow makes the member's row, or changes it if the member changed.
func (ro *roster) paintRow(m workshop.Member) {
	state := "offline"
	if m.Connected {
		state = "connected"
	}
	shared := ""
	if m.Share {
		shared = " · plan shared"
	}
	text := fmt.Sprintf("%s · %s · %s%s", m.Name, state, stepTitle(m.Step), shared)
	row, ok := ro.rows[m.ID]
	if !ok {
		id := m.ID
		row = &rosterRow{text: text, progress: m.Progress, line: widget.NewLabel(text), bar: &widget.ProgressBar{Max: 100, Value: float64(m.Progress)},
			remove: &widget.Button{Icon: theme.ContentRemoveIcon(), Importance: widget.LowImportance, OnTapped: func() { ro.onRemove(id) }}}
		row.obj = container.NewBorder(nil, nil, nil, row.remove, container.NewGridWithColumns(2, row.line, row.bar))
		ro.rows[m.ID] = row
		ro.built++
		return
	}
	if row.text == text && row.progress == m.Progress {
		return
	}
	ro.repainted++
	if row.text != text {
		row.text = text
		row.line.SetText(text)
	}
	if row.progress != m.Progress {
		row.progress = m.Progress
		row.bar.SetValue(float64(m.Progress))
	}
}

// RemoveButton is the button that removes a member, or nil; for tests.
func (r *Console) RemoveButton(id string) *widget.Button {
	if row, ok := r.roster.rows[id]; ok {
		return row.remove
	}
	return nil
}

// LetBackButton is the button that lets a removed member back, or nil;
// for tests.
func (r *Console) LetBackButton(id string) *widget.Button {
	if row, ok := r.roster.removed[id]; ok {
		return row.letBack
	}
	return nil
}

// RosterSize is how many participants the roster shows.
func (r *Console) RosterSize() int { return len(r.roster.rows) }

func stepTitle(s workshop.Step) string {
	if s.Title() == "" {
		return "not started"
	}
	return s.Title()
}
