package live

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/service"
	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
)

// endingConn is a room link that can end, as when the host stops.
type endingConn struct {
	ctx    context.Context
	stop   context.CancelFunc
	ended  chan struct{}
	status func(service.SyncStatus)
}

func (c *endingConn) Context() context.Context { return c.ctx }
func (c *endingConn) HostRev() int64           { return 0 }
func (c *endingConn) StartSync(_ int64, _ *workshop.Answers, on func(service.SyncStatus)) {
	c.status = on
}
func (c *endingConn) Push(*workshop.Answers)            {}
func (c *endingConn) Share(context.Context, bool) error { return nil }
func (c *endingConn) Close()                            { c.stop() }
func (c *endingConn) Ended() <-chan struct{}            { return c.ended }

func TestTheBannerSaysAtOnceThatTheRoomHasEnded(t *testing.T) {
	q := uitest.NewQueue(t)
	ctx, stop := context.WithCancel(context.Background())
	conn := &endingConn{ctx: ctx, stop: stop, ended: make(chan struct{})}
	var tasks bridge.Tasks
	st := workshop.NewRoomState("Ops leads", workshop.DefaultAgenda, workshop.Paced)
	st.Timer = workshop.NewTimer(10*time.Minute, time.Now())
	l := NewLink(&tasks, st, workshop.NewAnswers("c", time.Now()), func(func(workshop.RoomState)) Conn { return conn })
	defer l.Close()
	q.Settle(t, &tasks)
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
