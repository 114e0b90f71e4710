package workshop

import (
	"testing"
	"time"
)

// fixture is a small valid content pack: two dimensions (one of scenarios),
// three expectations and three skills.
func fixture(t testing.TB) *Content {
	t.Helper()
	levels := []string{"l1", "l2", "l3", "l4", "l5"}
	skill := func(id string) Skill {
		return Skill{ID: id, Name: "Skill " + id, Description: "d", Seed: "s.txt", Levels: levels, Actions: []Action{
			{ID: id + ".a70", Text: "do " + id, Kind: Experience},
			{ID: id + ".a20", Text: "ask about " + id, Kind: People},
			{ID: id + ".a10", Text: "read on " + id, Kind: Courses},
		}}
	}
	c := &Content{
		Format: ContentFormat, Version: ContentVersion, ID: "fixture", Title: "Fixture", Edition: "1",
		Dimensions: []Dimension{
			{ID: "dim.a", Name: "Alpha", Seed: "s.txt", Skill: "sk.x", Low: "low a", High: "high a", Items: []Item{
				{ID: "a.1", Text: "one", Seed: "s.txt"},
				{ID: "a.2", Text: "two", Seed: "s.txt", Reverse: true},
			}, Prompts: []Prompt{{ID: "a.p", Text: "Where have I become too necessary?", Seed: "s.txt"}}},
			{ID: "dim.b", Name: "Beta", Seed: "s.txt", Skill: "sk.y", Low: "low b", High: "high b", Items: []Item{
				{ID: "b.1", Text: "scene", Seed: "s.txt", Situation: "it broke", Rescue: "I fix it", Lead: "I ask"},
			}},
		},
		Expectations: []Expectation{
			{ID: "e.1", Statement: "first", Seed: "s.txt", Skill: "sk.z", Questions: []string{"q1"}},
			{ID: "e.2", Statement: "second", Seed: "s.txt", Questions: []string{"q2"}},
			{ID: "e.3", Statement: "third", Seed: "s.txt", Skill: "sk.x", Questions: []string{"q3"}},
		},
		Skills:     []Skill{skill("sk.x"), skill("sk.y"), skill("sk.z")},
		Delegation: Delegation{Seed: "s.txt", Intro: "map it", Types: []string{"Decision", "Task"}, MinRow: 1},
	}
	if err := c.Validate(); err != nil {
		t.Fatalf("fixture is invalid: %v", err)
	}
	return c
}

var day = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

// answered returns answers to the fixture with every item rated v.
func answered(c *Content, v int) *Answers {
	a := NewAnswers(c.ID, day)
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

func ids[T any](xs []T, id func(T) string) string {
	out := ""
	for _, x := range xs {
		out += id(x) + " "
	}
	return out
}
