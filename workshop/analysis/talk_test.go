package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// rated returns the fixture's mixed answers with one skill rated at a
// level, the manager named, and the report read from them (profile and
// pattern flags only: the evidence is given by each test).
func rated(t *testing.T, skill string, level int) (*workshop.Content, *workshop.Answers, *Report) {
	t.Helper()
	c := fixture(t)
	a := mixed(c)
	a.Participant.Manager = "Ines Roth (head of IT)"
	a.Skills[skill] = workshop.SkillRate{Current: level, Importance: 3}
	r := &Report{Profile: *workshop.ReadProfile(c, a)}
	return c, a, r
}

var (
	byStatements = Evidence{Source: "statement", Items: []string{"a.1", "a.3"}, Weight: 4, Text: "you rated \"one\" 1 of 5 and \"three\" 1 of 5"}
	bySituations = Evidence{Source: "scenario", Items: []string{"b.1", "b.2"}, Weight: 4, Text: "you chose to step in yourself in 2 of 2 situations the team could handle"}
	byOwnWords   = Evidence{Source: "reflection", Items: []string{"a.p"}, Weight: 2.5, Text: "you wrote \"I finish their sentences\"", Quotes: []string{"I finish their sentences"}}
)

func TestStatementsQuestionOnlyARatingAboveTheLevelNeeded(t *testing.T) {
	for _, tc := range []struct {
		level   int
		flagged bool
	}{{3, false}, {5, true}} {
		c, a, r := rated(t, "sk.x", tc.level)
		got := selfRatingFlags(c, a, r, []*Suggestion{{ID: "sk.x", Evidence: []Evidence{byStatements}}})
		if (len(got) == 1) != tc.flagged {
			t.Errorf("rated %d against other statements only: flags %v, want flagged %v", tc.level, got, tc.flagged)
		}
	}
}

func TestACountJustPastItsThresholdIsNotAFinding(t *testing.T) {
	for _, tc := range []struct {
		escalations int
		flagged     bool
	}{{6, false}, {10, true}} {
		c, a, r := rated(t, "sk.y", 3)
		a.Week.Counts = map[workshop.Source]int{workshop.SourceEscalations: tc.escalations}
		got := selfRatingFlags(c, a, r, []*Suggestion{{ID: "sk.y"}})
		if (len(got) == 1) != tc.flagged {
			t.Fatalf("%d escalations against a rating at the level needed: flags %v, want flagged %v", tc.escalations, got, tc.flagged)
		}
		if tc.flagged && (!strings.Contains(got[0].Text, "10 escalations") || !strings.Contains(got[0].Text, "Agree today's level with Ines Roth from the counts")) {
			t.Errorf("the line does not name the count and settle it from the counts: %q", got[0].Text)
		}
	}
}

func TestNoRatingIsQuestionedWhenTheRatingsCannotBeRead(t *testing.T) {
	for _, k := range []FlagKind{FlagFlat, FlagAllMiddle, FlagAcquiescence} {
		c, a, r := rated(t, "sk.x", 5)
		r.Flags = []Flag{{Kind: k, Text: "pattern"}}
		s := &Suggestion{ID: "sk.x", Evidence: []Evidence{byStatements, bySituations}}
		if got := selfRatingFlags(c, a, r, []*Suggestion{s}); len(got) > 0 {
			t.Errorf("%s: a single rating questioned: %v", k, got)
		}
		if got := questionChosen(c, a, r, []*Suggestion{s}, nil); len(got) > 0 {
			t.Errorf("%s: a chosen focus questioned: %v", k, got)
		}
	}
}

func TestTheLineIsWordedForWhatTheEvidenceIs(t *testing.T) {
	for _, tc := range []struct {
		name     string
		evidence []Evidence
		want     []string
		not      []string
	}{
		{"their own words", []Evidence{byOwnWords, {Source: "statement", Weight: 1, Text: "x"}},
			[]string{"I finish their sentences", "Your own words put you below your rating", "ask Ines Roth and the people it concerns"},
			[]string{"Agree today's level", "someone who sees you at work", "(head of IT)"}},
		{"situations", []Evidence{bySituations},
			[]string{"2 of 2 situations", "Agree today's level with Ines Roth from situations you both know"},
			[]string{"Your own words", "someone who sees you at work"}},
	} {
		c, a, r := rated(t, "sk.x", 5)
		got := selfRatingFlags(c, a, r, []*Suggestion{{ID: "sk.x", Evidence: tc.evidence}})
		if len(got) != 1 {
			t.Fatalf("%s: flags %v", tc.name, got)
		}
		text := got[0].Text
		if !strings.HasPrefix(text, `You rated yourself at level 5 of 5 for skill sk.x ("l5"), yet `) {
			t.Errorf("%s: the line does not name the rating and its level's words: %q", tc.name, text)
		}
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q does not say %q", tc.name, text, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(text, w) {
				t.Errorf("%s: %q says %q", tc.name, text, w)
			}
		}
	}
}

func TestAChosenFocusRatedAtTheLevelNeededIsQuestionedByWhatChoseIt(t *testing.T) {
	for _, tc := range []struct {
		level   int
		flagged bool
	}{{2, false}, {3, true}, {4, true}} {
		c, a, r := rated(t, "sk.x", tc.level)
		s := &Suggestion{ID: "sk.x", Evidence: []Evidence{byOwnWords}}
		if got := selfRatingFlags(c, a, r, []*Suggestion{s}); len(got) > 0 && tc.level == 3 {
			t.Fatalf("own words of weight %.1f question a rating outside the plan: %v", byOwnWords.Weight, got)
		}
		got := questionChosen(c, a, r, []*Suggestion{s}, nil)
		if (len(got) == 1) != tc.flagged {
			t.Errorf("chosen, rated %d, on the person's own words: flags %v, want flagged %v", tc.level, got, tc.flagged)
		}
		if got := questionChosen(c, a, r, []*Suggestion{s}, got); len(got) > 0 {
			t.Errorf("rated %d: a focus already questioned is questioned twice", tc.level)
		}
	}
}

// settled returns the report with sk.y chosen on its escalations and
// bySituations, sk.x and sk.z (rated 5, questioned by the same situations)
// outside the plan, and a self-rating flag on each skill.
func settled(t *testing.T, xLevel int, xEvidence ...Evidence) (*Report, *workshop.Answers, *workshop.Content) {
	c, a, r := rated(t, "sk.x", xLevel)
	a.Skills["sk.y"] = workshop.SkillRate{Current: 3, Importance: 3}
	a.Week.Counts = map[workshop.Source]int{workshop.SourceEscalations: 15}
	r.Profile = *workshop.ReadProfile(c, a)
	escalations := Evidence{Source: "week", Weight: 4.5, Text: "15 escalations came straight to you last week"}
	y := Suggestion{ID: "sk.y", Evidence: []Evidence{escalations, bySituations}}
	x := Suggestion{ID: "sk.x", Evidence: xEvidence}
	z := Suggestion{ID: "sk.z", Evidence: []Evidence{bySituations}}
	r.Focus = []Suggestion{y}
	r.Candidates = []Candidate{{Suggestion: y, Chosen: true}, {Suggestion: x}, {Suggestion: z}}
	r.Flags = []Flag{{Kind: FlagItem, Items: []string{"a.3"}, Text: "Worth a talk."}}
	for _, s := range []*Suggestion{&y, &x, &z} {
		r.Flags = append(r.Flags, selfRatingFlag(a, r.Skill(s.ID), []Evidence{{Source: "scenario", Text: "x"}}))
	}
	return r, a, c
}

func TestOutsideThePlanOnlyARatingThatChangesSomethingIsTalkedThrough(t *testing.T) {
	map_ := Evidence{Source: "delegation", Weight: 3, Text: "you still hold \"the backups\", which you said someone else should own"}
	for _, tc := range []struct {
		name    string
		level   int
		flagged bool
	}{
		// sk.x counts escalations against handing over, and sk.y, chosen,
		// works on them: nothing is left to talk through.
		{"the evidence a chosen focus works on", 5, false},
		// At the level needed and outside the plan: no target, no strength.
		{"at the level needed", 3, false},
	} {
		r, a, c := settled(t, tc.level)
		r.settleSelfRatings(c, a)
		if got := flagOf(r, "sk.x"); (got != nil) != tc.flagged {
			t.Errorf("%s: flag %v", tc.name, got)
		}
		if flagOf(r, "sk.y") == nil {
			t.Errorf("%s: the chosen focus's flag was dropped", tc.name)
		}
		if flagOf(r, "sk.z") != nil {
			t.Errorf("%s: sk.z, questioned only by the situations the chosen focus works on, still questioned", tc.name)
		}
		if len(r.Flags) == 0 || r.Flags[0].Kind != FlagItem {
			t.Errorf("%s: a flag that is not a self-rating was touched: %v", tc.name, r.Flags)
		}
	}
	// Rated above the level needed, with a row of the map no focus area
	// works on: the line stays, and names the row rather than the count.
	r, a, c := settled(t, 5, map_)
	r.settleSelfRatings(c, a)
	got := flagOf(r, "sk.x")
	if got == nil {
		t.Fatal("a claimed strength the map questions was dropped")
	}
	if !strings.Contains(got.Text, "the backups") || strings.Contains(got.Text, "escalations") {
		t.Errorf("the line does not name what no focus area works on: %q", got.Text)
	}
}

func TestAFocusRatedLessImportantThanOtherSkillsIsTalkedThrough(t *testing.T) {
	for _, tc := range []struct {
		name          string
		focus, others int
		flagged       bool
	}{
		{"3 against a 5 elsewhere", 3, 5, true},
		{"3 when nothing is rated higher", 3, 3, false},
		{"4 against a 5 elsewhere", 4, 5, false},
	} {
		c, a, _ := rated(t, "sk.x", 3)
		a.Skills["sk.x"] = workshop.SkillRate{Current: 2, Importance: tc.focus}
		a.Skills["sk.y"] = workshop.SkillRate{Current: 4, Importance: tc.others}
		a.Skills["sk.z"] = workshop.SkillRate{Current: 4, Importance: 3}
		r := &Report{Profile: *workshop.ReadProfile(c, a), Focus: []Suggestion{{ID: "sk.x"}}}
		got := importanceFlags(a, r)
		if (len(got) == 1) != tc.flagged {
			t.Errorf("%s: flags %v", tc.name, got)
			continue
		}
		if tc.flagged && (got[0].Kind != FlagImportance || !strings.Contains(got[0].Text, "skill sk.x 3 of 5 for importance") || !strings.Contains(got[0].Text, "Ask Ines Roth")) {
			t.Errorf("%s: %+v", tc.name, got[0])
		}
	}
}
