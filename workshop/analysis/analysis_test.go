package analysis

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func focusOf(r *Report) []string {
	var out []string
	for _, f := range r.Focus {
		out = append(out, f.ID)
	}
	return out
}

func TestDimensionsNeedThreeAnswersAndUseBands(t *testing.T) {
	c := fixture(t)
	a := workshop.NewAnswers(c.ID, today)
	a.Ratings["a.1"], a.Ratings["a.2"] = 5, 1
	if d := Analyze(c, a).Dimension("dim.a"); d.Scored() || d.Text != "" || d.Answered != 2 {
		t.Errorf("two answers: %+v, want no score and no text", d)
	}
	for _, tt := range []struct {
		v        int // a.1 and a.3 at v, a.2 (reversed) at 6-v
		score    int
		band     workshop.Band
		wantText string
	}{{1, 0, workshop.Low, "low a"}, {2, 25, workshop.Low, "low a"}, {3, 50, workshop.Mid, "mid a"}, {4, 75, workshop.High, "high a"}, {5, 100, workshop.High, "high a"}} {
		a.Ratings["a.1"], a.Ratings["a.2"], a.Ratings["a.3"] = tt.v, 6-tt.v, tt.v
		d := Analyze(c, a).Dimension("dim.a")
		if !d.Scored() || *d.Score != tt.score || d.Band != tt.band || d.Text != tt.wantText {
			t.Errorf("rated %d: %+v, want %d in band %s", tt.v, d, tt.score, tt.band)
		}
	}
}

func TestHighScoresAreNotReadAsWeaknesses(t *testing.T) {
	c := fixture(t)
	a := answered(c, 4)
	a.Ratings["a.2"] = 2 // reversed: ready
	a.Ratings["m.2"] = 2
	a.Ratings["b.3"] = 2 // steps in during the breach
	r := Analyze(c, a)
	for _, d := range r.Dimensions {
		if d.Band != workshop.High {
			t.Errorf("%s at %v is in band %q", d.ID, *d.Score, d.Band)
		}
	}
	if !r.Flat {
		t.Error("every dimension at 75: want no single one to stand out")
	}
}

func TestAlwaysHandingOverDoesNotScoreTop(t *testing.T) {
	c := fixture(t)
	a := workshop.NewAnswers(c.ID, today)
	a.Ratings["b.1"], a.Ratings["b.2"], a.Ratings["b.3"] = 5, 5, 5
	if d := Analyze(c, a).Dimension("dim.rescue"); *d.Score != 67 {
		t.Errorf("always the team: %d, want 67 (wrong in the breach)", *d.Score)
	}
	a.Ratings["b.3"] = 1
	if d := Analyze(c, a).Dimension("dim.rescue"); *d.Score != 100 {
		t.Errorf("judgement in every situation: %d, want 100", *d.Score)
	}
}

func TestQuadrantsFollowPolarity(t *testing.T) {
	c := fixture(t)
	for _, tt := range []struct {
		id      string
		me, org int
		want    workshop.Quadrant
	}{
		{"e.1", 5, 2, workshop.NotSupported}, {"e.1", 2, 5, workshop.RoleGap}, {"e.1", 4, 3, workshop.Aligned},
		{"e.3", 5, 2, workshop.MythHeld}, {"e.3", 1, 4, workshop.MythPushed}, {"e.3", 3, 3, workshop.Aligned},
	} {
		a := workshop.NewAnswers(c.ID, today)
		a.Expectations[tt.id] = workshop.Pair{Me: tt.me, Org: tt.org}
		r := Analyze(c, a)
		if len(r.Expectations) != 1 || r.Expectations[0].Quadrant != tt.want || r.Expectations[0].Label != workshop.QuadrantLabel(tt.want) {
			t.Errorf("%s me %d org %d: %+v, want %s", tt.id, tt.me, tt.org, r.Expectations, tt.want)
		}
	}
}

func TestMythPushedIsANegotiationNotASkill(t *testing.T) {
	c := fixture(t)
	a := workshop.NewAnswers(c.ID, today)
	a.Expectations["e.3"] = workshop.Pair{Me: 1, Org: 5}
	r := Analyze(c, a)
	if len(r.Focus) != 0 {
		t.Errorf("focus %v from a myth the organisation pushes", focusOf(r))
	}
	if !slices.Contains(r.Questions, "q3") || !slices.Contains(r.Questions, "core 1") {
		t.Errorf("questions %v, want the core ones and the mismatch's", r.Questions)
	}
}

func TestFlags(t *testing.T) {
	c := fixture(t)
	kinds := func(r *Report) []FlagKind {
		var out []FlagKind
		for _, f := range r.Flags {
			out = append(out, f.Kind)
		}
		return out
	}
	if got := kinds(Analyze(c, workshop.NewAnswers(c.ID, today))); !slices.Equal(got, []FlagKind{FlagNothing}) {
		t.Errorf("nothing answered: %v", got)
	}
	few := workshop.NewAnswers(c.ID, today)
	few.Ratings["a.1"] = 4
	if got := kinds(Analyze(c, few)); !slices.Contains(got, FlagTooFew) {
		t.Errorf("one answer: %v", got)
	}
	agree := answered(c, 5)
	if got := kinds(Analyze(c, agree)); !slices.Contains(got, FlagAcquiescence) || !slices.Contains(got, FlagContradiction) || !slices.Contains(got, FlagItem) {
		t.Errorf("all 5s: %v, want agreeing, the contradiction and the item flag", got)
	}
	middle := answered(c, 3)
	if got := kinds(Analyze(c, middle)); !slices.Equal(got, []FlagKind{FlagAllMiddle}) {
		t.Errorf("all 3s: %v", got)
	}
}

func TestRescuingIsAFocusAndASelfRatingAloneIsNot(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Ratings["b.1"], a.Ratings["b.2"], a.Ratings["b.3"] = 1, 1, 5   // steps in everywhere, waits in the breach
	a.Skills["sk.z"] = workshop.SkillRate{Current: 1, Importance: 5} // a big self-rated gap elsewhere
	a.Skills["sk.y"] = workshop.SkillRate{Current: 4, Importance: 2} // and rates the linked skill high
	r := Analyze(c, a)
	if got := focusOf(r); len(got) != 1 || got[0] != "sk.y" {
		t.Fatalf("focus %v, want sk.y (the rescue pattern) alone", got)
	}
	if i := slices.IndexFunc(r.Candidates, func(c Candidate) bool { return c.ID == "sk.z" }); i < 0 || !strings.Contains(r.Candidates[i].Reason, "one kind of answer") {
		t.Errorf("sk.z rests on a self-rating alone: %+v", r.Candidates)
	}
	if !strings.Contains(r.Focus[0].Why, "step in yourself in 2 of 2 situations") {
		t.Errorf("why %q", r.Focus[0].Why)
	}
	// The rating of 4 is questioned: no step up is promised before today's
	// level is agreed.
	if r.Focus[0].Current != 4 || r.Focus[0].Target != 4 || !r.Focus[0].Questioned {
		t.Errorf("target %d→%d, questioned %v", r.Focus[0].Current, r.Focus[0].Target, r.Focus[0].Questioned)
	}
	if !r.Has(FlagSelfRating) {
		t.Error("rated 4 against 2 of 2 rescues: no self-rating flag")
	}
}

func TestLowMotivationLeadsToTheRoleDecision(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Ratings["m.1"], a.Ratings["m.2"], a.Ratings["m.3"] = 1, 5, 1
	a.Reflections["a.p"] = "Mostly the pay. And the hours."
	r := Analyze(c, a)
	if got := focusOf(r); len(got) == 0 || got[0] != "focus.role" {
		t.Fatalf("focus %v, want the role decision first", got)
	}
	if !strings.Contains(r.Focus[0].Why, "Your words: \u201cMostly the pay. And the hours\u201d") {
		t.Errorf("why %q does not quote the reflection", r.Focus[0].Why)
	}
}

func TestTargetsAreOneLevelUpAndImportanceCannotEraseAGap(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Skills["sk.z"] = workshop.SkillRate{Current: 1, Importance: 1} // "not needed", yet far below
	a.Expectations["e.1"] = workshop.Pair{Me: 3, Org: 5}             // and the job asks for it
	r := Analyze(c, a)
	i := slices.Index(focusOf(r), "sk.z")
	if i < 0 {
		t.Fatalf("focus %v: a two-level gap rated unimportant vanished", focusOf(r))
	}
	if f := r.Focus[i]; f.Current != 1 || f.Target != 2 {
		t.Errorf("from %d to %d, want 1 to 2", f.Current, f.Target)
	}
}

func TestTiesAreBrokenByEvidenceNotContentOrder(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Skills["sk.x"] = workshop.SkillRate{Current: 2, Importance: 3}
	a.Skills["sk.z"] = workshop.SkillRate{Current: 2, Importance: 3}
	a.Expectations["e.1"] = workshop.Pair{Me: 2, Org: 4} // a role gap that also points to sk.z
	if got := focusOf(Analyze(c, a)); len(got) == 0 || got[0] != "sk.z" {
		t.Errorf("focus %v, want sk.z (two reasons) before sk.x (one)", got)
	}
}

func TestRetiredItemsAreMappedOrKept(t *testing.T) {
	c := fixture(t)
	a := workshop.NewAnswers(c.ID, today)
	a.Ratings["old.1"], a.Ratings["old.2"] = 2, 4
	if err := a.CheckAgainst(c); err != nil {
		t.Fatal(err)
	}
	if a.Ratings["a.1"] != 4 || a.History == nil || a.History.Ratings["old.2"] != 4 || a.Ratings["old.1"] != 0 {
		t.Errorf("ratings %v, history %+v", a.Ratings, a.History)
	}
}

func TestARatingAloneIsNoStrength(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Skills["sk.x"] = workshop.SkillRate{Current: 5, Importance: 3}
	a.Ratings["a.1"], a.Ratings["a.2"], a.Ratings["a.3"] = 5, 1, 4 // every answer about sk.x bears it out
	has := func(r *Report) bool {
		return slices.ContainsFunc(r.Strengths, func(s string) bool { return strings.HasPrefix(s, "Skill sk.x") })
	}
	if !shownInAnswers(c, a, "sk.x") {
		t.Error("sk.x rated 5 and shown in every answer about it: not borne out")
	}
	a.Ratings["a.3"] = 1
	if r := Analyze(c, a); has(r) {
		t.Errorf("strengths %q: an answer about sk.x on the other side, yet it is a strength", r.Strengths)
	}
	a.Skills["sk.z"] = workshop.SkillRate{Current: 5, Importance: 3}
	if r := Analyze(c, a); slices.ContainsFunc(r.Strengths, func(s string) bool { return strings.HasPrefix(s, "Skill sk.z") }) {
		t.Errorf("strengths %q: sk.z has no answer about it, only its rating", r.Strengths)
	}
}

func TestTheMostTellingSentenceIsQuoted(t *testing.T) {
	ss := sentences("Month-end. I have never once told Mark that the close doesn't fit in the hours we have. It is fine.")
	if got := mostTelling(ss, 1)[0].text; !strings.HasPrefix(got, "I have never once told Mark") {
		t.Errorf("most telling %q, want the sentence in the first person with a name", got)
	}
}

func TestAgreeingWithEveryStatementIsSaidAsEveryOnlyWhenItIsAll(t *testing.T) {
	c := fixture(t)
	all := answered(c, 5)
	r := Analyze(c, all)
	flag := patternFlag(r, FlagAcquiescence)
	if flag == nil || flag.Count != flag.Of || !strings.Contains(flag.Text, fmt.Sprintf("agreed with every statement, %d of %d,", flag.Of, flag.Of)) {
		t.Fatalf("every statement agreed: %+v", flag)
	}
	r.HeldBack = FlagAcquiescence
	if got := patternPhrase(r); !strings.HasPrefix(got, "agreeing with every statement") {
		t.Errorf("the note says %q for every statement agreed", got)
	}
	if got := nearlyEvery(48, 49); got != "nearly every" {
		t.Errorf("48 of 49 agreed is said as %q", got)
	}
}

func patternFlag(r *Report, k FlagKind) *Flag {
	for i := range r.Flags {
		if r.Flags[i].Kind == k {
			return &r.Flags[i]
		}
	}
	return nil
}

func TestSituationsLeftWithTheTeamAreListedAsASentenceDoes(t *testing.T) {
	c := fixture(t)
	items := allItems(c)
	if len(items) < 3 {
		t.Fatal("the fixture needs three items")
	}
	a := answered(c, 4)
	r := &Report{Profile: workshop.Profile{Answered: workshop.Answered{Items: 1, ItemsTotal: 1}}, Judgement: Judgement{Withheld: []string{items[0].ID, items[1].ID, items[2].ID}}}
	var text string
	for _, f := range flags(c, a, r) {
		if f.Kind == FlagStepIn {
			text = f.Text
		}
	}
	want := fmt.Sprintf("in \"%s\", \"%s\" and \"%s\". In these", items[0].Text, items[1].Text, items[2].Text)
	if !strings.Contains(text, want) {
		t.Errorf("the step-in line %q, want %q", text, want)
	}
}
