package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// A turn chosen by rows teaches the skill from that side whenever my map
// has such a row, though the rest of the evidence shows the usual side;
// without the row, the usual side.
func TestARowOfMyMapChoosesItsTurn(t *testing.T) {
	sk := &workshop.Skill{ID: "sk.a", Guide: workshop.Guide{Cues: []string{"deadline"}}, Turns: []workshop.Turn{{ID: "sk.a.standard", Rows: []workshop.RowKind{workshop.RowStandard}}}}
	ev := []Evidence{
		{Source: "self-rating", Weight: 2},
		{Source: "delegation", Weight: 1.5},
		{Source: "reflection", Items: []string{"reflect.x"}, Weight: 1.5, Quotes: []string{"We missed the deadline again"}},
	}
	row := func(kind workshop.RowKind) *workshop.Answers {
		return &workshop.Answers{Delegations: []workshop.DelegationRow{{What: "Kev's reopened tickets", Owner: "Kev", Kind: kind}}}
	}
	if got := turnOf(sk, ev, row(workshop.RowStandard)); got != "sk.a.standard" {
		t.Errorf("a standard not met on my map: turn %q, want sk.a.standard", got)
	}
	if got := turnOf(sk, ev, row(workshop.RowHold)); got != "" {
		t.Errorf("only a row I hold: turn %q, want the usual side", got)
	}
}

// When the evidence for a skill is only a rating and a count, what I
// wrote and put on my map says which side it is: the turn most of the
// sentences and rows with a cue point to, else the usual side.
func TestMyWordsChooseTheTurnWhenTheEvidenceShowsNoSide(t *testing.T) {
	sk := &workshop.Skill{ID: "sk.b", Guide: workshop.Guide{Cues: []string{"evening*", "on call"}},
		Turns: []workshop.Turn{{ID: "sk.b.own-work", Cues: []string{"said yes to", "pre-configur*"}}}}
	silent := []Evidence{{Source: "self-rating", Weight: 2}, {Source: "week", Weight: 4}}
	own := &workshop.Answers{
		Reflections: map[string]string{"reflect.a": "Tuesday, pre-configuring routers for installs I'd said yes to. Lucia stayed on too."},
		Delegations: []workshop.DelegationRow{{What: "Pre-configuring routers myself in the evenings", Owner: "Dev", Kind: workshop.RowHold}},
	}
	if got := turnOf(sk, silent, own); got != "sk.b.own-work" {
		t.Errorf("my words and rows about work I took home: turn %q, want sk.b.own-work", got)
	}
	onCall := &workshop.Answers{Reflections: map[string]string{
		"reflect.a": "Every evening on call this month. I said yes to one install late.",
		"reflect.b": "The on call phone never stops.",
	}}
	if got := turnOf(sk, silent, onCall); got != "" {
		t.Errorf("words mostly about being on call: turn %q, want the usual side", got)
	}
	if got := turnOf(sk, silent, &workshop.Answers{}); got != "" {
		t.Errorf("nothing written: turn %q, want the usual side", got)
	}
	// Evidence that shows a side is read first: my other words do not
	// turn it.
	spoken := append(silent, Evidence{Source: "reflection", Items: []string{"reflect.b"}, Weight: 1.5, Quotes: []string{"The on call phone never stops"}})
	if got := turnOf(sk, spoken, own); got != "" {
		t.Errorf("evidence on the usual side: turn %q, want the usual side", got)
	}
}

// Words the person quotes, in single quotes, are read as their words: a
// cue at the start or end of the quote still counts.
func TestACueInsideQuotesIsRead(t *testing.T) {
	s := sentences("I've said 'maybe go a bit easier on people' once, walking back from the kitchen.")[0]
	if s.hits([]string{"easier on people"}) != 1 || s.hits([]string{"maybe go"}) != 1 {
		t.Errorf("clauses %q: the quoted words are not read", s.clauses)
	}
	if s.hits([]string{"i've said"}) != 1 {
		t.Errorf("clauses %q: an apostrophe inside a word is kept", s.clauses)
	}
}

// A row's first step is written for the usual side of a skill: a focus
// area taught from a turn keeps the turn's own first step and action.
func TestATurnDoesNotStartFromTheUsualSidesRow(t *testing.T) {
	c := fixture(t)
	c.Skills[2].FromRow = &workshop.FromRow{Cues: []string{"one-to-one*"}, FirstStep: "Book one-to-ones, starting from \"{row}\""}
	turn := workshop.Turn{ID: "sk.z.theirs", Cues: []string{"agenda"}, Guide: c.Skills[2].Guide,
		Actions: []workshop.Action{{ID: "t70", Text: "Let them set the agenda.", Kind: workshop.Experience}}}
	turn.FirstStep = "Ask what they want to talk about"
	c.Skills[2].Turns = []workshop.Turn{turn}
	a := mixed(c)
	a.Delegations = []workshop.DelegationRow{{What: "One-to-ones that are ticket reviews", Owner: "Me", Kind: workshop.RowNote}}
	usual := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z"}, 0, today)
	if !strings.HasPrefix(usual.FirstStep, `Book one-to-ones, starting from "One-to-ones that are ticket reviews"`) {
		t.Errorf("usual side: first step %q, want it from the noted row", usual.FirstStep)
	}
	theirs := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z", Turn: "sk.z.theirs"}, 0, today)
	if !strings.HasPrefix(theirs.FirstStep, "Ask what they want to talk about.") || theirs.Actions[0].Text != "Let them set the agenda." {
		t.Errorf("taught from the turn: first step %q, action %q, want the turn's own", theirs.FirstStep, theirs.Actions[0].Text)
	}
}

// Evidence half about one turn leaves the side open, though another turn
// has none of it: my other words decide.
func TestEvidenceHalfAboutATurnLeavesTheSideToMyWords(t *testing.T) {
	sk := &workshop.Skill{ID: "sk.c", Guide: workshop.Guide{Cues: []string{"waiting for me"}}, Turns: []workshop.Turn{
		{ID: "sk.c.incident", Cues: []string{"outage*"}},
		{ID: "sk.c.commitments", Cues: []string{"on the spot", "promised"}},
	}}
	ev := []Evidence{
		{Source: "tag", Items: []string{"reflect.a"}, Weight: 2.5, Quotes: []string{"I gave dates on the spot", "Then Dev has to make it true"}},
		{Source: "statement", Items: []string{"i.loudest"}, Weight: 1},
	}
	a := &workshop.Answers{Reflections: map[string]string{"reflect.a": "I gave dates on the spot. Then Dev has to make it true.",
		"reflect.b": "I promised six sites before Christmas."}}
	if got := turnOf(sk, ev, a); got != "sk.c.commitments" {
		t.Errorf("evidence half about promises, my words all about them: turn %q, want sk.c.commitments", got)
	}
	a.Reflections["reflect.b"] = "Three decisions are waiting for me. Two more are waiting for me since Monday."
	if got := turnOf(sk, ev, a); got != "" {
		t.Errorf("my other words about decisions that wait: turn %q, want the usual side", got)
	}
}

// The 90-day target is named in the words of the side the focus area is
// taught from; today's level stays the anchor I chose.
func TestTheTargetIsNamedFromTheTurnsLevels(t *testing.T) {
	c := fixture(t)
	sk := &c.Skills[2]
	sk.Levels = []string{"l1", "Today's anchor.", "The usual step.", "l4", "l5"}
	sk.Turns = []workshop.Turn{{ID: "sk.z.other", Cues: []string{"x"}, Guide: sk.Guide, Actions: sk.Actions,
		Levels: []string{"t1", "t2", "The other side's step.", "t4", "t5"}}}
	a := mixed(c)
	s := Suggestion{ID: "sk.z", Title: "Skill sk.z", Current: 2, Target: 3}
	if got := NewFocusArea(c, a, s, 0, today).Goal.Achievable; got != `One level up in 90 days: from "Today's anchor" to "The usual step."` {
		t.Errorf("usual side: %q", got)
	}
	s.Turn = "sk.z.other"
	if got := NewFocusArea(c, a, s, 0, today).Goal.Achievable; got != `One level up in 90 days: from "Today's anchor" to "The other side's step."` {
		t.Errorf("taught from the turn: %q, want the turn's step from my own anchor", got)
	}
}

// A count of my week says what it stands for in the words of the side the
// focus is taught from, where that side has its own; else the pack's.
func TestACountObstacleFollowsTheSide(t *testing.T) {
	c := fixture(t)
	c.CountObstacles = []workshop.CountObstacle{{Source: workshop.SourceAfterHours,
		Obstacle: "{n} evenings: people know I pick up.", Response: "I say who covers."}}
	a := mixed(c)
	a.Week.Counts = map[workshop.Source]int{workshop.SourceAfterHours: 8}
	ev := []Evidence{{Source: "week", Weight: 3, Text: countWords(workshop.SourceAfterHours, 8)}}
	g := workshop.Guide{Indicator: workshop.Indicator{Source: workshop.SourceAfterHours}}
	if got, _ := fromEvidence(c, a, ev, g); len(got) != 1 || got[0].Obstacle != "8 evenings: people know I pick up." {
		t.Errorf("usual side: %+v, want the pack's obstacle", got)
	}
	g.CountObstacle = &workshop.CountObstacle{Obstacle: "{n} evenings: what I say yes to gets done at night.", Response: "I say what fits."}
	if got, _ := fromEvidence(c, a, ev, g); len(got) != 1 || got[0].Obstacle != "8 evenings: what I say yes to gets done at night." || got[0].Response != "I say what fits." {
		t.Errorf("a side with its own: %+v, want its obstacle and response", got)
	}
}

// A picture of the role my organisation pushes and I do not hold chooses
// the turn that agrees the role; a picture I hold too, or one it
// provides, does not.
func TestAPushedPictureOfTheRoleChoosesItsTurn(t *testing.T) {
	sk := &workshop.Skill{ID: "sk.m", Turns: []workshop.Turn{{ID: "sk.m.split", Pushed: true}}}
	myth, provided := &workshop.Expectation{ID: "e.myth"}, &workshop.Expectation{ID: "e.pay", Provides: true}
	for _, tt := range []struct {
		name string
		e    workshop.ExpectationResult
		want string
	}{
		{"pushed", workshop.ExpectationResult{Expectation: myth, Quadrant: workshop.MythPushed}, "sk.m.split"},
		{"held by me too", workshop.ExpectationResult{Expectation: myth, Quadrant: workshop.MythHeld}, ""},
		{"a thing the role provides", workshop.ExpectationResult{Expectation: provided, Quadrant: workshop.MythPushed}, ""},
	} {
		if got := pushedTurn(sk, &Report{Profile: workshop.Profile{Expectations: []workshop.ExpectationResult{tt.e}}}); got != tt.want {
			t.Errorf("%s: turn %q, want %q", tt.name, got, tt.want)
		}
	}
}
