package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/storage"
)

// pushReassessed joins the room as name with the day-90 example's
// answers, re-assessment included.
func pushReassessed(t *testing.T, addr, code, name string) {
	t.Helper()
	ctx := context.Background()
	cl := lan.Dial(addr, "")
	if _, err := cl.Hello(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := cl.TrustPresented(); err != nil {
		t.Fatal(err)
	}
	if _, err := cl.Join(ctx, code, name); err != nil {
		t.Fatalf("%s joining: %v", name, err)
	}
	a, err := storage.ReadAnswers("../docs/examples/answers-day90.json")
	if err != nil {
		t.Fatal(err)
	}
	a.Participant.Name = name
	if _, err := cl.PushAnswers(ctx, lan.Version{}, a); err != nil {
		t.Fatalf("%s answering: %v", name, err)
	}
}

// The facilitator reopens a held workshop from the library as a follow-up
// session: the same room and code, on the follow-up phase, and once 5
// people have re-assessed the projector shows the room's before and after
// without a name.
func TestAFollowUpSessionFromTheLibrary(t *testing.T) {
	q := uitest.NewQueue(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	s := workshop.NewSetup(testDay, "a4")
	s.Title = "Ops leads, Kraków"
	if err := ui.workshops.Save(s); err != nil {
		t.Fatal(err)
	}
	ui.StartHosting(s)
	q.Settle(t, &ui.tasks)
	if ui.room == nil {
		t.Fatal("hosting did not start")
	}
	code := ui.room.Room().Code()
	for i := range 4 {
		pushReassessed(t, ui.room.Room().Addrs()[0], code, fmt.Sprintf("Participant %d", i+1))
	}
	ui.CloseRoom(s.ID)
	ui.ShowLibrary()
	test.Tap(ui.library.Row(s.ID).FollowUp)
	q.Settle(t, &ui.tasks)
	r := ui.room
	if r == nil || !r.Room().State().Current().IsFollowUp() || r.Room().Code() != code {
		t.Fatal("the follow-up session did not open on its phase with the workshop's code")
	}
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Projector window"))
	if control := uitest.Texts(ui.win.Content()); !strings.Contains(control, "4 of the 5 answers a chart needs so far") {
		t.Errorf("the control window does not count those who re-assessed:\n%s", control)
	}
	pushReassessed(t, r.Room().Addrs()[0], code, "Participant 5")
	q.Until(t, "the fifth re-assessment", func() bool { return r.Room().Answered() == 5 })
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Show the room's results"))
	q.Settle(t, &ui.tasks)
	proj := uitest.Texts(r.ProjectorWindow().Content())
	if !strings.Contains(proj, "at the workshop and now") || !strings.Contains(proj, "then,") || strings.Contains(proj, "Participant") {
		t.Errorf("the projector's before and after:\n%s", proj)
	}
	ui.CloseRoom(s.ID)
}
