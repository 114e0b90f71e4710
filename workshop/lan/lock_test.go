package lan

import (
	"net/http"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func TestLockedPhaseRefusesChangesToItsAnswers(t *testing.T) {
	h, addr := startHost(t, HostOptions{Pacing: workshop.Paced})
	c, _ := join(t, addr, h.Code(), "Ana")
	a := exampleAnswers(t)
	if _, err := c.PushAnswers(ctx(t), 1, a); err != nil {
		t.Fatal(err)
	}
	if err := h.GoTo(ctx(t), 1); err != nil { // the self-assessment
		t.Fatal(err)
	}
	if err := h.SetLocked(ctx(t), true); err != nil {
		t.Fatal(err)
	}

	// The same answers again, and a change to a later phase, go through.
	if _, err := c.PushAnswers(ctx(t), 2, a); err != nil {
		t.Errorf("unchanged answers while locked: %v", err)
	}
	later := a.Clone()
	later.Skills["skill.delegation"] = workshop.SkillRate{Current: 5, Importance: 5}
	if _, err := c.PushAnswers(ctx(t), 3, later); err != nil {
		t.Errorf("a later phase's answers while locked: %v", err)
	}

	// A change to the locked self-assessment is refused, and stored nothing.
	changed := later.Clone()
	for id, v := range changed.Ratings {
		changed.Ratings[id] = v%5 + 1 // always a different rating, 1..5
		break
	}
	_, err := c.PushAnswers(ctx(t), 4, changed)
	if apiStatus(err) != http.StatusConflict {
		t.Fatalf("a locked phase's change: %v, want 409", err)
	}
	if rev, _, _ := c.GetAnswers(ctx(t)); rev != 3 {
		t.Errorf("stored revision %d after the refusal, want 3", rev)
	}

	// Unlocked, the same change goes through.
	if err := h.SetLocked(ctx(t), false); err != nil {
		t.Fatal(err)
	}
	if _, err := c.PushAnswers(ctx(t), 4, changed); err != nil {
		t.Errorf("after unlocking: %v", err)
	}
}
