package console

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// builtin is the built-in content pack, which test rooms run.
var builtin = func() *workshop.Content {
	c, err := assets.BuiltinContent()
	if err != nil {
		panic(err)
	}
	return c
}()

// fakeRoom is a hosted room held in memory. Its state changes in the
// console's tasks while the console reads it, so mu guards it.
type fakeRoom struct {
	mu       sync.Mutex
	state    workshop.RoomState
	members  []workshop.Member
	agg      workshop.RoomAggregates // the figures once shown
	shown    atomic.Bool             // the phase's results were shown (set by a task, read by the UI)
	answered int                     // Answered
	removed  []string
	addrs    []string // the host's addresses; a LAN one when nil
	alert    string   // JoinAlert
	guard    string   // GuardCode
	problem  error    // Problem
	content  *workshop.Content
}

func (f *fakeRoom) Title() string       { return f.state.Title }
func (f *fakeRoom) Code() string        { return "K7WQ3M" }
func (f *fakeRoom) Fingerprint() string { return "amber otter violin" }
func (f *fakeRoom) Addrs() []string {
	if f.addrs != nil {
		return f.addrs
	}
	return []string{"192.168.1.20:47320"}
}
func (f *fakeRoom) State() workshop.RoomState {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state
}

// change changes the state as a task does, under the lock.
func (f *fakeRoom) change(do func(*workshop.RoomState)) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	do(&f.state)
	return nil
}
func (f *fakeRoom) Content() *workshop.Content { return f.content }
func (f *fakeRoom) Members() []workshop.Member { return append([]workshop.Member(nil), f.members...) }
func (f *fakeRoom) Aggregates() workshop.RoomAggregates {
	if !f.shown.Load() {
		return workshop.RoomAggregates{}
	}
	return f.agg
}
func (f *fakeRoom) ResultsShown() bool                { return f.shown.Load() }
func (f *fakeRoom) Answered() int                     { return f.answered }
func (f *fakeRoom) ShowResults(context.Context) error { f.shown.Store(true); return nil }
func (f *fakeRoom) Next(context.Context) error {
	return f.change(func(s *workshop.RoomState) { s.Phase++ })
}
func (f *fakeRoom) GoTo(_ context.Context, i int) error {
	return f.change(func(s *workshop.RoomState) { s.Phase = i })
}
func (f *fakeRoom) SetLocked(_ context.Context, l bool) error {
	return f.change(func(s *workshop.RoomState) { s.Locked = l })
}
func (f *fakeRoom) SetJoinOpen(_ context.Context, o bool) error {
	return f.change(func(s *workshop.RoomState) { s.JoinOpen = o })
}
func (f *fakeRoom) SetPacing(_ context.Context, p workshop.Pacing) error {
	return f.change(func(s *workshop.RoomState) { s.Pacing = p })
}
func (f *fakeRoom) TimerAdd(context.Context, time.Duration) error { return nil }
func (f *fakeRoom) TimerPause(context.Context) error              { return nil }
func (f *fakeRoom) TimerResume(context.Context) error             { return nil }
func (f *fakeRoom) Remove(_ context.Context, id string) error {
	f.removed = append(f.removed, id)
	for i := range f.members {
		if f.members[i].ID == id {
			f.members[i].Removed = true
		}
	}
	return nil
}
func (f *fakeRoom) LetBack(_ context.Context, id string) error {
	for i := range f.members {
		if f.members[i].ID == id {
			f.members[i].LetBack = true
		}
	}
	return nil
}
func (f *fakeRoom) JoinAlert() string { return f.alert }
func (f *fakeRoom) GuardCode() string { return f.guard }
func (f *fakeRoom) Problem() error    { return f.problem }
func (f *fakeRoom) Stop() error       { return nil }
func (f *fakeRoom) Close() error      { return nil }

// fakeShell stands in for the app around the console.
type fakeShell struct {
	app     fyne.App
	win     fyne.Window
	tasks   bridge.Tasks
	errs    []error
	exports []string
	stopped bool
	asked   []string // the confirmations asked, title and message
}

func (f *fakeShell) ShowError(_ string, err error) { f.errs = append(f.errs, err) }
func (f *fakeShell) Confirm(title, msg string, done func(bool)) {
	f.asked = append(f.asked, title+" "+msg)
	done(true)
}
func (f *fakeShell) Tasks() *bridge.Tasks              { return &f.tasks }
func (f *fakeShell) App() fyne.App                     { return f.app }
func (f *fakeShell) Window() fyne.Window               { return f.win }
func (f *fakeShell) Now() time.Time                    { return testNow }
func (f *fakeShell) ExportPrintPack(s *workshop.Setup) { f.exports = append(f.exports, "pack") }
func (f *fakeShell) ExportCSV(s *workshop.Setup)       { f.exports = append(f.exports, "csv") }
func (f *fakeShell) ExportArchive(s *workshop.Setup)   { f.exports = append(f.exports, "archive") }
func (f *fakeShell) Stopped()                          { f.stopped = true }

var testNow = time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)

// newTestConsole shows a console over room in a test window at a laptop
// size.
func newTestConsole(t *testing.T, room *fakeRoom) (*Console, *fakeShell) {
	t.Helper()
	a := test.NewTempApp(t)
	sh := &fakeShell{app: a, win: test.NewTempWindow(t, nil)}
	sh.win.Resize(fyne.NewSize(1280, 800))
	c, err := Open(sh, &workshop.Setup{ID: "w1", Title: "Ops leads, Kraków", Date: "2026-12-01", Venue: "Hotel Bristol"},
		func(func()) (Room, error) { return room, nil })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	c.Show()
	return c, sh
}

// testRoom is a paced room with n members on the self-assessment.
func testRoom(n int) *fakeRoom {
	r := &fakeRoom{state: workshop.RoomState{Title: "Ops leads, Kraków", Pacing: workshop.Paced, JoinOpen: true,
		Agenda: append([]workshop.Phase(nil), workshop.DefaultAgenda...)}, content: builtin}
	for i := range n {
		r.members = append(r.members, workshop.Member{ID: fmt.Sprintf("m%03d", i), Name: fmt.Sprintf("Participant %d", i+1),
			Connected: i%3 != 0, Step: workshop.StepAssess, Progress: 20})
	}
	return r
}

func TestRosterRepaintsOnlyWhatChanged(t *testing.T) {
	q := uitest.NewQueue(t) // UI updates run only when the test says so
	room := testRoom(200)
	c, _ := newTestConsole(t, room)
	if c.roster.built != 200 || len(c.roster.box.Objects) != 200 {
		t.Fatalf("first draw: %d rows built, %d shown; want 200", c.roster.built, len(c.roster.box.Objects))
	}
	first := c.roster.box.Objects[0]

	// A tick with nothing new changes nothing.
	c.refresh()
	if c.roster.built != 200 || c.roster.repainted != 0 {
		t.Errorf("an idle tick: %d built, %d repainted; want 200 and 0", c.roster.built, c.roster.repainted)
	}
	// One participant answers: one row changes, no row is rebuilt.
	room.members[42].Progress = 35
	c.refresh()
	if c.roster.built != 200 || c.roster.repainted != 1 || c.roster.box.Objects[0] != first {
		t.Errorf("one answer: %d built, %d repainted; want 200 and 1, the same row objects", c.roster.built, c.roster.repainted)
	}
	if got := c.roster.rows["m042"].bar.Value; got != 35 {
		t.Errorf("the changed row shows %v%%, want 35", got)
	}
	// A newcomer adds one row; a removal drops one.
	room.members = append(room.members, workshop.Member{ID: "new", Name: "Late Larry", Connected: true})
	c.refresh()
	test.Tap(c.RemoveButton("m007"))
	q.Settle(t, c.shell.Tasks())
	c.refresh()
	if c.roster.built != 201 || c.RosterSize() != 200 || !strings.Contains(c.roomStatus.Text, "200 in the room") {
		t.Errorf("after a join and a removal: %d built, %d shown, status %q", c.roster.built, c.RosterSize(), c.roomStatus.Text)
	}
}

func TestProjectorChartsRedrawOnlyWhenFiguresChange(t *testing.T) {
	uitest.NewQueue(t) // the console's redraw goroutine never runs an update here
	room := testRoom(5)
	room.state.Phase = 1 // the self-assessment, whose chart is the readiness
	c, _ := newTestConsole(t, room)
	c.openProjector()
	p := c.projector
	for range 3 {
		c.refresh()
	}
	if p.chartsBuilt != 1 {
		t.Errorf("charts drawn %d times for unchanged figures, want 1", p.chartsBuilt)
	}
	room.agg.Dimensions = []workshop.DimensionSpread{{Dimension: &workshop.Dimension{Name: "Delegation"}, Spread: workshop.Spread{N: 5, Median: 60}}}
	room.shown.Store(true)
	c.refresh()
	if p.chartsBuilt != 2 || !strings.Contains(uitest.Texts(p.win.Content()), "Readiness, 0 to 100") {
		t.Errorf("new figures: charts drawn %d times, want 2 with the readiness chart", p.chartsBuilt)
	}
}

// The control window tells the facilitator when joining closed by itself
// and when the network fails, in plain words, and lets a removed
// participant back.
func TestControlWindowShowsAlertsAndLetsBack(t *testing.T) {
	q := uitest.NewQueue(t)
	room := testRoom(3)
	c, sh := newTestConsole(t, room)
	if c.joinAlert.Visible() {
		t.Errorf("an alert without a problem: %q", c.joinAlert.Text)
	}
	room.alert = "joining was closed after too many wrong join codes"
	room.problem = fmt.Errorf("announce: %w", service.ErrNotAnnounced)
	room.members[2].Removed = true
	c.refresh()
	shown := uitest.Texts(sh.win.Content())
	if !c.joinAlert.Visible() || !strings.Contains(shown, "too many wrong join codes") || !strings.Contains(shown, "type the address shown on the projector") {
		t.Errorf("alerts not shown:\n%s", shown)
	}
	if strings.Contains(shown, "multicast") || strings.Contains(shown, "announce:") {
		t.Errorf("the network's own words reach the facilitator:\n%s", shown)
	}
	b := c.LetBackButton(room.members[2].ID)
	if b == nil {
		t.Fatal("a removed participant has no Let back")
	}
	test.Tap(b)
	q.Settle(t, &sh.tasks)
	if !room.members[2].LetBack || c.LetBackButton(room.members[2].ID) != nil ||
		!strings.Contains(uitest.Texts(sh.win.Content()), "let back: may join again") {
		t.Errorf("after Let back: %+v", room.members[2])
	}
}
