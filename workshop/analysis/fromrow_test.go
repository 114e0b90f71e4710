package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// A focus area starts from a situation I put on my own map: a row I only
// noted, or already handed over, that is about the focus. Its date is not
// this week's step, and the on-the-job action stays the pack's; a row I
// still hold is a hand-over, and starts nothing else; without such a row
// the pack's first step stands.
func TestAFocusStartsFromMyOwnNotedRow(t *testing.T) {
	c := fixture(t)
	c.Skills[2].FirstStep = "Ask {manager} what matters most"
	c.Skills[2].FromRow = &workshop.FromRow{Manager: true, Cues: []string{"priorit*"},
		FirstStep: "Ask {manager} for 30 minutes about \"{row}\""}
	a := mixed(c)
	a.Participant.Manager = "Helen Carter (head of IT)"
	focus := Suggestion{ID: "sk.z", Title: "Skill sk.z"}
	step := func(rows ...workshop.DelegationRow) (string, string) {
		a.Delegations = rows
		f := NewFocusArea(c, a, focus, 0, today)
		return f.FirstStep, f.Actions[0].Text
	}
	held := workshop.DelegationRow{What: "Setting the team's priorities", Owner: "Jin", By: "2027-01-15", Level: 2, Kind: workshop.RowHold}
	if got, _ := step(held); !strings.HasPrefix(got, "Ask Helen Carter what matters most.") {
		t.Errorf("only a held row: first step %q, want the pack's", got)
	}
	noted := workshop.DelegationRow{What: "Telling Helen when a date slips.", Owner: "Me", By: "2027-01-08", Kind: workshop.RowNote}
	got, action := step(held, noted)
	if !strings.HasPrefix(got, `Ask Helen Carter for 30 minutes about "Telling Helen when a date slips".`) || strings.Contains(got, "2027") {
		t.Errorf("a noted row naming my manager: first step %q, want it about the row, without the row's date", got)
	}
	if action != "do sk.z" {
		t.Errorf("on-the-job action %q: a noted row is no hand-over, and is not grafted onto the pack's action", action)
	}
	handed := workshop.DelegationRow{What: "Team priorities for the quarter", Owner: "Ana", Level: 3, Kind: workshop.RowHanded}
	if got, _ := step(handed); !strings.HasPrefix(got, `Ask Helen Carter for 30 minutes about "Team priorities for the quarter".`) {
		t.Errorf("a handed row with a cue: first step %q, want it about the row", got)
	}
	other := workshop.DelegationRow{What: "Patching the test servers", Owner: "Ana", Kind: workshop.RowNote}
	if got, _ := step(other); !strings.HasPrefix(got, "Ask Helen Carter what matters most.") {
		t.Errorf("a noted row about something else: first step %q, want the pack's", got)
	}
}

// The work a hand-over waits for comes before a situation of my own.
func TestHeldWorkComesBeforeMyOwnRow(t *testing.T) {
	c := fixture(t)
	c.Skills[1].Holds = &workshop.Holds{Cues: []string{"restart*"}, Clause: "after a review", Milestone: "a review of {rows} held",
		FirstStep: "Review {rows} with whoever fixes it"}
	c.Skills[1].FromRow = &workshop.FromRow{Cues: []string{"restart*"}, FirstStep: "Review \"{row}\" with {owner}"}
	a := mixed(c)
	a.Delegations = []workshop.DelegationRow{
		{What: "Restarting the historian", Owner: "Joana", Level: 3, Kind: workshop.RowHanded},
		{What: "Restarting the VPN client", Owner: "Leo", By: "2027-01-15", Level: 2, Kind: workshop.RowHold},
	}
	f := NewFocusArea(c, a, Suggestion{ID: "sk.y", Title: "Skill sk.y"}, 0, today)
	if !strings.HasPrefix(f.FirstStep, `Review "Restarting the VPN client" with whoever fixes it.`) {
		t.Errorf("first step %q: the held fix's review comes first", f.FirstStep)
	}
	a.Delegations = a.Delegations[:1]
	f = NewFocusArea(c, a, Suggestion{ID: "sk.y", Title: "Skill sk.y"}, 0, today)
	if !strings.HasPrefix(f.FirstStep, `Review "Restarting the historian" with Joana.`) {
		t.Errorf("first step %q: the handed fix is reviewed with the one who does it now", f.FirstStep)
	}
}

// With Held, a row I still hold starts the focus area when I named the
// support it needs: the support comes before the hand-over. Its own
// stop-doing line dates it, so the on-the-job action is the pack's.
func TestTheSupportAHeldRowNeedsComesFirst(t *testing.T) {
	c := fixture(t)
	c.Skills[2].FromRow = &workshop.FromRow{Held: true, Cues: []string{"call-out*"}, FirstStep: "Book the first of what \"{row}\" needs"}
	a := mixed(c)
	row := workshop.DelegationRow{What: "Night call-outs for the sorter", Owner: "Aylin", By: "2027-02-12", Level: 4, Kind: workshop.RowHold}
	for support, want := range map[string]string{
		"Two paired night shifts": `Book the first of what "Night call-outs for the sorter" needs.`,
		"None":                    "Tell",
	} {
		row.Support = support
		a.Delegations = []workshop.DelegationRow{row}
		f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z"}, 0, today)
		if !strings.HasPrefix(f.FirstStep, want) || f.Actions[0].Text != "do sk.z" {
			t.Errorf("support %q: first step %q, action %q; want the step to start %q and the pack's action", support, f.FirstStep, f.Actions[0].Text, want)
		}
	}
}

// A held row that starts a focus area brings its own action, if-then and
// obstacle where the pack gives them: the count's usual reason ("people
// have learned that I pick up") may not be mine.
func TestAHeldRowBringsItsOwnActionAndObstacle(t *testing.T) {
	c := fixture(t)
	c.Skills[2].FromRow = &workshop.FromRow{Held: true, Cues: []string{"call-out*"}, FirstStep: "Book what \"{row}\" needs with {people}",
		Action: "Until {people} are trained, I stay on \"{row}\".", IfThen: "When anything else comes, I pass it on.",
		Obstacle: "Until {people} are trained, \"{row}\" comes to me.", Response: "I tell {manager} each month."}
	a := mixed(c)
	a.Participant.Manager = "Ingrid Solberg"
	a.Delegations = []workshop.DelegationRow{{What: "Night call-outs", Owner: "Aylin and Jonas, on a rota with me", Support: "Paired nights",
		By: "2027-02-12", Level: 4, Kind: workshop.RowHold}}
	r := &Report{Focus: []Suggestion{{ID: "sk.z", Title: "Skill sk.z"}}}
	p := NewPlan(c, a, r, today)
	f := p.Focus[0]
	if f.Actions[0].Text != `Until Aylin and Jonas are trained, I stay on "Night call-outs".` || f.IfThen != "When anything else comes, I pass it on." {
		t.Errorf("action %q, if-then %q", f.Actions[0].Text, f.IfThen)
	}
	if !strings.HasPrefix(f.FirstStep, `Book what "Night call-outs" needs with Aylin and Jonas.`) {
		t.Errorf("first step %q", f.FirstStep)
	}
	if len(p.Obstacles) == 0 || p.Obstacles[0].Obstacle != `Until Aylin and Jonas are trained, "Night call-outs" comes to me.` || p.Obstacles[0].Response != "I tell Ingrid Solberg each month." {
		t.Errorf("obstacles %+v", p.Obstacles)
	}
}

// {support} says what a held row needs in the row's own support words,
// the first two things listed, each with an article, and never pastes
// the row's name into "what … needs" when the support names something.
func TestSupportWordsNameWhatTheRowNeeds(t *testing.T) {
	for support, want := range map[string]string{
		"Runbook for the three most common SAN alerts; vendor support number on the wiki": "the runbook for the three most common SAN alerts and the vendor support number on the wiki",
		"Two paired night shifts with the vendor engineer, a runbook, written rules":      "two paired night shifts with the vendor engineer and a runbook",
		"SAN runbook":   "the SAN runbook",
		"Kofi's notes.": "kofi's notes",
		"None":          `what "Night call-outs" needs`,
	} {
		if got := supportWords(workshop.DelegationRow{What: "Night call-outs", Support: support}); got != want {
			t.Errorf("support %q: got %q, want %q", support, got, want)
		}
	}
	c := fixture(t)
	c.Skills[2].FromRow = &workshop.FromRow{Held: true, Cues: []string{"call-out*"}, FirstStep: "Agree with {people} when they get {support}",
		Action: "Until {people} have {support}, the call-outs stay mine."}
	a := mixed(c)
	a.Delegations = []workshop.DelegationRow{{What: "Night call-outs for the sorter", Owner: "Aylin and Jonas", Support: "Paired night shifts; a runbook",
		By: "2027-02-12", Level: 4, Kind: workshop.RowHold}}
	f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Skill sk.z"}, 0, today)
	if !strings.HasPrefix(f.FirstStep, "Agree with Aylin and Jonas when they get the paired night shifts and a runbook.") ||
		f.Actions[0].Text != "Until Aylin and Jonas have the paired night shifts and a runbook, the call-outs stay mine." {
		t.Errorf("first step %q, action %q", f.FirstStep, f.Actions[0].Text)
	}
}
