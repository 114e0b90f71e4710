package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// storyFixture is the fixture with sk.z taught as managing up: counted
// from the first step, with a story of my manager hearing of a slip from
// someone else (contradicting level 2) and one of never telling them.
func storyFixture(t *testing.T) *workshop.Content {
	t.Helper()
	c := fixture(t)
	z := &c.Skills[2]
	z.Indicator = workshop.Indicator{Text: "Risks told before they asked", Source: workshop.SourceManagerFirst}
	z.IfThen = "When a risk shows, I tell my manager."
	z.Stories = []workshop.Story{{
		Cues: []string{"heard it from me", "heard about it from"}, Manager: true, Below: 2,
		Measure: "Times {whatPast} and {manager} heard it from me first", MeasureAny: "Slips {manager} heard from me first",
		Baseline: "0 of 1, the last time", Target: "every one",
		Tally: "note each time {what}", TallyAny: "note each slip",
		IfThen: "When {what}, I tell {manager} the same day.", IfThenAny: "When a date is at risk, I tell {manager} the same day.",
	}, {
		Cues: []string{"never once told", "never told"}, Manager: true, Below: 2,
		Measure: "Times I told {manager} early that {what}", MeasureAny: "Times I told {manager} early",
		Baseline: "0 so far", Target: "every time", Tally: "note each time {what}", TallyAny: "note each time",
		IfThen: "When {what}, I tell {manager} that day.", IfThenAny: "When it does not fit, I tell {manager} that day.",
		FirstStep: "Ask {manager} for 30 minutes about what does not fit", Aim: "I say early what does not fit.",
	}}
	if err := c.Validate(); err != nil {
		t.Fatalf("fixture with stories is invalid: %v", err)
	}
	return c
}

// A sentence of mine that tells what went wrong with my manager sets
// what the focus area counts and when it acts: the moment my own map
// names, in my manager's name; without such a row the story's general
// form; a story told about someone who is not my manager sets nothing.
func TestMyStoryAboutMyManagerSetsTheMeasure(t *testing.T) {
	c := storyFixture(t)
	a := mixed(c)
	a.Participant.Manager = "Priya Shah"
	a.Reflections = map[string]string{"a.p": "The migration slipped a week. My boss heard about it from Sales before she heard it from me."}
	a.Delegations = []workshop.DelegationRow{{What: "Telling Priya when a release date is at risk", Owner: "Me", Kind: workshop.RowNote}}
	f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Managing up"}, 0, today)
	if f.Goal.Measurable != "Times a release date was at risk and Priya Shah heard it from me first" || f.Goal.Baseline != "0 of 1, the last time" || f.Goal.Target != "every one" || f.Goal.Tally {
		t.Errorf("measure %q from %q to %q (tally %v): want the moment my row names, counted from my story", f.Goal.Measurable, f.Goal.Baseline, f.Goal.Target, f.Goal.Tally)
	}
	if f.IfThen != "When a release date is at risk, I tell Priya Shah the same day." {
		t.Errorf("if-then %q: want my own trigger with my manager's name", f.IfThen)
	}
	if !strings.Contains(f.FirstStep, "From today I note each time a release date is at risk.") || strings.Contains(f.FirstStep, workshop.SourceManagerFirst.Tally()) {
		t.Errorf("first step %q: the tally counts what my story is about", f.FirstStep)
	}

	a.Delegations[0].What = "Telling Priya when the supplier we share with the warehouse team and the other two sites says that their part of the delivery will be late again"
	if f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Managing up"}, 0, today); f.Goal.Measurable != "Slips Priya Shah heard from me first" {
		t.Errorf("a moment too long to count by: measure %q, want the story's general form", f.Goal.Measurable)
	}
	a.Delegations = nil
	if f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Managing up"}, 0, today); f.Goal.Measurable != "Slips Priya Shah heard from me first" {
		t.Errorf("no row names the moment: measure %q, want the story's general form", f.Goal.Measurable)
	}

	a.Reflections = map[string]string{"a.p": "The customer heard about it from Sales before they heard it from me."}
	if f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Managing up"}, 0, today); f.Goal.Measurable != "Risks told before they asked" || !f.Goal.Tally {
		t.Errorf("a story about a customer: measure %q, want the pack's tally", f.Goal.Measurable)
	}
}

// What my sentence says I never told my manager is the moment counted.
func TestWhatINeverToldMyManagerIsCounted(t *testing.T) {
	c := storyFixture(t)
	a := mixed(c)
	a.Participant.Manager = "Mark Jensen"
	a.Reflections = map[string]string{"a.p": "Month-end. I have never told Mark that the release plan does not fit the sprint, I just make it fit."}
	f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Managing up"}, 0, today)
	if f.Goal.Measurable != "Times I told Mark Jensen early that the release plan does not fit the sprint" || f.IfThen != "When the release plan does not fit the sprint, I tell Mark Jensen that day." {
		t.Errorf("measure %q, if-then %q: want what I never told, from my sentence", f.Goal.Measurable, f.IfThen)
	}
	if !strings.HasPrefix(f.FirstStep, "Ask Mark Jensen for 30 minutes about what does not fit. From today I note each time the release plan does not fit the sprint.") {
		t.Errorf("first step %q: want the story's talk first, then its tally", f.FirstStep)
	}
	a.Skills["sk.z"] = workshop.SkillRate{Current: 1, Importance: 4}
	if f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Managing up", Current: 1, Target: 2}, 0, today); !strings.HasSuffix(f.Goal.Achievable, `to "I say early what does not fit."`) {
		t.Errorf("achievable %q: the level my story contradicts is aimed at in its own words", f.Goal.Achievable)
	}
	if f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Managing up", Current: 2, Target: 3}, 0, today); !strings.HasSuffix(f.Goal.Achievable, `to "l3"`) {
		t.Errorf("achievable %q: a higher target keeps its anchor", f.Goal.Achievable)
	}
	a.Reflections = map[string]string{"a.p": "I never told Mark that the migration plan was too tight."}
	if f := NewFocusArea(c, a, Suggestion{ID: "sk.z", Title: "Managing up"}, 0, today); f.IfThen != "When the migration plan is too tight, I tell Mark Jensen that day." {
		t.Errorf("if-then %q: a moment told in the past triggers in the present", f.IfThen)
	}
}

// When my own words tell a story below the level I rated, the plan
// starts from the level they show, says so, and quotes the sentence in
// the why, with no count of my week that the story does not explain;
// a rating already below the story's level is left as it is.
func TestMyWordsBelowMyRatingStartTheLevelLower(t *testing.T) {
	c := storyFixture(t)
	a := mixed(c)
	a.Participant.Manager = "Priya Shah"
	a.Skills["sk.z"] = workshop.SkillRate{Current: 3, Importance: 4}
	said := "My boss heard about it from Sales before she heard it from me"
	a.Reflections = map[string]string{"a.p": "The migration slipped a week. " + said + "."}
	r := Analyze(c, a)
	s := Suggestion{ID: "sk.z", Evidence: []Evidence{
		{Source: "week", Weight: 3, Text: "you worked 8 evenings or weekend days in the last four weeks"},
		{Source: "reflection", Weight: 1.5, Items: []string{"a.p"}, Quotes: []string{"The migration slipped a week"}},
	}}
	got, _ := finish(c, a, r, s, nil, nil, nil, nil)
	if got.Current != 1 || got.Target != 2 || got.Rated != 3 {
		t.Fatalf("current %d, target %d, rated %d: want level 1 my words show, aiming at 2, my 3 kept", got.Current, got.Target, got.Rated)
	}
	if !strings.Contains(got.Why, "“"+said+"”") || strings.Contains(got.Why, "evenings") {
		t.Errorf("why %q: want my sentence quoted and no count it does not explain", got.Why)
	}
	if !strings.Contains(got.Why, `You rated yourself at level 3 for skill sk.z; that sentence shows you are not yet at level 2 ("l2"), so the plan starts at level 1: a starting point to check with Priya Shah.`) {
		t.Errorf("why %q: want the level my words show said plainly, to check with my manager", got.Why)
	}
	f := NewFocusArea(c, a, got, 0, today)
	if !strings.Contains(f.Goal.Achievable, `from "l1" to "l2"`) {
		t.Errorf("achievable %q: want the step up from the level my words show", f.Goal.Achievable)
	}

	got.Questioned, got.Target = true, got.Current
	if f := NewFocusArea(c, a, got, 0, today); !strings.HasPrefix(f.Goal.Achievable, "I rated myself at level 3 of 5") {
		t.Errorf("questioned too: achievable %q, want my own rating of 3", f.Goal.Achievable)
	}

	a.Skills["sk.z"] = workshop.SkillRate{Current: 1, Importance: 4}
	if got, _ := finish(c, a, Analyze(c, a), s, nil, nil, nil, nil); got.Current != 1 || got.Rated != 0 {
		t.Errorf("a rating below the story: current %d, rated %d, want my own 1 unquestioned", got.Current, got.Rated)
	}
}

// Words that show I am not yet at a rung I rated myself at start the plan
// below that rung on any side of the skill, one level up from there (the
// target never promises two levels), quote my sentence and the
// rung it contradicts, and leave my rating out of the reasons (the line
// on my words says it); the lowest rung my words contradict counts, and
// a rating under it, or words that match no cue, change nothing.
func TestMyWordsBelowARungStartThePlanBelowIt(t *testing.T) {
	c := fixture(t)
	y := &c.Skills[1]
	y.Contradicts = []workshop.LevelWords{{Level: 4, Cues: []string{"now and then"}}, {Level: 2, Cues: []string{"will settle"}}}
	if err := c.Validate(); err != nil {
		t.Fatalf("fixture with level words is invalid: %v", err)
	}
	a := mixed(c)
	a.Participant.Manager = "Priya Shah"
	a.Skills["sk.y"] = workshop.SkillRate{Current: 4, Importance: 4}
	said := "I tell myself it will settle once the release is out"
	a.Reflections = map[string]string{"a.p": "Two seniors stopped reviewing each other's work. " + said + ". The rest see them now and then."}
	s := Suggestion{ID: "sk.y", Evidence: []Evidence{
		{Source: "self-rating", Weight: 2, Items: []string{"sk.y"}, Text: "you rated yourself at level 4 of 5 for skill sk.y"},
		{Source: "situation", Weight: 2, Items: []string{"b.1"}, Text: "you chose to step in yourself in scene one"},
	}}
	got, _ := finish(c, a, Analyze(c, a), s, nil, nil, nil, nil)
	if got.Current != 1 || got.Target != 2 || got.Rated != 4 {
		t.Fatalf("current %d, target %d, rated %d: want level 1 below the lowest rung my words contradict, one level up from there, my 4 kept", got.Current, got.Target, got.Rated)
	}
	if f := NewFocusArea(c, a, got, 0, today); f.Goal.Achievable != `One level up in 90 days: from "l1" to "l2", in the direction of "l3"` {
		t.Errorf("achievable %q: want one level up from where my words put me, never two, with the level the goal works towards named as the direction", f.Goal.Achievable)
	}
	if !strings.Contains(got.Why, "“"+said+"”") || !strings.Contains(got.Why, `shows you are not yet at level 2 ("l2"), so the plan starts at level 1`) {
		t.Errorf("why %q: want my sentence and the rung it contradicts quoted", got.Why)
	}
	if strings.Contains(got.Why, "level 4 of 5") || !strings.Contains(got.Why, "scene one") {
		t.Errorf("why %q: want my rating said once, in the line on my words, and the other reasons kept", got.Why)
	}
	if again, _ := finish(c, a, Analyze(c, a), s, nil, nil, []string{said}, nil); !strings.Contains(again.Why, "your sentence “"+said+"” shows you are not yet at level 2") {
		t.Errorf("why %q: my sentence quoted by an earlier focus area, want the level it shows still said, with it", again.Why)
	}

	a.Reflections["a.p"] = "The rest see them now and then."
	if got, _ := finish(c, a, Analyze(c, a), s, nil, nil, nil, nil); got.Current != 3 || got.Target != 4 || got.Rated != 4 {
		t.Errorf("only the higher rung contradicted: current %d, target %d, rated %d, want 3 below it, one level up", got.Current, got.Target, got.Rated)
	}
	a.Skills["sk.y"] = workshop.SkillRate{Current: 3, Importance: 4}
	if got, _ := finish(c, a, Analyze(c, a), s, nil, nil, nil, nil); got.Current != 3 || got.Rated != 0 {
		t.Errorf("a rating under the rung: current %d, rated %d, want my own 3", got.Current, got.Rated)
	}
	a.Skills["sk.y"] = workshop.SkillRate{Current: 4, Importance: 4}
	y.Contradicts[1].Cues = append(y.Contradicts[1].Cues, "i avoid")
	a.Reflections["a.p"] = "I avoid. If it gets awkward I wait for the next release."
	if got, _ := finish(c, a, Analyze(c, a), s, nil, nil, nil, nil); got.Current != 1 || !strings.Contains(got.Why, "“I avoid. If it gets awkward I wait for the next release”") {
		t.Errorf("a short sentence: current %d, why %q, want it quoted with the sentence that says what it means", got.Current, got.Why)
	}
	a.Reflections["a.p"] = "We talk every week."
	a.Skills["sk.y"] = workshop.SkillRate{Current: 4, Importance: 4}
	if got, _ := finish(c, a, Analyze(c, a), s, nil, nil, nil, nil); got.Current != 4 || got.Rated != 0 {
		t.Errorf("no cue: current %d, rated %d, want my own 4", got.Current, got.Rated)
	}

	y.Contradicts[1].Level = 1
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "contradicts[1].level") {
		t.Errorf("level 1 contradicted: err %v, want the field named", err)
	}
}

// Someone not leading a team yet is taught the skill for the role they
// prepare for: the not-yet side, and no sentence calls the role theirs.
func TestNotYetLeadingPractisesForTheRoleAhead(t *testing.T) {
	c := storyFixture(t)
	z := &c.Skills[2]
	z.Turns = append(z.Turns, workshop.Turn{ID: "sk.z.not-yet", NotYet: true,
		Levels: []string{"n1", "n2", "n3", "n4", "n5"},
		Guide: workshop.Guide{Goal: "Agree which leading tasks I take on now.", Indicator: workshop.Indicator{Text: "Leading tasks taken on", Source: workshop.SourceLeadTasks},
			IfThen: "When a chance to lead comes up, I ask {manager}.", Obstacle: "o", Response: "r"},
		Actions: z.Actions})
	a := mixed(c)
	a.Participant.Manager = "Alex Morgan"
	a.Participant.Role = "IT team lead"
	a.Skills["sk.z"] = workshop.SkillRate{Current: 1, Importance: 4}
	s := Suggestion{ID: "sk.z", Evidence: []Evidence{{Source: "self-rating", Weight: 2, Items: []string{"sk.z"}, Text: "you rated yourself low"}}}
	if got, _ := finish(c, a, Analyze(c, a), s, nil, nil, nil, nil); got.Turn != "" {
		t.Fatalf("a working lead: turn %q, want the usual side", got.Turn)
	}
	a.Participant.LeadershipTime = workshop.LeadershipTimes[0]
	got, _ := finish(c, a, Analyze(c, a), s, nil, nil, nil, nil)
	if got.Turn != "sk.z.not-yet" {
		t.Fatalf("not leading yet: turn %q, want the not-yet side", got.Turn)
	}
	f := NewFocusArea(c, a, got, 0, today)
	if f.Goal.Measurable != "Leading tasks taken on" || f.IfThen != "When a chance to lead comes up, I ask Alex Morgan." || !strings.Contains(f.Goal.Achievable, `to "n2"`) {
		t.Errorf("measure %q, if-then %q, achievable %q: want the not-yet side's", f.Goal.Measurable, f.IfThen, f.Goal.Achievable)
	}
	if strings.Contains(f.Goal.Relevant, "my role") || strings.Contains(f.Goal.Relevant, "team lead") || !strings.Contains(f.Goal.Relevant, "the lead role I am preparing for") {
		t.Errorf("relevant %q: the role is the one I prepare for, not mine", f.Goal.Relevant)
	}
}

// The split agreed with my manager is measured by the leading time kept:
// my own target week where I gave one, else what the split agrees, never
// a number guessed for me.
func TestTheSplitIsMeasuredByTheAgreementNotAGuess(t *testing.T) {
	c := storyFixture(t)
	z := &c.Skills[2]
	z.Turns = append(z.Turns, workshop.Turn{ID: "sk.z.split", Pushed: true,
		Guide: workshop.Guide{Goal: "Agree the split.", Indicator: workshop.Indicator{Text: "Hours of leading", Source: workshop.SourcePeople},
			TargetAgreed: "the split agreed by day 30", IfThen: "When a peak comes, I tell {manager}.", Obstacle: "o", Response: "r"},
		Actions: z.Actions})
	a := mixed(c)
	a.Week.Today = workshop.Hours{Technical: 30, People: 2}
	s := Suggestion{ID: "sk.z", Title: "Managing up", Turn: "sk.z.split", Current: 2, Target: 3}
	if f := NewFocusArea(c, a, s, 0, today); f.Goal.Baseline != "2" || f.Goal.Target != "the split agreed by day 30" {
		t.Errorf("no target week: %q -> %q, want today's hours to the split agreed", f.Goal.Baseline, f.Goal.Target)
	}
	a.Week.Target = workshop.Hours{Technical: 26, People: 7}
	if f := NewFocusArea(c, a, s, 0, today); f.Goal.Target != "7" {
		t.Errorf("my own target week: target %q, want my 7", f.Goal.Target)
	}
}

// With nothing else to quote, the why quotes the story told again in
// another sentence of mine, after the one that tells it first.
func TestTheSameStoryToldTwiceIsQuotedTwice(t *testing.T) {
	c := storyFixture(t)
	a := mixed(c)
	a.Participant.Manager = "Priya Shah"
	a.Skills["sk.z"] = workshop.SkillRate{Current: 1, Importance: 4}
	first := "My boss heard about it from Sales before she heard it from me"
	again := "In March the board heard about the outage from the CFO before Priya heard it from me, and that was worse"
	a.Reflections = map[string]string{"a.p": first + ". " + again + "."}
	s := Suggestion{ID: "sk.z", Evidence: []Evidence{{Source: "self-rating", Weight: 2, Items: []string{"sk.z"}, Text: "you rated yourself low"}}}
	got, _ := finish(c, a, Analyze(c, a), s, nil, nil, nil, nil)
	if !strings.Contains(got.Why, "Your words: “"+first+"” and “"+again+"”.") {
		t.Errorf("why %q: want the story quoted where it is first told, then told again", got.Why)
	}
}
