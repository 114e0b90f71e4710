package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

// response is a manager's response to answers a on pack c.
func response(c *workshop.Content, a *workshop.Answers) *manager.Response {
	return &manager.Response{Manager: "Dana", AnswersID: a.ID, Edition: c.Edition,
		Expectations: map[string]int{}, Skills: map[string]manager.SkillView{}}
}

func candidate(r *Report, id string) *Candidate {
	if i := slices.IndexFunc(r.Candidates, func(c Candidate) bool { return c.ID == id }); i >= 0 {
		return &r.Candidates[i]
	}
	return nil
}

func flagOf(r *Report, skill string) *Flag {
	if i := slices.IndexFunc(r.Flags, func(f Flag) bool { return f.Kind == FlagSelfRating && f.Items[0] == skill }); i >= 0 {
		return &r.Flags[i]
	}
	return nil
}

func managerSays(ev []Evidence, words string) bool {
	return slices.ContainsFunc(ev, func(e Evidence) bool { return e.Manager && strings.Contains(e.Text, words) })
}

func TestWithoutAResponseNothingChanges(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Expectations["e.3"] = workshop.Pair{Me: 2, Org: 5}
	plain, none := Analyze(c, a), Analyze(c, a, WithManager(nil))
	if none.Manager != nil || !slices.Equal(focusOf(plain), focusOf(none)) || !slices.Equal(plain.Questions, none.Questions) {
		t.Errorf("no response changed the report: %v against %v", focusOf(none), focusOf(plain))
	}
}

func TestTheManagersLevelNeededReplacesThePacks(t *testing.T) {
	c := fixture(t)
	a := mixed(c) // sk.x at 3, the pack needs 3: no gap
	m := response(c, a)
	m.Skills["sk.x"] = manager.SkillView{Needed: 5}
	r := Analyze(c, a, WithManager(m))
	if r.Skill("sk.x").Needed != 5 || Analyze(c, a).Skill("sk.x").Needed != 3 {
		t.Fatalf("level needed: %d", r.Skill("sk.x").Needed)
	}
	cand := candidate(r, "sk.x")
	if !managerSays(cand.Evidence, "your manager says this role needs level 5") {
		t.Errorf("the gap does not say the manager set the level: %+v", cand.Evidence)
	}
	if !strings.Contains(cand.Why, "your manager says this role needs level 5") {
		t.Errorf("the why does not name the manager: %q", cand.Why)
	}
}

func TestTheManagersViewOfTodayQuestionsOrConfirmsTheSelfRating(t *testing.T) {
	c := fixture(t)
	// sk.x rated 4 against the pack's 3, while six decisions a week wait
	// for the participant: the week questions the rating (and no focus
	// area works on that count).
	base := func() *workshop.Answers {
		a := mixed(c)
		a.Skills["sk.x"] = workshop.SkillRate{Current: 4, Importance: 3}
		a.Week.Counts = map[workshop.Source]int{workshop.SourceWaiting: 6}
		return a
	}
	if flagOf(Analyze(c, base()), "sk.x") == nil {
		t.Fatal("the fixture's week does not question the rating")
	}
	for _, tc := range []struct {
		name     string
		skill    string
		today    int
		flagged  bool
		mentions []string
	}{
		{"two levels below questions it", "sk.z", 3, true, []string{"level 5 of 5", "your manager sees you at level 3"}},
		{"one level below does not", "sk.z", 4, false, nil},
		{"at the self-rating confirms it, over the week's counts", "sk.x", 4, false, nil},
		{"above the self-rating confirms it", "sk.x", 5, false, nil},
		{"two below, over the week's counts, names both", "sk.x", 2, true, []string{"level 4 of 5", "at level 2"}},
	} {
		a := base()
		m := response(c, a)
		m.Skills[tc.skill] = manager.SkillView{Today: tc.today}
		r := Analyze(c, a, WithManager(m))
		f := flagOf(r, tc.skill)
		if (f != nil) != tc.flagged {
			t.Errorf("%s: flag %v", tc.name, f)
			continue
		}
		for _, w := range tc.mentions {
			if !strings.Contains(f.Text, w) {
				t.Errorf("%s: %q does not name %q", tc.name, f.Text, w)
			}
		}
		if tc.flagged && slices.ContainsFunc(r.Strengths, func(s string) bool { return strings.HasPrefix(s, "Skill "+tc.skill) }) {
			t.Errorf("%s: a questioned skill is a strength: %v", tc.name, r.Strengths)
		}
	}
}

func TestTheManagersAnswersCountInPlaceOfTheGuess(t *testing.T) {
	c := fixture(t)
	for _, tc := range []struct {
		name           string
		stmt           string
		me, org, mgr   int
		skill          string
		evidenceWords  string
		deferred       bool
		agreement      bool
		guessCountsFor string // a guess that should no longer count
	}{
		{"role statement my manager expects more of", "e.1", 2, 2, 5, "sk.z", "your manager expects \"first\" more (5 of 5) than you do (2)", false, false, ""},
		{"myth my manager holds: an agreement, and the change waits", "e.3", 2, 2, 5, "sk.z", "you 2, your manager 5", true, true, ""},
		{"myth I guessed pushed, my manager does not push it", "e.3", 2, 5, 2, "", "", false, false, "sk.z"},
		{"myth I hold and my manager does not", "e.3", 5, 5, 2, "sk.x", "your manager does not (2)", false, false, ""},
	} {
		a := mixed(c)
		a.Skills["sk.x"] = workshop.SkillRate{Current: 2, Importance: 4} // a gap, so sk.x is a candidate
		a.Expectations[tc.stmt] = workshop.Pair{Me: tc.me, Org: tc.org}
		m := response(c, a)
		m.Expectations[tc.stmt] = tc.mgr
		r := Analyze(c, a, WithManager(m))
		if tc.skill != "" && !managerSays(candidate(r, tc.skill).Evidence, tc.evidenceWords) {
			t.Errorf("%s: %s has %+v", tc.name, tc.skill, candidate(r, tc.skill).Evidence)
		}
		if got := r.deferred(c)["sk.x"]; got != tc.deferred {
			t.Errorf("%s: sk.x deferred %v", tc.name, got)
		}
		if tc.deferred && !strings.Contains(candidate(r, "sk.x").Reason, "your manager expects the opposite") {
			t.Errorf("%s: reason %q", tc.name, candidate(r, "sk.x").Reason)
		}
		if got := len(r.Manager.Agreements) > 0; got != tc.agreement {
			t.Errorf("%s: agreements %v", tc.name, r.Manager.Agreements)
		} else if got && (!strings.HasPrefix(r.Manager.Agreements[0], "Agree together") || !strings.Contains(r.Manager.Agreements[0], "(you 2 of 5, Dana 5)")) {
			t.Errorf("%s: agreement %q", tc.name, r.Manager.Agreements[0])
		}
		if tc.guessCountsFor != "" {
			if cand := candidate(r, tc.guessCountsFor); slices.ContainsFunc(cand.Evidence, func(e Evidence) bool { return e.Source == "expectation" }) {
				t.Errorf("%s: the guess still counts: %+v", tc.name, cand.Evidence)
			}
			if !slices.ContainsFunc(candidate(Analyze(c, a), tc.guessCountsFor).Evidence, func(e Evidence) bool { return e.Source == "expectation" }) {
				t.Errorf("%s: without the manager the guess does not count either", tc.name)
			}
		}
	}
}

func TestQuestionsWithAManagerStayAtSeven(t *testing.T) {
	c := fixture(t)
	c.CoreQuestions = []string{"c1", "c2", "c3", "c4", "c5"}
	a := mixed(c)
	m := response(c, a)
	for _, e := range c.Expectations {
		a.Expectations[e.ID] = workshop.Pair{Me: 1, Org: 1}
		m.Expectations[e.ID] = 5
	}
	r := Analyze(c, a, WithManager(m))
	if len(r.Questions) != 7 || !slices.Contains(r.Questions, "q1") {
		t.Errorf("questions: %v", r.Questions)
	}
	// With no mismatch at all the five core questions still go.
	for _, e := range c.Expectations {
		m.Expectations[e.ID] = 1
	}
	if r := Analyze(c, a, WithManager(m)); !slices.Equal(r.Questions, c.CoreQuestions) {
		t.Errorf("aligned: %v", r.Questions)
	}
}

func TestAResponseOnAnotherEditionSaysWhatIsLeftOut(t *testing.T) {
	c := fixture(t)
	c.Editions = []workshop.EditionInfo{{Edition: "0", Answers: 2}, {Edition: "1", Answers: 2}}
	c.Expectations[0].Since = "1"
	a := mixed(c)
	m := response(c, a)
	m.Edition = "0"
	m.Expectations["e.1"] = 5
	a.Expectations["e.1"] = workshop.Pair{Me: 1, Org: 1}
	r := Analyze(c, a, WithManager(m))
	if !strings.Contains(r.Manager.Note, "edition 0") || r.Manager.Comparison.Statement("e.1") != nil {
		t.Errorf("note %q, comparison %+v", r.Manager.Note, r.Manager.Comparison.Statements)
	}
	if managerSays(candidate(r, "sk.z").Evidence, "first") {
		t.Error("a reworded statement counted")
	}
}
