package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// My words about news that reached a group late say who, what and from
// where; I who heard late, a thing called "it", or a long clause before the
// verb say nothing of the kind.
func TestHeardLateReadsWhoHeardWhatFromWhere(t *testing.T) {
	tests := []struct {
		text string
		want lateNews
		ok   bool
	}{
		{"During the last crunch the KL team found out about the patch freeze from the build bot.", lateNews{"the KL team", "the patch freeze", "the build bot"}, true},
		{"The night shift heard about the new rota on Monday, from a ticket comment.", lateNews{"the night shift", "the new rota on Monday", ""}, true},
		{"The service desk learned about the outage from users!", lateNews{"the service desk", "the outage", "users"}, true},
		{"I learned about the Malawi rollout from the all-staff email.", lateNews{}, false},
		{"My boss heard about it from Finance before she heard it from me.", lateNews{}, false},
		{"Nobody told anyone anything.", lateNews{}, false},
		{"Then the customer found out about the outage from Twitter.", lateNews{}, false},
	}
	for _, tt := range tests {
		got, ok := heardLate([]string{tt.text})
		if ok != tt.ok || got != tt.want {
			t.Errorf("%q: got %+v (%v), want %+v (%v)", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}

// A focus area whose skill has sentences for news heard late is written
// from my words when they say it: the goal, if-then and both actions name
// who heard what, and from where; without such words the pack's stand.
func TestAFocusOnNewsHeardLateNamesWhoAndWhat(t *testing.T) {
	c := fixture(t)
	c.Skills[2].HeardLate = &workshop.HeardLate{Goal: "Tell {who} about {what} before {from}.", IfThen: "When {what}, I tell {who}.",
		Action: "I send {who} each decision.", Ask: "I ask one person in {who}."}
	a := mixed(c)
	focus := func(quote string) workshop.FocusArea {
		return NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z", Evidence: []Evidence{{Source: "reflection", Weight: 1, Quotes: []string{quote}}}}, 0, today)
	}
	f := focus("The Leeds office found out about the freeze.")
	if f.Goal.Specific != "Tell the Leeds office about the freeze before anyone else." || f.IfThen != "When the freeze, I tell the Leeds office." ||
		f.Actions[0].Text != "I send the Leeds office each decision." || f.Actions[1].Text != "I ask one person in the Leeds office." {
		t.Errorf("news heard late: %q / %q / %+v", f.Goal.Specific, f.IfThen, f.Actions)
	}
	f = focus("Nobody reads my updates.")
	if !strings.HasPrefix(f.Goal.Specific, "Hand one task") || f.Actions[0].Text != "do sk.z" {
		t.Errorf("no news heard late: %q / %+v, want the pack's", f.Goal.Specific, f.Actions)
	}
}
