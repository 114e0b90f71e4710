package ui

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/memstore"
	filestore "github.com/leadshift/leadshift/workshop/storage"
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
	q := queueUI(t)
	data := t.TempDir()
	ui := newTestUI(t, data, t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	ctx := context.Background()

	test.Tap(ui.start.join)
	js := ui.join
	test.Type(js.addr, addr)
	test.Type(js.code, "WRONG1")
	test.Type(js.name, "Aino Mäkinen")
	var phrase string
	ui.confirmRoom = func(p string, done func(bool)) { phrase = p; done(true) }
	test.Tap(js.join)
	q.settle(t, ui)
	if !strings.Contains(js.problem.Text, "code is not right") {
		t.Fatalf("wrong code: %q", js.problem.Text)
	}
	js.code.SetText(strings.ToLower(h.Code()))
	test.Tap(js.join)
	q.settle(t, ui)
	if phrase != h.Fingerprint() {
		t.Fatalf("the participant was shown %q, the projector shows %q", phrase, h.Fingerprint())
	}
	j := ui.journey
	if j == nil || j.live == nil {
		t.Fatalf("joining did not open the live journey: %q", js.problem.Text)
	}

	// Answers are saved locally and reach the room.
	ci := j.current.(*checkInScreen)
	test.Type(ci.role, "Network engineer")
	q.until(t, "the answers in the room", func() bool {
		ms := h.Members()
		return len(ms) == 1 && ms[0].Name == "Aino Mäkinen" && ms[0].Progress > 0 && j.live.status.Acked > 0 && j.live.status.Synced()
	})
	if !strings.Contains(j.live.banner.Text, "synced with the room") {
		t.Errorf("banner %q", j.live.banner.Text)
	}

	// Paced: the participant cannot run ahead of the room.
	test.Tap(j.next)
	if j.s.answers.Step != workshop.StepCheckIn || !strings.Contains(j.problem.Text, "facilitator will open the next phase") {
		t.Fatalf("ran ahead: step %s, problem %q", j.s.answers.Step, j.problem.Text)
	}
	if err := h.Next(ctx); err != nil {
		t.Fatal(err)
	}
	q.until(t, "the next phase", func() bool { return j.s.answers.Step == workshop.StepAssess })
	if err := h.SetLocked(ctx, true); err != nil {
		t.Fatal(err)
	}
	q.until(t, "pens down", func() bool { return j.penDown })
	if err := h.SetLocked(ctx, false); err != nil {
		t.Fatal(err)
	}
	q.until(t, "pens up", func() bool { return !j.penDown })

	// The laptop restarts: the participant rejoins without the code, on
	// the room's phase, with the answers intact.
	ui.win.Close()
	again := newTestUI(t, data, t.TempDir())
	if again.start.rejoin == nil || !strings.Contains(again.start.rejoin.Text, "Ops leads") {
		t.Fatal("the start screen does not offer to rejoin")
	}
	test.Tap(again.start.rejoin)
	q.settle(t, again)
	j = again.journey
	q.until(t, "the room's state after rejoining", func() bool { return j.live.state.Phase == 1 })
	if j.s.answers.Participant.Role != "Network engineer" || j.s.answers.Step != workshop.StepAssess {
		t.Errorf("rejoined at %s with role %q", j.s.answers.Step, j.s.answers.Participant.Role)
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
	q := queueUI(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	for range 3 {
		if err := h.Next(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	test.Tap(ui.start.join)
	test.Type(ui.join.addr, addr)
	test.Type(ui.join.code, h.Code())
	test.Type(ui.join.name, "Late Larry")
	ui.confirmRoom = func(_ string, done func(bool)) { done(true) }
	test.Tap(ui.join.join)
	q.settle(t, ui)
	j := ui.journey
	if j == nil || j.s.answers.Step != workshop.StepSkills {
		t.Fatalf("late joiner landed on %v, want the skills of phase 4", j.s.answers.Step)
	}
	// Earlier exercises stay open to catch up; later ones wait for the room.
	if j.nav[workshop.StepAssess.Index()].Disabled() || !j.nav[workshop.StepDelegate.Index()].Disabled() {
		t.Error("the step list does not follow the room's open phases")
	}
	if j.nav[workshop.StepCheckIn.Index()].Icon != nil {
		t.Error("the unfinished check-in is ticked as done")
	}
	ui.win.Close()
}

func TestRemovedParticipantIsToldWhy(t *testing.T) {
	q := queueUI(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	test.Tap(ui.start.join)
	test.Type(ui.join.addr, addr)
	test.Type(ui.join.code, h.Code())
	test.Type(ui.join.name, "Eve")
	ui.confirmRoom = func(_ string, done func(bool)) { done(true) }
	test.Tap(ui.join.join)
	q.settle(t, ui)
	j := ui.journey
	if err := h.Remove(context.Background(), h.Members()[0].ID); err != nil {
		t.Fatal(err)
	}
	test.Type(j.current.(*checkInScreen).role, "Lead")
	q.until(t, "the refusal on the banner", func() bool { return strings.Contains(j.live.banner.Text, "removed") })
	if j.s.answers.Participant.Role != "Lead" {
		t.Error("the answer typed after removal was not kept on the laptop")
	}
	ui.win.Close()
}

func TestAnswersRefusedWhileLockedGoThroughAfterUnlock(t *testing.T) {
	q := queueUI(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	ctx := context.Background()
	test.Tap(ui.start.join)
	test.Type(ui.join.addr, addr)
	test.Type(ui.join.code, h.Code())
	test.Type(ui.join.name, "Ana")
	ui.confirmRoom = func(_ string, done func(bool)) { done(true) }
	test.Tap(ui.join.join)
	q.settle(t, ui)
	j := ui.journey
	q.until(t, "the first sync", func() bool { return j.live.status.Acked > 0 && j.live.status.Synced() })

	if err := h.SetLocked(ctx, true); err != nil {
		t.Fatal(err)
	}
	q.until(t, "pens down", func() bool { return j.penDown })
	// An edit that left the laptop just as the lock came in.
	j.s.answers.Participant.Role = "Team lead"
	j.s.changed()
	q.until(t, "the refusal", func() bool { return strings.Contains(j.live.banner.Text, "locked") })

	if err := h.SetLocked(ctx, false); err != nil {
		t.Fatal(err)
	}
	q.until(t, "the edit in the room", func() bool { return j.live.status.Synced() && j.live.status.Err == nil })
	ms := h.Members()
	if ms[0].Progress == 0 {
		t.Errorf("the host did not get the check-in after the unlock: %+v", ms[0])
	}
	ui.win.Close()
}

// TestTypedAddressOfAnImpostorGetsNeitherCodeNorName is the review's
// impostor attack: at a typed address, the app fetches only the hello,
// shows the phrase, and sends the code and name only once the participant
// says it matches; "It does not" leaves the impostor with nothing.
func TestTypedAddressOfAnImpostorGetsNeitherCodeNorName(t *testing.T) {
	q := queueUI(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	real, _ := startTestHost(t, ui.deps.Content)
	impostor, impAddr := startTestHost(t, ui.deps.Content)
	test.Tap(ui.start.join)
	test.Type(ui.join.addr, impAddr)
	test.Type(ui.join.code, real.Code())
	test.Type(ui.join.name, "Zoë Müller")
	var shown string
	ui.confirmRoom = func(p string, done func(bool)) {
		shown = p
		if n := len(impostor.Members()); n != 0 {
			t.Errorf("the impostor had %d joins before the phrase was compared", n)
		}
		done(p == real.Fingerprint()) // the participant compares with the projector
	}
	test.Tap(ui.join.join)
	q.settle(t, ui)
	if shown != impostor.Fingerprint() || shown == real.Fingerprint() {
		t.Fatalf("shown %q; the impostor's phrase is %q, the room's %q", shown, impostor.Fingerprint(), real.Fingerprint())
	}
	if len(impostor.Members()) != 0 || ui.journey != nil || !strings.Contains(ui.join.problem.Text, "nothing was sent") {
		t.Errorf("after \"It does not\": %d joins at the impostor, journey %v, %q", len(impostor.Members()), ui.journey != nil, ui.join.problem.Text)
	}
	ui.win.Close()
}

// TestConflictWithAnotherLaptopIsShownAndSettled: the same participant's
// other laptop changes the answers in the room; this laptop's next edit
// is not acknowledged but put in front of the participant with both
// versions, and each choice does what it says.
func TestConflictWithAnotherLaptopIsShownAndSettled(t *testing.T) {
	q := queueUI(t)
	data := t.TempDir()
	ui := newTestUI(t, data, t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	ctx := context.Background()
	test.Tap(ui.start.join)
	test.Type(ui.join.addr, addr)
	test.Type(ui.join.code, h.Code())
	test.Type(ui.join.name, "Ana")
	ui.confirmRoom = func(_ string, done func(bool)) { done(true) }
	test.Tap(ui.join.join)
	q.settle(t, ui)
	j := ui.journey
	q.until(t, "the first sync", func() bool { return j.live.status.Acked > 0 && j.live.status.Synced() })

	// The other laptop, with the same session, edits from the same version.
	f, err := ui.loadLive()
	if err != nil {
		t.Fatal(err)
	}
	other := lan.Resume(f.Session)
	defer other.Close()
	base, roomAnswers, err := other.GetAnswers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	roomAnswers.Participant.Role = "Written on the other laptop"
	if _, err := other.PushAnswers(ctx, base, roomAnswers); err != nil {
		t.Fatal(err)
	}

	var mine, room *workshop.Answers
	var choose func(bool)
	ui.chooseAnswers = func(_ *workshop.Content, m, r *workshop.Answers, done func(bool)) { mine, room, choose = m, r, done }
	j.s.answers.Participant.Role = "Written here"
	j.s.changed()
	q.until(t, "the choice", func() bool { return choose != nil })
	if mine.Participant.Role != "Written here" || room.Participant.Role != "Written on the other laptop" {
		t.Fatalf("the choice shows %q here and %q in the room", mine.Participant.Role, room.Participant.Role)
	}
	if j.live.status.Synced() || !strings.Contains(j.live.banner.Text, "choose which to keep") {
		t.Errorf("during the conflict: synced %v, banner %q", j.live.status.Synced(), j.live.banner.Text)
	}
	if _, got, _ := other.GetAnswers(ctx); got.Participant.Role != "Written on the other laptop" {
		t.Errorf("the room's answers were replaced before the participant chose: %q", got.Participant.Role)
	}

	// Taking the room's answers puts them on screen and on this laptop.
	choose(false)
	q.until(t, "in step with the room", func() bool { return j.live.status.Synced() && j.live.status.Err == nil })
	if j.s.answers.Participant.Role != "Written on the other laptop" {
		t.Errorf("after taking the room's answers the laptop shows %q", j.s.answers.Participant.Role)
	}
	q.until(t, "the room's answers saved on the laptop", func() bool {
		saved, err := filestoreLoad(data)
		return err == nil && saved.Participant.Role == "Written on the other laptop"
	})

	// Another conflict, settled the other way: this laptop's answers win.
	base, roomAnswers, err = other.GetAnswers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	roomAnswers.Participant.Role = "Other laptop, again"
	if _, err := other.PushAnswers(ctx, base, roomAnswers); err != nil {
		t.Fatal(err)
	}
	choose = nil
	j.s.answers.Participant.Role = "Mine, kept"
	j.s.changed()
	q.until(t, "the second choice", func() bool { return choose != nil })
	choose(true)
	q.until(t, "mine in the room", func() bool { return j.live.status.Synced() && j.live.status.Err == nil })
	if _, got, _ := other.GetAnswers(ctx); got.Participant.Role != "Mine, kept" {
		t.Errorf("after keeping this laptop's answers the room holds %q", got.Participant.Role)
	}
	ui.win.Close()
}

// filestoreLoad reads the live answers saved on the laptop in data.
func filestoreLoad(data string) (*workshop.Answers, error) {
	s, err := filestore.Open(filepath.Join(data, "live"))
	if err != nil {
		return nil, err
	}
	return s.Load()
}

// TestShareChoiceTravelsWithTheAnswers: the share box starts from this
// workshop's answers, says what the facilitator receives, and each choice
// reaches the room in order with the answers.
func TestShareChoiceTravelsWithTheAnswers(t *testing.T) {
	q := queueUI(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	test.Tap(ui.start.join)
	test.Type(ui.join.addr, addr)
	test.Type(ui.join.code, h.Code())
	test.Type(ui.join.name, "Ana")
	ui.confirmRoom = func(_ string, done func(bool)) { done(true) }
	test.Tap(ui.join.join)
	q.settle(t, ui)
	j := ui.journey
	f := newFinishScreen(ui, j.s)
	if f.share.Checked || !strings.Contains(f.receives.Text, "never your answers or your plan") {
		t.Fatalf("a new participant's share box: checked %v, %q", f.share.Checked, f.receives.Text)
	}
	// Quick toggles: the last choice is the one the room keeps.
	f.share.SetChecked(true)
	f.share.SetChecked(false)
	f.share.SetChecked(true)
	if !j.s.answers.Share || !strings.Contains(f.receives.Text, "your action plan") {
		t.Errorf("after sharing: answers share %v, %q", j.s.answers.Share, f.receives.Text)
	}
	q.until(t, "the choice in the room", func() bool {
		return j.live.status.Synced() && len(h.SharedAnswers()) == 1 && h.Members()[0].Share
	})
	f.share.SetChecked(false)
	q.until(t, "the withdrawal in the room", func() bool { return j.live.status.Synced() && len(h.SharedAnswers()) == 0 })
	if again := newFinishScreen(ui, j.s); again.share.Checked {
		t.Error("the share box forgot the participant's choice")
	}
	ui.win.Close()
}

// TestRemovalIsShownWithoutAnEdit: the event stream's end tells a removed
// participant at once, before they type anything.
func TestRemovalIsShownWithoutAnEdit(t *testing.T) {
	q := queueUI(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	test.Tap(ui.start.join)
	test.Type(ui.join.addr, addr)
	test.Type(ui.join.code, h.Code())
	test.Type(ui.join.name, "Eve")
	ui.confirmRoom = func(_ string, done func(bool)) { done(true) }
	test.Tap(ui.join.join)
	q.settle(t, ui)
	j := ui.journey
	q.until(t, "the first sync", func() bool { return j.live.status.Synced() && j.live.status.Acked > 0 })
	if err := h.Remove(context.Background(), h.Members()[0].ID); err != nil {
		t.Fatal(err)
	}
	q.until(t, "the removal on the banner", func() bool {
		return strings.Contains(j.live.banner.Text, "the facilitator removed you from this workshop")
	})
	ui.win.Close()
}

// TestDiscoveredWorkshopsAreUncheckedAndExpire: a workshop heard on the
// network is listed as not checked yet, and leaves the list once it stops
// announcing.
func TestDiscoveredWorkshopsAreUncheckedAndExpire(t *testing.T) {
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	test.Tap(ui.start.join)
	js := ui.join
	f := lan.Found{Title: "Ops leads", Addr: "192.0.2.7:47320", Fingerprint: "river-cabin-frost-mango-tiger-unveil"}
	js.add(f)
	js.add(f) // announced again: still one entry
	list := texts(js.found)
	if len(js.found.Objects) != 1 || !strings.Contains(list, "not checked yet") {
		t.Fatalf("list %q", list)
	}
	js.prune() // just heard: stays
	if !strings.Contains(texts(js.found), "Ops leads") {
		t.Fatal("a workshop heard just now was taken off the list")
	}
	for k := range js.heard {
		js.heard[k] = time.Now().Add(-lan.FoundExpiry) // silent since
	}
	js.prune()
	if list := texts(js.found); strings.Contains(list, "Ops leads") || !strings.Contains(list, "Looking for workshops") {
		t.Errorf("after it stopped announcing: %q", list)
	}
	ui.win.Close()
}
