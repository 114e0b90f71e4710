package analysis

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// mismatched returns the fixture's answers with all three expectations
// apart: e.1 and e.2 by four levels, e.3 (about sk.x) by two only, and
// each expectation with two questions of its own (e.3's statement is
// about the backups).
func mismatched(t *testing.T) (*workshop.Content, *workshop.Answers) {
	t.Helper()
	c := fixture(t)
	c.CoreQuestions = []string{"c1", "c2", "c3", "c4", "c5"}
	c.Expectations[0].Questions = []string{"Who decides the rota here?", "What budget is there for tooling?"}
	c.Expectations[1].Questions = []string{"How is pay for leads set here?", "How will my pay grow in this role?"}
	c.Expectations[2].Statement = "I will keep the backups myself."
	c.Expectations[2].Questions = []string{"Which work should I hand over first?", "Who owns the backups a year from now?"}
	a := mixed(c)
	a.Expectations["e.1"] = workshop.Pair{Me: 1, Org: 5}
	a.Expectations["e.2"] = workshop.Pair{Me: 5, Org: 1}
	a.Expectations["e.3"] = workshop.Pair{Me: 5, Org: 3}
	return c, a
}

func TestTheMismatchAFocusRestsOnIsAskedBeforeBiggerGaps(t *testing.T) {
	c, a := mismatched(t)
	r := Analyze(c, a)
	if len(r.Mismatches()) != 3 {
		t.Fatalf("mismatches %v", r.Mismatches())
	}
	r.Focus = []Suggestion{{ID: "sk.x", Evidence: []Evidence{{Source: "expectation", Items: []string{"e.3"}, Weight: 2, Text: "you expect the backups"}}}}
	r.Questions = questions(c, a, r)
	if len(r.Questions) != 7 || r.Questions[5] != "Which work should I hand over first?" {
		t.Fatalf("questions %q: want the five core ones, then the mismatch the focus rests on", r.Questions)
	}
	// The other one is the biggest gap left; the rest stay in the evidence part.
	if !slices.Contains([]string{"Who decides the rota here?", "How is pay for leads set here?"}, r.Questions[6]) {
		t.Errorf("second mismatch question %q", r.Questions[6])
	}
	// The focus's support line points to the question by its place.
	focus := []workshop.FocusArea{{Skill: "sk.x", Support: "My manager, at our one-to-one."}}
	pointToQuestions(a, r, focus)
	if s, want := focus[0].Support, fmt.Sprintf("My manager, at our one-to-one. At the first one I ask question %d of this plan.",
		slices.Index(r.Questions, "Which work should I hand over first?")+1); s != want {
		t.Errorf("support %q does not point to the question", s)
	}
}

func TestAMismatchOnAChosenSkillOrInThePersonsWordsComesBeforeOneOnNothing(t *testing.T) {
	c, a := mismatched(t)
	r := Analyze(c, a)
	r.Focus = []Suggestion{{ID: "sk.z"}} // e.1 is about sk.z; no evidence cites it
	if got := r.asked(a); len(got) != 2 || got[0].e.ID != "e.1" || got[0].focus != "" {
		t.Errorf("asked %+v: want e.1 first, pointed at no focus (none rests on it)", got)
	}
	// Nothing chosen: the mismatch the person's own words touch comes first.
	r.Focus = nil
	a.Reflections = map[string]string{"a.p": "Nobody knows who owns the backups, and I still do them all."}
	if got := r.asked(a); len(got) != 2 || got[0].e.ID != "e.3" {
		t.Errorf("asked %+v: want e.3, the one the reflection is about", got)
	}
}

func TestAMismatchATalkLineAlreadyAsksIsNotAskedTwice(t *testing.T) {
	c, a := mismatched(t)
	r := Analyze(c, a)
	r.Flags = append(r.Flags, Flag{Kind: FlagItem, Items: []string{"a.3"}, Text: "You said pay decides it. Ask your manager how pay for leads is set here."})
	r.Questions = questions(c, a, r)
	for _, q := range r.Questions {
		if strings.Contains(q, "pay") {
			t.Errorf("asked again: %q (questions %q)", q, r.Questions)
		}
	}
	if len(r.Questions) != 7 {
		t.Errorf("questions %q: the other two mismatches fill the two places", r.Questions)
	}
}
