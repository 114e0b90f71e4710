package assets

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
)

var update = flag.Bool("update", false, "rewrite the persona answers files in docs/examples/personas")

// personaDir holds the personas as answers files, so a coach can run
// `leadshift analyze` and `leadshift plan` on them.
const personaDir = "../docs/examples/personas"

// persona is a written participant: how they answer, described by what
// each item means rather than by its ID, so the personas survive edits of
// the pack's wording.
type persona struct {
	file string
	name string
	// readiness returns how ready the person answers an item, 1..5, or 0
	// to leave it unanswered.
	readiness func(d workshop.Dimension, it workshop.Item) int
	expect    func(e workshop.Expectation) workshop.Pair
	skill     func(s workshop.Skill) workshop.SkillRate
	week      workshop.Week
	rows      [][3]string      // what, type, owner
	kind      workshop.RowKind // what every row is, as the persona sorts it
	reflect   map[string]string
	time      string
}

// rating turns readiness into the rating that means it for the item.
func rating(it workshop.Item, r int) int {
	if r == 0 {
		return 0
	}
	if it.Reverse || it.StepIn {
		return workshop.Scale + 1 - r
	}
	return r
}

func (p persona) answers(c *workshop.Content) *workshop.Answers {
	start := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	a := workshop.NewAnswers(c.ID, start)
	a.ID = "persona-" + p.file
	a.Participant = workshop.Participant{Name: p.name, Role: "IT team lead", TeamSize: 6, LeadershipTime: p.time, Manager: "Alex Morgan"}
	for _, d := range c.Dimensions {
		for _, it := range d.Items {
			if v := rating(it, p.readiness(d, it)); v > 0 {
				a.Ratings[it.ID] = v
			}
		}
		if text, ok := p.reflect[d.ID]; ok && len(d.Prompts) > 0 {
			a.Reflections[d.Prompts[0].ID] = text // one reflection per dimension, on its first prompt
		}
	}
	for _, e := range c.Expectations {
		if p.expect != nil {
			if pr := p.expect(e); pr.Me > 0 {
				a.Expectations[e.ID] = pr
			}
		}
	}
	for _, s := range c.Skills {
		if p.skill != nil {
			if r := p.skill(s); r.Current > 0 {
				a.Skills[s.ID] = r
			}
		}
	}
	a.Week = p.week
	for i, r := range p.rows {
		row := workshop.NewDelegationRow()
		row.ID = "row-" + string(rune('a'+i))
		row.What, row.Type, row.Owner = r[0], r[1], r[2]
		row.Support = "A walkthrough and a checklist"
		row.By = start.AddDate(0, 0, 21+21*i).Format(workshop.DateLayout)
		row.Level = 3 + i%3
		row.Kind = p.kind
		a.Delegations = append(a.Delegations, row)
	}
	a.Step = workshop.StepPlan
	return a
}

func is(ids ...string) func(string) bool {
	return func(id string) bool { return slices.Contains(ids, id) }
}

func myth(e workshop.Expectation) bool { return e.Polarity == workshop.Myth }

func scenario(it workshop.Item) bool { return it.IsScenario() }

var heroRows = [][3]string{
	{"Approving every firewall change", "Decision", "Priya"},
	{"Being the first call for every P1 outage", "Escalation", "the on-call engineer"},
	{"Writing the monthly uptime report", "Task", "Sam"},
}

var personas = []persona{
	{file: "hero", kind: workshop.RowHold, name: "Marco", time: "1 to 3 years",
		readiness: func(d workshop.Dimension, it workshop.Item) int {
			switch {
			case scenario(it):
				if it.StepIn {
					return 5 // steps in, which is right here
				}
				return 1 // steps in everywhere else too
			case d.ID == "dim.letting-go", d.ID == "dim.trust":
				return 1
			case d.ID == "dim.motivation":
				return 4
			}
			return 3
		},
		expect: func(e workshop.Expectation) workshop.Pair {
			switch {
			case myth(e) && e.Provides:
				return workshop.Pair{Me: 2, Org: 2}
			case myth(e):
				return workshop.Pair{Me: 5, Org: 2}
			}
			return workshop.Pair{Me: 4, Org: 4}
		},
		skill: func(s workshop.Skill) workshop.SkillRate { return workshop.SkillRate{Current: 4, Importance: 4} },
		week: workshop.Week{Today: workshop.Hours{Technical: 32, People: 3, Planning: 3, Stakeholders: 7},
			Target: workshop.Hours{Technical: 18, People: 12, Planning: 7, Stakeholders: 8},
			Counts: map[workshop.Source]int{workshop.SourceEscalations: 14, workshop.SourceWaiting: 6, workshop.SourceAfterHours: 7}},
		rows: heroRows,
		reflect: map[string]string{"dim.rescue": "Everywhere, to be honest. I worked three weekends last month because nobody else knows the storage cluster.",
			"dim.letting-go": "The storage cluster and the firewall rules. I do them myself because it is faster."},
	},
	{file: "reluctant", kind: workshop.RowHold, name: "Dana", time: "Less than 1 year",
		readiness: func(d workshop.Dimension, it workshop.Item) int {
			if d.ID == "dim.motivation" {
				return 1
			}
			return 3
		},
		expect: func(e workshop.Expectation) workshop.Pair {
			switch {
			case myth(e) && e.Provides:
				return workshop.Pair{Me: 5, Org: 1}
			case myth(e):
				return workshop.Pair{Me: 3, Org: 3}
			}
			return workshop.Pair{Me: 2, Org: 4}
		},
		skill: func(s workshop.Skill) workshop.SkillRate { return workshop.SkillRate{Current: 3, Importance: 2} },
		week: workshop.Week{Today: workshop.Hours{Technical: 30, People: 2, Planning: 4, Stakeholders: 4},
			Counts: map[workshop.Source]int{workshop.SourceEscalations: 3, workshop.SourceWaiting: 1, workshop.SourceAfterHours: 1}},
		rows:    heroRows,
		reflect: map[string]string{"dim.motivation": "The pay, honestly. It was the only way up, and I miss building things."},
	},
	{file: "strong", kind: workshop.RowHold, name: "Aisha", time: "1 to 3 years",
		readiness: func(d workshop.Dimension, it workshop.Item) int {
			if scenario(it) {
				return 5
			}
			return 4 + len(it.ID)%2
		},
		expect: func(e workshop.Expectation) workshop.Pair {
			switch {
			case e.ID == "expect.hands-on":
				return workshop.Pair{Me: 2, Org: 4}
			case e.ID == "expect.develop-people":
				return workshop.Pair{Me: 5, Org: 3}
			case myth(e):
				return workshop.Pair{Me: 2, Org: 2}
			}
			return workshop.Pair{Me: 4, Org: 4}
		},
		skill: func(s workshop.Skill) workshop.SkillRate {
			return workshop.SkillRate{Current: max(s.Needed, 4-len(s.ID)%2), Importance: 4}
		},
		week: workshop.Week{Today: workshop.Hours{Technical: 10, People: 14, Planning: 8, Stakeholders: 8},
			Counts: map[workshop.Source]int{workshop.SourceEscalations: 1, workshop.SourceWaiting: 0, workshop.SourceAfterHours: 0}},
		rows: [][3]string{{"Running the weekly change review", "Decision", "Jo"}, {"Vendor escalations for the backup system", "Escalation", "Ravi"}, {"Capacity report", "Task", "Lena"}},
	},
	{file: "all-middle", kind: workshop.RowHold, name: "Sam", time: "Less than 1 year",
		readiness: func(workshop.Dimension, workshop.Item) int { return 3 },
		expect:    func(workshop.Expectation) workshop.Pair { return workshop.Pair{Me: 3, Org: 3} },
		skill:     func(workshop.Skill) workshop.SkillRate { return workshop.SkillRate{Current: 3, Importance: 3} },
		week: workshop.Week{Today: workshop.Hours{Technical: 20, People: 6, Planning: 6, Stakeholders: 8},
			Counts: map[workshop.Source]int{workshop.SourceEscalations: 4, workshop.SourceWaiting: 2, workshop.SourceAfterHours: 2}},
		rows: heroRows,
	},
	{file: "almost-nothing", name: "Lee", time: "Not yet",
		readiness: func(d workshop.Dimension, it workshop.Item) int {
			if it.ID == d.Items[0].ID && (d.ID == "dim.motivation" || d.ID == "dim.letting-go") {
				return 4
			}
			return 0
		},
	},
	{file: "agrees-with-everything", kind: workshop.RowHold, name: "Pat", time: "1 to 3 years",
		readiness: func(d workshop.Dimension, it workshop.Item) int { // a 5 on every statement, whichever way it points
			if it.Reverse || it.StepIn {
				return 1
			}
			return 5
		},
		expect: func(workshop.Expectation) workshop.Pair { return workshop.Pair{Me: 5, Org: 5} },
		skill:  func(workshop.Skill) workshop.SkillRate { return workshop.SkillRate{Current: 5, Importance: 5} },
		week: workshop.Week{Today: workshop.Hours{Technical: 20, People: 8, Planning: 6, Stakeholders: 6},
			Counts: map[workshop.Source]int{workshop.SourceEscalations: 4, workshop.SourceWaiting: 1, workshop.SourceAfterHours: 2}},
		rows: heroRows,
	},
	{file: "polarity", kind: workshop.RowHold, name: "Femi", time: "Less than 1 year",
		readiness: func(workshop.Dimension, workshop.Item) int { return 4 },
		expect: func(e workshop.Expectation) workshop.Pair {
			switch e.ID {
			case "expect.through-team":
				return workshop.Pair{Me: 5, Org: 2}
			case "expect.top-expert":
				return workshop.Pair{Me: 1, Org: 4}
			}
			return workshop.Pair{Me: 3, Org: 3}
		},
		skill: func(workshop.Skill) workshop.SkillRate { return workshop.SkillRate{Current: 3, Importance: 3} },
		week: workshop.Week{Today: workshop.Hours{Technical: 20, People: 8, Planning: 6, Stakeholders: 6},
			Counts: map[workshop.Source]int{workshop.SourceEscalations: 3, workshop.SourceWaiting: 1, workshop.SourceAfterHours: 1}},
		rows: heroRows[:2],
	},
	{file: "aspiring", kind: workshop.RowNote, name: "Noor", time: "Not yet",
		readiness: func(d workshop.Dimension, it workshop.Item) int {
			switch {
			case d.ID == "dim.motivation":
				return 5
			case scenario(it):
				return 3
			}
			return 3 + len(it.ID)%2
		},
		expect: func(e workshop.Expectation) workshop.Pair {
			if myth(e) {
				return workshop.Pair{Me: 2, Org: 3}
			}
			return workshop.Pair{Me: 4, Org: 4}
		},
		skill: func(s workshop.Skill) workshop.SkillRate {
			return workshop.SkillRate{Current: max(1, s.Needed-1-len(s.ID)%2), Importance: 4}
		},
		week: workshop.Week{Today: workshop.Hours{Technical: 34, People: 1, Planning: 2, Stakeholders: 3},
			Target: workshop.Hours{Technical: 28, People: 5, Planning: 4, Stakeholders: 3},
			Counts: map[workshop.Source]int{workshop.SourceEscalations: 2, workshop.SourceWaiting: 0, workshop.SourceAfterHours: 1}},
		rows: [][3]string{{"Patching the test servers", "Task", "Kim"}, {"Answering the team chat about VPN issues", "Escalation", "the service desk"}, {"Choosing the next monitoring tool", "Decision", "the team"}},
	},
}

func findPersona(t *testing.T, name string) persona {
	for _, p := range personas {
		if p.file == name {
			return p
		}
	}
	t.Fatalf("no persona %s", name)
	return persona{}
}

// TestPersonaFiles keeps docs/examples/personas in step with the personas:
// with -update it writes them; without, it checks that each file decodes
// and analyses as the persona does.
func TestPersonaFiles(t *testing.T) {
	c := builtin(t)
	for _, p := range personas {
		path := filepath.Join(personaDir, p.file+".json")
		var buf bytes.Buffer
		if err := workshop.EncodeAnswers(&buf, p.answers(c)); err != nil {
			t.Fatal(err)
		}
		if *update {
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./assets -run TestPersonaFiles -update)", err)
		}
		if !bytes.Equal(data, buf.Bytes()) {
			t.Errorf("%s is out of date: run go test ./assets -run TestPersonaFiles -update", path)
		}
	}
}

func builtin(t *testing.T) *workshop.Content {
	t.Helper()
	c, err := BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func analyse(t *testing.T, name string) (*workshop.Content, *workshop.Answers, *analysis.Report, *workshop.Plan) {
	t.Helper()
	c := builtin(t)
	a := findPersona(t, name).answers(c)
	r := analysis.Analyze(c, a)
	return c, a, r, analysis.NewPlan(c, a, r, a.Created)
}

func focusIDs(r *analysis.Report) []string {
	var ids []string
	for _, f := range r.Focus {
		ids = append(ids, f.ID)
	}
	return ids
}

func quadrant(r *analysis.Report, id string) workshop.Quadrant {
	for _, e := range r.Expectations {
		if e.ID == id {
			return e.Quadrant
		}
	}
	return ""
}

func TestHeroRescuerGetsCoachingAndDelegationWithHisOwnWords(t *testing.T) {
	_, _, r, p := analyse(t, "hero")
	got := focusIDs(r)
	if len(got) != 2 || !is("skill.coaching", "skill.delegation")(got[0]) || !is("skill.coaching", "skill.delegation")(got[1]) {
		t.Fatalf("focus %v, want coaching and delegation", got)
	}
	why := r.Focus[0].Why + " " + r.Focus[1].Why
	for _, want := range []string{"step in yourself in", "because it is faster"} {
		if !strings.Contains(why, want) {
			t.Errorf("why does not cite %q: %s", want, why)
		}
	}
	if len(p.StopDoing) != 3 || !strings.Contains(p.StopDoing[0], "I stop doing \"Approving every firewall change\" myself: Priya owns it") {
		t.Errorf("stop-doing %q", p.StopDoing)
	}
	if !strings.Contains(p.Day30, "handed over to Priya") {
		t.Errorf("day 30 %q does not hold the first hand-over", p.Day30)
	}
	if !r.Has(analysis.FlagSelfRating) {
		t.Error("rates coaching 4 yet steps in everywhere: no self-rating flag")
	}
	// Both shifts, in the order of the focus areas: his held rows explain
	// his waiting decisions and part of his escalations, so delegation may
	// come first.
	if !strings.Contains(strings.ToLower(p.Shift), "from fixing problems myself") || !strings.Contains(strings.ToLower(p.Shift), "from holding the work myself") ||
		!strings.Contains(p.Shift, "from 32 hours a week to 18") {
		t.Errorf("shift %q", p.Shift)
	}
}

func TestReluctantLeadIsAskedToDecideFirst(t *testing.T) {
	_, _, r, p := analyse(t, "reluctant")
	if got := focusIDs(r); len(got) == 0 || got[0] != "focus.role-decision" {
		t.Fatalf("focus %v, want the role decision first", got)
	}
	if !strings.Contains(r.Focus[0].Why, "It was the only way up") {
		t.Errorf("why does not quote her: %s", r.Focus[0].Why)
	}
	if d := r.Dimension("dim.motivation"); d.Band != workshop.Low {
		t.Errorf("motivation band %q", d.Band)
	}
	if quadrant(r, "expect.money") != workshop.MythHeld {
		t.Errorf("pay expected 5, provided 1: quadrant %q", quadrant(r, "expect.money"))
	}
	if p.Focus[0].Current != 0 || p.Focus[0].Goal.Specific == "" || len(p.Focus[0].Actions) != 3 {
		t.Errorf("role focus %+v", p.Focus[0])
	}
}

func TestStrongLeadIsNotWarned(t *testing.T) {
	_, _, r, p := analyse(t, "strong")
	for _, d := range r.Dimensions {
		if d.Band == workshop.Low {
			t.Errorf("%s in the low band at %d", d.ID, *d.Score)
		}
	}
	if quadrant(r, "expect.hands-on") != workshop.MythPushed {
		t.Errorf("hands-on me 2, org 4: %q, want player-coach pressure", quadrant(r, "expect.hands-on"))
	}
	if quadrant(r, "expect.develop-people") != workshop.NotSupported {
		t.Errorf("develop-people me 5, org 3: %q, want not yet supported", quadrant(r, "expect.develop-people"))
	}
	if slices.Contains(focusIDs(r), "focus.role-decision") || len(r.Focus) > 2 {
		t.Errorf("focus %v", focusIDs(r))
	}
	if len(p.Strengths) == 0 {
		t.Error("no strengths to build on")
	}
	if !slices.ContainsFunc(p.Obstacles, func(o workshop.Obstacle) bool {
		return strings.Contains(o.Obstacle, "hands-on") && strings.Contains(o.Response, "agree it together")
	}) {
		t.Errorf("player-coach pressure not among the obstacles: %+v", p.Obstacles)
	}
}

func TestAllMiddleGetsATalkItThroughPlan(t *testing.T) {
	_, _, r, p := analyse(t, "all-middle")
	if !r.Has(analysis.FlagAllMiddle) || r.HeldBack != analysis.FlagAllMiddle {
		t.Errorf("flags %v, held back %q", r.Flags, r.HeldBack)
	}
	if len(r.Focus) != 0 || len(p.Focus) != 0 || len(p.Strengths) != 0 || len(p.StopDoing) != 0 {
		t.Errorf("focus %v, strengths %v, stop-doing %v: answers that cannot be read make no verdicts", focusIDs(r), p.Strengths, p.StopDoing)
	}
	if !strings.Contains(p.Note, "Talk it through first") || !strings.Contains(p.Note, "re-take the assessment by") || len(p.Talk) == 0 {
		t.Errorf("note %q, talk %v", p.Note, p.Talk)
	}
	if n := len(r.Questions); n < 5 || n > 7 {
		t.Errorf("%d manager questions, want the five core ones and at most seven", n)
	}
	for _, cand := range r.Candidates {
		if !strings.Contains(cand.Reason, "held back") {
			t.Errorf("%s: reason %q, want held back", cand.ID, cand.Reason)
		}
	}
}

func TestAlmostNothingAnsweredGivesNoVerdicts(t *testing.T) {
	_, _, r, _ := analyse(t, "almost-nothing")
	for _, d := range r.Dimensions {
		if d.Scored() || d.Text != "" {
			t.Errorf("%s scored from %d answers", d.ID, d.Answered)
		}
	}
	if !r.Has(analysis.FlagTooFew) {
		t.Error("no too-few flag")
	}
	if len(r.Focus) != 0 {
		t.Errorf("focus %v from two answers", focusIDs(r))
	}
}

func TestAgreeingWithEverythingIsNamedAndHeldBack(t *testing.T) {
	_, _, r, p := analyse(t, "agrees-with-everything")
	if !r.Has(analysis.FlagAcquiescence) || !r.Has(analysis.FlagContradiction) {
		t.Errorf("flags %+v", r.Flags)
	}
	if r.HeldBack == "" || len(p.Focus) != 0 || len(p.Strengths) != 0 {
		t.Errorf("held back %q, focus %v, strengths %v", r.HeldBack, focusIDs(r), p.Strengths)
	}
	// Nothing in agreeing answers is a finding: the pattern first, then
	// a few of the contradictions that show it, and no single rating.
	if len(p.Talk) < 2 || len(p.Talk) > 4 || !strings.HasPrefix(p.Talk[0], "You agreed with every statement, 40 of 40,") {
		t.Fatalf("talk lines %q", p.Talk)
	}
	for _, l := range p.Talk[1:] {
		if !strings.HasPrefix(l, "You agreed with both") {
			t.Errorf("a single rating read as a finding: %q", l)
		}
	}
}

func TestPolarityEdgeCase(t *testing.T) {
	_, _, r, _ := analyse(t, "polarity")
	if quadrant(r, "expect.through-team") != workshop.NotSupported {
		t.Errorf("through-team me 5 org 2: %q", quadrant(r, "expect.through-team"))
	}
	if quadrant(r, "expect.top-expert") != workshop.MythPushed {
		t.Errorf("top-expert me 1 org 4: %q", quadrant(r, "expect.top-expert"))
	}
	// The organisation pushes the player-coach picture: the conversation
	// with the manager is the focus, not a habit of the participant's.
	if got := focusIDs(r); len(got) == 0 || got[0] != "skill.managing-up" {
		t.Errorf("focus %v, want managing up first", got)
	}
	if slices.Contains(focusIDs(r), "skill.coaching") {
		t.Error("being pushed to stay top expert made coaching a goal of the participant's")
	}
}

func TestAspiringLeadStartsWithTheConversationAboutTheStep(t *testing.T) {
	_, _, r, p := analyse(t, "aspiring")
	if got := focusIDs(r); len(got) == 0 || got[0] != "skill.managing-up" {
		t.Fatalf("focus %v, want managing up first", got)
	}
	for _, f := range p.Focus {
		if f.Current > 0 && f.Target != f.Current+1 {
			t.Errorf("%s: from %d to %d", f.Skill, f.Current, f.Target)
		}
		if missing := f.Missing(f.Title); len(missing) > 0 {
			t.Errorf("drafted focus area is not SMART: %v", missing)
		}
	}
	if !strings.Contains(r.Focus[0].Why, "not leading a team yet") {
		t.Errorf("why %q", r.Focus[0].Why)
	}
	// No question assumes a team she does not have yet.
	for _, q := range r.Questions {
		if strings.Contains(strings.ToLower(q), "my team") || strings.Contains(q, "first 90 days") {
			t.Errorf("question for someone not leading yet: %q", q)
		}
	}
	if len(r.Questions) < 5 || r.Questions[0] != builtin(t).CoreQuestionsNotYet[0] {
		t.Errorf("questions %q", r.Questions)
	}
}

func TestAlwaysHandingOverIsNotTheTopScore(t *testing.T) {
	c := builtin(t)
	a := workshop.NewAnswers(c.ID, time.Now())
	for _, d := range c.Dimensions {
		for _, it := range d.Items {
			if it.IsScenario() {
				a.Ratings[it.ID] = workshop.Scale // always leave it with the team
			}
		}
	}
	d := analysis.Analyze(c, a).Dimension("dim.rescue")
	if d.Score == nil || *d.Score >= 100 {
		t.Errorf("always handing over scores %v on judgement, want less than 100", d.Score)
	}
}

func TestVersionOneAnswersStillOpen(t *testing.T) {
	c := builtin(t)
	f, err := os.Open("testdata/answers-v1-2026-11-30.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := workshop.DecodeAnswers(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.CheckAgainst(c); err != nil {
		t.Fatal(err)
	}
	if a.Version != workshop.AnswersVersion || a.Plan != nil || a.History == nil || a.History.Plan == nil {
		t.Fatalf("version %d, plan %v, history %v: want the old plan kept as history", a.Version, a.Plan, a.History)
	}
	r := analysis.Analyze(c, a)
	if p := analysis.NewPlan(c, a, r, a.Updated); len(p.Focus) == 0 && p.Note == "" {
		t.Error("no plan regenerated")
	}
	// Every skill was re-anchored and three situations rewritten after
	// version 1: those answers are asked again, never quoted back.
	if len(a.Skills) != 0 || a.Edition != c.Edition {
		t.Errorf("skills %v kept against anchors the person never saw; edition %q", a.Skills, a.Edition)
	}
	for _, id := range []string{"skill.delegation", "assess.rescue.system-issue", "assess.trust.copy-me"} {
		if !slices.Contains(a.Reasked(), id) {
			t.Errorf("%s is not asked again: %v", id, a.Reasked())
		}
	}
	if _, ok := a.Ratings["assess.rescue.team-decision"]; ok {
		t.Error("the old hard-decision situation was mapped onto a different situation")
	}
	for _, s := range r.Strengths {
		for _, sk := range c.Skills {
			if strings.HasPrefix(s, sk.Name+":") {
				t.Errorf("strength %q quotes an anchor of this edition from a version 1 rating", s)
			}
		}
	}
}
