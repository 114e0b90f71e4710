package analysis

import (
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// The follow-up is no answer the plan is drafted from: a check-in, a
// round or a hand-over does not make the plan stale, and a redraft keeps
// the manager's day and the buddy, which only the person knows.
func TestFollowUpLeavesThePlanAsItIs(t *testing.T) {
	c := fixture(t)
	a := movedAhead(c)
	p := Draft(c, a, Analyze(c, a), today)
	p.ManagerTalk, p.Buddy, p.BuddyCheckIn = "2026-12-10", "Oskar", "2027-01-07"
	a.Plan = p
	if Stale(a, p) {
		t.Fatal("a plan just drafted is stale")
	}
	a.AddCheckIn(workshop.CheckIn{ID: "c1", Date: "2027-01-06", Review: 1, Note: "On track"})
	a.AddRound(workshop.Round{ID: "r1", Date: "2027-03-01", Ratings: map[string]int{"b.1": 5}})
	if Stale(a, p) {
		t.Error("a check-in or a round makes the plan stale")
	}
	a.Delegations = append(a.Delegations, workshop.NewDelegationRow())
	before := a.Digest()
	a.Delegations[len(a.Delegations)-1].Record(workshop.RowStatus{State: workshop.StateHanded, Date: "2027-01-06", Level: 3})
	if a.Digest() != before {
		t.Error("recording a hand-over changes the answers' digest")
	}
	fillWeek(a)
	r := Redraft(c, a, Analyze(c, a), p, today)
	if r.Plan.ManagerTalk != "2026-12-10" || r.Plan.Buddy != "Oskar" || r.Plan.BuddyCheckIn != "2027-01-07" {
		t.Errorf("the redraft kept manager day %q, buddy %q on %q", r.Plan.ManagerTalk, r.Plan.Buddy, r.Plan.BuddyCheckIn)
	}
}
