package analysis

import (
	"regexp"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// awkward are inputs people type: lower and upper case, trailing
// punctuation, comma lists, "the team", a rota, long text, non-Latin names.
var awkward = []struct{ what, owner, manager, role string }{
	{"approving changes.", "sam", "alex morgan", "team lead."},
	{"THE WEEKLY PATCH REPORT!", "ANN-MARIE", "ALEX", "IT LEAD"},
	{"Backups, restores, and the DR test.", "Jin and Anouk, alternating", "Dr. Weiß", "Infrastructure lead, new"},
	{"Sprint planning", "the team", "", ""},
	{"Out-of-hours call-outs", "On-call rota (Tomasz, Lucy, Dev)", "Mgr.", "Lead"},
	{strings.Repeat("Patch the estate and write it up ", 12), "Zoë Müller-Łukasiewicz", "Хорхе", "Lead of the service desk, first-line and second-line, in two countries"},
	{"证书续期", "王芳", "佐藤", "团队负责人"},
	{"\"Quoted\" work.", "Whoever is on call.", "my boss", "lead"},
}

// broken finds what breaks a sentence: doubled punctuation, a stop
// before a closing quote followed by more text, an empty quote, doubled
// spaces, a lower-case start, "you" in the plan's own voice, and owners
// that are no one.
var broken = []struct {
	name string
	re   *regexp.Regexp
}{
	{"doubled full stop", regexp.MustCompile(`\.\.|\.\s+\.|[!?]\.`)},
	{"full stop inside a quote mid-sentence", regexp.MustCompile(`\.["\x{201d}] [a-z]`)},
	{"empty quote", regexp.MustCompile(`""|\x{201c}\x{201d}`)},
	{"doubled space", regexp.MustCompile(`  `)},
	{"comma before a stop", regexp.MustCompile(`,\.`)},
	{"nobody as owner", regexp.MustCompile(`(?i)\bask (nobody|me|myself)\b|\bto (nobody|myself)\b|: (nobody|me|myself) (owns|for now)`)},
}

func TestPlanSentencesHoldWithAnyInput(t *testing.T) {
	c := fixture(t)
	for i := range c.Skills { // the fixture's texts are lower-case stubs
		g := &c.Skills[i].Guide
		g.Obstacle, g.Response = capitalise(g.Obstacle), capitalise(g.Response)
		for j := range c.Skills[i].Actions {
			c.Skills[i].Actions[j].Text = capitalise(c.Skills[i].Actions[j].Text) + "."
		}
	}
	for _, in := range awkward {
		a := answered(c, 3)
		a.Participant.Manager, a.Participant.Role = in.manager, in.role
		a.Delegations = []workshop.DelegationRow{
			{What: in.what, Owner: in.owner, By: "2027-01-11", Level: 2, Kind: workshop.RowHold},
			{What: "Second: " + in.what, Owner: in.owner, By: "2027-02-15", Kind: workshop.RowStandard},
		}
		a.Week.Counts = map[workshop.Source]int{workshop.SourceEscalations: 9}
		r := &Report{Focus: []Suggestion{{ID: "sk.x", Title: "Skill sk.x", Why: "A; b.", Current: 2, Target: 3}, {ID: "sk.y", Title: "Skill sk.y"}}}
		p := NewPlan(c, a, r, today)
		for _, s := range ownSentences(p) {
			for _, b := range broken {
				if b.re.MatchString(s) {
					t.Errorf("%s with %+v: %q", b.name, in, s)
				}
			}
			if first := []rune(strings.TrimLeft(s, "\"\u201c")); len(first) > 0 && first[0] >= 'a' && first[0] <= 'z' {
				t.Errorf("starts lower-case with %+v: %q", in, s)
			}
			if regexp.MustCompile(`(?i)\byou(r)?\b`).MatchString(strings.ReplaceAll(s, "“You decide", "")) && !strings.Contains(s, "Your words") {
				t.Errorf("the plan's own part says \"you\" with %+v: %q", in, s)
			}
		}
	}
}

// ownSentences are the plan's own lines in the first person: the shift,
// each focus area's goal, support and first step, the actions, stop-doing
// and the milestones (the why is the analysis speaking, in "you").
func ownSentences(p *workshop.Plan) []string {
	out := []string{p.Shift, p.Day30, p.Day60, p.Day90}
	out = append(out, p.StopDoing...)
	for _, f := range p.Focus {
		out = append(out, f.Goal.Specific, f.Goal.Achievable, f.Goal.Relevant, f.Support, f.FirstStep, f.IfThen)
		for _, act := range f.Actions {
			out = append(out, act.Text)
		}
	}
	for _, o := range p.Obstacles {
		out = append(out, o.Obstacle, o.Response)
	}
	var nonEmpty []string
	for _, s := range out {
		if strings.TrimSpace(s) != "" {
			nonEmpty = append(nonEmpty, s)
		}
	}
	return nonEmpty
}

// A short sentence that says how often is quoted with the one before it;
// any other next sentence is not.
func TestAQuoteKeepsTheCountThatFollowsIt(t *testing.T) {
	for text, want := range map[string]string{
		"The historian stopped collecting again. Third time since the summer. Nobody knows why.":           "The historian stopped collecting again. Third time since the summer",
		"The historian stopped collecting again. Joana restarted it.":                                      "The historian stopped collecting again",
		"The historian stopped collecting again. It happened 3 times since June, every time on a weekend.": "The historian stopped collecting again",
	} {
		ss := sentences(text)
		if got := withCount(ss, ss[0]); got != want {
			t.Errorf("%q: quoted %q, want %q", text, got, want)
		}
	}
}

// A label (a thing or an event named, nobody in it) says less than the
// shortest thought about someone.
func TestALabelIsLessTellingThanAThought(t *testing.T) {
	label := sentences("Choosing managed Kubernetes over keeping the Nomad cluster")[0]
	thought := sentences("He hasn't let it go")[0]
	if label.telling() >= thought.telling() {
		t.Errorf("label %d, thought %d: the label should say less", label.telling(), thought.telling())
	}
	long := sentences("Saturday before last, the historian stopped collecting from Line 3 again")[0]
	if long.telling() < thought.telling() {
		t.Errorf("a long sentence about an event (%d) is no label", long.telling())
	}
}
