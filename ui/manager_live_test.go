package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/live"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/manager"
)

// A manager joins the room as "A participant's manager" with the pairing
// code their team member shows, answers the request in the form and
// sends it: the answers reach the team member, and the manager is no
// participant of the room.
func TestAManagerJoinsTheRoomPairsAndSendsTheirAnswers(t *testing.T) {
	q := uitest.NewQueue(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	t.Cleanup(ui.leave)
	h, addr := startTestHost(t, ui.deps.Content)
	ctx := context.Background()
	if err := h.SetManagers(ctx, true); err != nil {
		t.Fatal(err)
	}
	// Kim, on her own laptop, offers her request and shows the code.
	kim := lan.Dial(addr, h.Fingerprint())
	t.Cleanup(kim.Close)
	if _, err := kim.Join(ctx, h.Code(), "Kim Lindqvist"); err != nil {
		t.Fatal(err)
	}
	a := workshop.NewAnswers(ui.deps.Content.ID, time.Now())
	a.Participant = workshop.Participant{Name: "Kim Lindqvist", Role: "Service desk lead"}
	if _, err := kim.PushAnswers(ctx, lan.Version{}, a); err != nil {
		t.Fatal(err)
	}
	request, err := manager.NewRequest(ui.deps.Content, a, manager.Include{}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	code, err := kim.OfferPairing(ctx, request)
	if err != nil {
		t.Fatal(err)
	}

	test.Tap(ui.start.join)
	js := ui.join
	ui.confirmRoom = func(_ string, done func(bool)) { done(true) }
	test.Type(js.Addr, addr)
	test.Type(js.Code, h.Code())
	js.Manager.Role.SetSelected(live.AsManager)
	test.Type(js.Name, "Dana Okafor")
	test.Tap(js.Join)
	if !strings.Contains(js.Problem.Text, "pairing code has 6 letters") {
		t.Fatalf("no pairing code: %q", js.Problem.Text)
	}
	test.Type(js.Manager.Pairing, "ZZZZZZ")
	test.Tap(js.Join)
	q.Settle(t, &ui.tasks)
	if !strings.Contains(js.Problem.Text, "pairing code is not right") {
		t.Fatalf("a wrong pairing code: %q", js.Problem.Text)
	}
	js.Manager.Pairing.SetText(strings.ToLower(code))
	test.Tap(js.Join)
	q.Settle(t, &ui.tasks)
	if ui.form == nil {
		t.Fatalf("pairing did not open the form: %q", js.Problem.Text)
	}
	if text := uitest.Texts(ui.win.Content()); !strings.Contains(text, "Kim Lindqvist") || ui.journey != nil {
		t.Fatalf("the form is not Kim's request:\n%s", text)
	}
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Our conversation"))
	test.Type(firstLongText(t, ui), "The team is stretched thin.")
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Send to Kim Lindqvist"))
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Send my answers to Kim Lindqvist"))
	q.Settle(t, &ui.tasks)
	if text := uitest.Texts(ui.win.Content()); !strings.Contains(text, "Sent to Kim Lindqvist.") {
		t.Fatalf("after sending:\n%s", text)
	}

	p, err := kim.Pairing(ctx)
	if err != nil || p.Manager != "Dana Okafor" || p.Response == nil || p.Response.Answer(request.Questions[0].ID) != "The team is stretched thin." {
		t.Fatalf("Kim's pairing: %+v, %v", p, err)
	}
	if n := len(h.Members()); n != 1 || h.ManagersPaired() != 1 {
		t.Errorf("%d members and %d managers paired; want Kim only, and one manager", n, h.ManagersPaired())
	}
}
