package workshop_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// A follow-up session adds its phase to the past workshop's agenda once,
// opens it to rejoiners, and takes its results afresh.
func TestOpenFollowUpAddsItsPhaseOnce(t *testing.T) {
	now := time.Date(2027, 2, 22, 9, 0, 0, 0, time.UTC)
	rec := &workshop.RoomRecord{State: workshop.NewRoomState("Leading IT teams", workshop.DefaultAgenda, workshop.Paced),
		Results: []workshop.PhaseResults{{Phase: 1, Figures: workshop.RoomAggregates{Participants: 8}}}}
	rec.State.Phase, rec.State.Locked, rec.State.JoinOpen = 5, true, false
	rec.OpenFollowUp(now)
	n := len(workshop.DefaultAgenda)
	if len(rec.State.Agenda) != n+1 || !rec.State.Current().IsFollowUp() || rec.State.Phase != n || rec.State.Locked || !rec.State.JoinOpen {
		t.Fatalf("after opening the follow-up: phase %d of %d, locked %v, open %v", rec.State.Phase, len(rec.State.Agenda), rec.State.Locked, rec.State.JoinOpen)
	}
	if len(workshop.DefaultAgenda) != n || workshop.DefaultAgenda[n-1].IsFollowUp() {
		t.Fatal("opening a follow-up changed the default agenda")
	}
	rec.Results = append(rec.Results, workshop.PhaseResults{Phase: n, Figures: workshop.RoomAggregates{Participants: 9}})
	rec.State.GoTo(0, now)
	rec.OpenFollowUp(now.AddDate(0, 3, 0))
	if len(rec.State.Agenda) != n+1 || rec.State.Phase != n || len(rec.Results) != 1 || rec.Results[0].Phase != 1 {
		t.Errorf("a second follow-up: %d phases, on %d, results %+v", len(rec.State.Agenda), rec.State.Phase, rec.Results)
	}
}

// cohort is n people who took the workshop as in the day-90 example and
// re-assessed, each answering the situations a little differently, and
// others who did not re-assess.
func cohort(t *testing.T, reassessed, not int) (*workshop.Content, []*workshop.Answers) {
	c, base := day90(t)
	var all []*workshop.Answers
	for i := range reassessed + not {
		a := base.Clone()
		a.ID = fmt.Sprintf("person-%d", i)
		if i >= reassessed {
			a.Rounds = nil
		} else {
			for id, v := range a.Rounds[0].Ratings {
				a.Rounds[0].Ratings[id] = min(workshop.Scale, max(1, v+i%3-1))
			}
		}
		all = append(all, a)
	}
	return c, all
}

// The room's before-and-after appears only from 5 people who re-assessed,
// only for the dimensions they re-took, and shows no one's own score.
func TestRoomProgressNeedsFiveAndRevealsNoOne(t *testing.T) {
	c, four := cohort(t, 4, 3)
	if agg := workshop.Aggregate(c, four); len(agg.Progress) != 0 || agg.Reassessed != 4 || agg.Charted(workshop.FollowUpPhase()) {
		t.Fatalf("4 re-assessed: %d figures, %d counted", len(agg.Progress), agg.Reassessed)
	}
	c, five := cohort(t, 5, 3)
	agg := workshop.Aggregate(c, five)
	var dims []string
	for _, p := range agg.Progress {
		dims = append(dims, p.ID)
		if p.Before.N != 5 || p.After.N != 5 || p.After.HasRange || p.Before.Median%workshop.ScoreStep != 0 || p.After.Median%workshop.ScoreStep != 0 {
			t.Errorf("%s: %+v", p.ID, p)
		}
	}
	if !slices.Equal(dims, []string{"dim.letting-go", "dim.rescue", "dim.trust"}) || agg.Reassessed != 5 || !agg.Charted(workshop.FollowUpPhase()) {
		t.Fatalf("figures for %v, %d re-assessed; want the three re-taken dimensions", dims, agg.Reassessed)
	}
	// The one who re-assessed with the readiest answers moves no figure
	// when their own score changes: the median is nobody's edge.
	top := five[4]
	ready := func(r int, except string) {
		for _, it := range workshop.RetakeItems(c, top.Plan) {
			v := r
			if it.ID == except {
				v--
			}
			if it.Reverse || it.StepIn {
				v = workshop.Scale + 1 - v
			}
			top.Rounds[0].Ratings[it.ID] = v
		}
	}
	ready(workshop.Scale, "")
	highest := workshop.Aggregate(c, five)
	ready(workshop.Scale, "assess.rescue.mistake")
	if lower := workshop.Aggregate(c, five); fmt.Sprint(lower.Progress) != fmt.Sprint(highest.Progress) {
		t.Errorf("the readiest person's own score shows in the room's figures:\n%v\n%v", highest.Progress, lower.Progress)
	}
	// Those who did not re-assess are in neither figure.
	five[6].Ratings["assess.rescue.system-issue"] = 5
	if fmt.Sprint(workshop.Aggregate(c, five).Progress) != fmt.Sprint(highest.Progress) {
		t.Error("someone who did not re-assess moves the before-and-after")
	}
}
