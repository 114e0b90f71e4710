package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// A hand-over the plan's own work must come first waits for it: rows
// owned by the people my words for a conflict name wait for the talk
// with them, a quick fix waits for its root-cause review, and the rest
// keep their dates. The support I named travels with each row.
func TestHandOversWaitForTheWorkThatMustComeFirst(t *testing.T) {
	c := fixture(t)
	c.Skills[2].Holds = &workshop.Holds{People: true, Clause: "once I have talked it through with {people}", Milestone: "the talk with {people} held"}
	c.Skills[1].Holds = &workshop.Holds{Cues: []string{"restart*"}, Clause: "after a root-cause review of it", Milestone: "a review of {rows} held", Slot: 1,
		FirstStep: "Review {rows} with whoever fixes it"}
	a := mixed(c)
	a.Delegations = []workshop.DelegationRow{
		{ID: "1", What: "Code reviews", Owner: "Marta and Viktor, alternating", Support: "A checklist", By: "2027-01-08", Level: 2, Kind: workshop.RowHold},
		{ID: "2", What: "Restarting the VPN client", Owner: "Leo", By: "2027-01-15", Level: 2, Kind: workshop.RowHold},
		{ID: "3", What: "The weekly report", Owner: "Sanna", Support: "none", By: "2027-01-22", Level: 3, Kind: workshop.RowHold},
	}
	quote := []string{"Marta and Viktor won't approve each other's changes, so it all comes to me"}
	r := &Report{Focus: []Suggestion{{ID: "sk.z", Title: "Skill sk.z"}, {ID: "sk.y", Title: "Skill sk.y"}},
		Candidates: []Candidate{{Suggestion: Suggestion{ID: "sk.z", Evidence: []Evidence{{Source: "reflection", Quotes: quote}}}}}}
	p := NewPlan(c, a, r, today)
	if len(p.StopDoing) != 3 {
		t.Fatalf("stop doing %q, want three lines", p.StopDoing)
	}
	for i, want := range []string{
		`I stop doing "Code reviews" myself: Marta and Viktor, alternating, own it, at delegation level 2 of 3 (“We decide”), with "A checklist", once I have talked it through with Marta and Viktor.`,
		`I stop doing "Restarting the VPN client" myself: Leo owns it, at delegation level 2 of 3 (“We decide”), after a root-cause review of it.`,
		`I stop doing "The weekly report" myself: Sanna owns it from 22 January 2027, at delegation level 3 of 3 (“You decide”).`,
	} {
		if p.StopDoing[i] != want {
			t.Errorf("stop doing %d:\n got %q\nwant %q", i, p.StopDoing[i], want)
		}
	}
	if !strings.HasPrefix(p.Day30, "The talk with Marta and Viktor held") || strings.Contains(p.Day30+p.Day60+p.Day90, `"Code reviews" handed over`) {
		t.Errorf("day 30 %q: the talk comes first, the reviews are not handed over before it", p.Day30)
	}
	if !strings.HasPrefix(p.Focus[1].FirstStep, `Review "Restarting the VPN client" with whoever fixes it.`) {
		t.Errorf("first step %q: the review of the held fix comes first", p.Focus[1].FirstStep)
	}
	if !strings.Contains(p.Day60, `A review of "Restarting the VPN client" held`) || strings.Contains(p.Day30+p.Day60+p.Day90, "handed over to Leo") {
		t.Errorf("day 60 %q: the review comes first, the fix is not handed over before it", p.Day60)
	}
}

// A skill is taught from the side its evidence points to: asking for
// feedback when my answers and words are about how I come across,
// giving it when a standard someone is not meeting weighs as much.
func TestTheSideOfASkillFollowsItsEvidence(t *testing.T) {
	sk := &workshop.Skill{ID: "sk.f", Turns: []workshop.Turn{{ID: "sk.f.asking", Items: []string{"i.ask"}, Cues: []string{"blunt"}}}}
	asking := []Evidence{
		{Source: "self-rating", Weight: 3},
		{Source: "statement", Items: []string{"i.ask"}, Weight: 2},
		{Source: "reflection", Items: []string{"reflect.x"}, Weight: 1.5, Quotes: []string{"People have said I can be blunt"}},
	}
	if got := turnOf(sk, asking, &workshop.Answers{}); got != "sk.f.asking" {
		t.Errorf("evidence about how I come across: turn %q, want sk.f.asking", got)
	}
	// A count of my week and a picture of the role show no side.
	counted := append(slices.Clone(asking), Evidence{Source: "week", Weight: 6}, Evidence{Source: "expectation", Items: []string{"e.x"}, Weight: 3})
	if got := turnOf(sk, counted, &workshop.Answers{}); got != "sk.f.asking" {
		t.Errorf("with a count and an expectation beside it: turn %q, want sk.f.asking", got)
	}
	giving := append(asking[:2:2], Evidence{Source: "delegation", Weight: 1.5, Text: "a standard someone is not meeting"})
	if got := turnOf(sk, giving, &workshop.Answers{}); got != "" {
		t.Errorf("a standard not met weighs as much: turn %q, want the usual side", got)
	}
}

// {takers} names who a held row goes to once the wait is over, by name;
// a rota or an undecided owner names nobody.
func TestTakersNameWhoTheHeldRowGoesTo(t *testing.T) {
	fill := holdWords([]workshop.DelegationRow{{What: "Restarting the VPN client", Owner: "Leo", Kind: workshop.RowHold}}, nil, workshop.Participant{})
	if got := fill("with {takers}"); got != "with Leo" {
		t.Errorf("got %q, want the row's owner", got)
	}
	fill = holdWords([]workshop.DelegationRow{{What: "Restarting the VPN client", Owner: "Not decided yet", Kind: workshop.RowHold}}, nil, workshop.Participant{})
	if got := fill("with {takers}"); got != "with whoever takes it over" {
		t.Errorf("got %q for an undecided owner", got)
	}
}
