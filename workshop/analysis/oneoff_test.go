package analysis

import (
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// A decision made once by a date is said as who decides it by when; work
// that recurs keeps its hand-over.
func TestAOneOffDecisionIsDecidedNotPassedOnEachTime(t *testing.T) {
	c := &workshop.Content{Delegation: workshop.Delegation{OneOff: &workshop.OneOff{Cues: []string{"decide-by date"}, IfThen: "When a decision waits, I name its owner."}}}
	p := workshop.Participant{Team: []string{"Lin", "Omar"}}
	once := workshop.DelegationRow{What: "Storage vendor: renew or switch.", Type: "Decision", Owner: "Lin, as decision owner with a decide-by date", By: "2027-01-15"}
	o := ownerOf(once, p)
	if !oneOff(c, once, o) {
		t.Fatalf("a decision with a decide-by date read as recurring (owner %+v)", o)
	}
	if got, want := decides(once, o), `Lin decides "Storage vendor: renew or switch" by 15 January 2027`; got != want {
		t.Errorf("decides: %q, want %q", got, want)
	}
	if got, want := decideStep(once, o), `Ask Lin to decide "Storage vendor: renew or switch" by 15 January 2027, and agree what support from me would help.`; got != want {
		t.Errorf("first step: %q, want %q", got, want)
	}
	for name, r := range map[string]workshop.DelegationRow{
		"recurring":   {What: "Rolling back a bad deploy", Type: "Decision", Owner: "Omar", By: "2027-01-08"},
		"no date":     {What: "Storage vendor", Type: "Decision", Owner: "Lin, as decision owner with a decide-by date"},
		"no one-offs": once,
	} {
		cc := c
		if name == "no one-offs" {
			cc = &workshop.Content{}
		}
		if oneOff(cc, r, ownerOf(r, p)) {
			t.Errorf("%s: read as a one-off decision", name)
		}
	}
}
