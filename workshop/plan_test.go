package workshop

import (
	"strings"
	"testing"
)

func TestNewPlan(t *testing.T) {
	c := fixture(t)
	a := answered(c, 3)
	a.Delegations = []DelegationRow{
		{What: "Approving changes", Owner: "Sam", By: "2026-12-10", Level: 3, Kind: RowHold},
		{What: "The uptime report", Owner: "Jo", By: "2027-02-01", Kind: RowHold},
		{What: "Closing tickets unresolved", Owner: "Kev", By: "2026-12-15", Kind: RowStandard},
		{What: "Backups", Owner: "Ann", Kind: RowHanded},
		{What: "The CEO's laptop", Owner: "Ann", Kind: RowNote},
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
	if want := "Approving changes myself: Sam owns it from 10 December 2026 (you decide)."; len(p.StopDoing) != 3 || p.StopDoing[0] != want {
		t.Fatalf("stop-doing %q, want three lines starting %q", p.StopDoing, want)
	}
	// A standard someone is not meeting is a conversation, not a hand-over;
	// rows handed over or only noted stop nothing.
	if want := "Covering for it myself: \"Closing tickets unresolved\" becomes a conversation with Kev about the standard, by 15 December 2026."; p.StopDoing[2] != want {
		t.Errorf("stop-doing %q, want %q", p.StopDoing[2], want)
	}
	if !strings.Contains(p.Day30, "the conversation with Kev about \"Closing tickets unresolved\" held") || strings.Contains(p.Day30+p.Day60+p.Day90, "Ann") {
		t.Errorf("milestones %q / %q / %q", p.Day30, p.Day60, p.Day90)
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
	a := mixed(c)
	a.Skills["sk.x"] = SkillRate{Current: 1, Importance: 5}
	a.Delegations = []DelegationRow{{What: "w", Owner: "o", Kind: RowHold}}
	a.Week.Counts = map[Source]int{SourceEscalations: 3}
	a.Tags = map[string][]string{"a.p": {"sk.x"}}
	a.Plan = NewPlan(c, a, Analyze(c, a), today)
	b := a.Clone()
	b.Tags["a.p"][0] = "changed"
	b.Ratings["a.1"] = 5
	b.Delegations[0].What = "changed"
	b.Week.Counts[SourceEscalations] = 9
	b.Plan.Focus[0].Actions[0].Text = "changed"
	b.Plan.Reviews[0] = "changed"
	b.Plan.StopDoing[0] = "changed"
	if a.Ratings["a.1"] != 4 || a.Tags["a.p"][0] != "sk.x" || a.Delegations[0].What != "w" || a.Plan.Focus[0].Actions[0].Text == "changed" ||
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
