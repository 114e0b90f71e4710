package journey

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// checkInScreen asks who the participant is.
type checkInScreen struct {
	s                   *Session
	name, role, manager *widget.Entry
	teamSize            *widget.Entry
	leadershipTime      *widget.Select
}

func newCheckInScreen(s *Session) *checkInScreen {
	p := &s.Answers.Participant
	c := &checkInScreen{s: s}
	c.name = widgets.TextEntry(p.Name, "Your name, or an alias if you prefer", false, func(v string) { p.Name = v; s.changed() })
	c.role = widgets.TextEntry(p.Role, "e.g. Senior systems engineer, new team lead", false, func(v string) { p.Role = v; s.changed() })
	c.manager = widgets.TextEntry(p.Manager, "Who will read your plan with you", false, func(v string) { p.Manager = v; s.changed() })
	size := ""
	if p.TeamSize > 0 {
		size = strconv.Itoa(p.TeamSize)
	}
	c.teamSize = widgets.TextEntry(size, "People you lead or will lead", false, c.onTeamSize)
	c.teamSize.Validator = func(v string) error {
		if _, ok := parseTeamSize(v); !ok {
			return errors.New("please enter a whole number, such as 6")
		}
		return nil
	}
	c.leadershipTime = &widget.Select{Options: workshop.LeadershipTimes, Selected: p.LeadershipTime,
		PlaceHolder: "Choose one", OnChanged: func(v string) { p.LeadershipTime = v; s.changed() }}
	return c
}

func (c *checkInScreen) onTeamSize(v string) {
	if n, ok := parseTeamSize(v); ok {
		c.s.Answers.Participant.TeamSize = n
		c.s.changed()
	}
}

// parseTeamSize reads a team size; empty means not given (0).
func parseTeamSize(v string) (int, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, true
	}
	n, err := strconv.Atoi(v)
	return n, err == nil && n >= 0 && n <= workshop.MaxTeamSize
}

func (c *checkInScreen) view() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem("Name *", c.name),
		widget.NewFormItem("Role *", c.role),
		widget.NewFormItem("Team size", c.teamSize),
		widget.NewFormItem("Time in leadership", c.leadershipTime),
		widget.NewFormItem("Manager", c.manager),
	)
	return widgets.Scroll(
		widgets.Para("Welcome. This journey takes about two hours. Everything you enter stays on this computer and is saved as you type, so you can stop and come back at any time."),
		form,
		widgets.Note("* required. Your name appears on your printed plan."),
	)
}
