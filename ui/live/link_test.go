package live

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/service"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
)

// endingConn is a room link that can end, as when the host stops.
type endingConn struct {
	ctx      context.Context
	stop     context.CancelFunc
	ended    chan struct{}
	stopped  chan error
	status   func(service.SyncStatus)
	resolved *workshop.Answers
}

func (c *endingConn) Context() context.Context { return c.ctx }
func (c *endingConn) StartSync(_ *workshop.Answers, on func(service.SyncStatus)) {
	c.status = on
}
func (c *endingConn) Push(*workshop.Answers)                           {}
func (c *endingConn) Resolve(_ *service.Conflict, a *workshop.Answers) { c.resolved = a }
func (c *endingConn) Close()                                           { c.stop() }
func (c *endingConn) Ended() <-chan struct{}                           { return c.ended }
func (c *endingConn) Stopped() <-chan error                            { return c.stopped }

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

// A conflict is put to the participant once, and settling it hands the
// chosen answers to the connection.
func TestAConflictIsAskedOnceAndSettled(t *testing.T) {
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
	if got := l.TakeRoom(c); got.Participant.Role != "written elsewhere" || conn.resolved != got || got == room {
		t.Errorf("taking the room's answers: %+v", got)
	}
}
