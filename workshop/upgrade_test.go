package workshop

import (
	"slices"
	"testing"
)

// edited is the fixture as a second edition: a.1 and skill sk.x were
// reworded in it, and old.1 (of the first edition) maps to a.1.
func edited(t *testing.T) *Content {
	c := fixture(t)
	c.Edition = "2"
	c.Editions = []EditionInfo{{Edition: "1", Answers: 1}, {Edition: "2", Answers: 2}}
	c.Item("a.1").Since = "2"
	c.Skills[0].Since = "2"
	return c
}

func TestAnswersToChangedWordingAreAskedAgain(t *testing.T) {
	c := edited(t)
	a := answered(c, 4)
	a.Edition = "1"
	a.Ratings["old.1"] = 2 // retired in favour of a.1, which was reworded since
	delete(a.Ratings, "a.1")
	a.Ratings["a.3"] = 5
	c.Item("a.3").Since = "2"
	if err := a.CheckAgainst(c); err != nil {
		t.Fatal(err)
	}
	if _, ok := a.Ratings["a.1"]; ok {
		t.Errorf("a.1 kept against wording the person never saw: %v", a.Ratings)
	}
	if _, ok := a.Skills["sk.x"]; ok || a.History.Skills["sk.x"].Current != 4 {
		t.Errorf("re-anchored skill kept: %v, history %v", a.Skills, a.History.Skills)
	}
	if a.Ratings["a.2"] != 4 || a.Skills["sk.y"].Current != 4 {
		t.Error("unchanged answers were dropped")
	}
	if a.History.Ratings["old.1"] != 2 || a.History.Ratings["a.3"] != 5 {
		t.Errorf("history %v: the retired answer must not be mapped onto reworded text", a.History.Ratings)
	}
	if got := a.Reasked(); !slices.Equal(got, []string{"a.3", "sk.x"}) || a.Edition != "2" || a.History.Edition != "1" {
		t.Errorf("reasked %v, edition %q (history %q)", got, a.Edition, a.History.Edition)
	}
	a.Ratings["a.3"] = 3 // answered again
	if got := a.Reasked(); !slices.Equal(got, []string{"sk.x"}) {
		t.Errorf("after answering a.1 again: %v", got)
	}
}

func TestAnswersWithoutAnEditionAreReadByTheirVersion(t *testing.T) {
	c := edited(t)
	for _, tt := range []struct {
		version int
		kept    bool
	}{{1, false}, {2, true}} {
		a := answered(c, 4)
		a.madeWith = tt.version
		if err := a.CheckAgainst(c); err != nil {
			t.Fatal(err)
		}
		if _, ok := a.Ratings["a.1"]; ok != tt.kept {
			t.Errorf("version %d: a.1 kept %v, want %v", tt.version, ok, tt.kept)
		}
	}
}

func TestAPackWithoutEditionsChangesNothing(t *testing.T) {
	c := fixture(t)
	c.Item("a.1").Since = "2"
	a := answered(c, 4)
	a.madeWith = 1
	if err := a.CheckAgainst(c); err != nil || a.Ratings["a.1"] != 4 || a.Reasked() != nil {
		t.Errorf("ratings %v, reasked %v, %v", a.Ratings, a.Reasked(), err)
	}
}
