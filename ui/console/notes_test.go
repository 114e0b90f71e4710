package console

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
)

func TestConsoleShowsTheNotesOfEachPhase(t *testing.T) {
	q := uitest.NewQueue(t)
	_, sh := newTestConsole(t, testRoom(5))
	for i, ph := range workshop.DefaultAgenda {
		if i > 0 {
			test.Tap(uitest.FindButton(t, sh.win.Content(), "Next phase"))
			q.Settle(t, sh.Tasks())
		}
		d := builtin.Debrief(ph)
		shown := uitest.Texts(sh.win.Content())
		for _, want := range append([]string{d.Say}, append(d.Ask, d.Watch...)...) {
			if !strings.Contains(shown, want) {
				t.Errorf("phase %q: the console does not show %q", ph.Title, want)
			}
		}
		for _, other := range builtin.Debriefs {
			if other.Step != d.Step && strings.Contains(shown, other.Say) {
				t.Errorf("phase %q also shows the notes of step %q", ph.Title, other.Step)
			}
		}
	}
}

// A custom pack changes the projector's question and the console's
// notes; a pack without debriefs shows neither, and says so.
func TestDebriefsComeFromTheRoomsPack(t *testing.T) {
	uitest.NewQueue(t)
	custom := *builtin
	custom.Debriefs = []workshop.Debrief{{Step: workshop.StepCheckIn, Question: "Was ist heute dein Ziel?",
		Say: "Begrüßen Sie die Gruppe.", Ask: []string{"Wer ist freiwillig hier?"}, Watch: []string{"Stille Teilnehmende."}}}
	room := testRoom(5)
	room.content = &custom
	c, p := projectorAt(t, room, fyne.NewSize(1280, 720))
	if s := visible(p); !strings.Contains(s, "Was ist heute dein Ziel?") || strings.Contains(s, "take home") {
		t.Errorf("the projector does not ask the pack's question:\n%s", s)
	}
	control := uitest.Texts(c.shell.Window().Content())
	if !strings.Contains(control, "Begrüßen Sie die Gruppe.") || !strings.Contains(control, "• Wer ist freiwillig hier?") {
		t.Errorf("the console does not show the pack's notes:\n%s", control)
	}
	room.state.Phase = 1 // the custom pack has nothing for the self-assessment
	c.refresh()
	if s := visible(p); strings.Contains(s, "Was ist heute") || strings.Contains(s, "surprises you") {
		t.Errorf("a phase without a debrief still shows a question:\n%s", s)
	}
	control = uitest.Texts(c.shell.Window().Content())
	if strings.Contains(control, "Begrüßen") || !strings.Contains(control, "The content pack has no notes for this phase.") {
		t.Errorf("a phase without notes should say so:\n%s", control)
	}
}
