package workshop

import (
	"errors"
	"testing"
)

func TestValidateBrokenPack(t *testing.T) {
	tests := []struct {
		name      string
		break_    func(c *Content)
		wantItem  string
		wantField string
	}{
		{"wrong format", func(c *Content) { c.Format = "x" }, "", "format"},
		{"newer version", func(c *Content) { c.Version = 3 }, "", "version"},
		{"no polarity", func(c *Content) { c.Expectations[1].Polarity = "" }, "e.2", "polarity"},
		{"no needed level", func(c *Content) { c.Skills[0].Needed = 0 }, "sk.x", "needed"},
		{"unknown indicator", func(c *Content) { c.Skills[1].Indicator.Source = "mood" }, "sk.y", "indicator.source"},
		{"missing 10 action", func(c *Content) { c.Skills[2].Actions = c.Skills[2].Actions[:2] }, "sk.z", "actions"},
		{"no mid text", func(c *Content) { c.Dimensions[0].Mid = "" }, "dim.a", "mid"},
		{"bad contradiction", func(c *Content) { c.Contradictions[0].B = "nope" }, "", "contradictions[0]"},
		{"retired still used", func(c *Content) { c.Retired[0].ID = "a.2" }, "a.2", "retired"},
		{"link to nothing", func(c *Content) { c.Dimensions[1].Items[0].Skill = "sk.none" }, "b.1", "skill"},
		{"no title", func(c *Content) { c.Title = " " }, "", "title"},
		{"duplicate id", func(c *Content) { c.Dimensions[1].Items[0].ID = "a.1" }, "a.1", "id"},
		{"bad id", func(c *Content) { c.Expectations[0].ID = "Has Space" }, "Has Space", "id"},
		{"missing seed", func(c *Content) { c.Dimensions[0].Items[1].Seed = "" }, "a.2", "seed"},
		{"four levels", func(c *Content) { c.Skills[1].Levels = c.Skills[1].Levels[:4] }, "sk.y", "levels"},
		{"empty level", func(c *Content) { c.Skills[0].Levels = []string{"a", "b", "", "d", "e"} }, "sk.x", "levels[2]"},
		{"bad action kind", func(c *Content) { c.Skills[2].Actions[0].Kind = "50" }, "sk.z.a70", "kind"},
		{"scenario without lead", func(c *Content) { c.Dimensions[1].Items[0].Lead = "" }, "b.1", "lead"},
		{"reversed scenario", func(c *Content) { c.Dimensions[1].Items[0].Reverse = true }, "b.1", "reverse"},
		{"no questions", func(c *Content) { c.Expectations[1].Questions = nil }, "e.2", "questions"},
		{"unknown skill", func(c *Content) { c.Expectations[2].Skill = "sk.nope" }, "e.3", "skill"},
		{"dimension without skill", func(c *Content) { c.Dimensions[0].Skill = "" }, "dim.a", "skill"},
		{"no skills", func(c *Content) { c.Skills = nil; c.Dimensions[0].Skill = ""; c.Dimensions[1].Skill = "" }, "", "skills"},
		{"negative rows", func(c *Content) { c.Delegation.MinRow = -1 }, "", "delegation.minRows"},
		{"no three-way label", func(c *Content) { delete(c.ThreeWay.BlindSpots, RoleGap) }, "", `threeWay.blindSpots["role-gap"]`},
		{"unknown three-way label", func(c *Content) { c.ThreeWay.ProvidesBlindSpots[RoleGap] = "x" }, "", "threeWay.providesBlindSpots"},
		{"misreading without a rating", func(c *Content) { c.ThreeWay.MisreadingLess = "less than {org}" }, "", "threeWay.misreadingLess"},
		{"a turn chosen by no kind of row", func(c *Content) {
			c.Skills[0].Turns = []Turn{{ID: "sk.x.t", Rows: []RowKind{"someday"}, Guide: c.Skills[0].Guide}}
		}, "sk.x", "turns.rows"},
		{"a turn's levels short of five", func(c *Content) {
			c.Skills[0].Turns = []Turn{{ID: "sk.x.t", Cues: []string{"x"}, Levels: []string{"a", "b"}, Guide: c.Skills[0].Guide}}
		}, "sk.x.sk.x.t", "levels"},
		{"a turn's level a failure", func(c *Content) {
			c.Skills[0].Turns = []Turn{{ID: "sk.x.t", Cues: []string{"x"}, Levels: []string{"a", "b", "I hold them, and cancel them when busy.", "d", "e"}, Guide: c.Skills[0].Guide}}
		}, "sk.x.sk.x.t", "levels[2]"},
		{"a count obstacle without the count", func(c *Content) {
			c.Skills[1].CountObstacle = &CountObstacle{Obstacle: "Evenings.", Response: "I say who covers."}
			c.Skills[1].Indicator.Source = SourceAfterHours
		}, "sk.y", "countObstacle.obstacle"},
		{"a turn chosen by nothing", func(c *Content) {
			c.Skills[0].Turns = []Turn{{ID: "sk.x.t", Guide: c.Skills[0].Guide}}
		}, "sk.x", "turns"},
		{"a failure as a step up", func(c *Content) {
			c.Skills[0].Levels = []string{"a", "I ask what they tried, then give the answer anyway.", "c", "d", "e"}
		}, "sk.x", "levels[1]"},
		{"a failure high up", func(c *Content) {
			c.Skills[1].Levels = []string{"a", "b", "c", "I hold one-to-ones, and cancel them when it gets busy.", "e"}
		}, "sk.y", "levels[3]"},
		{"a row step finding no row", func(c *Content) { c.Skills[0].FromRow = &FromRow{FirstStep: "Review \"{row}\""} }, "sk.x", "fromRow"},
		{"a row's obstacle without a response", func(c *Content) {
			c.Skills[0].FromRow = &FromRow{Cues: []string{"x"}, FirstStep: "Review \"{row}\"", Obstacle: "It comes back"}
		}, "sk.x", "fromRow.response"},
		{"repeats that name none", func(c *Content) {
			c.Skills[0].Repeats = &Repeats{Cues: []string{"restart*"}, Goal: "Review the repeats", Action: "I review {repeats}"}
		}, "sk.x", "repeats"},
		{"a supplier if-then that needs support it may not have", func(c *Content) {
			c.Skills[0].Supplier = &Supplier{Cues: []string{"supplier"}, IfThen: "Raise it, with {support}", IfThenAny: "Raise it, with {support}"}
		}, "sk.x", "supplier"},
		{"an if-then for words that names none", func(c *Content) {
			c.Skills[0].IfThenSaid = []SaidIfThen{{IfThen: "When I make a call, I hear both first."}}
		}, "sk.x", "ifThenSaid[0]"},
		{"a row step without its row", func(c *Content) { c.Skills[0].FromRow = &FromRow{Manager: true, FirstStep: "Ask {manager}"} }, "sk.x", "fromRow.firstStep"},
		{"a story told by no words", func(c *Content) { c.Skills[0].Stories = []Story{story(nil)} }, "sk.x", "stories[0].cues"},
		{"a story's general form naming the moment", func(c *Content) {
			st := story([]string{"heard it from me"})
			st.IfThenAny = "When {what}, I tell {manager}."
			c.Skills[0].Stories = []Story{st}
		}, "sk.x", "stories[0].ifThenAny"},
		{"a story without its target", func(c *Content) {
			st := story([]string{"heard it from me"})
			st.Target = ""
			c.Skills[0].Stories = []Story{st}
		}, "sk.x", "stories[0].target"},
		{"a story's milestones short of three", func(c *Content) {
			st := story([]string{"heard it from me"})
			st.Milestones = []string{"agreed"}
			c.Skills[0].Stories = []Story{st}
		}, "sk.x", "stories[0].milestones"},
		{"a case upwards that never names the case", func(c *Content) {
			c.Skills[0].Upwards = &Upwards{FirstStep: "Write {case}", Goal: "Take {case} up", Measure: "Cases like {case}", Action: "I write {case}",
				Response: "I put {case} to {manager}", Milestone: "the next request taken to {manager}"}
		}, "sk.x", "upwards.milestone"},
		{"an answer to news carried down without the news", func(c *Content) {
			c.Skills[0].Upwards = &Upwards{FirstStep: "Write {case}", Goal: "Take {case} up", Measure: "Cases like {case}", Action: "I write {case}",
				Response: "I put {case} to {manager}", Milestone: "{case} put to {manager}", DownResponse: "I tell the team the same day."}
		}, "sk.x", "upwards.downResponse"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := fixture(t)
			tt.break_(c)
			var fe *FieldError
			if err := c.Validate(); !errors.As(err, &fe) {
				t.Fatalf("Validate() = %v, want a *FieldError", err)
			}
			if fe.ItemID != tt.wantItem || fe.Field != tt.wantField {
				t.Errorf("error names item %q field %q, want item %q field %q (%v)", fe.ItemID, fe.Field, tt.wantItem, tt.wantField, fe)
			}
		})
	}
}

func TestCheckAgainst(t *testing.T) {
	c := fixture(t)
	if err := answered(c, 3).CheckAgainst(c); err != nil {
		t.Fatalf("valid answers: %v", err)
	}
	a := answered(c, 3)
	a.Skills["sk.gone"] = SkillRate{Current: 1, Importance: 1}
	var fe *FieldError
	if err := a.CheckAgainst(c); !errors.As(err, &fe) || fe.ItemID != "sk.gone" || fe.Field != "skills" {
		t.Errorf("unknown skill: got %v", err)
	}
	a = answered(c, 3)
	a.ContentID = "other"
	if err := a.CheckAgainst(c); !errors.As(err, &fe) || fe.Field != "contentId" {
		t.Errorf("other pack: got %v", err)
	}
}

func TestAFailureIsAllowedAsTheStartingLevel(t *testing.T) {
	c := fixture(t)
	c.Skills[0].Levels[0] = "I hold one-to-ones now and then, and cancel them when it gets busy."
	if err := c.Validate(); err != nil {
		t.Errorf("level 1 describes where people start, failures included: %v", err)
	}
}

// story is a complete story told by cues.
func story(cues []string) Story {
	return Story{Cues: cues, Manager: true, Below: 2, Measure: "Times {whatPast}", MeasureAny: "Slips", Baseline: "0 of 1", Target: "every one",
		Tally: "note each time {what}", TallyAny: "note each slip", IfThen: "When {what}, I tell {manager}.", IfThenAny: "When a date slips, I tell {manager}."}
}
