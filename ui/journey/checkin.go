package journey

import (
	"errors"
	"fmt"
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
	// team takes the team's first names, offered as owners on the
	// delegation map.
	team           *widget.Entry
	leadershipTime *widget.Select
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
	c.team = widgets.TextEntry(strings.Join(p.Team, ", "), "First names, separated by commas", false, c.onTeam)
	c.team.Validator = func(v string) error {
		if n := len(workshop.TeamNames(v)); n > workshop.MaxTeamNames {
			return fmt.Errorf("%d names: at most %d, leave out those who will not take work over", n, workshop.MaxTeamNames)
		}
		return nil
	}
	for _, e := range []*widget.Entry{c.name, c.role, c.manager, c.teamSize, c.team} {
		e.OnSubmitted = func(string) { s.Next() } // Enter goes on, as Next does
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

// onTeam keeps the team's first names, cleaned, up to the most kept.
func (c *checkInScreen) onTeam(v string) {
	names := workshop.TeamNames(v)
	c.s.Answers.Participant.Team = names[:min(len(names), workshop.MaxTeamNames)]
	c.s.changed()
}

// invalid says which fields hold text that could not be stored.
func (c *checkInScreen) invalid() []string {
	var out []string
	if _, ok := parseTeamSize(c.teamSize.Text); !ok {
		out = append(out, fmt.Sprintf("Team size: \"%s\" is not a whole number; type the number of people, such as 6.", strings.TrimSpace(c.teamSize.Text)))
	}
	if n := len(workshop.TeamNames(c.team.Text)); n > workshop.MaxTeamNames {
		out = append(out, fmt.Sprintf("Team's first names: %d names, and the map offers at most %d; leave out those who will not take work over.", n, workshop.MaxTeamNames))
	}
	return out
}

// agendaMinutes is the length of the default workshop agenda.
func agendaMinutes() int {
	n := 0
	for _, p := range workshop.DefaultAgenda {
		n += p.Minutes
	}
	return n
}

// duration writes minutes for people: "three hours", "2 hours 55 minutes".
func duration(min int) string {
	h, m := min/60, min%60
	switch {
	case m == 0:
		return fmt.Sprintf("%d hours", h)
	case m >= 50:
		return fmt.Sprintf("%d hours", h+1)
	}
	return fmt.Sprintf("%d hours %d minutes", h, m)
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
		&widget.FormItem{Text: "Team's first names", Widget: c.team,
			HintText: fmt.Sprintf("Optional, up to %d. The delegation map offers them as owners.", workshop.MaxTeamNames)},
		widget.NewFormItem("Time in leadership", c.leadershipTime),
		widget.NewFormItem("Manager", c.manager),
	)
	return widgets.Scroll(
		widgets.Para(fmt.Sprintf("Welcome. In a workshop this journey takes about %s, with time to talk in between; on your own, take the time you need. "+
			"Everything you enter stays on this computer and is saved as you type, so you can stop and come back at any time.", duration(agendaMinutes()))),
		form,
		widgets.Note("* required. Your name appears on your printed plan."),
	)
}
