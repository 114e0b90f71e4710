package workshop

import (
	"strings"
	"testing"
)

func TestNewPlan(t *testing.T) {
	c := fixture(t)
	a := answered(c, 3)
	a.Delegations = []DelegationRow{
		{What: "Approving changes", Owner: "Sam", By: "2026-12-10", Level: 3},
		{What: "The uptime report", Owner: "Jo", By: "2027-02-01"},
	}
	a.Week = Week{Today: Hours{Technical: 30, People: 2, Planning: 4, Stakeholders: 4},
		Target: Hours{Technical: 20, People: 8, Planning: 6, Stakeholders: 6},
		Counts: map[Source]int{SourceEscalations: 12}}
	r := &Report{Focus: []Suggestion{{ID: "sk.x", Title: "Skill sk.x", Why: "A; b.", Current: 2, Target: 3}, {ID: "sk.y", Title: "Skill sk.y"}}}
	p := NewPlan(c, a, r, today)
	if len(p.Focus) != 2 {
		t.Fatalf("focus areas: %d, want 2", len(p.Focus))
	}
	f, g := p.Focus[0], p.Focus[1]
	for _, k := range Kinds {
		if got := f.ActionsOf(k); len(got) != 1 {
			t.Errorf("kind %s: %d actions, want exactly 1", k, len(got))
		}
	}
	if f.Goal.Baseline != "2" || f.Goal.Target != "0" || g.Goal.Baseline != "12" || g.Goal.Target != "6" {
		t.Errorf("baselines and targets: %q→%q, %q→%q", f.Goal.Baseline, f.Goal.Target, g.Goal.Baseline, g.Goal.Target)
	}
	if f.FirstStepDate == g.FirstStepDate || f.Goal.By == g.Goal.By || f.Support == g.Support {
		t.Errorf("both areas share dates or support: %+v / %+v", f, g)
	}
	if f.FirstStepDate != "2026-11-30" || p.Reviews[2] != "2027-02-22" {
		t.Errorf("dates: first step %s, last review %s (weekdays after 7 and 90 days)", f.FirstStepDate, p.Reviews[2])
	}
	if !strings.Contains(f.FirstStep, "Ask Sam to take over \"Approving changes\"") {
		t.Errorf("first step %q", f.FirstStep)
	}
	if f.Goal.Achievable != "One level up in 90 days: from \"l2\" to \"l3\"" {
		t.Errorf("achievable %q", f.Goal.Achievable)
	}
	if want := "Approving changes myself: Sam owns it from 10 December 2026 (you decide)."; p.StopDoing[0] != want {
		t.Errorf("stop-doing %q, want %q", p.StopDoing[0], want)
	}
	if !strings.Contains(p.Day30, "\"Approving changes\" handed over to Sam") || !strings.Contains(p.Day90, "\"The uptime report\" handed over to Jo") {
		t.Errorf("milestones %q / %q", p.Day30, p.Day90)
	}
	if !strings.HasPrefix(p.Shift, "From 30 hours a week of hands-on technical work to 20") {
		t.Errorf("shift %q", p.Shift)
	}
	if len(p.Obstacles) != 2 || p.Obstacles[0].Obstacle != "obstacle sk.x" {
		t.Errorf("obstacles %+v", p.Obstacles)
	}
}

func TestReadDateAcceptsCommonForms(t *testing.T) {
	for _, in := range []string{"2026-12-01", "1 December 2026", "1 Dec 2026", "December 1, 2026", "1/12/2026", "01/12/2026", " 1.12.2026 "} {
		if got, err := ReadDate(in); err != nil || got != "2026-12-01" {
			t.Errorf("ReadDate(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ReadDate("someday"); err == nil || !strings.Contains(err.Error(), "someday") {
		t.Errorf("someday: %v", err)
	}
}

func TestLongDate(t *testing.T) {
	if got := Long("2027-03-05"); got != "5 March 2027" {
		t.Errorf("Long = %q", got)
	}
	if got := Long("next week"); got != "next week" {
		t.Errorf("Long of text = %q", got)
	}
}

func TestCloneIsDeep(t *testing.T) {
	c := fixture(t)
	a := answered(c, 2)
	a.Delegations = []DelegationRow{{What: "w", Owner: "o"}}
	a.Week.Counts = map[Source]int{SourceEscalations: 3}
	a.Plan = NewPlan(c, a, Analyze(c, a), today)
	b := a.Clone()
	b.Ratings["a.1"] = 5
	b.Delegations[0].What = "changed"
	b.Week.Counts[SourceEscalations] = 9
	b.Plan.Focus[0].Actions[0].Text = "changed"
	b.Plan.Reviews[0] = "changed"
	b.Plan.StopDoing[0] = "changed"
	if a.Ratings["a.1"] != 2 || a.Delegations[0].What != "w" || a.Plan.Focus[0].Actions[0].Text == "changed" ||
		a.Plan.Reviews[0] == "changed" || a.Week.Counts[SourceEscalations] != 3 || a.Plan.StopDoing[0] == "changed" {
		t.Error("changing the clone changed the original")
	}
}

func TestFileStem(t *testing.T) {
	for name, want := range map[string]string{
		"Zoë Müller":       "Zoë-Müller",
		"../../etc/passwd": "etc-passwd",
		"":                 "participant",
		"  ***  ":          "participant",
		"Łukasz Żółć (IT)": "Łukasz-Żółć-IT",
		"a\x00b/c\\d:e":    "a-b-c-d-e",
	} {
		if got := (Participant{Name: name}).FileStem(); got != want {
			t.Errorf("FileStem(%q) = %q, want %q", name, got, want)
		}
	}
}
