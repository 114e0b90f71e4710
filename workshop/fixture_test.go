package workshop

import (
	"testing"
	"time"
)

// fixture is a small valid content pack: two dimensions (one of scenarios,
// with one where stepping in is right), three expectations of both
// polarities, three skills and the role focus.
func fixture(t testing.TB) *Content {
	t.Helper()
	levels := []string{"l1", "l2", "l3", "l4", "l5"}
	guide := func(id string, src Source, cues ...string) Guide {
		return Guide{Goal: "Hand one task a week to the team: " + id, Indicator: Indicator{Text: "count " + id, Source: src},
			IfThen: "When x, I y.", Obstacle: "obstacle " + id, Response: "response " + id, Cues: cues}
	}
	actions := func(id string) []Action {
		return []Action{{ID: id + ".a70", Text: "do " + id, Kind: Experience},
			{ID: id + ".a20", Text: "ask about " + id, Kind: People},
			{ID: id + ".a10", Text: "read on " + id, Kind: Courses}}
	}
	skill := func(id string, src Source, cues ...string) Skill {
		return Skill{ID: id, Name: "Skill " + id, Description: "d", Seed: "s.txt", Levels: levels, Needed: 3,
			Actions: actions(id), Guide: guide(id, src, cues...)}
	}
	c := &Content{
		Format: ContentFormat, Version: ContentVersion, ID: "fixture", Title: "Fixture", Edition: "1",
		Dimensions: []Dimension{
			{ID: "dim.a", Name: "Alpha", Seed: "s.txt", Skill: "sk.x", Low: "low a", Mid: "mid a", High: "high a", Items: []Item{
				{ID: "a.1", Text: "one", Seed: "s.txt", Skill: "sk.x"},
				{ID: "a.2", Text: "two", Seed: "s.txt", Reverse: true, Skill: "sk.x"},
				{ID: "a.3", Text: "three", Seed: "s.txt", Flag: "Worth a talk.", Skill: "sk.x"},
			}, Prompts: []Prompt{{ID: "a.p", Text: "Where have I become too necessary?", Seed: "s.txt"}}},
			{ID: "dim.rescue", Name: "Beta", Seed: "s.txt", Skill: "sk.y", Low: "low b", Mid: "mid b", High: "high b", Items: []Item{
				{ID: "b.1", Text: "scene one", Seed: "s.txt", Situation: "it broke", Rescue: "I fix it", Lead: "I ask", Skill: "sk.y"},
				{ID: "b.2", Text: "scene two", Seed: "s.txt", Situation: "it broke again", Rescue: "I fix it", Lead: "I ask", Skill: "sk.y"},
				{ID: "b.3", Text: "breach", Seed: "s.txt", Situation: "a breach", Rescue: "I take command", Lead: "I wait", StepIn: true, Skill: "sk.y"},
			}},
			{ID: "dim.m", Name: "Motive", Seed: "s.txt", Skill: "focus.role", Low: "low m", Mid: "mid m", High: "high m", Items: []Item{
				{ID: "m.1", Text: "want", Seed: "s.txt", Skill: "focus.role"},
				{ID: "m.2", Text: "go back", Seed: "s.txt", Reverse: true, Skill: "focus.role"},
				{ID: "m.3", Text: "choose", Seed: "s.txt", Skill: "focus.role"},
			}},
		},
		Expectations: []Expectation{
			{ID: "e.1", Statement: "first", Seed: "s.txt", Polarity: Role, Skill: "sk.z", Questions: []string{"q1"}},
			{ID: "e.2", Statement: "second", Seed: "s.txt", Polarity: Myth, Provides: true, Skill: "focus.role", Questions: []string{"q2"}},
			{ID: "e.3", Statement: "third", Seed: "s.txt", Polarity: Myth, Skill: "sk.x", Questions: []string{"q3"}},
		},
		Skills: []Skill{skill("sk.x", SourceHandovers, "weekend"), skill("sk.y", SourceEscalations), skill("sk.z", SourcePeople)},
		Delegation: Delegation{Seed: "s.txt", Intro: "map it", Types: []string{"Decision", "Task"},
			Levels: []string{"I decide", "We decide", "You decide"}, MinRow: 1},
		RoleFocus: RoleFocus{ID: "focus.role", Title: "Decide", Description: "d", Seed: "s.txt",
			Actions: actions("focus.role"), Guide: guide("focus.role", SourcePeople, "pay")},
		ThreeWay: ThreeWayWords{
			BlindSpots: map[Quadrant]string{Aligned: "same", NotSupported: "more than your manager",
				RoleGap: "your manager expects more", MythHeld: "a picture your manager does not share", MythPushed: "your manager pushes it"},
			ProvidesBlindSpots: map[Quadrant]string{MythHeld: "gives less", MythPushed: "gives more"},
			MisreadingMore:     "more ({org}) than your manager says ({manager})", MisreadingLess: "less ({org}) than your manager says ({manager})"},
		CoreQuestions:  []string{"core 1", "core 2"},
		Contradictions: []Contradiction{{A: "m.1", B: "m.2", Text: "Talk about it."}},
		Routes:         Routes{ManagingUp: "sk.z", People: "sk.z", Standards: []string{"sk.z"}},
		Retired:        []Retired{{ID: "old.1", MapTo: "a.1", Flip: true}, {ID: "old.2"}},
	}
	if err := c.Validate(); err != nil {
		t.Fatalf("fixture is invalid: %v", err)
	}
	return c
}

var today = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC) // a Monday

// answered returns answers to the fixture with every item rated v.
func answered(c *Content, v int) *Answers {
	a := NewAnswers(c.ID, today)
	a.Participant = Participant{Name: "Zoë Müller", Role: "Team lead"}
	for _, id := range c.items() {
		a.Ratings[id] = v
	}
	for _, id := range c.expectationIDs() {
		a.Expectations[id] = Pair{Me: v, Org: v}
	}
	for _, id := range c.skillIDs() {
		a.Skills[id] = SkillRate{Current: v, Importance: v}
	}
	return a
}

// mixed returns answers to the fixture that show no pattern and no gap:
// every item answered on the ready side but not at the extreme, each
// expectation aligned, skills at or above the level needed and apart.
func mixed(c *Content) *Answers {
	a := answered(c, 4)
	a.Ratings["a.2"], a.Ratings["m.2"], a.Ratings["b.3"] = 2, 2, 2
	a.Skills["sk.x"] = SkillRate{Current: 3, Importance: 3}
	a.Skills["sk.z"] = SkillRate{Current: 5, Importance: 3}
	return a
}

// samplePlan is a drafted plan with one complete focus area, as the
// analysis would draft it for the fixture.
func samplePlan() *Plan {
	return &Plan{
		Shift:   "Over the next 90 days, I work on skill sk.x.",
		Reviews: []string{"2026-12-23", "2027-01-22", "2027-02-22"},
		Focus: []FocusArea{{Skill: "sk.x", Title: "Skill sk.x", Why: "You rated yourself at level 2.", Current: 2, Target: 3,
			Goal: Goal{Specific: "Hand one task a week to the team: sk.x", Measurable: "count sk.x", Baseline: "2", Target: "0",
				Achievable: "One level up.", Relevant: "d", By: "2027-02-15"},
			Actions: []PlanAction{{Text: "do sk.x", Kind: Experience}, {Text: "ask about sk.x", Kind: People}, {Text: "read on sk.x", Kind: Courses}},
			IfThen:  "When x, I y.", Support: "My manager.", FirstStep: "Ask Sam to take over the report.", FirstStepDate: "2026-11-30"}},
		StopDoing: []string{"Approving changes myself: Sam owns it."},
		Day30:     "Baseline confirmed.",
	}
}
