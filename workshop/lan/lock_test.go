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
	v1, err := c.PushAnswers(ctx(t), Version{}, a)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.GoTo(ctx(t), 1); err != nil { // the self-assessment
		t.Fatal(err)
	}
	if err := h.SetLocked(ctx(t), true); err != nil {
		t.Fatal(err)
	}

	// The same answers again, and a change to a later phase, go through.
	if v, err := c.PushAnswers(ctx(t), v1, a); err != nil || v != v1 {
		t.Errorf("unchanged answers while locked: %+v %v", v, err)
	}
	later := a.Clone()
	later.Skills["skill.delegation"] = workshop.SkillRate{Current: 5, Importance: 5}
	v2, err := c.PushAnswers(ctx(t), v1, later)
	if err != nil {
		t.Errorf("a later phase's answers while locked: %v", err)
	}

	// A change to the locked self-assessment is refused, and stored nothing.
	changed := later.Clone()
	for id, v := range changed.Ratings {
		changed.Ratings[id] = v%5 + 1 // always a different rating, 1..5
		break
	}
	_, err = c.PushAnswers(ctx(t), v2, changed)
	if apiStatus(err) != http.StatusConflict {
		t.Fatalf("a locked phase's change: %v, want 409", err)
	}
	if v, _, _ := c.GetAnswers(ctx(t)); v != v2 {
		t.Errorf("stored version %+v after the refusal, want %+v", v, v2)
	}

	// Unlocked, the same change goes through.
	if err := h.SetLocked(ctx(t), false); err != nil {
		t.Fatal(err)
	}
	if _, err := c.PushAnswers(ctx(t), v2, changed); err != nil {
		t.Errorf("after unlocking: %v", err)
	}
}
