package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// A focus area with Repeats names the repeat problems my own map names,
// at most two, in its goal and on-the-job action; without such a row the
// pack's sentences stay.
func TestRepeatsNameTheRepeatProblemsOfMyMap(t *testing.T) {
	c := fixture(t)
	c.Skills[2].Repeats = &workshop.Repeats{Cues: []string{"restart*", "jams"}, Goal: "Review what keeps {repeats} coming back.",
		Action: "I review {repeats}."}
	a := mixed(c)
	a.Delegations = []workshop.DelegationRow{
		{What: "Restarting the historian collector", Owner: "Joana", Level: 5, Kind: workshop.RowHanded},
		{What: "Ordering toner", Owner: "Leo", Level: 5, Kind: workshop.RowHanded},
		{What: "Clearing plotter jams", Owner: "Leo", Level: 5, Kind: workshop.RowNote},
		{What: "Restarting the VPN client", Owner: "Leo", Level: 5, Kind: workshop.RowNote},
	}
	f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z"}, 0, today)
	both := `"Restarting the historian collector" and "Clearing plotter jams"`
	if f.Goal.Specific != "Review what keeps "+both+" coming back." || f.Actions[0].Text != "I review "+both+"." {
		t.Errorf("goal %q, action %q: want the first two repeat rows named", f.Goal.Specific, f.Actions[0].Text)
	}
	a.Delegations = a.Delegations[1:2]
	f = NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z"}, 0, today)
	if strings.Contains(f.Goal.Specific, "{repeats}") || strings.Contains(f.Goal.Specific, "coming back") || f.Actions[0].Text != "do sk.z" {
		t.Errorf("goal %q, action %q: no repeat row, the pack's sentences", f.Goal.Specific, f.Actions[0].Text)
	}
	a.Delegations = []workshop.DelegationRow{{What: "Restarting the historian collector", Owner: "Joana", Level: 5, Kind: workshop.RowHanded}}
	f = NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z", Turn: "sk.z.other"}, 0, today)
	if strings.Contains(f.Goal.Specific, "coming back") {
		t.Errorf("goal %q: a focus taught from another side keeps its own goal", f.Goal.Specific)
	}
}
