package analysis

import (
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// fixture is a small valid content pack: two dimensions (one of scenarios,
// with one where stepping in is right), three expectations of both
// polarities, three skills and the role focus.
func fixture(t testing.TB) *workshop.Content {
	t.Helper()
	levels := []string{"l1", "l2", "l3", "l4", "l5"}
	guide := func(id string, src workshop.Source, cues ...string) workshop.Guide {
		return workshop.Guide{Goal: "Hand one task a week to the team: " + id, Indicator: workshop.Indicator{Text: "count " + id, Source: src},
			Shift: "From doing " + id + " myself to the team doing it", IfThen: "When x, I y.", Obstacle: "obstacle " + id, Response: "response " + id, Cues: cues}
	}
	actions := func(id string) []workshop.Action {
		return []workshop.Action{{ID: id + ".a70", Text: "do " + id, Kind: workshop.Experience},
			{ID: id + ".a20", Text: "ask about " + id, Kind: workshop.People},
			{ID: id + ".a10", Text: "read on " + id, Kind: workshop.Courses}}
	}
	skill := func(id string, src workshop.Source, cues ...string) workshop.Skill {
		return workshop.Skill{ID: id, Name: "Skill " + id, Description: "d", Seed: "s.txt", Levels: levels, Needed: 3,
			Actions: actions(id), Guide: guide(id, src, cues...)}
	}
	c := &workshop.Content{
		Format: workshop.ContentFormat, Version: workshop.ContentVersion, ID: "fixture", Title: "Fixture", Edition: "1",
		Dimensions: []workshop.Dimension{
			{ID: "dim.a", Name: "Alpha", Seed: "s.txt", Skill: "sk.x", Low: "low a", Mid: "mid a", High: "high a", Items: []workshop.Item{
				{ID: "a.1", Text: "one", Seed: "s.txt", Skill: "sk.x"},
				{ID: "a.2", Text: "two", Seed: "s.txt", Reverse: true, Skill: "sk.x"},
				{ID: "a.3", Text: "three", Seed: "s.txt", Flag: "Worth a talk.", Skill: "sk.x"},
			}, Prompts: []workshop.Prompt{{ID: "a.p", Text: "Where have I become too necessary?", Seed: "s.txt"}}},
			{ID: "dim.rescue", Name: "Beta", Seed: "s.txt", Skill: "sk.y", Low: "low b", Mid: "mid b", High: "high b", Items: []workshop.Item{
				{ID: "b.1", Text: "scene one", Seed: "s.txt", Situation: "it broke", Rescue: "I fix it", Lead: "I ask", Skill: "sk.y"},
				{ID: "b.2", Text: "scene two", Seed: "s.txt", Situation: "it broke again", Rescue: "I fix it", Lead: "I ask", Skill: "sk.y"},
				{ID: "b.3", Text: "breach", Seed: "s.txt", Situation: "a breach", Rescue: "I take command", Lead: "I wait", StepIn: true, Skill: "sk.y"},
			}},
			{ID: "dim.m", Name: "Motive", Seed: "s.txt", Skill: "focus.role", Low: "low m", Mid: "mid m", High: "high m", Items: []workshop.Item{
				{ID: "m.1", Text: "want", Seed: "s.txt", Skill: "focus.role"},
				{ID: "m.2", Text: "go back", Seed: "s.txt", Reverse: true, Skill: "focus.role"},
				{ID: "m.3", Text: "choose", Seed: "s.txt", Skill: "focus.role"},
			}},
		},
		Expectations: []workshop.Expectation{
			{ID: "e.1", Statement: "first", Seed: "s.txt", Polarity: workshop.Role, Skill: "sk.z", Questions: []string{"q1"}},
			{ID: "e.2", Statement: "second", Seed: "s.txt", Polarity: workshop.Myth, Provides: true, Skill: "focus.role", Questions: []string{"q2"}},
			{ID: "e.3", Statement: "third", Seed: "s.txt", Polarity: workshop.Myth, Skill: "sk.x", Questions: []string{"q3"}},
		},
		Skills: []workshop.Skill{skill("sk.x", workshop.SourceHandovers, "weekend"), skill("sk.y", workshop.SourceEscalations), skill("sk.z", workshop.SourcePeople)},
		Delegation: workshop.Delegation{Seed: "s.txt", Intro: "map it", Types: []string{"Decision", "Task"},
			Levels: []string{"I decide", "We decide", "You decide"}, MinRow: 1},
		RoleFocus: workshop.RoleFocus{ID: "focus.role", Title: "Decide", Description: "d", Seed: "s.txt",
			Actions: actions("focus.role"), Guide: guide("focus.role", workshop.SourcePeople, "pay")},
		ThreeWay: workshop.ThreeWayWords{
			BlindSpots: map[workshop.Quadrant]string{workshop.Aligned: "same", workshop.NotSupported: "more than your manager",
				workshop.RoleGap: "your manager expects more", workshop.MythHeld: "a picture your manager does not share", workshop.MythPushed: "your manager pushes it"},
			ProvidesBlindSpots: map[workshop.Quadrant]string{workshop.MythHeld: "gives less", workshop.MythPushed: "gives more"},
			MisreadingMore:     "more ({org}) than your manager says ({manager})", MisreadingLess: "less ({org}) than your manager says ({manager})"},
		CoreQuestions:  []string{"core 1", "core 2"},
		Contradictions: []workshop.Contradiction{{A: "m.1", B: "m.2", Text: "Talk about it."}},
		Routes:         workshop.Routes{ManagingUp: "sk.z", People: "sk.z", Standards: []string{"sk.z"}},
		Retired:        []workshop.Retired{{ID: "old.1", MapTo: "a.1", Flip: true}, {ID: "old.2"}},
	}
	if err := c.Validate(); err != nil {
		t.Fatalf("fixture is invalid: %v", err)
	}
	return c
}

var today = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC) // a Monday

// answered returns answers to the fixture with every item rated v.
func answered(c *workshop.Content, v int) *workshop.Answers {
	a := workshop.NewAnswers(c.ID, today)
	a.Participant = workshop.Participant{Name: "Zoë Müller", Role: "Team lead"}
	for _, it := range allItems(c) {
		a.Ratings[it.ID] = v
	}
	for _, e := range c.Expectations {
		a.Expectations[e.ID] = workshop.Pair{Me: v, Org: v}
	}
	for _, s := range c.Skills {
		a.Skills[s.ID] = workshop.SkillRate{Current: v, Importance: v}
	}
	return a
}

// mixed returns answers to the fixture that show no pattern and no gap:
// every item answered on the ready side but not at the extreme, each
// expectation aligned, skills at or above the level needed and apart.
func mixed(c *workshop.Content) *workshop.Answers {
	a := answered(c, 4)
	a.Ratings["a.2"], a.Ratings["m.2"], a.Ratings["b.3"] = 2, 2, 2
	a.Skills["sk.x"] = workshop.SkillRate{Current: 3, Importance: 3}
	a.Skills["sk.z"] = workshop.SkillRate{Current: 5, Importance: 3}
	return a
}
