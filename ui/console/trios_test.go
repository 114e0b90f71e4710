package console

import (
	"context"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
)

// groupedRoom is a fake room that forms trios and pairs buddies with the
// domain's own rules. Its tasks run off the UI goroutine, so it locks.
type groupedRoom struct {
	*fakeRoom
	mu      sync.Mutex
	trios   workshop.Trios
	buddies workshop.Buddies
	day     string
}

func (g *groupedRoom) State() workshop.RoomState {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.fakeRoom.State()
}

func (g *groupedRoom) FormTrios(_ context.Context, ids []string, _ bool) error {
	t, err := workshop.FormTrios(ids, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		return err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.trios = t
	return nil
}

func (g *groupedRoom) SetTrios(_ context.Context, t workshop.Trios) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.trios = t
	return nil
}

func (g *groupedRoom) Trios() workshop.Trios {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.trios
}

func (g *groupedRoom) NextRound(context.Context) error {
	var err error
	g.change(func(s *workshop.RoomState) { err = s.NextRound(time.Now()) })
	return err
}

func (g *groupedRoom) PairBuddies(_ context.Context, ids []string, day string) error {
	b, err := workshop.PairBuddies(ids, rand.New(rand.NewPCG(3, 4)))
	if err != nil {
		return err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.buddies, g.day = b, day
	return nil
}

func (g *groupedRoom) Buddies() (workshop.Buddies, string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.buddies, g.day
}

// practisingRoom is a room of n on the first practice phase of the
// built-in pack, everyone connected.
func practisingRoom(n int) *groupedRoom {
	room := testRoom(n)
	for i := range room.members {
		room.members[i].Connected = true
	}
	room.state.Agenda = workshop.WithPractice(room.state.Agenda, builtin)
	for i, ph := range room.state.Agenda {
		if ph.Practice != "" {
			room.state.Phase = i
			break
		}
	}
	return &groupedRoom{fakeRoom: room}
}

func TestTheFacilitatorFormsTriosAndStartsRounds(t *testing.T) {
	q := uitest.NewQueue(t)
	room := practisingRoom(7)
	c, sh := newTestConsole(t, room.fakeRoom)
	// newTestConsole opens the plain fake room; the console then drives
	// the one that groups.
	c.room = room
	c.shell.Window().SetContent(c.view())
	c.refresh()
	if c.results.Visible() {
		t.Error("a practice phase offers to show the room's results")
	}
	if !strings.Contains(c.groups.trios.Text, "No trios yet") || !c.groups.round.Disabled() {
		t.Fatalf("before forming: %q, round button enabled %v", c.groups.trios.Text, !c.groups.round.Disabled())
	}
	test.Tap(uitest.FindButton(t, c.groups.box, "Form trios at random"))
	q.Settle(t, sh.Tasks())
	text := c.groups.trios.Text
	if lines := strings.Split(text, "\n"); len(lines) != 2 || !strings.Contains(text, "(speaker)") || !strings.Contains(text, "Participant 7") {
		t.Fatalf("seven people formed as:\n%s", text)
	}
	test.Tap(c.groups.round)
	q.Settle(t, sh.Tasks())
	if st := room.State(); st.Round != 1 {
		t.Fatalf("after starting a round the room is on round %d", st.Round)
	}
	if !strings.Contains(c.groups.round.Text, "round 2 of 3") {
		t.Errorf("the round button says %q", c.groups.round.Text)
	}

	c.openProjector()
	c.projector.win.Resize(fyne.NewSize(1280, 720))
	c.refresh()
	shown := visible(c.projector)
	if !strings.Contains(shown, "Round 1 of 3") || !strings.Contains(shown, "Practice: Ask instead of fixing") || !strings.Contains(shown, ":") {
		t.Errorf("the projector during round 1:\n%s", shown)
	}
	for _, m := range room.Members() {
		if strings.Contains(shown, m.Name) || strings.Contains(shown, workshop.FirstName(m.Name)+" (") {
			t.Errorf("the projector names %q:\n%s", m.Name, shown)
		}
	}
	for _, role := range []string{"(speaker)", "(listener)", "(observer)"} {
		if strings.Contains(shown, role) {
			t.Errorf("the projector shows who is %s", role)
		}
	}
}

func TestTheFacilitatorPairsBuddies(t *testing.T) {
	q := uitest.NewQueue(t)
	room := practisingRoom(5)
	c, sh := newTestConsole(t, room.fakeRoom)
	c.room = room
	c.shell.Window().SetContent(c.view())
	c.refresh()
	if d := c.groups.checkIn.Date; d == nil || d.Format(workshop.DateLayout) != "2026-12-31" {
		t.Fatalf("the first check-in defaults to %v, want 30 days after 1 December 2026", d)
	}
	test.Tap(uitest.FindButton(t, c.groups.box, "Pair buddies at random"))
	q.Settle(t, sh.Tasks())
	text := c.groups.buddies.Text
	if !strings.Contains(text, "31 December 2026") || strings.Count(text, " and ") != 3 { // two pairs, one of them a three
		t.Errorf("the buddies of five:\n%s", text)
	}
}

func TestTheFacilitatorArrangesTriosByHand(t *testing.T) {
	q := uitest.NewQueue(t)
	room := practisingRoom(5)
	c, sh := newTestConsole(t, room.fakeRoom)
	c.room = room
	c.shell.Window().SetContent(c.view())
	c.refresh()
	test.Tap(uitest.FindButton(t, c.groups.box, "Arrange by hand…"))
	dlg := sh.win.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("no dialog to arrange the trios")
	}
	var selects []*widget.Select
	uitest.Visit(dlg, func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok {
			selects = append(selects, s)
		}
	})
	if len(selects) != 5 || len(selects[0].Options) != 2 {
		t.Fatalf("%d choices for 5 people, the first offering %v", len(selects), selects[0].Options)
	}
	for i, s := range selects { // the first two together, the other three together
		s.SetSelectedIndex(map[bool]int{true: 0, false: 1}[i < 2])
	}
	test.Tap(uitest.FindButton(t, dlg, "Use these trios"))
	q.Settle(t, sh.Tasks())
	got := room.Trios()
	if len(got) != 2 || len(got[0]) != 2 || len(got[1]) != 3 || got[0][0] != "m000" || got[1][2] != "m004" {
		t.Fatalf("arranged by hand: %v", got)
	}
	if !strings.Contains(c.groups.trios.Text, "1. Participant 1 (speaker), Participant 2 (listener)") {
		t.Errorf("the console lists:\n%s", c.groups.trios.Text)
	}
}
