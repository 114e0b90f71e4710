package analysis

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
)

func day90(t *testing.T) (*workshop.Content, *workshop.Answers) {
	t.Helper()
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../docs/examples/answers-day90.json")
	if err != nil {
		t.Fatal(err)
	}
	a, err := workshop.DecodeAnswers(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return c, a
}

// The re-assessment is read against the workshop's own answers, which it
// leaves as they were: the profile before is day 0's, the situations say
// how the judgement moved in words, and the analysis runs on the new round.
func TestProgressReadsTheRoundAgainstTheWorkshop(t *testing.T) {
	c, a := day90(t)
	day0 := Analyze(c, a)
	p := CompareLatest(c, a)
	if p == nil {
		t.Fatal("no progress read from a file with a round")
	}
	if a.Ratings["assess.rescue.stuck-deployment"] != 2 {
		t.Fatal("reading the round changed the workshop's answers")
	}
	for i, d := range p.Before {
		if d.Name != day0.Dimensions[i].Name || !equalScore(d.Score, day0.Dimensions[i].Score) {
			t.Errorf("before: %s %v, the workshop's analysis says %v", d.Name, d.Score, day0.Dimensions[i].Score)
		}
	}
	rescue := dimIndex(c, "dim.rescue")
	if !p.Retaken[rescue] || p.Retaken[dimIndex(c, "dim.motivation")] {
		t.Errorf("re-taken dimensions: %v", p.Retaken)
	}
	if *p.After[rescue].Score <= *p.Before[rescue].Score {
		t.Errorf("leading, not rescuing went from %d to %d, the round answered it closer to the team", *p.Before[rescue].Score, *p.After[rescue].Score)
	}
	if want := "At the workshop you would have stepped in yourself in 5 of 6 situations your team could handle; now in 1 of 6. That is a real change in how you judge when to let go. Where stepping in is the lead's call, you would step in, in all 3."; !strings.HasPrefix(p.Judgement, want) {
		t.Errorf("judgement: %q, want it to start %q", p.Judgement, want)
	}
	if len(p.Situations) != 9 {
		t.Fatalf("%d situations compared, want all 9", len(p.Situations))
	}
	for _, s := range p.Situations {
		if strings.ContainsAny(s.Words, "0123456789") {
			t.Errorf("a situation's change reads as a score: %q", s.Words)
		}
		if s.Title == "A major outage lands on you" && (s.Then != "Mostly step in" || s.Now != "Mostly leave it with the team" || s.Words != "You now leave more of it with the team.") {
			t.Errorf("the outage: %+v", s)
		}
	}
	if !strings.HasPrefix(p.Indicators[1].Words, "Target reached: from 11 to 4, aimed at 5") || !strings.HasPrefix(p.Indicators[0].Words, "On the way: from 4 to 1, aimed at 0") {
		t.Errorf("indicators: %q, %q", p.Indicators[0].Words, p.Indicators[1].Words)
	}
	if len(p.HandOvers) != 4 || !strings.Contains(p.HandOvers[0], "after being taken back on 12 January 2027") || !strings.Contains(p.HandOvers[3], "not recorded as handed over yet") {
		t.Errorf("hand-overs: %q", p.HandOvers)
	}
	if p.Actions[0].Words != "3 of 3 done by 22 February 2027" || len(p.Actions[1].Open) != 1 || !strings.HasPrefix(p.Actions[1].Open[0], "Started: I meet a coach") {
		t.Errorf("actions: %+v", p.Actions)
	}
	if len(p.Pulse) != 3 || p.Pulse[0].Words != "Almost always 1, Often 3, Sometimes 2, Rarely 0 (6 answers)" {
		t.Errorf("pulse: %+v", p.Pulse)
	}
	after := Analyze(c, a.AtRound(1))
	if len(p.Next) != len(after.Focus) || len(p.NextWords) == 0 {
		t.Errorf("next focus %d, the analysis of the round chooses %d", len(p.Next), len(after.Focus))
	}
}

func TestProgressWithoutARound(t *testing.T) {
	c, a := day90(t)
	a.Rounds = nil
	if CompareLatest(c, a) != nil {
		t.Error("a file without a re-assessment has a progress report")
	}
}

// The words of an indicator follow the direction of its target, and say
// so when nothing moved or it went the other way.
func TestTowards(t *testing.T) {
	for _, tt := range []struct {
		base, now, target float64
		want              string
	}{
		{11, 4, 5, "Target reached"},
		{11, 7, 5, "On the way"},
		{11, 11, 5, "Not moved yet: still 11"},
		{11, 13, 5, "Gone the other way: from 11 to 13"},
		{2, 6, 5, "Target reached"},
		{2, 3, 5, "On the way"},
		{2, 1, 5, "Gone the other way"},
	} {
		if got := towards(tt.base, tt.now, tt.target); !strings.HasPrefix(got, tt.want) {
			t.Errorf("towards(%v, %v, %v) = %q, want %q…", tt.base, tt.now, tt.target, got, tt.want)
		}
	}
}

func equalScore(x, y *int) bool { return (x == nil) == (y == nil) && (x == nil || *x == *y) }

// dimIndex is the index of dimension id in the pack.
func dimIndex(c *workshop.Content, id string) int {
	for i, d := range c.Dimensions {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// A target in words ("every one", "the split agreed by day 30") is read
// back as the plan wrote it, not as a plan with no target.
func TestATargetInWordsIsReadBack(t *testing.T) {
	two := 2.0
	a := &workshop.Answers{CheckIns: []workshop.CheckIn{{ID: "c1", Date: "2027-01-10", Focus: []workshop.FocusProgress{{Skill: "sk.z", Value: &two}}}}}
	f := workshop.FocusArea{Skill: "sk.z", Title: "Managing up", Goal: workshop.Goal{Baseline: "0 of 1, the last time", Target: "every one"}}
	if got := indicatorChange(a, f, "2027-01-31").Words; got != "2 now, aimed at every one." {
		t.Errorf("a target in words: %q", got)
	}
	f.Goal.Target = ""
	if got := indicatorChange(a, f, "2027-01-31").Words; got != "2 now; the plan set no number to aim at." {
		t.Errorf("no target: %q", got)
	}
}
