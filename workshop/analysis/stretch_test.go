package analysis

import (
	"slices"
	"strings"
	"testing"
)

// A focus nothing in the answers asks for, but the person's own words,
// is said to be their stretch, and its why quotes the words that name
// it; where anything else points to a need, the why says nothing of the
// kind.
func TestAStretchINamedMyselfIsSaidToBeMine(t *testing.T) {
	c := withUpwards(t)
	a := mixed(c)
	a.Reflections["a.p"] = "Seeing Ana and Ben run the patching I used to run every month. Next I want to learn the money side: the backup renewal needs a business case."
	a.Tags = map[string][]string{"a.p": {"sk.z"}}
	r := Analyze(c, a)
	if len(r.Focus) != 1 || r.Focus[0].ID != "sk.z" {
		t.Fatalf("focus %+v, want the stretch I tagged", r.Focus)
	}
	why := r.Focus[0].Why
	if !strings.HasPrefix(why, stretchNote) || !strings.Contains(why, "the backup renewal needs a business case") {
		t.Errorf("a stretch I named: why %q, want it said to be mine, in the words that name it", why)
	}
	if strings.Contains(why, "Seeing Ana and Ben") {
		t.Errorf("why %q quotes a sentence about something else as evidence for the stretch", why)
	}

	a.Ratings["b.1"], a.Ratings["b.2"] = 1, 1 // stepping in where the team could handle it: a need
	r = Analyze(c, a)
	if !slices.ContainsFunc(r.Focus, func(s Suggestion) bool { return s.ID == "sk.z" }) {
		t.Fatalf("focus %+v, want the tagged skill still among them", r.Focus)
	}
	for _, f := range r.Focus {
		if strings.Contains(f.Why, stretchNote) {
			t.Errorf("other answers point to a need, yet %s's why says %q", f.ID, f.Why)
		}
	}

	a = mixed(c)
	a.Reflections["a.p"] = "I am not sure I want this job for the pay it gives."
	a.Tags = map[string][]string{"a.p": {"focus.role"}}
	r = Analyze(c, a)
	for _, f := range r.Focus {
		if strings.Contains(f.Why, stretchNote) {
			t.Errorf("whether to lead at all is no stretch, yet %s's why says %q", f.ID, f.Why)
		}
	}
}
