package workshop

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
)

func readDay90(t testing.TB) (*Answers, []byte) {
	t.Helper()
	data, err := os.ReadFile("../docs/examples/answers-day90.json")
	if err != nil {
		t.Fatal(err)
	}
	a, err := DecodeAnswers(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the day-90 example does not decode: %v", err)
	}
	return a, data
}

func TestDay90ExampleKeepsEveryRoundAndCheckIn(t *testing.T) {
	a, _ := readDay90(t)
	if len(a.CheckIns) != 3 || len(a.Rounds) != 1 {
		t.Fatalf("%d check-ins and %d rounds, want 3 and 1", len(a.CheckIns), len(a.Rounds))
	}
	for i, c := range a.CheckIns {
		if c.Review != i+1 || c.Date != a.Plan.Reviews[i] || len(c.Focus) != 2 {
			t.Errorf("check-in %d: review %d on %s with %d focus areas", i, c.Review, c.Date, len(c.Focus))
		}
	}
	if f := a.CheckIns[0].Focus[1]; f.Actions[1].Status != ActionBlocked || f.Actions[1].Why == "" {
		t.Errorf("day 30: a blocked action keeps why: %+v", f.Actions[1])
	}
	if review, _ := a.NextReview(); review != 0 {
		t.Errorf("after day 90 the next review is %d, want none", review)
	}
	// Day 0 is the workshop's own: the round changed none of it.
	const item = "assess.rescue.system-issue"
	if a.Ratings[item] != 2 || a.Rounds[0].Ratings[item] != 4 || a.RatingsAt(0)[item] != 2 || a.RatingsAt(1)[item] != 4 {
		t.Errorf("%s: day 0 %d, round %d, at 0 %d, at 1 %d; want 2, 4, 2, 4", item, a.Ratings[item], a.Rounds[0].Ratings[item], a.RatingsAt(0)[item], a.RatingsAt(1)[item])
	}
	if _, ok := a.Rounds[0].Ratings["assess.motivation.for-pay"]; ok || a.RatingsAt(1)["assess.motivation.for-pay"] != a.Ratings["assess.motivation.for-pay"] {
		t.Error("an item not re-taken should read as day 0's at round 1")
	}
	at1 := a.AtRound(1)
	if at1.Week.Counts[SourceEscalations] != 4 || a.Week.Counts[SourceEscalations] != 11 || at1.Ratings[item] != 4 || a.Ratings[item] != 2 {
		t.Errorf("at round 1: escalations %d (day 0 %d), %s %d; want 4 (11), 4", at1.Week.Counts[SourceEscalations], a.Week.Counts[SourceEscalations], item, at1.Ratings[item])
	}
	firewall := a.Delegations[0]
	if got := firewall.Now(); got.State != StateHanded || got.Level != 4 || len(firewall.Status) != 3 || firewall.Status[1].State != StateTakenBack || firewall.Status[1].Why == "" {
		t.Errorf("the firewall row's history: %+v", firewall.Status)
	}
	if got := a.Delegations[3].Now(); got.State != StatePlanned || got.Level != a.Delegations[3].Level {
		t.Errorf("a row with no history stands %+v, want planned at its own level", got)
	}
}

// Nothing is lost on the way through the format: the example encodes to
// the same answers, and a file of today's format without any follow-up
// encodes without the new fields.
func TestFollowUpRoundTrips(t *testing.T) {
	a, _ := readDay90(t)
	b, err := DecodeAnswers(bytes.NewReader(encode(t, a)))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.CheckIns, b.CheckIns) || !reflect.DeepEqual(a.Rounds, b.Rounds) || !reflect.DeepEqual(a.Delegations, b.Delegations) {
		t.Error("the follow-up changed on a round trip")
	}
	plain := answered(fixture(t), 3)
	plain.Delegations = []DelegationRow{NewDelegationRow()}
	for _, field := range []string{`"checkIns"`, `"rounds"`, `"status"`} {
		if bytes.Contains(encode(t, plain), []byte(field)) {
			t.Errorf("answers without follow-up are written with %s", field)
		}
	}
}

func TestFollowUpIsAddedNeverOverwritten(t *testing.T) {
	a := answered(fixture(t), 3)
	a.Plan = samplePlan()
	if review, date := a.NextReview(); review != 1 || date != "2026-12-23" {
		t.Errorf("next review %d on %s, want 1 on 2026-12-23", review, date)
	}
	a.AddCheckIn(CheckIn{ID: "c2", Date: "2027-01-22", Review: 2})
	a.AddCheckIn(CheckIn{ID: "c1", Date: "2026-12-23", Review: 1})
	a.AddCheckIn(CheckIn{ID: "c1b", Date: "2026-12-23", Note: "later that day"})
	var ids []string
	for _, c := range a.CheckIns {
		ids = append(ids, c.ID)
	}
	if strings.Join(ids, " ") != "c1 c1b c2" {
		t.Errorf("check-ins in order %v, want c1 c1b c2", ids)
	}
	if review, _ := a.NextReview(); review != 3 {
		t.Errorf("next review %d, want 3", review)
	}
	day0 := a.RatingsAt(0)
	a.AddRound(Round{ID: "r2", Date: "2027-03-01", Ratings: map[string]int{"a.1": 5}})
	a.AddRound(Round{ID: "r1", Date: "2027-02-22", Ratings: map[string]int{"a.1": 4, "a.2": 4}})
	if a.Rounds[0].ID != "r1" || a.RatingsAt(2)["a.1"] != 5 || a.RatingsAt(2)["a.2"] != 4 || a.RatingsAt(1)["a.1"] != 4 {
		t.Errorf("rounds %+v read at 1 as %v and at 2 as %v", a.Rounds, a.RatingsAt(1), a.RatingsAt(2))
	}
	if !reflect.DeepEqual(a.RatingsAt(0), day0) || !reflect.DeepEqual(a.Ratings, day0) {
		t.Error("a round changed the workshop's ratings")
	}
	row := NewDelegationRow()
	row.Record(RowStatus{State: StateHanded, Date: "2026-12-01", Level: 3})
	row.Record(RowStatus{State: StateTakenBack, Date: "2026-12-20", Why: "the freeze"})
	if row.Now().State != StateTakenBack || len(row.Status) != 2 {
		t.Errorf("row history %+v", row.Status)
	}
}

func TestCloneCopiesTheFollowUp(t *testing.T) {
	a, _ := readDay90(t)
	b := a.Clone()
	b.CheckIns[0].Focus[0].Actions[0].Status = ActionBlocked
	*b.CheckIns[0].Focus[0].Value = 99
	b.Rounds[0].Ratings["assess.rescue.system-issue"] = 1
	b.Delegations[0].Status[0].Why = "changed"
	if a.CheckIns[0].Focus[0].Actions[0].Status == ActionBlocked || *a.CheckIns[0].Focus[0].Value == 99 ||
		a.Rounds[0].Ratings["assess.rescue.system-issue"] == 1 || a.Delegations[0].Status[0].Why == "changed" {
		t.Error("a clone shares the follow-up with its original")
	}
}

// Both laptops' check-ins and rounds survive a merge.
func TestMergeKeepsBothSidesCheckIns(t *testing.T) {
	base, _ := readDay90(t)
	base.CheckIns, base.Rounds = base.CheckIns[:1], nil
	mine, theirs := base.Clone(), base.Clone()
	mine.AddCheckIn(CheckIn{ID: "mine", Date: "2027-01-22", Review: 2})
	theirs.AddCheckIn(CheckIn{ID: "theirs", Date: "2027-01-20", Note: "from the other laptop"})
	theirs.AddRound(Round{ID: "round", Date: "2027-02-22", Ratings: map[string]int{"assess.rescue.mistake": 4}})
	theirs.Delegations[1].Record(RowStatus{State: StateTakenBack, Date: "2027-01-21", Why: "P1 at night"})
	merged, clashes := Merge(base, mine, theirs)
	var ids []string
	for _, c := range merged.CheckIns {
		ids = append(ids, c.ID)
	}
	if len(clashes) != 0 || strings.Join(ids, " ") != base.CheckIns[0].ID+" theirs mine" || len(merged.Rounds) != 1 {
		t.Errorf("merged check-ins %v, %d rounds, clashes %v", ids, len(merged.Rounds), clashes)
	}
	if merged.Delegations[1].Now().State != StateTakenBack {
		t.Errorf("the row taken back on the other laptop reads %+v", merged.Delegations[1].Now())
	}
}

func TestBadFollowUpIsRefusedNamingTheField(t *testing.T) {
	_, data := readDay90(t)
	for _, tt := range []struct{ from, to, field string }{
		{`"date": "2026-12-22",`, `"date": "22/12/2026",`, "checkIns[0].date"},
		{`"status": "blocked"`, `"status": "stuck"`, "checkIns[0].focus[1].actions[1].status"},
		{`"review": 3`, `"review": 4`, "checkIns[2].review"},
		{`"value": 9`, `"value": -1`, "checkIns[0].focus[1].value"},
		{`"id": "b2e3f4a5-6c7d-4e8f-9a0b-1c2d3e4f5a6b"`, `"id": "9a1d0c52-1f3e-4b7a-8e21-6c5d4b3a2f10"`, "checkIns[1].id"},
		{`"state": "takenBack"`, `"state": "lost"`, "delegations[0].status[1].state"},
		{`"date": "2027-01-12"`, `"date": "2027-02-30"`, "delegations[0].status[1].date"},
		{"\"date\": \"2026-12-01\",\n          \"level\": 5", "\"date\": \"2026-12-01\",\n          \"level\": 11", "delegations[2].status[0].level"},
		{`"escalations": 4`, `"escalations": 4000`, "rounds[0].counts"},
		{`"assess.rescue.team-decision": 5`, `"assess.rescue.team-decision": 6`, "rounds[0].ratings"},
	} {
		bad := strings.Replace(string(data), tt.from, tt.to, 1)
		if bad == string(data) {
			t.Fatalf("%q is not in the example", tt.from)
		}
		var fe *FieldError
		if _, err := DecodeAnswers(strings.NewReader(bad)); !errors.As(err, &fe) || fe.Field != tt.field {
			t.Errorf("%s → %s: %v, want an error on %s", tt.from, tt.to, err, tt.field)
		}
	}
}

func TestDraftCheckInCarriesTheActionsOver(t *testing.T) {
	a, _ := readDay90(t)
	a.CheckIns = a.CheckIns[:1]
	c := a.DraftCheckIn("new", "2027-01-22")
	if c.Review != 2 || len(c.Focus) != len(a.Plan.Focus) || c.Focus[1].Title != a.Plan.Focus[1].Title {
		t.Fatalf("draft %+v", c)
	}
	if got := c.Focus[1].Actions[1]; got.Status != ActionBlocked || got.Why == "" {
		t.Errorf("the action blocked at day 30 starts as %+v", got)
	}
	if got := c.Focus[1].Actions[2]; got.Status != ActionNotStarted || c.Focus[0].Value != nil {
		t.Errorf("an action not started starts as %+v, value %v", got, c.Focus[0].Value)
	}
	a.Plan.Focus[0].Actions[0].Text = "A new action"
	if got := a.DraftCheckIn("x", "2027-01-22").Focus[0].Actions[0]; got.Status != ActionNotStarted || got.Text != "A new action" {
		t.Errorf("a new action starts as %+v", got)
	}
}

// The progress log has bounds of its own, and a check-in past them is
// refused before it is added, so the file saved always opens again.
func TestTheProgressLogStaysWithinItsBounds(t *testing.T) {
	a := answered(fixture(t), 3)
	a.Plan = samplePlan()
	long := strings.Repeat("é", MaxText)
	checkIn := func(i int) CheckIn {
		return CheckIn{ID: "c" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + strings.Repeat("y", i/26), Date: "2027-01-01",
			Note: long, Focus: []FocusProgress{{Title: "Delegation", Actions: []ActionProgress{{Text: strings.Repeat("a", 1000), Status: ActionDone}}}}}
	}
	for i := range 79 { // 79 × 5,000 = 395,000 characters: within the check-ins' own budget
		if err := a.CanAdd(checkIn(i)); err != nil {
			t.Fatalf("check-in %d: %v", i+1, err)
		}
		a.AddCheckIn(checkIn(i))
	}
	if _, err := DecodeAnswers(bytes.NewReader(encode(t, a))); err != nil {
		t.Fatalf("a log of 79 long check-ins beside the workshop's answers: %v", err)
	}
	if err := a.CanAdd(checkIn(79)); !errors.Is(err, ErrCheckInTooLong) {
		t.Errorf("a check-in past 400,000 characters: %v, want ErrCheckInTooLong", err)
	}
	short := func(i int) CheckIn { c := checkIn(i); c.Note, c.Focus = "", nil; return c }
	for i := 79; i < MaxCheckIns; i++ {
		a.AddCheckIn(short(i))
	}
	if err := a.CanAdd(short(100)); !errors.Is(err, ErrLogFull) {
		t.Errorf("check-in 101: %v, want ErrLogFull", err)
	}
	a.AddCheckIn(short(100))
	var fe *FieldError
	if _, err := DecodeAnswers(bytes.NewReader(encode(t, a))); !errors.As(err, &fe) || fe.Field != "checkIns" {
		t.Errorf("a file of 101 check-ins: %v, want an error on checkIns", err)
	}
}
