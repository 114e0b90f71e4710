package live

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// endingConn is a room link that can end, as when the host stops.
type endingConn struct {
	ctx      context.Context
	stop     context.CancelFunc
	ended    chan struct{}
	stopped  chan error
	status   func(service.SyncStatus)
	resolved *workshop.Answers
	clashes  []string
}

func (c *endingConn) Context() context.Context { return c.ctx }
func (c *endingConn) StartSync(_ *workshop.Answers, on func(service.SyncStatus)) {
	c.status = on
}
func (c *endingConn) Push(*workshop.Answers) {}
func (c *endingConn) Resolve(_ *service.Conflict, a *workshop.Answers, clashes []string) error {
	c.resolved, c.clashes = a, clashes
	return nil
}
func (c *endingConn) Close()                 { c.stop() }
func (c *endingConn) Ended() <-chan struct{} { return c.ended }
func (c *endingConn) Stopped() <-chan error  { return c.stopped }

func newEndingConn() *endingConn {
	ctx, stop := context.WithCancel(context.Background())
	return &endingConn{ctx: ctx, stop: stop, ended: make(chan struct{}), stopped: make(chan error, 1)}
}

func TestTheBannerSaysAtOnceThatTheRoomHasEnded(t *testing.T) {
	q := uitest.NewQueue(t)
	conn := newEndingConn()
	st := workshop.NewRoomState("Ops leads", workshop.DefaultAgenda, workshop.Paced)
	st.Timer = workshop.NewTimer(10*time.Minute, time.Now())
	l := NewLink(st, workshop.NewAnswers("c", time.Now()), func(func(workshop.RoomState)) Conn { return conn })
	defer l.Close()
	conn.status(service.SyncStatus{Rev: 1, Acked: 1})
	if !strings.Contains(l.BannerText(), "left") {
		t.Fatalf("before the end the banner shows the countdown: %q", l.BannerText())
	}
	close(conn.ended)
	q.Until(t, "the end of the room", l.Ended)
	text := l.BannerText()
	if !strings.Contains(text, "the room has ended") || strings.Contains(text, "synced") || strings.Contains(text, "left") {
		t.Errorf("after the host stopped: %q", text)
	}
}

// A room that stops letting the laptop follow it (removed, another
// certificate) says why on the banner, in the room's typed words.
func TestTheBannerSaysWhyFollowingStopped(t *testing.T) {
	q := uitest.NewQueue(t)
	conn := newEndingConn()
	l := NewLink(workshop.NewRoomState("Ops leads", workshop.DefaultAgenda, workshop.Paced), workshop.NewAnswers("c", time.Now()),
		func(func(workshop.RoomState)) Conn { return conn })
	defer l.Close()
	conn.stopped <- &workshop.RoomError{Kind: workshop.ErrRemoved, Message: "you were removed from this workshop"}
	q.Until(t, "the banner to say why", func() bool { return strings.Contains(l.BannerText(), "removed you") })
}

// A conflict is put to the participant once, even when reported again.
func TestAConflictIsAskedOnce(t *testing.T) {
	q := uitest.NewQueue(t)
	conn := newEndingConn()
	l := NewLink(workshop.NewRoomState("Ops leads", workshop.DefaultAgenda, workshop.Paced), workshop.NewAnswers("c", time.Now()),
		func(func(workshop.RoomState)) Conn { return conn })
	defer l.Close()
	asked := 0
	l.SetOnConflict(func(*service.Conflict) { asked++ })
	room := workshop.NewAnswers("c", time.Now())
	room.Participant.Role = "written elsewhere"
	c := &service.Conflict{Mine: workshop.NewAnswers("c", time.Now()), Room: room}
	conn.status(service.SyncStatus{Rev: 1, Err: c})
	conn.status(service.SyncStatus{Rev: 1, Err: c})
	q.Until(t, "the conflict on the banner", func() bool { return strings.Contains(l.BannerText(), "choose which to keep") })
	if asked != 1 {
		t.Errorf("asked %d times, want once", asked)
	}
}

// twoLaptops is a conflict as the syncer reports it: the version both
// laptops were edited from, this laptop's answers and the room's.
func twoLaptops(t *testing.T) (c *workshop.Content, base, mine, room *workshop.Answers) {
	t.Helper()
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	base = workshop.NewAnswers(c.ID, time.Now())
	base.Participant.Role = "Team lead"
	for _, it := range c.Dimensions[0].Items {
		base.Ratings[it.ID] = 3
	}
	return c, base, base.Clone(), base.Clone()
}

// When the two laptops changed different answers, the conflict settles
// itself: both sides' answers go to the room, and the banner says so in a
// sentence.
func TestAConflictOfDifferentAnswersIsCombined(t *testing.T) {
	q := uitest.NewQueue(t)
	conn := newEndingConn()
	c, base, mine, room := twoLaptops(t)
	item := c.Dimensions[0].Items[0].ID
	mine.Ratings[item] = 5
	room.Participant.Role = "Head of operations"
	l := NewLink(workshop.NewRoomState("Ops leads", workshop.DefaultAgenda, workshop.Paced), mine,
		func(func(workshop.RoomState)) Conn { return conn })
	defer l.Close()
	var shown *workshop.Answers
	l.SetOnConflict(func(conflict *service.Conflict) {
		merged, clashes, err := l.Merge(conflict, mine)
		if err != nil || len(clashes) != 0 {
			t.Errorf("merging: %v, clashes %+v", err, clashes)
		}
		shown = merged
	})
	conn.status(service.SyncStatus{Rev: 1, Err: &service.Conflict{Mine: mine, Room: room, Base: base}})
	q.Until(t, "the conflict settled", func() bool { return shown != nil })
	if conn.resolved != shown || shown.Ratings[item] != 5 || shown.Participant.Role != "Head of operations" || len(conn.clashes) != 0 {
		t.Errorf("sent %+v, shown %+v", conn.resolved, shown)
	}
	conn.status(service.SyncStatus{Rev: 2, Acked: 2})
	q.Until(t, "the banner", func() bool { return strings.Contains(l.BannerText(), "synced") })
	if text := l.BannerText(); !strings.HasSuffix(text, ". "+Combined) {
		t.Errorf("banner %q, want it to end with %q", text, Combined)
	}
}

// When both laptops changed the same answer differently, the dialog lists
// only those answers, both values side by side, and each choice goes to
// the room: the room's where chosen, this laptop's elsewhere, and every
// answer changed on one side only is combined.
func TestClashesAreTheOnlyAnswersAsked(t *testing.T) {
	q := uitest.NewQueue(t)
	conn := newEndingConn()
	c, base, mine, room := twoLaptops(t)
	items := c.Dimensions[0].Items
	mine.Ratings[items[0].ID], room.Ratings[items[0].ID] = 5, 1 // both changed: a clash
	mine.Ratings[items[1].ID], room.Ratings[items[1].ID] = 4, 4 // the same change: no clash
	mine.Participant.Role, room.Participant.Role = "Mine", "The other laptop's"
	mine.Participant.Manager = "Kim"     // only here
	room.Reflections["x.note"] = "There" // only there
	l := NewLink(workshop.NewRoomState("Ops leads", workshop.DefaultAgenda, workshop.Paced), mine,
		func(func(workshop.RoomState)) Conn { return conn })
	defer l.Close()
	w := test.NewTempWindow(t, widget.NewLabel("the journey"))
	w.Resize(fyne.NewSize(900, 700))
	var view *ClashView
	var settled *workshop.Answers
	l.SetOnConflict(func(conflict *service.Conflict) {
		_, clashes, err := l.Merge(conflict, mine)
		if err != nil {
			t.Fatal(err)
		}
		view = ShowClashes(w, c, clashes, func(takeRoom []bool) {
			choice := map[string]bool{}
			for i, cl := range clashes {
				choice[cl.Key()] = takeRoom[i]
			}
			if settled, err = l.Settle(conflict, mine, choice); err != nil {
				t.Error(err)
			}
		})
	})
	conn.status(service.SyncStatus{Rev: 1, Err: &service.Conflict{Mine: mine, Room: room, Base: base}})
	q.Until(t, "the dialog", func() bool { return view != nil })
	if conn.resolved != nil {
		t.Fatal("answers were sent before the participant chose")
	}
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog on the window")
	}
	var labels []string
	for _, lb := range view.Labels {
		labels = append(labels, lb.Text)
	}
	want := []string{"Your role", "Statement: " + items[0].Text}
	if items[0].IsScenario() {
		want[1] = "Scenario: " + items[0].Situation
	}
	if strings.Join(labels, "|") != strings.Join(want, "|") {
		t.Fatalf("the dialog asks about %q, want %q", labels, want)
	}
	if view.Mine[0].Text != "Mine" || view.Room[0].Text != "The other laptop's" || view.Mine[1].Text != "5 of 5" || view.Room[1].Text != "1 of 5" {
		t.Errorf("side by side: %q %q, %q %q", view.Mine[0].Text, view.Room[0].Text, view.Mine[1].Text, view.Room[1].Text)
	}
	texts := uitest.Texts(w.Canvas().Overlays().Top())
	for _, s := range []string{"Which answers do you keep?", KeepMine, KeepRoom, "The other laptop's"} {
		if !strings.Contains(texts, s) {
			t.Errorf("the dialog does not show %q", s)
		}
	}
	for _, s := range []string{"Kim", "There"} {
		if strings.Contains(texts, s) {
			t.Errorf("the dialog shows %q, changed on one side only", s)
		}
	}
	// The room's role, this laptop's rating.
	test.Tap(view.AllRoom)
	view.Choices[1].SetSelected(KeepMine)
	test.Tap(view.Done)
	if settled == nil || conn.resolved != settled {
		t.Fatal("nothing settled after Done")
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays open after the choice")
	}
	if settled.Participant.Role != "The other laptop's" || settled.Ratings[items[0].ID] != 5 || settled.Ratings[items[1].ID] != 4 ||
		settled.Participant.Manager != "Kim" || settled.Reflections["x.note"] != "There" {
		t.Errorf("settled: role %q, ratings %d %d, manager %q, reflection %q", settled.Participant.Role,
			settled.Ratings[items[0].ID], settled.Ratings[items[1].ID], settled.Participant.Manager, settled.Reflections["x.note"])
	}
	if strings.Join(conn.clashes, " ") != "participant:role rating:"+items[0].ID {
		t.Errorf("the trace names %q", conn.clashes)
	}
	conn.status(service.SyncStatus{Rev: 2, Acked: 2})
	q.Until(t, "the banner", func() bool { return strings.Contains(l.BannerText(), Combined) })
}
