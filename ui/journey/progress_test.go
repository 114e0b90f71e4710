package journey

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

func TestACheckInIsAddedToTheProgressLog(t *testing.T) {
	test.NewTempApp(t)
	a, err := storage.ReadAnswers("../../docs/examples/answers-day90.json")
	if err != nil {
		t.Fatal(err)
	}
	a.CheckIns = a.CheckIns[:1] // day 30 done; day 60 is next
	day30 := a.CheckIns[0]
	a.Delegations[0].Status = a.Delegations[0].Status[:1] // the firewall approvals: handed over on 15 December
	a.Delegations[1].Status = nil
	a.Delegations[3].Level = 0 // the morning priorities: no level chosen on the map
	pack, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	saves, left := 0, 0
	p := NewProgress(pack, a, time.Date(2027, 1, 23, 10, 0, 0, 0, time.UTC), func(*workshop.Answers) { saves++ }, func() { left++ })
	w := test.NewTempWindow(t, p.Content)
	w.Resize(fyne.NewSize(1366, 768))
	shown := uitest.Texts(p.Content)
	for _, want := range []string{"Check-in, day 60 of your plan (due 21 January 2027)", "Your last check-in was on 22 December 2026",
		a.Plan.Focus[1].Goal.Measurable + ": 11 at the workshop, 5 aimed at", a.Plan.Focus[0].Actions[0].Text,
		"• 22 December 2026 (day 30): Delegation 2; Coaching instead of fixing 9; 1 done, 1 blocked"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the check-in does not show %q", want)
		}
	}
	// Day 30's blocked action starts blocked, with what blocked it.
	if r, why := p.status[1][1], p.why[1][1]; r.Selected != "Blocked" || why.Hidden || why.Text == "" {
		t.Errorf("the action blocked at day 30 shows %q, blocker %q (hidden %v)", r.Selected, why.Text, why.Hidden)
	}
	test.Type(p.values[0], "two")
	test.Type(p.values[1], "7")
	p.status[0][0].SetSelected("Done")
	p.status[0][2].SetSelected("Blocked")
	test.Tap(p.saveBtn)
	if saves != 0 || left != 0 || len(a.CheckIns) != 1 {
		t.Fatalf("a check-in with a wrong count and a blocker unsaid was saved")
	}
	if p.valueOK[0].Hidden || !strings.Contains(p.valueOK[0].Text, `"two" is not a number`) || !strings.Contains(p.problem.Text, "what blocks action 3") {
		t.Errorf("the problems are not said on their fields: %q, %q", p.valueOK[0].Text, p.problem.Text)
	}
	p.values[0].SetText("")
	test.Type(p.values[0], "2")
	test.Type(p.why[0][2], "The book is on back-order")
	// The firewall approvals are taken back; the P1 first call is handed over.
	firewall, p1 := p.handOvers[0], p.handOvers[1]
	if firewall.state.Selected != "Handed over" || p1.state.Selected != "Not handed over yet" || !p1.level.Hidden || !p1.why.Hidden {
		t.Errorf("the rows start as %q and %q", firewall.state.Selected, p1.state.Selected)
	}
	firewall.state.SetSelected("Taken back")
	p1.state.SetSelected("Handed over")
	p.handOvers[3].state.SetSelected("Handed over")
	test.Tap(p.saveBtn)
	if !strings.Contains(p.problem.Text, `"Deciding ticket priorities each morning": the level it was handed over at`) {
		t.Errorf("a hand-over without a level is not named: %q", p.problem.Text)
	}
	p.handOvers[3].state.SetSelected("Not handed over yet")
	if len(a.CheckIns) != 1 || !strings.Contains(p.problem.Text, `"Approving every firewall change": why it was taken back`) || len(a.Delegations[0].Status) != 1 {
		t.Fatalf("a take-back without why or a hand-over without level was saved: %q", p.problem.Text)
	}
	test.Type(firewall.why, "Two changes went out without a rollback plan")
	if p1.level.Selected != pack.Delegation.Levels[3] {
		t.Errorf("the P1 row offers level %q, want the map's level 4", p1.level.Selected)
	}
	p1.level.SetSelected(pack.Delegation.Levels[2])
	test.Type(p.note, "Priya has the approvals again.")
	test.Tap(p.saveBtn)
	if saves != 1 || left != 1 || len(a.CheckIns) != 2 {
		t.Fatalf("saved %d times, left %d times, %d check-ins", saves, left, len(a.CheckIns))
	}
	c := a.CheckIns[1]
	if c.Date != "2027-01-23" || c.Review != 2 || *c.Focus[0].Value != 2 || *c.Focus[1].Value != 7 || c.Note != "Priya has the approvals again." {
		t.Errorf("check-in %+v", c)
	}
	if got := c.Focus[0].Actions; got[0].Status != workshop.ActionDone || got[2].Status != workshop.ActionBlocked || got[2].Why != "The book is on back-order" {
		t.Errorf("actions %+v", got)
	}
	if got := a.Delegations[0].Status; len(got) != 2 || got[1] != (workshop.RowStatus{State: workshop.StateTakenBack, Date: "2027-01-23", Why: "Two changes went out without a rollback plan"}) {
		t.Errorf("the firewall row's history: %+v", got)
	}
	if got := a.Delegations[1].Status; len(got) != 1 || got[0] != (workshop.RowStatus{State: workshop.StateHanded, Date: "2027-01-23", Level: 3}) {
		t.Errorf("the P1 row's history: %+v", got)
	}
	if len(a.Delegations[2].Status) != 1 || len(a.Delegations[3].Status) != 0 {
		t.Errorf("rows left as they were changed: %+v, %+v", a.Delegations[2].Status, a.Delegations[3].Status)
	}
	if !sameCheckIn(a.CheckIns[0], day30) {
		t.Error("the day-30 check-in changed")
	}
}

func sameCheckIn(x, y workshop.CheckIn) bool {
	return x.ID == y.ID && x.Date == y.Date && x.Note == y.Note && len(x.Focus) == len(y.Focus) &&
		x.Focus[1].Actions[1] == y.Focus[1].Actions[1] && *x.Focus[0].Value == *y.Focus[0].Value
}

func TestAFullProgressLogSaysSoAndKeepsWhatItHas(t *testing.T) {
	test.NewTempApp(t)
	a, err := storage.ReadAnswers("../../docs/examples/answers-day90.json")
	if err != nil {
		t.Fatal(err)
	}
	for len(a.CheckIns) < workshop.MaxCheckIns {
		a.AddCheckIn(workshop.CheckIn{ID: strings.Repeat("x", len(a.CheckIns)+1), Date: "2027-03-01"})
	}
	pack, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	saved := false
	p := NewProgress(pack, a, time.Date(2027, 3, 2, 9, 0, 0, 0, time.UTC), func(*workshop.Answers) { saved = true }, func() {})
	test.NewTempWindow(t, p.Content)
	test.Tap(p.saveBtn)
	if saved || len(a.CheckIns) != workshop.MaxCheckIns || !strings.HasPrefix(p.problem.Text, "Your progress log is full: it keeps 100 check-ins") {
		t.Errorf("saved %v with %d check-ins; problem %q", saved, len(a.CheckIns), p.problem.Text)
	}
}
