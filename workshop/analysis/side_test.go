package analysis

import (
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// A why says why the side of the skill the focus is taught from: a
// statement about another side (asking how I come across, for a focus on
// giving feedback) is left out of it, while one about this side, or about
// no side, stays.
func TestTheWhyKeepsToTheFocussSide(t *testing.T) {
	sk := &workshop.Skill{ID: "sk", Turns: []workshop.Turn{{ID: "sk.asking", Items: []string{"ask"}}}}
	ev := []Evidence{
		{Source: "statement", Items: []string{"ask"}, Text: "asking"},
		{Source: "statement", Items: []string{"give"}, Text: "giving"},
		{Source: "self-rating", Text: "level"},
	}
	texts := func(ev []Evidence) (out []string) {
		for _, e := range ev {
			out = append(out, e.Text)
		}
		return out
	}
	if got := texts(onSide(sk, "", ev)); len(got) != 2 || got[0] != "giving" || got[1] != "level" {
		t.Errorf("usual side: why evidence %q, want the asking statement left out", got)
	}
	if got := texts(onSide(sk, "sk.asking", ev)); len(got) != 3 {
		t.Errorf("asking side: why evidence %q, want all of it", got)
	}
	if got := texts(onSide(&workshop.Skill{ID: "plain"}, "", ev)); len(got) != 3 {
		t.Errorf("a skill with one side: why evidence %q, want all of it", got)
	}
}
