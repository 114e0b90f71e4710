package library

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
)

// The facilitator keeps or drops each practice round; a dropped one stays
// listed, leaves the total, and the room does not run it.
func TestPracticeRoundsCanBeDroppedAndKeptAgain(t *testing.T) {
	test.NewTempApp(t)
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	sh, ws := &fakeShell{}, &fakeWorkshops{}
	s := workshop.NewSetup(sh.Now(), "a4")
	s.Agenda = workshop.WithPractice(s.Agenda, c)
	v := NewSetup(sh, ws, "LeadShift", s)
	w := test.NewTempWindow(t, v.Content)
	w.Resize(uitest.Laptop)
	if len(v.Keep) != len(c.Practices) || len(c.Practices) == 0 {
		t.Fatalf("%d keep ticks for %d practices", len(v.Keep), len(c.Practices))
	}
	before := v.total.Text
	test.Tap(v.Keep[0])
	if !v.Setup().Agenda[2].Dropped || v.total.Text == before {
		t.Fatalf("dropping the first practice: dropped %v, total %q then %q", v.Setup().Agenda[2].Dropped, before, v.total.Text)
	}
	live := workshop.Live(v.Setup().Agenda, c)
	if len(live) != len(v.Setup().Agenda)-1 || strings.HasPrefix(live[2].ID, "practice-coach") {
		t.Errorf("the room would run %d phases with phase 3 %q", len(live), live[2].ID)
	}
	test.Tap(v.Keep[0])
	if v.Setup().Agenda[2].Dropped || v.total.Text != before {
		t.Errorf("keeping it again: dropped %v, total %q", v.Setup().Agenda[2].Dropped, v.total.Text)
	}
}
