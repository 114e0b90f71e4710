package planpdf

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// A focus area taught from a turn prints its target in the turn's words,
// and its drafted "achievable" line is read as a restatement of them.
func TestTheTargetLevelIsInTheTurnsWords(t *testing.T) {
	c := testContent(t)
	sk := &c.Skills[0]
	sk.Turns = []workshop.Turn{{ID: sk.ID + ".other", Cues: []string{"x"}, Guide: sk.Guide, Actions: sk.Actions,
		Levels: []string{"t1", "t2", "The other side's step.", "t4", "t5"}}}
	d := &doc{c: c}
	f := workshop.FocusArea{Skill: sk.ID, Current: 2, Target: 3}
	if got := d.levels(f); !strings.Contains(got, strings.TrimSuffix(sk.Levels[2], ".")) {
		t.Errorf("usual side: %q, want the skill's level 3", got)
	}
	f.Turn = sk.ID + ".other"
	if got := d.levels(f); !strings.HasSuffix(got, "\u201cThe other side's step\u201d.") {
		t.Errorf("taught from the turn: %q, want the turn's level 3", got)
	}
	if got := d.levels(workshop.FocusArea{Skill: sk.ID, Current: 1, Target: 3}); !strings.HasPrefix(got, "Two levels up in 90 days, from level 1 to level 3") {
		t.Errorf("my words put me two levels below the target: %q, want two levels said", got)
	}
	drafted := "One level up in 90 days: from \"" + strings.TrimSuffix(sk.Levels[1], ".") + "\" to \"The other side's step.\""
	if !d.restatesLevels(f, drafted) {
		t.Errorf("%q restates the levels of the turn's step", drafted)
	}
}

// A drafted "achievable" line that names the step from today's anchor in
// its own words is printed as it is, with no level line before it that
// names another target; a line that names no step gets the level line.
func TestAStepInItsOwnWordsIsPrintedAlone(t *testing.T) {
	c := testContent(t)
	sk := &c.Skills[0]
	d := &doc{c: c}
	achievable := func(text string) string {
		f := workshop.FocusArea{Skill: sk.ID, Current: 1, Target: 2, Goal: workshop.Goal{Achievable: text}}
		for _, kv := range d.focusFields(f) {
			if kv[0] == "Achievable" {
				return kv[1]
			}
		}
		return ""
	}
	own := "One level up in 90 days: from \"" + strings.TrimSuffix(sk.Levels[0], ".") + "\" to \"I ask for the year's priorities.\""
	if got := achievable(own); got != own {
		t.Errorf("a step in its own words: printed %q, want it alone", got)
	}
	note := "I agree today's level with my manager first."
	if got := achievable(note); !strings.HasPrefix(got, "One level up in 90 days, from level 1 to level 2") || !strings.HasSuffix(got, note) {
		t.Errorf("a note that names no step: printed %q, want the level line before it", got)
	}
}
