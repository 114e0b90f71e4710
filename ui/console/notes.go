package console

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// phaseNotes are the facilitator's notes for the current phase, from the
// content pack's debrief: what to say, what to ask, what to watch for.
type phaseNotes struct {
	box                   *fyne.Container
	say, ask, watch, none *widget.Label
	parts                 []*widget.Label // the headings and notes, hidden without a debrief
	shown                 *workshop.Debrief
	drawn                 bool // shown has been drawn
}

func newPhaseNotes() *phaseNotes {
	wrapped := func() *widget.Label { return &widget.Label{Wrapping: fyne.TextWrapWord} }
	n := &phaseNotes{say: wrapped(), ask: wrapped(), watch: wrapped(),
		none: widgets.Note("The content pack has no notes for this phase.")}
	n.parts = []*widget.Label{widgets.Heading("Say"), n.say, widgets.Heading("Ask the room"), n.ask, widgets.Heading("Watch for"), n.watch}
	n.box = container.NewVBox(widgets.Heading("Notes for this phase"))
	for _, p := range n.parts {
		n.box.Add(p)
	}
	n.box.Add(n.none)
	n.show(nil)
	return n
}

// show puts up the notes of a debrief, or says there are none.
func (n *phaseNotes) show(d *workshop.Debrief) {
	if d == n.shown && n.drawn {
		return
	}
	n.shown, n.drawn = d, true
	n.say.Text, n.ask.Text, n.watch.Text = "", "", ""
	if d != nil {
		n.say.Text, n.ask.Text, n.watch.Text = d.Say, bullets(d.Ask), bullets(d.Watch)
	}
	for _, p := range n.parts {
		p.Hidden = d == nil
	}
	n.none.Hidden = d != nil
	n.box.Refresh()
}

// bullets lists lines one under another, each after a bullet.
func bullets(lines []string) string {
	return "• " + strings.Join(lines, "\n• ")
}

// debriefOf is the debrief of the room's current phase in the pack it
// runs, or nil.
func debriefOf(room Room) *workshop.Debrief {
	c := room.Content()
	if c == nil {
		return nil
	}
	return c.Debrief(room.State().Current())
}
