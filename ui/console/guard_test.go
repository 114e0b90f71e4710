package console

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/leadshift/leadshift/ui/uitest"
)

// TestConsoleShowsTheGuardCode: when wrong codes put the room on guard,
// the control window and the projector show the longer guard code in
// place of the join code, with the plain sentence why, charted phase or
// not; once the facilitator opens the room again, the join code is back.
func TestConsoleShowsTheGuardCode(t *testing.T) {
	uitest.NewQueue(t)
	charted := roomWithFigures()
	charted.state.Phase = 1
	for _, room := range []*fakeRoom{testRoom(3), charted} {
		c, p := projectorAt(t, room, fyne.NewSize(1280, 720))
		control := func() string { return uitest.Texts(c.shell.Window().Content()) }
		if strings.Contains(control(), guardWhy) && c.guardWhy.Visible() || strings.Contains(visible(p), guardWhy) {
			t.Fatalf("the guard is shown before the room is on guard:\n%s", visible(p))
		}
		room.guard = "K7WQ3MABCD"
		room.alert = "Someone may be guessing the join code: 31 wrong codes since 10:02."
		c.refresh()
		p.view.Refresh()
		if !strings.Contains(control(), "Join code: K7WQ3M ABCD") || !c.guardWhy.Visible() || !c.joinAlert.Visible() {
			t.Errorf("the control window on guard shows:\n%s", control())
		}
		if p.view.code.Text != "K7WQ3M ABCD" || p.view.code.Hidden || !strings.Contains(visible(p), guardWhy) {
			t.Errorf("the projector on guard shows:\n%s", visible(p))
		}
		room.guard, room.alert = "", ""
		c.refresh()
		p.view.Refresh()
		if strings.Contains(control(), "ABCD") || c.guardWhy.Visible() || strings.Contains(visible(p), "ABCD") || strings.Contains(visible(p), guardWhy) {
			t.Errorf("the guard code outlived the guard:\n%s\n%s", control(), visible(p))
		}
		if p.view.code.Text != "K7WQ3M" {
			t.Errorf("the projector's code after the guard: %q", p.view.code.Text)
		}
	}
}
