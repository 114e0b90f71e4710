package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func TestObstaclesComeFromThePersonsOwnAnswers(t *testing.T) {
	c := fixture(t)
	c.CountObstacles = []workshop.CountObstacle{{Source: workshop.SourceEscalations,
		Obstacle: "{n} escalations came straight to me.", Response: "I hand them back."}}
	tests := []struct {
		name       string
		answer     func(a *workshop.Answers)
		want, resp string
	}{
		{"a count of the week", func(a *workshop.Answers) {
			a.Week.Counts = map[workshop.Source]int{workshop.SourceEscalations: 12}
		}, "12 escalations came straight to me.", "I hand them back."},
		{"a situation answered on the rescue side", func(a *workshop.Answers) {
			a.Ratings["b.1"], a.Ratings["b.2"] = 1, 1
		}, "In \u201cscene one\u201d, I would choose: \u201cI fix it\u201d", "Next time, I try the other way: \u201cI ask\u201d"},
		{"a situation where stepping in was the call", func(a *workshop.Answers) {
			a.Ratings["b.3"], a.Ratings["b.1"] = 5, 1
		}, "In \u201cscene one\u201d", "\u201cI ask\u201d"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mixed(c)
			tt.answer(a)
			r := Analyze(c, a)
			p := NewPlan(c, a, r, today)
			if len(p.Focus) == 0 {
				t.Fatalf("no focus from %+v", r.Candidates)
			}
			var got []string
			found := false
			for _, o := range p.Obstacles {
				got = append(got, o.Obstacle+" / "+o.Response)
				found = found || strings.HasPrefix(o.Obstacle, tt.want) && strings.Contains(o.Response, tt.resp)
				if strings.HasPrefix(o.Obstacle, "obstacle ") {
					t.Errorf("the pack's obstacle %q beside the person's own", o.Obstacle)
				}
			}
			if !found {
				t.Errorf("obstacles %q, want %q with %q", got, tt.want, tt.resp)
			}
		})
	}
}

func TestNoObstacleOrResponseTwice(t *testing.T) {
	c := fixture(t)
	c.Skills[2].Guide.Response = c.Skills[0].Guide.Response // two skills, one response
	c.Skills[0].ObstacleCues, c.Skills[2].ObstacleCues = []string{"no time"}, []string{"no time"}
	a := mixed(c)
	a.Reflections = map[string]string{"a.p": "There is no time for any of it. I have no time at all."}
	for _, id := range []string{"sk.x", "sk.z"} {
		a.Skills[id] = workshop.SkillRate{Current: 1, Importance: 5}
	}
	r := Analyze(c, a)
	focus := []workshop.FocusArea{{Skill: "sk.x"}, {Skill: "sk.z"}}
	got := obstacles(c, a, r, focus)
	seen := map[string]bool{}
	for _, o := range got {
		if seen[o.Response] {
			t.Errorf("response %q twice in %+v", o.Response, got)
		}
		seen[o.Response] = true
	}
	if len(got) != 1 {
		t.Errorf("one response for two skills: want one obstacle, got %+v", got)
	}
}

// A sentence of mine that says a focus area's usual obstacle is quoted as
// the obstacle, with the pack's response; one that only points to the
// focus is not, and a negated one is not read as the obstacle.
func TestMyWordsNameTheObstacle(t *testing.T) {
	c := fixture(t)
	c.Skills[0].ObstacleCues = []string{"not senior enough", "too junior"}
	a := mixed(c)
	a.Skills["sk.x"] = workshop.SkillRate{Current: 1, Importance: 5}
	focus := []workshop.FocusArea{{Skill: "sk.x"}}
	for _, tt := range []struct{ words, want string }{
		{"Weekends are mine again. Honestly, the team is not senior enough for the storage work yet.", "\u201cHonestly, the team is not senior enough for the storage work yet\u201d"},
		{"The weekend rota works. Nobody on the team is too junior for the storage work.", ""},
	} {
		a.Reflections = map[string]string{"a.p": tt.words}
		got := obstacles(c, a, Analyze(c, a), focus)
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%q: obstacles %+v, want none", tt.words, got)
		case tt.want != "" && (len(got) != 1 || got[0].Obstacle != tt.want || got[0].Response != "response sk.x"):
			t.Errorf("%q: obstacles %+v, want %q with the pack's response", tt.words, got, tt.want)
		}
	}
}

func TestWordsAreQuotedNotMadeObstacles(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Reflections = map[string]string{"a.p": "The team handle weekend incidents fine without me now."}
	a.Skills["sk.x"] = workshop.SkillRate{Current: 2, Importance: 5}
	r := Analyze(c, a)
	p := NewPlan(c, a, r, today)
	for _, o := range p.Obstacles {
		if strings.Contains(o.Obstacle, "weekend incidents") {
			t.Errorf("a sentence of theirs became an obstacle: %q", o.Obstacle)
		}
	}
}

// An obstacle said in a particular way gets the reply to that way, with
// the people my words for the focus name: a belief that it will settle is
// answered as a belief, before a sentence that only says the usual
// obstacle, whatever the order I wrote them in.
func TestAnObstacleGetsTheReplyToHowItIsSaid(t *testing.T) {
	c := fixture(t)
	g := &c.Skills[0].Guide
	g.ObstacleCues, g.Response = []string{"no time", "settle"}, "the usual response"
	g.Replies = []workshop.Reply{{Cues: []string{"settle"}, Response: "test the belief with {people}"}}
	a := mixed(c)
	a.Participant.Team = []string{"Ana", "Ben"}
	a.Reflections = map[string]string{"a.p": "There is no time for the talk. I tell myself it will settle once the move is done."}
	ev := []Evidence{{Source: "reflection", Quotes: []string{"Ana and Ben no longer talk"}}}
	beliefs, words := fromWords(c, a, *g, aboutWhom(a, ev), "")
	got := append(beliefs, words...)
	if len(beliefs) != 1 || len(got) != 3 || got[0].Obstacle != "\u201cI tell myself it will settle once the move is done\u201d" || got[0].Response != "test the belief with Ana and Ben" {
		t.Fatalf("obstacles %+v, want the belief first, answered with its reply and the people named", got)
	}
	if got[1].Response != "the usual response" {
		t.Errorf("a sentence with only the usual cues: response %q, want the pack's", got[1].Response)
	}
	if w := aboutWhom(a, nil).Replace("{people}"); w != "the people involved" {
		t.Errorf("no one named: {people} is %q", w)
	}
}

// A belief I wrote about why I hold back is the obstacle of its focus
// area, answered with its reply, before a count of my week that points
// to the focus too (which follows it) and before a stock line; the reply
// names my manager where it hands a decision up. Without the belief, the
// count is the obstacle.
func TestMyBeliefBeatsACountAndAStockLine(t *testing.T) {
	c := fixture(t)
	g := &c.Skills[0].Guide
	g.Indicator.Source = workshop.SourceAfterHours
	g.ObstacleCues, g.Response = []string{"evenings"}, "the stock line"
	g.Replies = []workshop.Reply{{Cues: []string{"stay late"}, Response: "what does not fit goes to {manager} to decide"}}
	c.CountObstacles = []workshop.CountObstacle{{Source: workshop.SourceAfterHours, Obstacle: "I worked {n} evenings", Response: "the count's line"}}
	a := mixed(c)
	a.Participant.Manager = "Priya Shah"
	a.Week.Counts = map[workshop.Source]int{workshop.SourceAfterHours: 12}
	a.Reflections = map[string]string{"a.p": "Most evenings go on the close. I'd rather do it myself than ask Ana to stay late again."}
	r := &Report{Candidates: []Candidate{{Suggestion: Suggestion{ID: "sk.x", Evidence: []Evidence{
		{Source: "week", Text: countWords(workshop.SourceAfterHours, 12)}}}}}}
	got := obstacles(c, a, r, []workshop.FocusArea{{Skill: "sk.x"}})
	if len(got) != 2 || !strings.Contains(got[0].Obstacle, "stay late") || got[0].Response != "what does not fit goes to Priya Shah to decide" {
		t.Fatalf("obstacles %+v, want my belief first, answered with its reply in my manager's name", got)
	}
	if got[1].Obstacle != "I worked 12 evenings" {
		t.Errorf("obstacles %+v, want my count after my belief, and no stock line", got)
	}
	a.Reflections["a.p"] = "Most evenings go on the close."
	if got := obstacles(c, a, r, []workshop.FocusArea{{Skill: "sk.x"}}); len(got) == 0 || got[0].Obstacle != "I worked 12 evenings" {
		t.Errorf("obstacles %+v, want the count without a belief, before the stock line", got)
	}
}

// An obstacle a why quotes whole already is quoted by the clause that
// says it.
func TestAnObstacleTheWhyQuotesIsCutToItsClause(t *testing.T) {
	cues := []string{"something louder", "don't want to knock"}
	for text, want := range map[string]string{
		"Every Monday the queue decides what we do, and the portal upgrade has slipped three quarters because something louder from the business always comes first": "something louder from the business always comes first",
		"I reopen them quietly and sort them myself, because I don't want to knock his confidence in his first months":                                               "I don't want to knock his confidence in his first months",
		"Something louder wins": "Something louder wins",
		"People say I am blunt, but that's something louder, we have no time during an outage":           "People say I am blunt, but that's something louder, we have no time during an outage",
		"The team say they could use me more, but I don't want to knock anyone's confidence by hovering": "I don't want to knock anyone's confidence by hovering",
	} {
		if got := cueClause(text, cues); got != want {
			t.Errorf("cueClause(%q) = %q, want %q", text, got, want)
		}
	}
}
