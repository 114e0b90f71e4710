package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// checkInScreen asks who the participant is.
type checkInScreen struct {
	s                   *session
	name, role, manager *widget.Entry
	teamSize            *widget.Entry
	leadershipTime      *widget.Select
	teamSizeProblem     *widget.Label
}

func newCheckInScreen(s *session) *checkInScreen {
	p := &s.answers.Participant
	c := &checkInScreen{s: s}
	c.name = textEntry(p.Name, "Your name, or an alias if you prefer", false, func(v string) { p.Name = v; s.changed() })
	c.role = textEntry(p.Role, "e.g. Senior systems engineer, new team lead", false, func(v string) { p.Role = v; s.changed() })
	c.manager = textEntry(p.Manager, "Who will read your plan with you", false, func(v string) { p.Manager = v; s.changed() })
	size := ""
	if p.TeamSize > 0 {
		size = strconv.Itoa(p.TeamSize)
	}
	c.teamSizeProblem = &widget.Label{Importance: widget.DangerImportance}
	c.teamSize = textEntry(size, "People you lead or will lead", false, c.onTeamSize)
	c.leadershipTime = &widget.Select{Options: workshop.LeadershipTimes, Selected: p.LeadershipTime,
		PlaceHolder: "Choose one", OnChanged: func(v string) { p.LeadershipTime = v; s.changed() }}
	return c
}

func (c *checkInScreen) onTeamSize(v string) {
	v = strings.TrimSpace(v)
	n, err := strconv.Atoi(v)
	switch {
	case v == "":
		n = 0
	case err != nil || n < 0 || n > workshop.MaxTeamSize:
		c.teamSizeProblem.SetText("Please enter a whole number, such as 6.")
		return
	}
	c.teamSizeProblem.SetText("")
	c.s.answers.Participant.TeamSize = n
	c.s.changed()
}

func (c *checkInScreen) view() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem("Name *", c.name),
		widget.NewFormItem("Role *", c.role),
		widget.NewFormItem("Team size", c.teamSize),
		widget.NewFormItem("", c.teamSizeProblem),
		widget.NewFormItem("Time in leadership", c.leadershipTime),
		widget.NewFormItem("Manager", c.manager),
	)
	return scroll(
		para("Welcome. This journey takes about two hours. Everything you enter stays on this computer and is saved as you type, so you can stop and come back at any time."),
		form,
		note("* required. Your name appears on your printed plan."),
	)
}
