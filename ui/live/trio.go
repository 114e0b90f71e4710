package live

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// TrioView is a participant's screen during a practice phase: their own
// trio by first name, their role card for the round with the scenario
// and what to practise, the observer's checklist when they observe, and
// the round's timer. It shows nobody outside their trio: the room tells
// each laptop only its own (service.Partners).
type TrioView struct {
	c       *workshop.Content
	Content fyne.CanvasObject

	Round     *widget.Label // round and time left
	Group     *widget.Label // who is in the trio, with roles
	Role      *widget.Label // "You are the speaker: the lead"
	Does      *widget.Label // what the role does
	Scenario  *widget.Label
	Practise  *widget.Label
	Checklist *widget.CheckGroup // the observer's; hidden for other roles
	checkBox  *fyne.Container

	state    workshop.RoomState
	partners service.Partners
}

// NewTrioView is an empty trio screen for the practices of pack c.
func NewTrioView(c *workshop.Content) *TrioView {
	v := &TrioView{c: c}
	v.Round = widgets.Heading("")
	v.Group = widgets.Para("")
	v.Role = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}
	v.Does = widgets.Para("")
	v.Scenario = widgets.Para("")
	v.Practise = widgets.Para("")
	v.Checklist = widget.NewCheckGroup(nil, nil)
	v.checkBox = container.NewVBox(widgets.Heading("Observer's checklist: tick what you hear"), v.Checklist)
	v.Content = widgets.Scroll(v.Round, v.Group, widget.NewSeparator(), v.Role, v.Does,
		widgets.Heading("The situation"), v.Scenario, widgets.Heading("What the speaker practises"), v.Practise, v.checkBox)
	return v
}

// Show paints the round of the room in state st for a participant told
// partners p by the room.
func (v *TrioView) Show(st workshop.RoomState, p service.Partners) {
	roundChanged := st.Round != v.state.Round || st.Phase != v.state.Phase
	v.state, v.partners = st, p
	pr := v.practice()
	if pr == nil {
		v.Round.SetText("Practice")
		v.Group.SetText("This practice is not in the content pack on this laptop: follow the facilitator's instructions.")
		v.hideCard()
		return
	}
	v.Scenario.SetText(pr.Scenario)
	v.Practise.SetText(pr.Practise)
	v.Paint(time.Now())
	me, ok := v.me()
	if !ok {
		v.Group.SetText("The facilitator is forming the trios. Yours shows here, with your role for each round.")
		v.hideCard()
		return
	}
	v.Group.SetText(v.groupText())
	card := pr.Card(me.Role)
	v.Role.SetText(fmt.Sprintf("You are the %s this round: %s", me.Role, card.Plays))
	v.Does.SetText(card.Does)
	v.Role.Show()
	v.Does.Show()
	if me.Role == workshop.Observer {
		if roundChanged || len(v.Checklist.Options) == 0 {
			v.Checklist.Options = pr.Checklist
			v.Checklist.Selected = nil
			v.Checklist.Refresh()
		}
		v.checkBox.Show()
	} else {
		v.checkBox.Hide()
	}
}

// Paint shows the round and the time left at now; the link calls it
// every second.
func (v *TrioView) Paint(now time.Time) {
	st := v.state
	pr := v.practice()
	if pr == nil {
		return
	}
	text := "Practice: " + pr.Title
	if st.Round == 0 {
		v.Round.SetText(text + " · the first round starts soon")
		return
	}
	left := st.Timer.Left(now).Round(time.Second)
	text += fmt.Sprintf(" · round %d of %d · %d:%02d left", st.Round, workshop.PracticeRounds, int(left.Minutes()), int(left.Seconds())%60)
	if st.Timer.Paused {
		text += " (paused)"
	}
	v.Round.SetText(text)
}

func (v *TrioView) practice() *workshop.Practice {
	st := v.state
	if len(st.Agenda) == 0 || v.c == nil {
		return nil
	}
	return v.c.Practice(st.Current().Practice)
}

func (v *TrioView) me() (service.Partner, bool) {
	for _, m := range v.partners.Group {
		if m.Me {
			return m, true
		}
	}
	return service.Partner{}, false
}

// groupText names the trio: "Your trio: you (speaker), Ben (listener),
// Cleo (observer)".
func (v *TrioView) groupText() string {
	var names []string
	for _, m := range v.partners.Group {
		name := m.Name
		if m.Me {
			name = "you"
		}
		names = append(names, fmt.Sprintf("%s (%s)", name, m.Role))
	}
	kind := "trio"
	switch n := len(v.partners.Group); {
	case n == 2:
		kind = "pair: there is no observer, so the listener also gives the feedback"
	case n > 3:
		kind = fmt.Sprintf("group of %d", n)
	}
	return fmt.Sprintf("Your %s. %s.", kind, capitalise(strings.Join(names, ", ")))
}

func (v *TrioView) hideCard() {
	v.Role.Hide()
	v.Does.Hide()
	v.checkBox.Hide()
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// ChecklistShown reports whether the observer's checklist is on screen.
func (v *TrioView) ChecklistShown() bool { return v.checkBox.Visible() }
