package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func TestOwnersReadAsPartOfASentence(t *testing.T) {
	for typed, want := range map[string]string{
		"Priya":                      "Priya",
		"Marisa, as buddy":           "Marisa, as buddy",
		"The team, by rule":          "the team, by rule",
		"Whoever finishes the rota.": "whoever finishes the rota",
		"the on-call engineer":       "the on-call engineer",
		"Nobody yet":                 "",
		"Me for now":                 "",
		"  ?  ":                      "",
		"not sure":                   "",
		"":                           "",
	} {
		got, ok := owner(typed)
		if got != want || ok != (want != "") {
			t.Errorf("owner(%q) = %q, %v; want %q", typed, got, ok, want)
		}
	}
}

// A row whose owner is nobody yet is never handed to "Nobody yet".
func TestARowWithoutAnOwnerAsksToFindOne(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Skills["sk.x"] = workshop.SkillRate{Current: 1, Importance: 5}
	a.Delegations = []workshop.DelegationRow{{What: "SAN firmware upgrades", Owner: "Nobody yet", By: "2026-12-10", Kind: workshop.RowHold}}
	p := NewPlan(c, a, &Report{Focus: []Suggestion{{ID: "sk.x", Title: "Skill sk.x", Current: 1, Target: 2}}}, today)
	all := strings.Join(append([]string{p.Focus[0].FirstStep, p.Focus[0].Actions[0].Text, p.Day30, p.Day60, p.Day90}, p.StopDoing...), " | ")
	if strings.Contains(all, "Nobody yet") || strings.Contains(all, "Ask Nobody") {
		t.Errorf("the plan hands the row to nobody: %s", all)
	}
	if !strings.Contains(p.Focus[0].FirstStep, "Find who on the team could own \"SAN firmware upgrades\"") {
		t.Errorf("first step %q", p.Focus[0].FirstStep)
	}
}

func TestTheOwnTargetWeekIsFollowedEitherWay(t *testing.T) {
	a := &workshop.Answers{Week: workshop.Week{Today: workshop.Hours{Technical: 20, Stakeholders: 16}, Target: workshop.Hours{Technical: 20, Stakeholders: 14}}}
	if got := a.TargetFor(workshop.SourceStakeholders, 16); got != 14 {
		t.Errorf("stakeholder hours 16, own target 14: target %d", got)
	}
}
