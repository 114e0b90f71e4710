package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// A first step starts the count its measure reads: when the measure counts
// less than all of its source ("after a hard meeting"), the tally says so
// too; without its own words the source's tally stands.
func TestTheTallyCountsWhatTheMeasureSays(t *testing.T) {
	c := fixture(t)
	c.Skills[2].Indicator = workshop.Indicator{Text: "Times I asked how I came across after a hard meeting", Source: workshop.SourceFeedbackAsk}
	a := mixed(c)
	focus := Suggestion{ID: "sk.z", Title: "Skill sk.z"}
	if got := NewFocusArea(c, a, focus, 0, today).FirstStep; !strings.HasSuffix(got, "From today I "+workshop.SourceFeedbackAsk.Tally()+".") {
		t.Errorf("no tally of its own: first step %q, want the source's tally", got)
	}
	c.Skills[2].Indicator.Tally = "note each time I ask how I came across after a hard meeting"
	if got := NewFocusArea(c, a, focus, 0, today).FirstStep; !strings.HasSuffix(got, "From today I note each time I ask how I came across after a hard meeting.") {
		t.Errorf("a tally of its own: first step %q, want the measure's words", got)
	}
}

// A step never presupposes a practice I said I lack: when I disagree
// that I keep regular one-to-ones (or rate the skill at level 1), a step
// that would happen "at our next one-to-one" books them first, starting
// with the people my words name; when I hold them, the pack's step stands.
func TestAStepBooksTheOneToOnesIDoNotHold(t *testing.T) {
	c := fixture(t)
	c.Routes.People = "sk.x" // its statement a.1: "I keep a regular one-to-one"
	c.Skills[2].FirstStep = "Ask each person at our next one-to-one what they enjoy"
	c.Skills[2].FirstStepWithoutOneToOnes = "Book a one-to-one with each person{first}, and ask each what they enjoy"
	c.Skills[2].Cues = []string{"morale"}
	a := mixed(c)
	a.Delegations = []workshop.DelegationRow{{What: "Triage", Owner: "Ana and Ben", Kind: workshop.RowHold}}
	words := Evidence{Source: "reflection", Weight: 1, Quotes: []string{"Morale is low: Ben and Ana asked to move."}}
	focus := Suggestion{ID: "sk.z", Title: "Skill sk.z", Evidence: []Evidence{words}}
	step := func() string { return NewFocusArea(c, a, focus, 0, today).FirstStep }
	if got := step(); !strings.HasPrefix(got, "Ask each person at our next one-to-one") {
		t.Errorf("I keep one-to-ones (a.1 at 4): first step %q, want the pack's", got)
	}
	a.Ratings["a.1"] = 2
	if got := step(); !strings.HasPrefix(got, "Book a one-to-one with each person, starting with Ben and Ana, and ask each") {
		t.Errorf("I keep none (a.1 at 2): first step %q, want them booked, the people my words name first", got)
	}
	a.Ratings["a.1"] = 4
	a.Skills["sk.x"] = workshop.SkillRate{Current: 1, Importance: 4}
	focus.Evidence = nil
	if got := step(); !strings.HasPrefix(got, "Book a one-to-one with each person, and ask each") {
		t.Errorf("one-to-ones at level 1, no names: first step %q, want them booked", got)
	}
}

// Two focus areas never open with the same act: when an earlier one
// already opens with the talk about a standard someone is not meeting, a
// later one whose guide has a step for after it takes that step, with the
// person by name and the others my words name, dated no earlier than the
// talk; without an earlier talk its own first step stands.
func TestTwoFocusAreasNeverOpenWithTheSameAct(t *testing.T) {
	c := fixture(t)
	c.Skills[1].FirstStepAfterTalk = "After my talk with {person}, ask {affected} what has changed"
	a := mixed(c)
	a.Participant.Team = []string{"Lea", "Ola"}
	row := workshop.DelegationRow{What: "Kai's tone in reviews", Owner: "Kai", By: "2026-12-18", Kind: workshop.RowStandard}
	a.Delegations = []workshop.DelegationRow{row}
	a.Reflections["a.p"] = "Kai was sharp with Ola in the review, and Lea asked to move."
	ev := []Evidence{{Source: "reflection", Items: []string{"a.p"}, Quotes: []string{"Lea asked to move"}}}
	talk := workshop.FocusArea{Skill: "sk.z", FirstStepDate: "2026-11-30"}
	talk.FirstStep = standardTalk(row, a.Participant, talk.FirstStepDate)
	later := workshop.FocusArea{Skill: "sk.y", FirstStep: "pack's step", FirstStepDate: "2026-12-07"}
	f := later
	afterTalk(c, a, ev, nil, &f)
	if f.FirstStep != "pack's step" {
		t.Errorf("no earlier talk: first step %q, want its own", f.FirstStep)
	}
	afterTalk(c, a, ev, []workshop.FocusArea{talk}, &f)
	if !strings.HasPrefix(f.FirstStep, "After my talk with Kai, ask Lea and Ola what has changed.") || f.FirstStepDate != row.By {
		t.Errorf("after the talk: first step %q on %s, want the step after it, by name, on %s", f.FirstStep, f.FirstStepDate, row.By)
	}
	delete(a.Reflections, "a.p")
	f = later
	afterTalk(c, a, nil, []workshop.FocusArea{talk}, &f)
	if !strings.HasPrefix(f.FirstStep, "After my talk with Kai, ask the people it affects what has changed.") {
		t.Errorf("no one else named: first step %q", f.FirstStep)
	}
}

// A response about one person names them, never a guessed pronoun: the
// person a standard on my map concerns when my words name them too, else
// the one my words name, else "the person".
func TestAResponseNamesItsPerson(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Participant.Team = []string{"Lea", "Ola"}
	one := []Evidence{{Source: "reflection", Quotes: []string{"Lea is the best engineer I have."}}}
	two := []Evidence{{Source: "reflection", Quotes: []string{"Lea and Ola are my best engineers."}}}
	if got := personOf(a, one); got != "Lea" {
		t.Errorf("my words name Lea: %q", got)
	}
	if got := personOf(a, two); got != "the person" {
		t.Errorf("my words name two people: %q, want no guess", got)
	}
	a.Delegations = []workshop.DelegationRow{{What: "Tone in reviews", Owner: "Ola", Kind: workshop.RowStandard}}
	if got := personOf(a, one); got != "Lea" {
		t.Errorf("a standard on my map concerns Ola, whom my words for the focus do not name: %q, want Lea", got)
	}
	about := []Evidence{{Source: "reflection", Quotes: []string{"Ola snapped at Lea again."}}}
	if got := personOf(a, about); got != "Ola" {
		t.Errorf("a standard on my map concerns Ola, and my words name Ola and Lea: %q, want Ola", got)
	}
}

// The on-the-job action is about the people my words name, when they name
// two or more: the pack's "two people" becomes them; with one or none the
// pack's action stands.
func TestTheActionNamesThePeopleMyWordsName(t *testing.T) {
	c := fixture(t)
	c.Skills[2].ActionWith = "I bring {people} together"
	a := mixed(c)
	a.Participant.Team = []string{"Ana", "Ben"}
	action := func(quote string) string {
		focus := Suggestion{ID: "sk.z", Title: "Skill sk.z", Evidence: []Evidence{{Source: "reflection", Weight: 1, Quotes: []string{quote}}}}
		return NewFocusArea(c, a, focus, 0, today).Actions[0].Text
	}
	if got := action("Ben and Ana won't approve each other's work."); got != "I bring Ben and Ana together" {
		t.Errorf("two people named: action %q", got)
	}
	if got := action("Ana won't approve anything."); got != "do sk.z" {
		t.Errorf("one person named: action %q, want the pack's", got)
	}
}
