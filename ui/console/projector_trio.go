package console

import (
	"fmt"

	"github.com/leadshift/leadshift/workshop"
)

// practiceLine is what the projector says during a practice phase, in
// place of a debrief question: the round and what the speakers practise.
// It names nobody: each participant's trio and role are on their own
// screen only. ok is false outside practice phases.
func practiceLine(st workshop.RoomState, c *workshop.Content) (line string, ok bool) {
	ph := st.Current()
	if ph.Practice == "" {
		return "", false
	}
	round := "Trios are being formed: your trio and your role card show on your screen."
	if st.Round > 0 {
		round = fmt.Sprintf("Round %d of %d. Your role card is on your screen.", st.Round, workshop.PracticeRounds)
	}
	if c == nil {
		return round, true
	}
	if p := c.Practice(ph.Practice); p != nil {
		return round + " The speaker practises: " + p.Practise, true
	}
	return round, true
}
