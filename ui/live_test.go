package ui

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/live"
	"github.com/leadshift/leadshift/ui/uitest"
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
	var phrase string
	ui.confirmRoom = func(p string, done func(bool)) { phrase = p; done(true) }
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
	joinOnScreen(t, q, ui, addr, h.Code(), "Late Larry")
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
	joinOnScreen(t, q, ui, addr, h.Code(), "Eve")
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
	joinOnScreen(t, q, ui, addr, h.Code(), "Ana")
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

// TestTypedAddressOfAnImpostorGetsNeitherCodeNorName is the review's
// impostor attack: at a typed address, the app fetches only the hello,
// shows the phrase, and sends the code and name only once the participant
// says it matches; "It does not" leaves the impostor with nothing.
func TestTypedAddressOfAnImpostorGetsNeitherCodeNorName(t *testing.T) {
	q := uitest.NewQueue(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	real, _ := startTestHost(t, ui.deps.Content)
	impostor, impAddr := startTestHost(t, ui.deps.Content)
	test.Tap(ui.start.join)
	test.Type(ui.join.Addr, impAddr)
	test.Type(ui.join.Code, real.Code())
	test.Type(ui.join.Name, "Zoë Müller")
	var shown string
	ui.confirmRoom = func(p string, done func(bool)) {
		shown = p
		if n := len(impostor.Members()); n != 0 {
			t.Errorf("the impostor had %d joins before the phrase was compared", n)
		}
		done(p == real.Fingerprint()) // the participant compares with the projector
	}
	test.Tap(ui.join.Join)
	q.Settle(t, &ui.tasks)
	if shown != impostor.Fingerprint() || shown == real.Fingerprint() {
		t.Fatalf("shown %q; the impostor's phrase is %q, the room's %q", shown, impostor.Fingerprint(), real.Fingerprint())
	}
	if len(impostor.Members()) != 0 || ui.journey != nil || !strings.Contains(ui.join.Problem.Text, "nothing was sent") {
		t.Errorf("after \"It does not\": %d joins at the impostor, journey %v, %q", len(impostor.Members()), ui.journey != nil, ui.join.Problem.Text)
	}
	ui.win.Close()
}

// TestConflictWithAnotherLaptopIsShownAndSettled: the same participant's
// other laptop changes the answers in the room; this laptop's next edit
// is not acknowledged. An answer changed on both laptops is put in front
// of the participant with both values, and each choice does what it says;
// answers changed on one laptop only are combined without asking, and the
// banner says so. Every settled conflict leaves a trace on the laptop.
func TestConflictWithAnotherLaptopIsShownAndSettled(t *testing.T) {
	q := uitest.NewQueue(t)
	data := t.TempDir()
	ui := newTestUI(t, data, t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	ctx := context.Background()
	joinOnScreen(t, q, ui, addr, h.Code(), "Ana")
	q.Until(t, "the first sync", func() bool { return ui.live.Status().Acked > 0 && ui.live.Status().Synced() })

	// The other laptop, with the same session, edits from the same version.
	f, err := ui.participant.Saved()
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

	var clashes []workshop.Clash
	var choose func([]bool)
	ui.chooseAnswers = func(_ *workshop.Content, cs []workshop.Clash, done func([]bool)) { clashes, choose = cs, done }
	ui.journey.Session().Answers.Participant.Role = "Written here"
	ui.journey.Session().OnChange()
	q.Until(t, "the choice", func() bool { return choose != nil })
	if len(clashes) != 1 || clashes[0].Key() != "participant:role" || clashes[0].Mine != "Written here" || clashes[0].Theirs != "Written on the other laptop" {
		t.Fatalf("the choice shows %+v", clashes)
	}
	if ui.live.Status().Synced() || !strings.Contains(ui.live.BannerText(), "choose which to keep") {
		t.Errorf("during the conflict: synced %v, banner %q", ui.live.Status().Synced(), ui.live.BannerText())
	}
	if _, got, _ := other.GetAnswers(ctx); got.Participant.Role != "Written on the other laptop" {
		t.Errorf("the room's answers were replaced before the participant chose: %q", got.Participant.Role)
	}

	// Taking the room's answers puts them on screen and on this laptop.
	choose([]bool{true})
	q.Until(t, "in step with the room", func() bool { return ui.live.Status().Synced() && ui.live.Status().Err == nil })
	if ui.journey.Session().Answers.Participant.Role != "Written on the other laptop" {
		t.Errorf("after taking the room's answers the laptop shows %q", ui.journey.Session().Answers.Participant.Role)
	}
	q.Until(t, "the room's answers saved on the laptop", func() bool {
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
	ui.journey.Session().Answers.Participant.Role = "Mine, kept"
	ui.journey.Session().OnChange()
	q.Until(t, "the second choice", func() bool { return choose != nil })
	choose([]bool{false})
	q.Until(t, "mine in the room", func() bool { return ui.live.Status().Synced() && ui.live.Status().Err == nil })
	if _, got, _ := other.GetAnswers(ctx); got.Participant.Role != "Mine, kept" {
		t.Errorf("after keeping this laptop's answers the room holds %q", got.Participant.Role)
	}

	// Different answers on each laptop: combined without asking.
	base, roomAnswers, err = other.GetAnswers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	roomAnswers.Participant.Manager = "Named on the other laptop"
	if _, err := other.PushAnswers(ctx, base, roomAnswers); err != nil {
		t.Fatal(err)
	}
	choose = nil
	ui.journey.Session().Answers.Participant.Role = "Changed here only"
	ui.journey.Session().OnChange()
	q.Until(t, "both laptops' answers in the room", func() bool {
		_, got, err := other.GetAnswers(ctx)
		return err == nil && got.Participant.Role == "Changed here only" && got.Participant.Manager == "Named on the other laptop"
	})
	q.Until(t, "the banner", func() bool { return strings.Contains(ui.live.BannerText(), live.Combined) })
	if choose != nil {
		t.Error("the participant was asked about answers changed on one laptop only")
	}
	if got := ui.journey.Session().Answers.Participant.Manager; got != "Named on the other laptop" {
		t.Errorf("the laptop shows manager %q after combining", got)
	}
	traces, _ := filepath.Glob(filepath.Join(data, "live", "conflict-*.json"))
	if len(traces) != 3 {
		t.Errorf("%d traces of the three conflicts: %q", len(traces), traces)
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

// TestShareChoiceTravelsWithTheAnswers: the share choice is part of this
// workshop's answers, and each choice reaches the room in order with the
// answers (the finish screen's box and its wording are tested in
// ui/journey).
func TestShareChoiceTravelsWithTheAnswers(t *testing.T) {
	q := uitest.NewQueue(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	joinOnScreen(t, q, ui, addr, h.Code(), "Ana")
	s := ui.journey.Session()
	if s.Answers.Share {
		t.Fatal("a new participant shares by default")
	}
	// Quick toggles: the last choice is the one the room keeps.
	for _, share := range []bool{true, false, true} {
		s.Answers.Share = share
		s.OnChange()
	}
	q.Until(t, "the choice in the room", func() bool {
		return ui.live.Status().Synced() && len(h.SharedAnswers()) == 1 && h.Members()[0].Share
	})
	s.Answers.Share = false
	s.OnChange()
	q.Until(t, "the withdrawal in the room", func() bool { return ui.live.Status().Synced() && len(h.SharedAnswers()) == 0 })
	ui.win.Close()
}

// TestRemovalIsShownWithoutAnEdit: the event stream's end tells a removed
// participant at once, before they type anything.
func TestRemovalIsShownWithoutAnEdit(t *testing.T) {
	q := uitest.NewQueue(t)
	ui := newTestUI(t, t.TempDir(), t.TempDir())
	h, addr := startTestHost(t, ui.deps.Content)
	joinOnScreen(t, q, ui, addr, h.Code(), "Eve")
	q.Until(t, "the first sync", func() bool { return ui.live.Status().Synced() && ui.live.Status().Acked > 0 })
	if err := h.Remove(context.Background(), h.Members()[0].ID); err != nil {
		t.Fatal(err)
	}
	q.Until(t, "the removal on the banner", func() bool {
		return strings.Contains(ui.live.BannerText(), "the facilitator removed you from this workshop")
	})
	ui.win.Close()
}

// joinOnScreen joins the room at addr as a participant would: the start
// screen's Join, the address, code and name typed, the check phrase
// confirmed as matching, and Join tapped.
func joinOnScreen(t *testing.T, q *uitest.Queue, ui *App, addr, code, name string) {
	t.Helper()
	test.Tap(ui.start.join)
	test.Type(ui.join.Addr, addr)
	test.Type(ui.join.Code, code)
	test.Type(ui.join.Name, name)
	ui.confirmRoom = func(_ string, done func(bool)) { done(true) }
	test.Tap(ui.join.Join)
	q.Settle(t, &ui.tasks)
}
