package calendar

import (
	"errors"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func planned() *workshop.Answers {
	a := workshop.NewAnswers("builtin", stamp)
	a.ID = "a1"
	a.Participant.Manager = "Jiří Dvořák"
	a.Plan = &workshop.Plan{
		Focus: []workshop.FocusArea{
			{Title: "Delegation", FirstStep: "Hand the change approvals to Ana", FirstStepDate: "2026-12-14",
				IfThen: "If an approval lands on my desk, then I forward it to Ana.",
				Goal:   workshop.Goal{Specific: "The team approves changes", Measurable: "changes I approve myself each week", Baseline: "9", Target: "2"}},
			{Title: "Feedback", FirstStep: "Ask Tom for feedback", FirstStepDate: "2026-12-21",
				Goal: workshop.Goal{Measurable: "feedback conversations a week", Target: "3"}},
		},
		Day30: "Ana runs the change board.", Day60: "Two of three approvals by the team.", Day90: "I approve only emergencies.",
		Talk:    []string{"Whether the 70% hands-on time is what Jiří expects"},
		Reviews: []string{"2027-01-06", "2027-02-05", "2027-03-08"},
	}
	return a
}

func TestPlanEventsAreThePlansDatesWithWhatToLookAt(t *testing.T) {
	a := planned()
	a.Plan.ManagerTalk = "2026-12-10"
	a.Plan.Buddy, a.Plan.BuddyCheckIn = "Oskar", "2027-01-07"
	events, err := PlanEvents(a)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ day, summary, uid string }{
		{"2026-12-10", "Plan conversation with Jiří Dvořák", "a1-manager@leadshift"},
		{"2026-12-14", "First step: Hand the change approvals to Ana", "a1-first-step-1@leadshift"},
		{"2026-12-21", "First step: Ask Tom for feedback", "a1-first-step-2@leadshift"},
		{"2027-01-06", "Check-in, day 30, of my action plan", "a1-day30@leadshift"},
		{"2027-01-07", "Check-in with Oskar, my accountability buddy", "a1-buddy@leadshift"},
		{"2027-02-05", "Check-in, day 60, of my action plan", "a1-day60@leadshift"},
		{"2027-03-08", "Check-in, day 90, of my action plan", "a1-day90@leadshift"},
	}
	if len(events) != len(want) {
		t.Fatalf("%d events, want %d: %+v", len(events), len(want), events)
	}
	for i, w := range want {
		e := events[i]
		if e.Day.Format(workshop.DateLayout) != w.day || e.Summary != w.summary || e.UID != w.uid {
			t.Errorf("event %d: %s %q %s, want %s %q %s", i, e.Day.Format(workshop.DateLayout), e.Summary, e.UID, w.day, w.summary, w.uid)
		}
	}
	for _, s := range []string{"By now: Ana runs the change board.", "- Delegation: changes I approve myself each week (from 9 towards 2)", "- Feedback: feedback conversations a week (towards 3)"} {
		if !strings.Contains(events[3].Description, s) {
			t.Errorf("the day-30 check-in does not say %q:\n%s", s, events[3].Description)
		}
	}
	if !strings.Contains(events[5].Description, "Record it in LeadShift: on the start screen, My plans, Check in.") {
		t.Errorf("the day-60 check-in does not say where to record it:\n%s", events[5].Description)
	}
	if !strings.Contains(events[6].Description, "By now: I approve only emergencies.") || !strings.Contains(events[6].Description, "Re-take the situations") {
		t.Errorf("the day-90 check-in lacks its milestone or the re-take:\n%s", events[6].Description)
	}
	if d := events[0].Description; !strings.Contains(d, "- Delegation\n") || !strings.Contains(d, "Talk through: Whether the 70%") || strings.Contains(d, "No day was agreed") {
		t.Errorf("the manager conversation does not list the focus areas and what to talk through:\n%s", d)
	}
	if d := events[1].Description; !strings.Contains(d, "If-then: If an approval lands on my desk") {
		t.Errorf("the first step lacks its if-then:\n%s", d)
	}
}

func TestWithoutAnAgreedDayTheManagerTalkGoesOnTheFirstStep(t *testing.T) {
	events, err := PlanEvents(planned()) // no managerTalk, no buddy
	if err != nil {
		t.Fatal(err)
	}
	var talk *Event
	for i, e := range events {
		if strings.Contains(e.Summary, "buddy") {
			t.Errorf("a plan without a buddy has a buddy event: %q", e.Summary)
		}
		if e.UID == "a1-manager@leadshift" {
			talk = &events[i]
		}
	}
	if talk == nil || talk.Day.Format(workshop.DateLayout) != "2026-12-14" || !strings.HasPrefix(talk.Description, "No day was agreed") {
		t.Errorf("the manager conversation without a day = %+v, want it on the first step's day, saying so", talk)
	}
	if len(events) != 6 {
		t.Errorf("%d events, want 2 first steps, the manager and 3 check-ins", len(events))
	}
}

func TestBadPlansGetASpecificError(t *testing.T) {
	a := planned()
	a.Plan = nil
	if _, err := PlanEvents(a); !errors.Is(err, ErrNoPlan) {
		t.Errorf("no plan: %v, want ErrNoPlan", err)
	}
	for field, spoil := range map[string]func(p *workshop.Plan){
		"plan.focus[1].firstStepDate": func(p *workshop.Plan) { p.Focus[1].FirstStepDate = "next Monday" },
		"plan.reviews[2]":             func(p *workshop.Plan) { p.Reviews[2] = "2027-02-30" },
		"plan.managerTalk":            func(p *workshop.Plan) { p.ManagerTalk = "10.12.2026" },
		"plan.buddyCheckIn":           func(p *workshop.Plan) { p.Buddy, p.BuddyCheckIn = "Oskar", "soon" },
	} {
		a := planned()
		spoil(a.Plan)
		if _, err := PlanEvents(a); err == nil || !strings.HasPrefix(err.Error(), field+": ") || !strings.Contains(err.Error(), "is not a date") {
			t.Errorf("%s spoilt: error %v, want one naming the field", field, err)
		}
	}
	a = planned()
	a.Plan.Focus, a.Plan.Reviews = nil, nil
	if _, err := PlanEvents(a); err == nil || !strings.Contains(err.Error(), "no dates") {
		t.Errorf("a plan without dates: %v", err)
	}
}
