package analysis

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
)

// withUpwards gives the fixture's sk.z the pack's way of writing a case
// taken upwards, with cues about money and an obstacle cue.
func withUpwards(t *testing.T) *workshop.Content {
	t.Helper()
	c := fixture(t)
	sk := &c.Skills[2]
	sk.FirstStep = "Pick the next request I take upwards and try it on {manager}"
	sk.Cues = []string{"business case", "the money", "make the case", "budget*"}
	sk.ObstacleCues = []string{"glaze over"}
	sk.Upwards = &workshop.Upwards{
		FirstStep:    "Write the case for {case} and try it on {manager} {when}",
		Goal:         "Put the case for {case} upwards on one page.",
		Measure:      "Requests taken upwards, the case for {case} first",
		Action:       "Once the case for {case} is made, I write each request the same way.",
		ActionModel:  "I write the case for {case} as I said it should go: \u201c{model}\u201d.",
		Response:     "I put {case} to {manager} {when}.",
		Milestone:    "the case for {case} put to {manager}",
		Down:         "When news reaches me, the team hears it from me the same day.",
		DownResponse: "I tell the team the same day.",
	}
	return c
}

// A request my own words name is the one the first step, the goal, the
// measure and the action are written for; a meeting where such things
// are decided says when. Without one, the pack's next request stands.
func TestTheRequestINameIsTheOneTakenUpwards(t *testing.T) {
	c := withUpwards(t)
	a := mixed(c)
	a.Participant.Manager = "Dana Reyes (CIO)"
	focus := Suggestion{ID: "sk.z", Title: "Skill sk.z"}

	a.Reflections["a.p"] = "The firewall renewal is due in spring. When I explain why it matters they glaze over. The Finance director raised it at the quarterly review meeting."
	f := NewFocusArea(c, a, focus, 0, today)
	if !strings.HasPrefix(f.FirstStep, "Write the case for the firewall renewal and try it on Dana Reyes before the next quarterly review meeting.") {
		t.Errorf("a named request: first step %q, want it written for the firewall renewal, due at the next meeting that decides it", f.FirstStep)
	}
	for name, got := range map[string]string{"goal": f.Goal.Specific, "measure": f.Goal.Measurable, "action": f.Actions[0].Text} {
		if !strings.Contains(got, "the firewall renewal") {
			t.Errorf("a named request: %s %q does not name it", name, got)
		}
	}

	a.Reflections["a.p"] = "I talk about firmware and they glaze over; I should have said what stops if the core switch fails."
	f = NewFocusArea(c, a, focus, 0, today)
	if !strings.HasPrefix(f.FirstStep, "Write the case for the core switch and try it on Dana Reyes.") {
		t.Errorf("a system at risk in my words: first step %q, want the case for it, with no date my words do not give", f.FirstStep)
	}
	if !strings.Contains(f.Actions[0].Text, "I should have said what stops if the core switch fails") {
		t.Errorf("a system at risk in my words: action %q, want my own sentence as the model of the case", f.Actions[0].Text)
	}

	a.Reflections["a.p"] = "I talked about end-of-support dates and they glaze over. What stops if the core switch fails is what counts."
	if f := NewFocusArea(c, a, focus, 0, today); !strings.HasPrefix(f.FirstStep, "Write the case for replacing the core switch and try it on Dana Reyes.") {
		t.Errorf("a system at risk past its support: first step %q, want the case for replacing it", f.FirstStep)
	}

	a.Reflections["a.p"] = "Our team meeting runs long and the project renewal talk never ends."
	if f := NewFocusArea(c, a, focus, 0, today); !strings.HasPrefix(f.FirstStep, "Pick the next request I take upwards") {
		t.Errorf("nothing said about taking it upwards: first step %q, want the pack's", f.FirstStep)
	}

	a.Reflections["a.p"] = ""
	a.Delegations = []workshop.DelegationRow{{What: "Replacing the backup appliance (out of support)", Owner: "Dana decides, I would have to make the case",
		By: "2027-02-12", Level: 1, Kind: workshop.RowNote}}
	if f := NewFocusArea(c, a, focus, 0, today); !strings.HasPrefix(f.FirstStep, "Write the case for replacing the backup appliance and try it on Dana Reyes by 12 February 2027.") {
		t.Errorf("a decision above me on my map: first step %q, want the case for the row by its date", f.FirstStep)
	}

	a.Delegations = []workshop.DelegationRow{{What: "Budget requests for the lab", Owner: "Ana, who would make the case", Level: 3, Kind: workshop.RowHold}}
	if f := NewFocusArea(c, a, focus, 0, today); !strings.HasPrefix(f.FirstStep, "Pick the next request I take upwards") {
		t.Errorf("a case I hand over: first step %q, want the pack's: it is the taker's to make", f.FirstStep)
	}

	a.Delegations = []workshop.DelegationRow{{What: "Telling the team about budget changes", Owner: "Me", Level: 1, Kind: workshop.RowNote}}
	f = NewFocusArea(c, a, focus, 0, today)
	if !strings.HasPrefix(f.FirstStep, "Pick the next request I take upwards") {
		t.Errorf("a row about money that stays mine: first step %q, want the pack's: it is no case to make upwards", f.FirstStep)
	}
	if f.IfThen != c.Skills[2].Upwards.Down {
		t.Errorf("the team's news about money kept as mine: if-then %q, want the other half, the news carried down the same day", f.IfThen)
	}
	a.Delegations[0].Owner = "Ana"
	if f := NewFocusArea(c, a, focus, 0, today); f.IfThen != c.Skills[2].IfThen {
		t.Errorf("the team's news left to someone else: if-then %q, want the pack's", f.IfThen)
	}
}

// When the skill that takes a case upwards is not a focus, the case my
// map names still goes in the plan, in the focus area it belongs to: my
// own belief about asking is the obstacle, answered by the case, and a
// milestone dates it. A focus area about something else carries nothing.
func TestACaseINameGoesInTheFocusItBelongsTo(t *testing.T) {
	c := withUpwards(t)
	c.Skills[2].Cues = append(c.Skills[2].Cues, "never get the money")
	a := mixed(c)
	a.Participant.Manager = "Dana Reyes"
	a.Reflections["a.p"] = "The backup jobs fail twice a week. Ana asked why we keep the old appliance and I said we'd never get the money for it."
	a.Delegations = []workshop.DelegationRow{{What: "Replacing the backup appliance", Owner: "Dana decides, I would have to make the case",
		By: "2027-01-15", Level: 1, Kind: workshop.RowNote}}
	plan := func(why string) *workshop.Plan {
		r := &Report{Focus: []Suggestion{{ID: "sk.y", Title: "Skill sk.y", Why: why}}}
		return NewPlan(c, a, r, today)
	}
	p := plan("Your words: \u201cThe backup jobs fail twice a week\u201d.")
	if !slices.ContainsFunc(p.Obstacles, func(o workshop.Obstacle) bool {
		return strings.Contains(o.Obstacle, "we'd never get the money") && strings.Contains(o.Response, "replacing the backup appliance to Dana Reyes by 15 January 2027")
	}) {
		t.Errorf("obstacles %+v, want my belief about the money answered by the case for the row, by its date", p.Obstacles)
	}
	if !strings.Contains(p.Day60, "he case for replacing the backup appliance put to Dana Reyes by 15 January 2027") {
		t.Errorf("day 60 %q, want the case dated by its row", p.Day60)
	}
	p = plan("You chose to step in yourself in 2 of 2 situations.")
	if strings.Contains(p.Day30+p.Day60+p.Day90, "backup appliance") || slices.ContainsFunc(p.Obstacles, func(o workshop.Obstacle) bool { return strings.Contains(o.Obstacle, "money") }) {
		t.Errorf("a focus about something else carries the case: %q %q %q %+v", p.Day30, p.Day60, p.Day90, p.Obstacles)
	}
}

// When the plan carries the business's news down to the team, my own
// account of the team hearing it late is the obstacle, with the sentence
// after it that says what that cost; without that if-then it is not.
func TestTheNewsITellTooLateIsAnObstacle(t *testing.T) {
	c := withUpwards(t)
	a := mixed(c)
	a.Reflections["a.p"] = "I kept the budget cut from the team until the Monday meeting. By then the team had read it on the intranet. Ana asked if her job was safe."
	a.Delegations = []workshop.DelegationRow{{What: "Telling the team about budget changes", Owner: "Me", Level: 1, Kind: workshop.RowNote}}
	r := &Report{Focus: []Suggestion{{ID: "sk.z", Title: "Skill sk.z"}}}
	p := NewPlan(c, a, r, today)
	want := "\u201cI kept the budget cut from the team until the Monday meeting. By then the team had read it on the intranet\u201d"
	if !slices.ContainsFunc(p.Obstacles, func(o workshop.Obstacle) bool {
		return o.Obstacle == want && o.Response == "I tell the team the same day."
	}) {
		t.Errorf("obstacles %+v, want %s answered by the news told the same day", p.Obstacles, want)
	}
	r.Focus[0].Why = "Your words: \u201cI kept the budget cut from the team until the Monday meeting\u201d."
	p = NewPlan(c, a, r, today)
	want = "\u201cBy then the team had read it on the intranet\u201d"
	if !slices.ContainsFunc(p.Obstacles, func(o workshop.Obstacle) bool { return o.Obstacle == want }) {
		t.Errorf("the why quotes how it began: obstacles %+v, want %s alone", p.Obstacles, want)
	}
	a.Delegations[0].Owner = "Ana"
	p = NewPlan(c, a, r, today)
	if slices.ContainsFunc(p.Obstacles, func(o workshop.Obstacle) bool { return strings.Contains(o.Obstacle, "budget cut") }) {
		t.Errorf("the news is not carried down by this plan, yet obstacles %+v quote it", p.Obstacles)
	}
}

// The case's sentences hold with whatever the person typed for the row,
// their manager and their role: in the focus area the skill writes, and
// in another focus area the case belongs to.
func TestCaseSentencesHoldWithAnyInput(t *testing.T) {
	c := withUpwards(t)
	c.Skills[2].Upwards = &workshop.Upwards{
		FirstStep: "Write the one-page case for {case} and try it on {manager} {when}",
		Goal:      "Put the case for {case} upwards on one page.",
		Measure:   "Requests taken upwards, the case for {case} first",
		Action:    "Once the case for {case} is made, I write each request the same way.",
		Response:  "That is for {manager} to decide, with the case on the table: {case} on one page {when}.",
		Milestone: "the case for {case} put to {manager} on one page",
	}
	c.Skills[2].Cues = append(c.Skills[2].Cues, "never get the money")
	for _, in := range awkward {
		a := answered(c, 3)
		a.Participant.Manager, a.Participant.Role = in.manager, in.role
		a.Reflections["a.p"] = "I said we'd never get the money for " + in.what
		a.Delegations = []workshop.DelegationRow{{What: in.what, Owner: "The director decides, I would have to make the case", By: "2027-01-11", Kind: workshop.RowNote}}
		for _, focus := range []string{"sk.z", "sk.y"} {
			r := &Report{Focus: []Suggestion{{ID: focus, Title: "Skill " + focus, Why: "Your words: \u201c" + in.what + "\u201d."}}}
			p := NewPlan(c, a, r, today)
			for _, s := range ownSentences(p) {
				for _, b := range broken {
					if b.re.MatchString(s) {
						t.Errorf("%s with %+v in %s: %q", b.name, in, focus, s)
					}
				}
				if regexp.MustCompile(`[!?;:,] and try`).MatchString(s) {
					t.Errorf("the case keeps its typed punctuation with %+v: %q", in, s)
				}
			}
			for _, o := range p.Obstacles {
				if utf8.RuneCountInString(o.Response) > workshop.PlanTextLimit {
					t.Errorf("a response longer than its field with %+v: %q", in, o.Response)
				}
			}
		}
	}
}
