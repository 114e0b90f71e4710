package console

import (
	"fmt"

	"github.com/leadshift/leadshift/workshop"
)

// practiceLine is what the projector says during a practice phase, in
// place of a debrief question: the round, short enough to read from the
// back of the room (the phase line above names the practice). It names
// nobody: each participant's trio and role are on their own screen only.
// ok is false outside practice phases.
func practiceLine(st workshop.RoomState) (line string, ok bool) {
	if st.Current().Practice == "" {
		return "", false
	}
	if st.Round == 0 {
		return "Trios are forming: yours shows on your screen", true
	}
	return fmt.Sprintf("Round %d of %d: your role card is on your screen", st.Round, workshop.PracticeRounds), true
}
