package workshop

import "testing"

// A count not known at the workshop gets a target from the person's own
// facts where they set one (each person on the team), and is otherwise
// agreed from the first weeks' tally.
func TestATallyTargetComesFromTheTeamOrFromTheTally(t *testing.T) {
	team := &Answers{Participant: Participant{TeamSize: 12}}
	if n, ok := team.TallyTarget(SourceTheirAgenda); !ok || n != 12 {
		t.Errorf("one-to-ones the person set the agenda for, team of 12: %d, %v; want 12, true", n, ok)
	}
	if n, ok := team.TallyTarget(SourceOneToOnes); !ok || n != 24 {
		t.Errorf("one-to-ones, team of 12: %d, %v; want 24, true", n, ok)
	}
	if _, ok := (&Answers{}).TallyTarget(SourceTheirAgenda); ok {
		t.Error("no team size: the target is agreed from the tally, not guessed")
	}
	if _, ok := team.TallyTarget(SourceWinsNamed); ok {
		t.Error("wins named: the target is agreed from the tally, not guessed")
	}
	for _, s := range []Source{SourceTheirAgenda, SourceWinsNamed, SourceCheckedFirst} {
		if !s.CountedFromFirstStep() || s.Tally() == "log my hours by kind of work for one week" {
			t.Errorf("%s: counted from the first step with its own tally, got %q", s, s.Tally())
		}
	}
}
