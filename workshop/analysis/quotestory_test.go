package analysis

import (
	"strings"
	"testing"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
)

func builtinContent(t *testing.T) *workshop.Content {
	t.Helper()
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A scene (a time, a place, an event named with nobody in it) is never
// quoted alone: the quote runs on to the sentence in which someone acts.
func TestASceneIsQuotedWithWhatHappenedInIt(t *testing.T) {
	ss := sentences("Sunday night. The storage array threw an alert at eleven. Sam was on call, but it was quicker for me to log in than to talk him through it. Same on the Tuesday before.")
	if !ss[0].setting() || !ss[1].setting() || ss[2].setting() {
		t.Fatalf("settings %v %v %v: want the time and the event as the scene, not what I did", ss[0].setting(), ss[1].setting(), ss[2].setting())
	}
	got := quoteFrom(ss, 0).text
	if !strings.HasPrefix(got, "Sunday night. ") || !strings.HasSuffix(got, "quicker for me to log in than to talk him through it") {
		t.Errorf("quoted %q: want the scene with the sentence that carries the story, and no more", got)
	}
	if got := quoteFrom(ss, 2).text; got != ss[2].text {
		t.Errorf("a sentence in which someone acts is quoted as it is, got %q", got)
	}
}

// What someone said, reported without quotes, says as much as a quote.
func TestWhatSomeoneSaidIsTelling(t *testing.T) {
	said := sentences("If anything the team say they could use me more")[0]
	plain := sentences("If anything the team could use me more")[0]
	if said.telling() <= plain.telling() {
		t.Errorf("reported speech %d, the same without it %d: what the team say should tell more", said.telling(), plain.telling())
	}
	if !saidByOthers("He said he'd read the runbook") || saidByOthers("I told her to go home, she didn't") {
		t.Error("what someone else said is reported speech; what I told someone is my own account")
	}
}

// A sentence retells a situation when it names what the situation is
// about; the words that only place it in time do not count.
func TestAStoryRetellsTheSituationItNames(t *testing.T) {
	situation := "A junior's first production change. Tom, eight months into the job, will run the firewall firmware upgrade tonight for the first time."
	if !retells("A junior ran a firmware update on a customer's switch on his own", situation) {
		t.Error("the junior's firmware update retells the situation")
	}
	if retells("In my first month I did it for the first time", situation) {
		t.Error("'first' and 'month' place a story in time; they name no situation")
	}
	if retells("Lea asked me twice, which probably tells you something", "You could probably spot it: a colleague fixed something similar") {
		t.Error("'probably' and 'something' hedge a story; they name no situation")
	}
}

// My name in my own words is me: the cues read "waiting for Priyanka"
// as waiting for me, and the quote keeps the words written.
func TestMyNameIsMeToTheCues(t *testing.T) {
	a := &workshop.Answers{Participant: workshop.Participant{Name: "Priyanka Menon"}}
	ss := sentences("A lot of cards sit in 'waiting for Priyanka' on the board.")
	personalCues(a, ss)
	if ss[0].hits([]string{"waiting for me"}) != 1 {
		t.Errorf("clauses %v: want my name read as me", ss[0].clauses)
	}
	if ss[0].text != "A lot of cards sit in 'waiting for Priyanka' on the board" {
		t.Errorf("the quote keeps the words written: %q", ss[0].text)
	}
}

// A count of my week is a reason in the why of the focus that measures
// it, and of handing over (which counts it only for rows I hold), never
// of a focus that explains part of it.
func TestACountIsAReasonOnlyWhereItIsMeasured(t *testing.T) {
	c := builtinContent(t)
	a := &workshop.Answers{Week: workshop.Week{Counts: map[workshop.Source]int{workshop.SourceAfterHours: 8}}}
	e := Evidence{Source: "week", Weight: 2, Text: countWords(workshop.SourceAfterHours, 8)}
	for _, sk := range c.Skills {
		want := sk.Indicator.Source == workshop.SourceAfterHours || sk.Indicator.Source == workshop.SourceHandovers
		if got := citedFor(c, a, sk.ID, e); got != want {
			t.Errorf("%s (measures %s): evenings cited %v, want %v", sk.ID, sk.Indicator.Source, got, want)
		}
	}
}

// Someone who leaves too much to the team is not told to hand more over:
// a row they still hold is no evidence for delegation then.
func TestAHeldRowIsNoReasonToHandMoreOverWhenAbdicating(t *testing.T) {
	c := builtinContent(t)
	a := &workshop.Answers{Delegations: []workshop.DelegationRow{{What: "Choosing the printers", Owner: "Sam", Kind: workshop.RowHold}}}
	for _, j := range []Judgement{{}, {Withheld: []string{"assess.rescue.first-change"}}} {
		cs := candidates{}
		delegationEvidence(cs, c, a, j)
		held := cs["skill.delegation"] != nil && strings.Contains(cs["skill.delegation"].Evidence[0].Text, "you still hold")
		if held == j.Abdicates() {
			t.Errorf("abdicates %v: held row counted %v", j.Abdicates(), held)
		}
	}
}

// The why quotes my own story of a situation that points to the focus
// first; where no quote of its evidence is left, my words still make it
// in, in place of the last reason.
func TestTheWhyQuotesMyStoryOfTheSituation(t *testing.T) {
	c := builtinContent(t)
	a := &workshop.Answers{}
	long := strings.Repeat("a reason that runs on and on ", 9)
	s := Suggestion{ID: "skill.delegation", Evidence: []Evidence{
		{Source: "scenario", Weight: 3, Text: "you would leave it with the team in \"A junior's first production change\"", Items: []string{"assess.rescue.first-change"}},
		{Source: "expectation", Weight: 2, Text: long},
	}}
	story := []string{"A junior ran a firmware update on his own, the night before the payroll run"}
	got, words := finish(c, a, &Report{}, s, story, nil, nil, nil)
	if len(words) == 0 || words[0] != story[0] || !strings.Contains(got.Why, story[0]) {
		t.Errorf("why %q: want the story quoted first", got.Why)
	}
	also := []string{"If anything the team say they could use me more, but I don't want to be the boss who hovers"}
	s.Evidence[1].Text = long + long
	got, _ = finish(c, a, &Report{}, s, nil, also, nil, nil)
	if !strings.Contains(got.Why, also[0]) || strings.Contains(got.Why, "on and on") {
		t.Errorf("why %q: want my words in place of the last reason", got.Why)
	}
}

// A belief that the trouble will settle by itself after an event is an
// obstacle of the person's own, answered by counting again once the
// event is past; a sentence without it gives none.
func TestABeliefThatThingsWillSettleIsAnObstacle(t *testing.T) {
	c := builtinContent(t)
	focus := []workshop.FocusArea{{Goal: workshop.Goal{Measurable: "Evenings or weekend days I worked in the last four weeks"}}}
	a := &workshop.Answers{Participant: workshop.Participant{Manager: "Sandra Okafor"}, Reflections: map[string]string{
		"reflect.rescue.too-necessary": "The team is good. It has been a rough quarter, and things will calm down after go-live in January.",
	}}
	o, ok := waitObstacle(c, a, focus)
	if !ok || !strings.Contains(o.Obstacle, "things will calm down after go-live") {
		t.Fatalf("obstacle %q: want the belief quoted", o.Obstacle)
	}
	if !strings.Contains(o.Response, "Sandra Okafor") || !strings.Contains(o.Response, "evenings or weekend days I worked") || strings.Contains(o.Response, "{") {
		t.Errorf("response %q: want the count looked at again with the manager", o.Response)
	}
	a.Reflections["reflect.rescue.too-necessary"] = "The team is good. It has been a rough quarter with the data-centre move."
	if o, ok := waitObstacle(c, a, focus); ok {
		t.Errorf("no belief written, yet obstacle %q", o.Obstacle)
	}
}

// A sentence is quoted with the one after it that says what came of it,
// where both fit in a quote: the consequence is the story.
func TestAQuoteKeepsWhatCameOfIt(t *testing.T) {
	ss := sentences("I thought I'd tell the team properly at the Monday meeting. Over the weekend the papers went up on the intranet and half the team read it there first. Aled asked me about his post.")
	if got := withCount(ss, ss[0]); !strings.HasSuffix(got, "half the team read it there first") {
		t.Errorf("quoted %q: want what came of it", got)
	}
	if got := withCount(ss, ss[1]); got != ss[1].text {
		t.Errorf("quoted %q: a next sentence that is no consequence stays out", got)
	}
	long := sentences(strings.Repeat("I thought I would wait for the right moment ", 5) + ". Then the papers went up.")
	if got := withCount(long, long[0]); got != long[0].text {
		t.Errorf("quoted %q: a consequence that does not fit in a quote stays out", got)
	}
}

// The story goes on in my other answers about the same person: their
// telling sentences may be quoted with the one that names them; a name
// in one answer only, and a capitalised day or acronym, link nothing.
func TestAStoryGoesOnWithTheSamePerson(t *testing.T) {
	c := builtinContent(t)
	a := &workshop.Answers{Reflections: map[string]string{
		"reflect.self-leadership.after-hours":   "Since Tomasz went off sick I've been taking the call-outs myself, every night on Monday.",
		"reflect.self-awareness.under-pressure": "Tomasz told me in September he was 'a bit tired' and I said let's just get through the summer schedule.",
		"reflect.rescue.too-necessary":          "On Monday the SAN failed and I fixed it myself at midnight while the team slept.",
	}}
	got := aboutSamePerson(c, a, "Since Tomasz went off sick I've been taking the call-outs myself, every night on Monday")
	if len(got) != 1 || !strings.Contains(got[0], "get through the summer schedule") {
		t.Errorf("got %q: want Tomasz's story from the other answer, and nothing about Monday or the SAN", got)
	}
	if got := namesIn("On Monday the SAN failed and Piet's laptop too"); len(got) != 1 || got[0] != "Piet" {
		t.Errorf("names %q, want only Piet", got)
	}
}

// A quote brings the scene set before it, but a denial that answers the
// question ("Nowhere.", "Not much.") is no scene.
func TestAQuoteBringsItsScene(t *testing.T) {
	ss := sentences("The mobile money rollout in Malawi. I read about it in the all-staff email like everybody else.")
	if got := inScene(ss, ss[1]); !strings.HasPrefix(got, "The mobile money rollout in Malawi. I read about it") {
		t.Errorf("quoted %q: want the scene with it", got)
	}
	ss = sentences("Nowhere. If anything the team say they could use me more.")
	if got := inScene(ss, ss[1]); got != ss[1].text {
		t.Errorf("quoted %q: a denial is no scene", got)
	}
}
