package console

import (
	"context"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
)

// managersRoom is a fake room that can let managers in.
type managersRoom struct {
	*fakeRoom
	mu     sync.Mutex
	open   bool
	paired int
}

func (m *managersRoom) State() workshop.RoomState {
	st := m.fakeRoom.State()
	m.mu.Lock()
	defer m.mu.Unlock()
	st.Managers = m.open
	return st
}
func (m *managersRoom) SetManagers(_ context.Context, open bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.open = open
	return nil
}
func (m *managersRoom) ManagersPaired() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.paired
}

// The facilitator lets managers in with a switch, off by default; the
// console counts the managers paired and says nothing else of them.
func TestTheConsoleLetsManagersInAndCountsThem(t *testing.T) {
	q := uitest.NewQueue(t)
	room := &managersRoom{fakeRoom: testRoom(3)}
	sh := &fakeShell{app: test.NewTempApp(t), win: test.NewTempWindow(t, nil)}
	sh.win.Resize(fyne.NewSize(1280, 800))
	c, err := Open(sh, &workshop.Setup{ID: "w1", Title: "Ops leads"}, func(func()) (Room, error) { return room, nil })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	c.Show()
	var allow *widget.Check
	uitest.Visit(sh.win.Content(), func(o fyne.CanvasObject) {
		if ch, ok := o.(*widget.Check); ok && ch.Text == "Let participants' managers join" {
			allow = ch
		}
	})
	if allow == nil || allow.Checked {
		t.Fatalf("the switch for managers: %v, want it shown and off", allow)
	}
	if text := uitest.Texts(sh.win.Content()); !strings.Contains(text, "Off: participants can still hand their managers a request file.") {
		t.Errorf("the console does not say managers are off:\n%s", text)
	}
	test.Tap(allow)
	q.Settle(t, &sh.tasks)
	if !room.State().Managers {
		t.Fatal("tapping the switch did not let managers in")
	}
	room.mu.Lock()
	room.paired = 2
	room.mu.Unlock()
	c.refresh()
	text := uitest.Texts(sh.win.Content())
	if !allow.Checked || !strings.Contains(text, "Managers: 2 paired.") || !strings.Contains(text, "3 in the room") {
		t.Errorf("with two managers paired: checked %v, console:\n%s", allow.Checked, text)
	}
	test.Tap(allow)
	q.Settle(t, &sh.tasks)
	if room.State().Managers {
		t.Error("tapping the switch again did not turn managers away")
	}
}
