package live

import (
	"context"
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// The join screen's choices of who joins.
const (
	AsParticipant = "A participant"
	AsManager     = "A participant's manager"
)

// ManagerJoin is the join screen's way in for a participant's manager:
// they pick "A participant's manager" and type the pairing code their
// team member's screen shows, beside the room's code. They then answer
// their team member's request, and nothing else of the workshop.
type ManagerJoin struct {
	j       *JoinScreen
	Role    *widget.RadioGroup
	Pairing *widget.Entry
	// Choice is the choice of who joins, above the join form; Detail the
	// pairing code and what it is, below it, shown to a manager.
	Choice, Detail fyne.CanvasObject
}

func newManagerJoin(j *JoinScreen) *ManagerJoin {
	m := &ManagerJoin{j: j}
	m.Pairing = &widget.Entry{PlaceHolder: "6 letters and digits, on your team member's screen"}
	m.Pairing.OnSubmitted = j.Code.OnSubmitted
	m.Detail = container.NewVBox(
		widget.NewForm(widget.NewFormItem("Pairing code", m.Pairing)),
		widgets.Note("Your team member shows this code under \u201cYour manager\u201d. You answer their request for your view of the role; "+
			"you see nothing else of their answers, and your answers go to them only."))
	m.Detail.Hide()
	m.Role = widget.NewRadioGroup([]string{AsParticipant, AsManager}, func(choice string) {
		if choice == AsManager {
			m.Detail.Show()
			j.Name.SetPlaceHolder("Your name, as your team member knows you")
		} else {
			m.Detail.Hide()
			j.Name.SetPlaceHolder("Your name, or an alias")
		}
		if j.Content != nil {
			j.Content.Refresh() // the form grows or shrinks by the pairing code
		}
	})
	m.Role.Horizontal, m.Role.Required = true, true
	m.Role.SetSelected(AsParticipant)
	m.Choice = widget.NewForm(widget.NewFormItem("I join as", m.Role))
	return m
}

// chosen reports whether the person joins as a manager.
func (m *ManagerJoin) chosen() bool { return m.Role.Selected == AsManager }

// problem is what is wrong with the pairing code as typed, or "".
func (m *ManagerJoin) problem() string {
	if len(service.NormalizeCode(m.Pairing.Text)) != 6 {
		return "The pairing code has 6 letters and digits; your team member's screen shows it under \u201cYour manager\u201d."
	}
	return ""
}

// pair pairs with the team member once the phrase was confirmed, and
// opens their request.
func (m *ManagerJoin) pair(reached *service.Reached, code, name string) {
	j, pairing := m.j, service.NormalizeCode(m.Pairing.Text)
	j.Problem.SetText("Pairing…")
	j.shell.Tasks().Run(func() func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		link, err := reached.JoinAsManager(ctx, code, pairing, strings.TrimSpace(name))
		return func() {
			j.Join.Enable()
			if err != nil {
				reached.Close()
				j.Problem.SetText(pairingProblem(err))
				return
			}
			j.Problem.SetText("")
			j.Close()
			j.shell.AnswerInRoom(link)
		}
	})
}

// pairingProblem says in plain words why pairing failed.
func pairingProblem(err error) string {
	switch {
	case errors.Is(err, workshop.ErrBadPairing):
		return "That pairing code is not right, or it was already used. Check the code on your team member's screen; they can show a new one."
	case errors.Is(err, workshop.ErrManagersClosed):
		return "The facilitator has not opened the workshop to managers. Ask them to let managers join."
	case errors.Is(err, workshop.ErrTooManyTries):
		return "Too many wrong codes from this laptop. Wait a minute, then try again."
	}
	return joinProblem(err)
}
