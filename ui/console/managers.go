package console

import (
	"context"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// ManagerRoom is a Room that can let participants' managers in to answer
// their team member's request; *service.Room is one. Managers are never
// participants: the console counts them, and shows none of their answers.
type ManagerRoom interface {
	SetManagers(ctx context.Context, open bool) error
	ManagersPaired() int
}

// managersSwitch is the console's switch for managers, off by default,
// and how many have paired.
type managersSwitch struct {
	room  ManagerRoom
	allow *widget.Check
	count *widget.Label
	box   fyne.CanvasObject
}

// withManagers is controls with the switch for managers inserted after
// after, when the room has one.
func (r *Console) withManagers(after fyne.CanvasObject, controls ...fyne.CanvasObject) []fyne.CanvasObject {
	if r.managers == nil {
		return controls
	}
	i := slices.Index(controls, after) + 1
	return slices.Insert(controls, i, r.managers.box)
}

// newManagersSwitch is the switch for the console r, or nil when its
// room cannot let managers in.
func newManagersSwitch(r *Console) *managersSwitch {
	room, ok := r.room.(ManagerRoom)
	if !ok {
		return nil
	}
	m := &managersSwitch{room: room, count: widgets.Note("")}
	m.allow = widget.NewCheck("Let participants' managers join", func(on bool) {
		if on == r.room.State().Managers {
			return // the switch follows the room
		}
		r.act("Managers could not be let in or turned away", func(ctx context.Context) error {
			return room.SetManagers(ctx, on)
		})
	})
	m.box = container.NewVBox(m.allow, m.count)
	return m
}

// paint shows the room's setting and the managers paired, never who
// they are or what they answered.
func (m *managersSwitch) paint(st workshop.RoomState) {
	if m == nil {
		return
	}
	m.allow.SetChecked(st.Managers)
	switch n := m.room.ManagersPaired(); {
	case !st.Managers && n == 0:
		m.count.SetText("Off: participants can still hand their managers a request file.")
	case n == 1:
		m.count.SetText("Managers: 1 paired. They answer with the room's code and their team member's pairing code; their answers go to that person only.")
	default:
		m.count.SetText(fmt.Sprintf("Managers: %d paired. They answer with the room's code and their team member's pairing code; their answers go to that person only.", n))
	}
}
