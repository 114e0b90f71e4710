package console

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

// reassessedRoom is a follow-up session's room: n people back from the
// day-90 example who re-assessed, each a little differently, and two who
// did not, with the figures the host takes for them.
func reassessedRoom(t *testing.T, n int) *fakeRoom {
	t.Helper()
	base, err := storage.ReadAnswers("../../docs/examples/answers-day90.json")
	if err != nil {
		t.Fatal(err)
	}
	var all []*workshop.Answers
	for i := range n + 2 {
		a := base.Clone()
		if i >= n {
			a.Rounds = nil
		}
		for _, r := range a.Rounds {
			for id, v := range r.Ratings {
				r.Ratings[id] = min(workshop.Scale, max(1, v+i%3-1))
			}
		}
		all = append(all, a)
	}
	room := testRoom(n + 2)
	room.state.Agenda = append(room.state.Agenda, workshop.FollowUpPhase())
	room.state.Phase = len(room.state.Agenda) - 1
	room.agg = workshop.Aggregate(builtin, all)
	room.shown.Store(room.agg.Charted(room.state.Current()))
	return room
}

// The projector's before-and-after appears from 5 people who re-assessed,
// and shows only the room's rounded medians: no name, no one's own score.
func TestFollowUpProjectorShowsTheRoomFromFive(t *testing.T) {
	uitest.NewQueue(t)
	_, p := projectorAt(t, reassessedRoom(t, 4), fyne.NewSize(1920, 1080))
	if s := visible(p); strings.Contains(s, "then,") || !strings.Contains(s, "when 5 or more people have re-assessed") {
		t.Errorf("4 re-assessed: the projector shows\n%s", s)
	}
	room := reassessedRoom(t, 5)
	_, p = projectorAt(t, room, fyne.NewSize(1920, 1080))
	s := visible(p)
	if !strings.Contains(s, "at the workshop and now: the median of those who re-assessed (5 people)") || len(p.view.rows) != 3 {
		t.Fatalf("5 re-assessed: %d rows\n%s", len(p.view.rows), s)
	}
	for _, d := range room.agg.Progress {
		want := fmt.Sprintf("about %d then, %d now", d.Before.Median, d.After.Median)
		if !strings.Contains(s, d.Dimension.Name+"\n") || !strings.Contains(s, want) {
			t.Errorf("%s: %q missing", d.Dimension.Name, want)
		}
	}
	for _, m := range room.members {
		if strings.Contains(s, m.Name) {
			t.Errorf("the projector names %s", m.Name)
		}
	}
}
