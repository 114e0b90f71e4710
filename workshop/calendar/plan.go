package calendar

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// ErrNoPlan means the answers hold no plan yet, so there are no dates.
var ErrNoPlan = errors.New("the answers have no plan yet: finish the plan step first")

// checkIns name the plan's three review dates.
var checkIns = []string{"day 30", "day 60", "day 90"}

// PlanEvents are the dates of a's plan: each focus area's first step, the
// conversation with the manager, the first check-in with the buddy when
// there is one, and the check-ins at day 30, 60 and 90. A date that is not
// a date is an error naming its field (plan.focus[0].firstStepDate); an
// empty one leaves its event out. Without an agreed day, the conversation
// with the manager goes on the day of the first step, and says so.
func PlanEvents(a *workshop.Answers) ([]Event, error) {
	p := a.Plan
	if p == nil {
		return nil, ErrNoPlan
	}
	manager := strings.TrimSpace(a.Participant.Manager)
	if manager == "" {
		manager = "my manager"
	}
	uid := func(what string) string { return a.ID + "-" + what + "@leadshift" }
	var events []Event
	var first time.Time
	for i, f := range p.Focus {
		day, ok, err := date(fmt.Sprintf("plan.focus[%d].firstStepDate", i), f.FirstStepDate)
		if err != nil {
			return nil, err
		}
		if !ok || strings.TrimSpace(f.FirstStep) == "" {
			continue
		}
		if first.IsZero() || day.Before(first) {
			first = day
		}
		events = append(events, Event{UID: uid(fmt.Sprintf("first-step-%d", i+1)), Day: day,
			Summary: "First step: " + f.FirstStep, Description: firstStep(f)})
	}
	talk, ok, err := date("plan.managerTalk", p.ManagerTalk)
	if err != nil {
		return nil, err
	}
	note := ""
	if !ok && !first.IsZero() {
		talk, ok = first, true
		note = "No day was agreed for this conversation, so it is on the day of your first step: move it to your next one-to-one.\n\n"
	}
	if ok {
		events = append(events, Event{UID: uid("manager"), Day: talk,
			Summary: "Plan conversation with " + manager, Description: note + managerTalk(p, manager)})
	}
	buddyDay, ok, err := date("plan.buddyCheckIn", p.BuddyCheckIn)
	if err != nil {
		return nil, err
	}
	if buddy := strings.TrimSpace(p.Buddy); buddy != "" && ok {
		events = append(events, Event{UID: uid("buddy"), Day: buddyDay,
			Summary: "Check-in with " + buddy + ", my accountability buddy", Description: lookAt(p, p.Day30)})
	}
	for i, r := range p.Reviews {
		if i >= len(checkIns) {
			break
		}
		day, ok, err := date(fmt.Sprintf("plan.reviews[%d]", i), r)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		milestone := []string{p.Day30, p.Day60, p.Day90}[i]
		desc := lookAt(p, milestone)
		if i == len(checkIns)-1 {
			desc += "\nRe-take the situations of the self-assessment, and take the plan to " + manager + "."
		}
		desc += "\nRecord it in LeadShift: on the start screen, My plans, Check in."
		events = append(events, Event{UID: uid(strings.ReplaceAll(checkIns[i], " ", "")), Day: day,
			Summary: "Check-in, " + checkIns[i] + ", of my action plan", Description: desc})
	}
	if len(events) == 0 {
		return nil, errors.New("the plan has no dates to put in a calendar")
	}
	slices.SortStableFunc(events, func(x, y Event) int { return x.Day.Compare(y.Day) })
	return events, nil
}

// date reads a stored date; ok is false when it is empty.
func date(field, s string) (t time.Time, ok bool, err error) {
	if strings.TrimSpace(s) == "" {
		return t, false, nil
	}
	t, err = workshop.ParseDate(field, s)
	return t, err == nil, err
}

// firstStep says what a first step is for: its focus, goal and if-then.
func firstStep(f workshop.FocusArea) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Focus: %s\n", f.Title)
	if f.Goal.Specific != "" {
		fmt.Fprintf(&b, "Goal: %s\n", f.Goal.Specific)
	}
	if f.IfThen != "" {
		fmt.Fprintf(&b, "If-then: %s\n", f.IfThen)
	}
	if f.Support != "" {
		fmt.Fprintf(&b, "Support: %s\n", f.Support)
	}
	return b.String()
}

// managerTalk is what to bring to the plan conversation: the focus areas,
// what is to be talked through, and the manager's commitments so far.
func managerTalk(p *workshop.Plan, manager string) string {
	var b strings.Builder
	b.WriteString("Bring the plan. Agree the focus areas and how success will be judged at day 90:\n")
	for _, f := range p.Focus {
		fmt.Fprintf(&b, "- %s\n", f.Title)
	}
	for _, t := range p.Talk {
		fmt.Fprintf(&b, "Talk through: %s\n", t)
	}
	if p.Manager != "" {
		fmt.Fprintf(&b, "What %s commits to: %s\n", manager, p.Manager)
	}
	return b.String()
}

// lookAt is what a check-in looks at: the milestone due by then, and each
// focus area's indicator from its baseline towards its target.
func lookAt(p *workshop.Plan, milestone string) string {
	var b strings.Builder
	if milestone != "" {
		fmt.Fprintf(&b, "By now: %s\n", milestone)
	}
	if len(p.Focus) > 0 {
		b.WriteString("Look at:\n")
	}
	for _, f := range p.Focus {
		fmt.Fprintf(&b, "- %s", f.Title)
		if f.Goal.Measurable != "" {
			fmt.Fprintf(&b, ": %s", f.Goal.Measurable)
		}
		switch {
		case f.Goal.Baseline != "" && f.Goal.Target != "":
			fmt.Fprintf(&b, " (from %s towards %s)", f.Goal.Baseline, f.Goal.Target)
		case f.Goal.Target != "":
			fmt.Fprintf(&b, " (towards %s)", f.Goal.Target)
		}
		b.WriteString("\n")
	}
	return b.String()
}
