package analysis

import (
	"slices"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// managerMeeting is where the manager's support line meets by default.
const managerMeeting = "at our one-to-one every two weeks"

// meetManager makes the first steps and the manager's support line agree
// on where I meet my manager (workshop.ManagerSlot): a step that asks for
// a standing slot uses the one-to-one my answers say we already have;
// otherwise the support line meets at the slot the step asks for, not
// at a one-to-one the plan only assumed.
func meetManager(c *workshop.Content, a *workshop.Answers, focus []workshop.FocusArea) {
	m := c.ManagerSlot
	if m == nil {
		return
	}
	manager := managerOf(a)
	ask := strings.ReplaceAll(m.Ask, "{manager}", manager)
	asked := false
	for i := range focus {
		if !strings.HasPrefix(focus[i].FirstStep, ask) {
			continue
		}
		if haveOneToOne(m.Cues, a) {
			focus[i].FirstStep = strings.ReplaceAll(m.Have, "{manager}", manager) + strings.TrimPrefix(focus[i].FirstStep, ask)
			continue
		}
		asked = true
	}
	if !asked {
		return
	}
	first, _, _ := strings.Cut(manager, " ")
	slot := strings.ReplaceAll(m.Support, "{first}", first)
	for i := range focus {
		focus[i].Support = strings.Replace(focus[i].Support, managerMeeting, slot, 1)
	}
}

// haveOneToOne reports whether my answers say I already meet my manager
// one to one: a row of my map about them, or a sentence of my reflections
// that names them, with one of cues.
func haveOneToOne(cues []string, a *workshop.Answers) bool {
	for _, r := range a.FilledRows() {
		if namesManager(r, a.Participant) && hitsCues(r.What+". "+r.Support, cues) {
			return true
		}
	}
	for _, text := range a.Reflections {
		if slices.ContainsFunc(sentencesOf(text), func(s string) bool {
			return hitsCues(s, cues) && namesMyManager(s, a.Participant)
		}) {
			return true
		}
	}
	return false
}
