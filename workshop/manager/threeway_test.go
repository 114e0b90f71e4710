package manager

import (
	"slices"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func TestCompareStatementsEveryQuadrantAndPolarity(t *testing.T) {
	role := &workshop.Expectation{ID: "r", Polarity: workshop.Role}
	myth := &workshop.Expectation{ID: "m", Polarity: workshop.Myth}
	provides := &workshop.Expectation{ID: "p", Polarity: workshop.Myth, Provides: true}
	words := pack(t).ThreeWay // the labels are the built-in pack's
	for _, tc := range []struct {
		name         string
		e            *workshop.Expectation
		me, org, m   int
		spot         workshop.Quadrant
		label        string
		misreading   bool
		readingWords string
	}{
		{"role, agreed", role, 4, 4, 4, workshop.Aligned, "same way", false, ""},
		{"role, one apart is agreement", role, 4, 3, 3, workshop.Aligned, "same way", false, ""},
		{"role, I expect more", role, 5, 5, 2, workshop.NotSupported, "agree the time and the mandate", true, "more (5 of 5) than your manager says (2)"},
		{"role, my manager expects more", role, 2, 2, 5, workshop.RoleGap, "part of the job to plan for", true, "less (2 of 5) than your manager says (5)"},
		{"role, my manager expects more, and I knew", role, 2, 5, 5, workshop.RoleGap, "part of the job", false, ""},
		{"myth, agreed", myth, 2, 4, 2, workshop.Aligned, "same way", true, "more (4 of 5)"},
		{"myth, I hold it", myth, 5, 4, 2, workshop.MythHeld, "does not share", true, ""},
		{"myth, my manager pushes it", myth, 2, 2, 5, workshop.MythPushed, "agree together how much of it stays yours", true, "less"},
		{"provides, I expect more", provides, 5, 4, 2, workshop.MythHeld, "give less of this than you do", true, ""},
		{"provides, my manager expects more", provides, 1, 2, 4, workshop.MythPushed, "give more of this than you do", true, ""},
		{"I did not rate it", role, 0, 0, 5, workshop.Aligned, "same way", false, ""},
		{"I rated only myself", myth, 1, 0, 5, workshop.MythPushed, "stays yours", false, ""},
	} {
		got := compareStatement(&words, tc.e, tc.me, tc.org, tc.m)
		if got.BlindSpot != tc.spot || !strings.Contains(got.Label, tc.label) || got.Misreading != tc.misreading || !strings.Contains(got.Reading, tc.readingWords) {
			t.Errorf("%s: got %s %q, misreading %v %q", tc.name, got.BlindSpot, got.Label, got.Misreading, got.Reading)
		}
	}
}

func TestCompareSkills(t *testing.T) {
	s := &workshop.Skill{ID: "s", Name: "Delegating", Needed: 3, Levels: []string{"one.", "two.", "three.", "four.", "five."}}
	for _, tc := range []struct {
		name         string
		self         int
		v            SkillView
		needed       int
		byManager    bool
		differs      bool
		noteMentions []string
	}{
		{"no view", 4, SkillView{}, 3, false, false, nil},
		{"manager's level needed replaces the pack's", 2, SkillView{Needed: 5}, 5, true, false, nil},
		{"manager confirms", 4, SkillView{Needed: 4, Today: 4}, 4, true, false, nil},
		{"manager rates higher by one", 3, SkillView{Today: 4}, 3, false, false, nil},
		{"over-rated by two", 4, SkillView{Needed: 4, Today: 2}, 4, true, true, []string{"level 4 of 5 (four)", "level 2 (two)"}},
		{"under-rated by three", 1, SkillView{Today: 4}, 3, false, true, []string{"level 1 of 5 (one)", "level 4 (four)"}},
		{"I did not rate it", 0, SkillView{Today: 2}, 3, false, false, nil},
	} {
		got := compareSkill(s, tc.self, tc.v)
		if got.Needed != tc.needed || got.ManagerNeeded != tc.byManager || got.Differs != tc.differs {
			t.Errorf("%s: got %+v", tc.name, got)
		}
		for _, w := range tc.noteMentions {
			if !strings.Contains(got.Note, w) {
				t.Errorf("%s: note %q does not name %q", tc.name, got.Note, w)
			}
		}
	}
}

func TestCompareLeavesOutWhatChangedSinceTheManagersEdition(t *testing.T) {
	c := pack(t)
	a := answered(c)
	q, _ := NewRequest(c, a, Include{}, day)
	r := answeredResponse(q)
	changedStmt, changedSkill := c.Expectations[0].ID, c.Skills[0].ID
	c.Expectations[0].Since = c.Edition
	c.Skills[0].Since = c.Edition
	r.Edition = c.Editions[0].Edition
	cmp := Compare(c, a, r)
	if !slices.Contains(cmp.Changed, changedStmt) || !slices.Contains(cmp.Changed, changedSkill) {
		t.Errorf("changed items not listed: %v", cmp.Changed)
	}
	if cmp.Statement(changedStmt) != nil || cmp.Skill(changedSkill) != nil {
		t.Error("an item reworded since the manager's edition was compared")
	}
	kept := 0
	for _, e := range c.Expectations {
		if !c.ChangedSince(e.Since, r.Edition) {
			kept++
		}
	}
	if len(cmp.Statements) != kept || cmp.Edition != r.Edition {
		t.Errorf("compared %d statements", len(cmp.Statements))
	}
	r.Edition = c.Edition
	if cmp := Compare(c, a, r); len(cmp.Changed) != 0 || len(cmp.Statements) != len(c.Expectations) {
		t.Errorf("same edition: changed %v", cmp.Changed)
	}
	for i := 1; i < len(cmp.Statements); i++ {
		if cmp.Statements[i].Gap() > cmp.Statements[i-1].Gap() {
			t.Fatal("statements are not biggest gap first")
		}
	}
	for _, s := range cmp.BlindSpots() {
		if s.BlindSpot == workshop.Aligned {
			t.Error("an aligned statement is a blind spot")
		}
	}
	for _, s := range cmp.Misreadings() {
		if !s.Misreading {
			t.Error("misreadings hold one that is not")
		}
	}
}
