package workshop_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
)

func day90(t *testing.T) (*workshop.Content, *workshop.Answers) {
	t.Helper()
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../docs/examples/answers-day90.json")
	if err != nil {
		t.Fatal(err)
	}
	a, err := workshop.DecodeAnswers(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return c, a
}

// The re-assessment asks every situation again and the statements of the
// dimensions the plan's focus areas come from, and no other.
func TestRetakeItemsAreTheSituationsAndTheFocusDimensions(t *testing.T) {
	c, a := day90(t) // focus: delegation and coaching
	var dims []string
	for _, d := range workshop.FocusDimensions(c, a.Plan) {
		dims = append(dims, d.ID)
	}
	if strings.Join(dims, " ") != "dim.letting-go dim.rescue dim.trust" {
		t.Errorf("focus dimensions %v", dims)
	}
	items := workshop.RetakeItems(c, a.Plan)
	if len(items) != 7+9+7 {
		t.Errorf("%d items to re-take, want the 9 situations and 14 statements", len(items))
	}
	for _, it := range items {
		if !it.IsScenario() && !strings.HasPrefix(it.ID, "assess.letting-go.") && !strings.HasPrefix(it.ID, "assess.trust.") {
			t.Errorf("%s is asked again, though no focus comes from its dimension", it.ID)
		}
	}
	a.Plan.Focus = a.Plan.Focus[:0:0]
	a.Plan.Focus = append(a.Plan.Focus, workshop.FocusArea{Title: "My own focus"})
	if n := len(workshop.RetakeItems(c, a.Plan)); n != 9 {
		t.Errorf("a custom focus re-takes %d items, want the 9 situations", n)
	}
}

// The re-assessment opens on the day-60 review date, or 60 days after the
// workshop when the plan has no such date.
func TestReassessOpensFromDay60(t *testing.T) {
	_, a := day90(t) // day 60: 21 January 2027
	day := func(s string) time.Time { d, _ := time.Parse(workshop.DateLayout, s); return d }
	if a.ReassessOpen(day("2027-01-20")) || !a.ReassessOpen(day("2027-01-21")) || !a.ReassessOpen(day("2028-01-01")) {
		t.Error("the re-assessment does not open on the day-60 review date")
	}
	a.Plan.Reviews = nil // created 22 November 2026
	if a.ReassessOpen(day("2027-01-20")) || !a.ReassessOpen(day("2027-01-21")) {
		t.Error("without review dates the re-assessment does not open 60 days after the workshop")
	}
	a.Plan = nil
	if a.ReassessOpen(day("2028-01-01")) {
		t.Error("answers without a plan can be re-assessed")
	}
}

// A new round is added beside day 0 and earlier rounds; the workshop's
// ratings stay as they were, and the clone keeps its own tallies.
func TestANewRoundOverwritesNothing(t *testing.T) {
	c, a := day90(t)
	r := a.DraftRound(c, "r2", "2027-05-30")
	if r.Edition != c.Edition || len(r.Focus) != 2 || r.Focus[0].Value != nil || r.Focus[1].Title != "Coaching instead of fixing" {
		t.Fatalf("draft round: %+v", r)
	}
	r.Ratings["assess.rescue.stuck-deployment"] = 5
	r.Pulse = map[string]workshop.Tally{"pulse.decide": {0, 0, 2, 4}}
	a.AddRound(r)
	if a.Ratings["assess.rescue.stuck-deployment"] != 2 || a.Rounds[0].Ratings["assess.rescue.stuck-deployment"] != 2 || a.RatingsAt(2)["assess.rescue.stuck-deployment"] != 5 {
		t.Error("the new round overwrote an earlier answer, or is not read as the latest")
	}
	b := a.Clone()
	b.Rounds[1].Pulse["pulse.decide"][0] = 9
	b.Rounds[0].Focus[0].Value = nil
	if a.Rounds[1].Pulse["pulse.decide"][0] != 0 || a.Rounds[0].Focus[0].Value == nil {
		t.Error("a clone shares a round's tallies or indicators")
	}
}

// Bad indicators and tallies in a round are refused, naming the field.
func TestBadRetakeIsRefused(t *testing.T) {
	for _, tt := range []struct {
		round, field string
	}{
		{`"focus":[{"title":"t","value":-1}]`, "rounds[0].focus[0].value"},
		{`"focus":[{"title":"t","actions":[{"text":"x","status":"done"}]}]`, "rounds[0].focus[0].actions"},
		{`"pulse":{"pulse.decide":[]}`, "rounds[0].pulse"},
		{`"pulse":{"pulse.decide":[1,2,3,4,5,6,7,8,9,10,11]}`, "rounds[0].pulse"},
		{`"pulse":{"pulse.decide":[1,-2]}`, "rounds[0].pulse"},
	} {
		doc := `{"format":"leadshift.answers","version":2,"step":"finish","rounds":[{"id":"r","date":"2027-02-02","edition":"2026.3","ratings":{},` + tt.round + `}]}`
		_, err := workshop.DecodeAnswers(strings.NewReader(doc))
		var fe *workshop.FieldError
		if !errors.As(err, &fe) || fe.Field != tt.field {
			t.Errorf("%s: got %v, want an error on %s", tt.round, err, tt.field)
		}
	}
}

// The built-in pack's pulse has its three questions; a pack whose pulse
// has one answer only is refused.
func TestPulseIsContent(t *testing.T) {
	c, _ := day90(t)
	if c.Pulse == nil || len(c.Pulse.Questions) != 3 || len(c.Pulse.Options) < 2 {
		t.Fatalf("built-in pulse: %+v", c.Pulse)
	}
	c.Pulse.Options = c.Pulse.Options[:1]
	var fe *workshop.FieldError
	if err := c.Validate(); !errors.As(err, &fe) || fe.Field != "options" {
		t.Errorf("a pulse with one answer: %v", err)
	}
}
