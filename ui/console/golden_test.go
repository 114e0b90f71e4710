package console

import (
	"testing"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
)

// roomWithFigures is a room of five with figures for the projector.
func roomWithFigures() *fakeRoom {
	room := testRoom(5)
	room.members[1].Share = true
	room.members[4].Removed = true
	room.agg.Participants = 4
	room.shown.Store(true)
	room.agg.Dimensions = []workshop.DimensionSpread{
		{Dimension: &workshop.Dimension{Name: "Delegation"}, Spread: workshop.Spread{N: 10, Median: 50, HasRange: true, Mean: 50, Low: 20, High: 70}},
		{Dimension: &workshop.Dimension{Name: "Feedback"}, Spread: workshop.Spread{N: 10, Median: 60, HasRange: true, Mean: 60, Low: 40, High: 80}},
	}
	return room
}

func TestControlWindowGolden(t *testing.T) {
	uitest.NewQueue(t)
	c, sh := newTestConsole(t, roomWithFigures())
	if c.RosterSize() != 4 {
		t.Fatalf("roster of %d, want the 4 still in the room", c.RosterSize())
	}
	uitest.AssertGolden(t, "control", sh.win)
}

func TestProjectorGolden(t *testing.T) {
	uitest.NewQueue(t)
	c, _ := newTestConsole(t, roomWithFigures())
	c.openProjector()
	w := c.ProjectorWindow()
	if w == nil {
		t.Fatal("no projector window")
	}
	uitest.AssertGolden(t, "projector", w)
}
