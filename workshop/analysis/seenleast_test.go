package analysis

import (
	"strings"
	"testing"
)

// The group my words single out as the one I see least is the one a
// sentence sets against a group I meet regularly; a sentence naming one
// group, or none met regularly, singles out none.
func TestSeenLeastIsTheGroupMyWordsSetApart(t *testing.T) {
	tests := map[string]string{
		"The Dublin lads I see every Tuesday for coffee, the KL and Montreal folks get a Slack message now and then.": "the KL and Montreal folks",
		"The Leeds team gets a message now and then; the London team I meet every morning.":                           "the Leeds team",
		"The Leeds team gets a message now and then.":                                                                 "",
		"The Leeds team and the London team both get a Slack message.":                                                "",
	}
	for text, want := range tests {
		if got := seenLeast([]string{text}); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// A one-to-ones first step starts with the group my words single out.
func TestTheFirstStepStartsWithTheGroupISeeLeast(t *testing.T) {
	c := fixture(t)
	c.Skills[2].FirstStepSeenLeast = "Book one-to-ones, {group} first"
	a := mixed(c)
	f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z", Evidence: []Evidence{{Source: "reflection", Weight: 1,
		Quotes: []string{"The Oslo crew I see every day, the Bergen office hardly hears from me"}}}}, 0, today)
	if !strings.HasPrefix(f.FirstStep, "Book one-to-ones, the Bergen office first.") {
		t.Errorf("first step %q, want the Bergen office first", f.FirstStep)
	}
}
