package journey

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/live"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// trioConn is a room link whose room tells this participant their trio:
// Ana (this laptop), Ben and Cleo, roles rotating with the round, and
// from the second grouping a buddy, Oskar.
type trioConn struct {
	ctx     context.Context
	stop    context.CancelFunc
	onState func(workshop.RoomState)
	mu      sync.Mutex
	round   int
	buddies []string
	asked   int
}

func (c *trioConn) Context() context.Context                              { return c.ctx }
func (c *trioConn) StartSync(*workshop.Answers, func(service.SyncStatus)) {}
func (c *trioConn) Push(*workshop.Answers)                                {}
func (c *trioConn) Resolve(*service.Conflict, *workshop.Answers, []string) error {
	return nil
}
func (c *trioConn) Close() { c.stop() }

func (c *trioConn) Partners(context.Context) (service.Partners, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.asked++
	round := max(1, c.round)
	names := []string{"Ana", "Ben", "Cleo"}
	p := service.Partners{Practice: "coach", Round: c.round, Buddies: c.buddies, BuddyCheckIn: ""}
	if len(c.buddies) > 0 {
		p.BuddyCheckIn = "2027-01-07"
	}
	for i, n := range names {
		p.Group = append(p.Group, service.Partner{Name: n, Role: workshop.RoleOf(i, 3, round), Me: i == 0})
	}
	return p, nil
}

// send tells the link the room is now in st, with the room's round and
// buddies set first.
func (c *trioConn) send(st workshop.RoomState, buddies ...string) {
	c.mu.Lock()
	c.round, c.buddies = st.Round, buddies
	c.mu.Unlock()
	c.onState(st)
}

func TestATrioRoundAsAParticipant(t *testing.T) {
	q := uitest.NewQueue(t)
	j, _ := newTestJourney(t, t.TempDir())
	agenda := workshop.WithPractice(workshop.DefaultAgenda, j.s.Content)
	practice := slices.IndexFunc(agenda, func(p workshop.Phase) bool { return p.Practice == "coach" })
	st := workshop.NewRoomState("Ops leads", agenda, workshop.Paced)
	ctx, stop := context.WithCancel(context.Background())
	conn := &trioConn{ctx: ctx, stop: stop}
	link := live.NewLink(st, j.s.Answers, func(on func(workshop.RoomState)) live.Conn { conn.onState = on; return conn })
	t.Cleanup(link.Close)
	j = New(j.shell, j.files, "a4", j.s, link)
	j.shell.Window().SetContent(j.Content)

	// The facilitator opens the practice and forms the trios.
	st.GoTo(practice, time.Now())
	st.Grouping = 1
	conn.send(st)
	q.Until(t, "the trio screen", func() bool { return j.trio != nil && strings.Contains(j.trio.Group.Text, "Ben") })
	pr := j.s.Content.Practice("coach")
	screen := uitest.Texts(j.body)
	for _, want := range []string{"Your trio. You (speaker), Ben (listener), Cleo (observer).", "You are the speaker this round: " + pr.Speaker.Plays,
		pr.Speaker.Does, pr.Scenario, pr.Practise, "the first round starts soon"} {
		if !strings.Contains(screen, want) {
			t.Errorf("before round 1 the screen lacks %q:\n%s", want, screen)
		}
	}
	if j.trio.ChecklistShown() {
		t.Error("the speaker sees the observer's checklist")
	}

	// Round 1 starts: the timer shows; Ana speaks.
	st.NextRound(time.Now())
	conn.send(st)
	q.Until(t, "round 1", func() bool { return strings.Contains(j.trio.Round.Text, "round 1 of 3") })
	if !strings.Contains(j.trio.Round.Text, "left") || !strings.Contains(link.BannerText(), "round 1 of 3") {
		t.Errorf("round 1: %q, banner %q", j.trio.Round.Text, link.BannerText())
	}

	// Round 2: the roles rotate, Ana observes with the checklist.
	st.NextRound(time.Now())
	conn.send(st)
	q.Until(t, "the observer's card", func() bool { return strings.Contains(j.trio.Role.Text, "observer") })
	if !j.trio.ChecklistShown() || !slices.Equal(j.trio.Checklist.Options, pr.Checklist) {
		t.Fatalf("the observer's checklist: shown %v, %v", j.trio.ChecklistShown(), j.trio.Checklist.Options)
	}
	if !strings.Contains(uitest.Texts(j.body), pr.Observer.Does) {
		t.Error("the observer's card does not say what the observer does")
	}
	j.trio.Checklist.SetSelected(pr.Checklist[:2])
	if len(j.trio.Checklist.Selected) != 2 {
		t.Error("the observer could not tick the checklist")
	}

	// A look at a step mid-round, and back to the trio.
	j.show(workshop.StepProfile)
	if j.current == nil || !j.toTrio.Visible() {
		t.Fatalf("on a step during the practice: screen %T, way back shown %v", j.current, j.toTrio.Visible())
	}
	test.Tap(j.toTrio)
	if j.current != nil || j.toTrio.Visible() || !j.trio.ChecklistShown() || len(j.trio.Checklist.Selected) != 2 {
		t.Fatalf("back to the trio: screen %T, the observer's ticks %v", j.current, j.trio.Checklist.Selected)
	}

	// The facilitator pairs buddies: a plan without a buddy takes Oskar.
	j.s.Answers.Plan = &workshop.Plan{}
	st.Grouping = 2
	conn.send(st, "Oskar")
	q.Until(t, "the buddy", func() bool { return j.s.Answers.Plan.Buddy == "Oskar" })
	if j.s.Answers.Plan.BuddyCheckIn != "2027-01-07" {
		t.Errorf("the buddy check-in is %q", j.s.Answers.Plan.BuddyCheckIn)
	}
	if len(j.trio.Checklist.Selected) != 2 {
		t.Error("news of the buddies cleared the observer's ticks mid-round")
	}

	// The practice ends: the journey shows its step again.
	st.GoTo(practice+1, time.Now())
	conn.send(st)
	q.Until(t, "the next step", func() bool { return j.current != nil })
	if j.s.Answers.Step != st.Current().Steps[0] {
		t.Errorf("after the practice the journey is on %s, want %s", j.s.Answers.Step, st.Current().Steps[0])
	}
}

// A buddy the participant chose is never replaced by the facilitator's
// pairing.
func TestAChosenBuddyStays(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	j.s.Answers.Plan = &workshop.Plan{Buddy: "Marisa", BuddyCheckIn: "2027-02-01"}
	j.partnered = partnersOnly{service.Partners{Buddies: []string{"Oskar"}, BuddyCheckIn: "2027-01-07"}}
	if j.takeBuddy() || j.s.Answers.Plan.Buddy != "Marisa" || j.s.Answers.Plan.BuddyCheckIn != "2027-02-01" {
		t.Errorf("the chosen buddy became %q on %q", j.s.Answers.Plan.Buddy, j.s.Answers.Plan.BuddyCheckIn)
	}
}

type partnersOnly struct{ p service.Partners }

func (p partnersOnly) Partners() service.Partners { return p.p }
func (partnersOnly) SetOnPartners(func())         {}
func (partnersOnly) SetOnTick(func())             {}

// On one's own, the step a practice follows carries it as a written
// rehearsal: the situation and a box whose text is kept in the answers.
func TestSoloRehearsalIsWrittenIntoTheAnswers(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	changes := 0
	j.s.OnChange = func() { changes++ }
	j.show(workshop.StepDelegate)
	if j.rehearse == nil {
		t.Fatal("the delegation map has no rehearsal beside it")
	}
	pr := j.s.Content.Practice("handover")
	if text := uitest.Texts(j.rehearse.view); !strings.Contains(text, pr.Scenario) || !strings.Contains(text, pr.Rehearse) || !strings.Contains(text, pr.Checklist[0]) {
		t.Errorf("the rehearsal shows:\n%s", text)
	}
	j.rehearse.entry.SetText("Marek, the patch window is yours from April.")
	if got := j.s.Answers.Rehearsals["handover"]; got != "Marek, the patch window is yours from April." || changes == 0 {
		t.Errorf("the answers keep %q after %d changes", got, changes)
	}
	j.show(workshop.StepSkills)
	if j.rehearse != nil {
		t.Error("a step no practice follows has a rehearsal")
	}
	j.show(workshop.StepDelegate)
	if j.rehearse.entry.Text != "Marek, the patch window is yours from April." {
		t.Errorf("coming back, the box holds %q", j.rehearse.entry.Text)
	}
}
