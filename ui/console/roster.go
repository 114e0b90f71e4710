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
	empty    fyne.CanvasObject

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

func newRoster() *roster {
	return &roster{box: container.NewVBox(), rows: map[string]*rosterRow{},
		empty: widgets.Note("Nobody has joined yet. Show the projector window: participants choose \"Join a workshop\" and type the code.")}
}

// update shows members, and returns how many are in the room and how many
// connected now.
func (ro *roster) update(members []workshop.Member) (in, connected int) {
	var order []string
	for _, m := range members {
		if m.Removed {
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
	if !slices.Equal(order, ro.order) || len(ro.box.Objects) == 0 {
		ro.order = order
		objs := make([]fyne.CanvasObject, 0, len(order))
		for _, id := range order {
			objs = append(objs, ro.rows[id].obj)
		}
		if len(objs) == 0 {
			objs = append(objs, ro.empty)
		}
		ro.box.Objects = objs
		ro.box.Refresh()
	}
	return len(order), connected
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

// RosterSize is how many participants the roster shows.
func (r *Console) RosterSize() int { return len(r.roster.rows) }

func stepTitle(s workshop.Step) string {
	if s.Title() == "" {
		return "not started"
	}
	return s.Title()
}
