package ui

import (
	"context"
	"net"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/memstore"
)

// startTestHost serves a paced room on loopback.
func startTestHost(t *testing.T, c *workshop.Content) (*lan.Host, string) {
	t.Helper()
	h, err := lan.NewHost(context.Background(), memstore.New(), lan.HostOptions{Title: "Ops leads", Content: c, Pacing: workshop.Paced})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go h.Serve(l)
	t.Cleanup(func() { h.Close() })
	return h, l.Addr().String()
}

func TestLiveParticipantJoinsFollowsTheRoomAndRejoins(t *testing.T) {
	q := uitest.NewQueue(t)
	data := t.TempDir()
	ui := newTestUI(t, data, t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	ctx := context.Background()

	test.Tap(ui.start.join)
	js := ui.join
	// Nothing listens at a closed port: a sentence, not "dial tcp".
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed.Close()
	test.Type(js.Addr, closed.Addr().String())
	test.Type(js.Code, "WRONG1")
	test.Type(js.Name, "Aino Mäkinen")
	js.Name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter joins
	q.Settle(t, &ui.tasks)
	if js.Problem.Text != "Nothing answered at that address. Check it on the projector." {
		t.Fatalf("nobody at the address: %q", js.Problem.Text)
	}
	js.Addr.SetText(addr)
	test.Tap(js.Join)
	q.Settle(t, &ui.tasks)
	if !strings.Contains(js.Problem.Text, "code is not right") {
		t.Fatalf("wrong code: %q", js.Problem.Text)
	}
	var phrase string
	ui.confirmRoom = func(p string, done func(bool)) { phrase = p; done(true) }
	js.Code.SetText(strings.ToLower(h.Code()))
	js.Code.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	q.Settle(t, &ui.tasks)
	if phrase != h.Fingerprint() {
		t.Fatalf("the participant was shown %q, the projector shows %q", phrase, h.Fingerprint())
	}
	j := ui.journey
	if j == nil || ui.live == nil {
		t.Fatalf("joining did not open the live journey: %q", js.Problem.Text)
	}

	// Answers are saved locally and reach the room.
	test.Type(uitest.FindEntry(t, ui.win.Content(), rolePlaceholder), "Network engineer")
	q.Until(t, "the answers in the room", func() bool {
		ms := h.Members()
		return len(ms) == 1 && ms[0].Name == "Aino Mäkinen" && ms[0].Progress > 0 && ui.live.Status().Acked > 0 && ui.live.Status().Synced()
	})
	if !strings.Contains(ui.live.BannerText(), "synced with the room") {
		t.Errorf("banner %q", ui.live.BannerText())
	}

	// Paced: the participant cannot run ahead of the room.
	test.Tap(uitest.FindButton(t, ui.win.Content(), "Next"))
	if shown := uitest.Texts(ui.win.Content()); j.Session().Answers.Step != workshop.StepCheckIn || !strings.Contains(shown, "facilitator will open the next phase") {
		t.Fatalf("ran ahead: step %s, screen:\n%s", j.Session().Answers.Step, shown)
	}
	if err := h.Next(ctx); err != nil {
		t.Fatal(err)
	}
	q.Until(t, "the next phase", func() bool { return j.Session().Answers.Step == workshop.StepAssess })
	if err := h.SetLocked(ctx, true); err != nil {
		t.Fatal(err)
	}
	q.Until(t, "pens down", func() bool { return penDown(ui) })
	if err := h.SetLocked(ctx, false); err != nil {
		t.Fatal(err)
	}
	q.Until(t, "pens up", func() bool { return !penDown(ui) })

	// The laptop restarts: the participant rejoins without the code, on
	// the room's phase, with the answers intact.
	ui.win.Close()
	again := newTestUI(t, data, t.TempDir())
	if again.start.rejoin == nil || !strings.Contains(again.start.rejoin.Text, "Ops leads") {
		t.Fatal("the start screen does not offer to rejoin")
	}
	test.Tap(again.start.rejoin)
	q.Settle(t, &again.tasks)
	j = again.journey
	q.Until(t, "the room's state after rejoining", func() bool { return again.live.State().Phase == 1 })
	if j.Session().Answers.Participant.Role != "Network engineer" || j.Session().Answers.Step != workshop.StepAssess {
		t.Errorf("rejoined at %s with role %q", j.Session().Answers.Step, j.Session().Answers.Participant.Role)
	}
	if n := len(h.Members()); n != 1 {
		t.Errorf("rejoining added a member: %d in the room", n)
	}
	again.win.Close()

	// Forgetting the workshop removes it and its answers from the laptop.
	third := newTestUI(t, data, t.TempDir())
	test.Tap(third.start.forget)
	if third.start.rejoin != nil {
		t.Error("the start screen still offers to rejoin a forgotten workshop")
	}
	third.win.Close()
}

func TestLateJoinerLandsOnTheCurrentPhase(t *testing.T) {
	q := uitest.NewQueue(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	for range 3 {
		if err := h.Next(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	test.Tap(ui.start.join)
	test.Type(ui.join.Addr, addr)
	test.Type(ui.join.Code, h.Code())
	test.Type(ui.join.Name, "Late Larry")
	ui.confirmRoom = func(_ string, done func(bool)) { done(true) }
	test.Tap(ui.join.Join)
	q.Settle(t, &ui.tasks)
	j := ui.journey
	if j == nil || j.Session().Answers.Step != workshop.StepSkills {
		t.Fatalf("late joiner landed on %v, want the skills of phase 4", j.Session().Answers.Step)
	}
	// Earlier exercises stay open to catch up; later ones wait for the room.
	win := ui.win.Content()
	if uitest.FindButton(t, win, workshop.StepAssess.Title()).Disabled() || !uitest.FindButton(t, win, workshop.StepDelegate.Title()).Disabled() {
		t.Error("the step list does not follow the room's open phases")
	}
	if uitest.FindButton(t, win, workshop.StepCheckIn.Title()).Icon != nil {
		t.Error("the unfinished check-in is ticked as done")
	}
	ui.win.Close()
}

func TestRemovedParticipantIsToldWhy(t *testing.T) {
	q := uitest.NewQueue(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	test.Tap(ui.start.join)
	test.Type(ui.join.Addr, addr)
	test.Type(ui.join.Code, h.Code())
	test.Type(ui.join.Name, "Eve")
	ui.confirmRoom = func(_ string, done func(bool)) { done(true) }
	test.Tap(ui.join.Join)
	q.Settle(t, &ui.tasks)
	j := ui.journey
	if err := h.Remove(context.Background(), h.Members()[0].ID); err != nil {
		t.Fatal(err)
	}
	test.Type(uitest.FindEntry(t, ui.win.Content(), rolePlaceholder), "Lead")
	q.Until(t, "the refusal on the banner", func() bool { return strings.Contains(ui.live.BannerText(), "removed") })
	if j.Session().Answers.Participant.Role != "Lead" {
		t.Error("the answer typed after removal was not kept on the laptop")
	}
	ui.win.Close()
}

func TestAnswersRefusedWhileLockedGoThroughAfterUnlock(t *testing.T) {
	q := uitest.NewQueue(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	ctx := context.Background()
	test.Tap(ui.start.join)
	test.Type(ui.join.Addr, addr)
	test.Type(ui.join.Code, h.Code())
	test.Type(ui.join.Name, "Ana")
	ui.confirmRoom = func(_ string, done func(bool)) { done(true) }
	test.Tap(ui.join.Join)
	q.Settle(t, &ui.tasks)
	j := ui.journey
	q.Until(t, "the first sync", func() bool { return ui.live.Status().Acked > 0 && ui.live.Status().Synced() })

	if err := h.SetLocked(ctx, true); err != nil {
		t.Fatal(err)
	}
	q.Until(t, "pens down", func() bool { return penDown(ui) })
	// An edit that left the laptop just as the lock came in.
	j.Session().Answers.Participant.Role = "Team lead"
	j.Session().OnChange()
	q.Until(t, "the refusal", func() bool { return strings.Contains(ui.live.BannerText(), "locked") })

	if err := h.SetLocked(ctx, false); err != nil {
		t.Fatal(err)
	}
	q.Until(t, "the edit in the room", func() bool { return ui.live.Status().Synced() && ui.live.Status().Err == nil })
	ms := h.Members()
	if ms[0].Progress == 0 {
		t.Errorf("the host did not get the check-in after the unlock: %+v", ms[0])
	}
	ui.win.Close()
}

// rolePlaceholder is the check-in's role entry.
const rolePlaceholder = "e.g. Senior systems engineer, new team lead"

// penDown reports whether the journey shows a locked exercise.
func penDown(ui *App) bool { return strings.Contains(uitest.Texts(ui.win.Content()), "Pens down") }
