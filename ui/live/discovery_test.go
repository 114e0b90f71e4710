package live

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// clockShell is a Shell whose clock the test moves.
type clockShell struct {
	now   time.Time
	tasks bridge.Tasks
}

func (s *clockShell) Home()                                 {}
func (s *clockShell) ShowError(string, error)               {}
func (s *clockShell) ConfirmRoom(_ string, done func(bool)) { done(false) }
func (s *clockShell) Focus(fyne.Focusable)                  {}
func (s *clockShell) Tasks() *bridge.Tasks                  { return &s.tasks }
func (s *clockShell) OpenLive(service.LiveFile, *workshop.Content, *workshop.Answers, workshop.RoomState) {
}
func (s *clockShell) AnswerInRoom(*service.ManagerLink) {}
func (s *clockShell) Now() time.Time                    { return s.now }

// silentJoiner hears nothing on the network and joins nothing.
type silentJoiner struct{}

func (silentJoiner) Browse(ctx context.Context, _ func(service.Found)) error {
	<-ctx.Done()
	return nil
}
func (silentJoiner) Reach(context.Context, string, string) (*service.Reached, error) {
	return nil, context.Canceled
}
func (silentJoiner) Keep(service.LiveFile) error { return nil }

// A workshop heard on the network is listed as not checked yet, once
// however often it announces, and leaves the list once it stops.
func TestDiscoveredWorkshopsAreUncheckedAndExpire(t *testing.T) {
	uitest.NewQueue(t)
	test.NewTempApp(t)
	sh := &clockShell{now: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	js := NewJoinScreen(sh, silentJoiner{})
	defer js.Close()
	f := service.Found{Title: "Ops leads", Addr: "192.0.2.7:47320", Fingerprint: "river-cabin-frost-mango-tiger-unveil"}
	js.add(f)
	js.add(f) // announced again: still one entry
	if list := uitest.Texts(js.found); len(js.found.Objects) != 1 || !strings.Contains(list, "not checked yet") {
		t.Fatalf("list %q", list)
	}
	js.prune() // just heard: stays
	if !strings.Contains(uitest.Texts(js.found), "Ops leads") {
		t.Fatal("a workshop heard just now was taken off the list")
	}
	sh.now = sh.now.Add(service.FoundExpiry) // silent since
	js.prune()
	if list := uitest.Texts(js.found); strings.Contains(list, "Ops leads") || !strings.Contains(list, "Looking for workshops") {
		t.Errorf("after it stopped announcing: %q", list)
	}
}
