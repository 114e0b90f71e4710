package workshop

import "fmt"

// Debrief is the facilitator's material for a phase of a live workshop:
// the question the projector puts to the room, and the notes the console
// shows the facilitator (what to say opening the phase, what to ask, what
// to watch for). A debrief belongs to the phases that hold its step.
type Debrief struct {
	Step     Step     `json:"step"`
	Seed     string   `json:"seed"`
	Question string   `json:"question"` // on the projector, for the room
	Say      string   `json:"say"`      // what to say opening the phase
	Ask      []string `json:"ask"`      // questions to put to the room
	Watch    []string `json:"watch"`    // what to watch for while people work
}

// Debrief is the debrief of a phase: the one for its first step that has
// one, or nil when the pack has none for any of its steps.
func (c *Content) Debrief(ph Phase) *Debrief {
	if ph.Practice != "" {
		return nil // a practice phase is debriefed in its trios
	}
	for _, s := range ph.Steps {
		for i := range c.Debriefs {
			if c.Debriefs[i].Step == s {
				return &c.Debriefs[i]
			}
		}
	}
	return nil
}

// debriefs checks the pack's debriefs: each for a step of the journey, at
// most one per step, with its source, question and notes.
func (v *validator) debriefs(c *Content) {
	seen := map[Step]bool{}
	for _, d := range c.Debriefs {
		item := "debrief." + string(d.Step)
		switch {
		case d.Step.Index() < 0:
			v.fail(item, "step", "is not a step of the journey")
		case seen[d.Step]:
			v.fail(item, "step", "has a second debrief")
		}
		seen[d.Step] = true
		v.seed(item, d.Seed)
		v.text(item, "question", d.Question)
		v.text(item, "say", d.Say)
		v.count(item, "ask", len(d.Ask), 1)
		for i, q := range d.Ask {
			v.text(item, fmt.Sprintf("ask[%d]", i), q)
		}
		v.count(item, "watch", len(d.Watch), 1)
		for i, w := range d.Watch {
			v.text(item, fmt.Sprintf("watch[%d]", i), w)
		}
	}
}
