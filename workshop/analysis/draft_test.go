package analysis

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
)

func TestNewPlan(t *testing.T) {
	c := fixture(t)
	a := answered(c, 3)
	a.Delegations = []workshop.DelegationRow{
		{What: "Approving changes", Owner: "Sam", By: "2026-12-10", Level: 3, Kind: workshop.RowHold},
		{What: "The uptime report", Owner: "Jo", By: "2027-02-01", Kind: workshop.RowHold},
		{What: "Closing tickets unresolved", Owner: "Kev", By: "2026-12-15", Kind: workshop.RowStandard},
		{What: "Backups", Owner: "Ann", Kind: workshop.RowHanded},
		{What: "The CEO's laptop", Owner: "Ann", Kind: workshop.RowNote},
	}
	a.Week = workshop.Week{Today: workshop.Hours{Technical: 30, People: 2, Planning: 4, Stakeholders: 4},
		Target: workshop.Hours{Technical: 20, People: 8, Planning: 6, Stakeholders: 6},
		Counts: map[workshop.Source]int{workshop.SourceEscalations: 12}}
	c.Skills[0].IfThenRow = "When \"{row}\" lands on me, I pass it to {owner}."
	r := &Report{Focus: []Suggestion{{ID: "sk.x", Title: "Skill sk.x", Why: "A; b.", Current: 2, Target: 3}, {ID: "sk.y", Title: "Skill sk.y"}}}
	p := NewPlan(c, a, r, today)
	// The habit starts on the date the row is handed over.
	if want := "From 10 December 2026, when \"Approving changes\" lands on me, I pass it to Sam."; p.Focus[0].IfThen != want || p.Focus[1].IfThen != "When x, I y." {
		t.Errorf("if-then %q and %q, want the first from my own row, the second the pack's", p.Focus[0].IfThen, p.Focus[1].IfThen)
	}
	if len(p.Focus) != 2 {
		t.Fatalf("focus areas: %d, want 2", len(p.Focus))
	}
	f, g := p.Focus[0], p.Focus[1]
	for _, k := range workshop.Kinds {
		if got := f.ActionsOf(k); len(got) != 1 {
			t.Errorf("kind %s: %d actions, want exactly 1", k, len(got))
		}
	}
	if f.Goal.Baseline != "2" || f.Goal.Target != "0" || g.Goal.Baseline != "12" || g.Goal.Target != "6" {
		t.Errorf("baselines and targets: %q→%q, %q→%q", f.Goal.Baseline, f.Goal.Target, g.Goal.Baseline, g.Goal.Target)
	}
	if f.FirstStepDate == g.FirstStepDate || f.Goal.By == g.Goal.By || f.Support == g.Support {
		t.Errorf("both areas share dates or support: %+v / %+v", f, g)
	}
	if f.FirstStepDate != "2026-11-30" || p.Reviews[2] != "2027-02-22" {
		t.Errorf("dates: first step %s, last review %s (weekdays after 7 and 90 days)", f.FirstStepDate, p.Reviews[2])
	}
	if !strings.Contains(f.FirstStep, "Ask Sam to take over \"Approving changes\"") {
		t.Errorf("first step %q", f.FirstStep)
	}
	if f.Goal.Achievable != "One level up in 90 days: from \"l2\" to \"l3\"" {
		t.Errorf("achievable %q", f.Goal.Achievable)
	}
	if want := "I stop doing \"Approving changes\" myself: Sam owns it from 10 December 2026, at delegation level 3 of 3 (\u201cYou decide\u201d)."; len(p.StopDoing) != 3 || p.StopDoing[0] != want {
		t.Fatalf("stop-doing %q, want three lines starting %q", p.StopDoing, want)
	}
	// A standard someone is not meeting is a conversation, not a hand-over;
	// rows handed over or only noted stop nothing.
	if want := "I stop letting \"Closing tickets unresolved\" go on: it becomes a conversation with Kev about the standard, by 15 December 2026."; p.StopDoing[2] != want {
		t.Errorf("stop-doing %q, want %q", p.StopDoing[2], want)
	}
	// A talk is not the end of it: the standard is looked at again.
	if !strings.Contains(p.Day30, "the conversation with Kev about \"Closing tickets unresolved\" held") || strings.Contains(p.Day30+p.Day60+p.Day90, "Ann") ||
		!strings.Contains(p.Day90, "\"Closing tickets unresolved\" looked at again with Kev: the standard met, or the next step agreed") {
		t.Errorf("milestones %q / %q / %q", p.Day30, p.Day60, p.Day90)
	}
	if !strings.Contains(p.Day30, "\"Approving changes\" handed over to Sam") || !strings.Contains(p.Day90, "\"The uptime report\" handed over to Jo") {
		t.Errorf("milestones %q / %q", p.Day30, p.Day90)
	}
	if want := "From doing sk.x myself to the team doing it; and from doing sk.y myself to the team doing it. My hands-on technical work goes from 30 hours a week to 20"; !strings.HasPrefix(p.Shift, want) {
		t.Errorf("shift %q", p.Shift)
	}
	// Nothing of the person's own points to an obstacle: none is made up.
	if len(p.Obstacles) != 0 {
		t.Errorf("obstacles %+v, want none: nothing of the person's own names one", p.Obstacles)
	}
}

// FuzzAnalyzeAndDraft: whatever answers decode, the analysis reads them
// and drafts a plan without failing, and the plan is complete or says why.
func FuzzAnalyzeAndDraft(f *testing.F) {
	c := fixture(f)
	f.Add(encode(f, mixed(c)))
	f.Add([]byte(`{"format":"leadshift.answers","version":2,"step":"plan","delegations":[{"what":"x","owner":"y","kind":"hold"}],"reflectionTags":{"a.p":["sk.x"]},"reflections":{"a.p":"nobody needs to panic, but it keeps happening"}}`))
	f.Add([]byte(`{"format":"leadshift.answers","version":2,"step":"plan","participant":{"name":"Zoë","role":"","teamSize":0,"leadershipTime":"","manager":"","team":["Kev","Zoë"]},"delegations":[{"what":"x.","owner":"Zoë","ownerKind":"person","kind":"hold","by":"2026-12-01"},{"what":"y","owner":"On-call rota (A, B)","kind":"handed"},{"what":"z","owner":"Not decided yet","ownerKind":"undecided","kind":"standard"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := workshop.DecodeAnswers(bytes.NewReader(data))
		if err != nil || a.CheckAgainst(c) != nil {
			return
		}
		r := Analyze(c, a)
		p := NewPlan(c, a, r, today)
		if len(p.Focus) == 0 && p.Note == "" && r.Answered.Some() {
			t.Errorf("a plan with no focus that does not say why: %+v", r)
		}
		if len(r.Candidates) != len(c.Skills)+1 {
			t.Errorf("%d candidates for %d skills and the role decision", len(r.Candidates), len(c.Skills))
		}
	})
}

// FuzzAnalyzeAnyPack: a pack that validates works for any answers.
func FuzzAnalyzeAnyPack(f *testing.F) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(fixture(f)); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := workshop.DecodeContent(bytes.NewReader(data))
		if err != nil {
			return
		}
		a := workshop.NewAnswers(c.ID, today)
		for _, s := range c.Skills {
			a.Skills[s.ID] = workshop.SkillRate{Current: 1, Importance: workshop.Scale}
		}
		NewPlan(c, a, Analyze(c, a), today)
	})
}

func encode(t testing.TB, a *workshop.Answers) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := workshop.EncodeAnswers(&buf, a); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestHandOversWaitForTheRoleDecision(t *testing.T) {
	c := fixture(t)
	a := answered(c, 3)
	a.Delegations = []workshop.DelegationRow{{What: "Approving changes", Owner: "Sam", By: "2026-12-10", Level: 3, Kind: workshop.RowHold}}
	r := &Report{Focus: []Suggestion{{ID: "focus.role", Title: "Decide"}}}
	p := NewPlan(c, a, r, today)
	if len(p.StopDoing) != 1 || !strings.HasSuffix(p.StopDoing[0], ", once I have decided about the role.") {
		t.Errorf("stop-doing %q: the hand-over waits for the decision", p.StopDoing)
	}
	if strings.Contains(p.Day30+p.Day60, "handed over to Sam") || !strings.Contains(p.Day90, "dated again in the light of my decision") {
		t.Errorf("milestones %q / %q / %q: no hand-over before the decision", p.Day30, p.Day60, p.Day90)
	}
}

func TestAMilestoneFitsItsField(t *testing.T) {
	var xs []string
	for i := range 12 {
		xs = append(xs, fmt.Sprintf("\"Row number %d of a long delegation map\" handed over to someone with a long name", i))
	}
	got := joinWithin(xs)
	if n := utf8.RuneCountInString(got); n > workshop.PlanListLimit || !strings.HasSuffix(got, "more, in this plan.") {
		t.Errorf("%d characters, want at most %d and the rest counted: %q", n, workshop.PlanListLimit, got)
	}
}

// The role in a sentence is the title I typed, without what follows it.
func TestTheRoleInASentenceIsTheTitle(t *testing.T) {
	sk := &workshop.Skill{ID: "sk.x", Description: "Handing work over."}
	for typed, want := range map[string]string{
		"IT operations lead, regional airport (baggage, check-in)":                "as IT operations lead: handing",
		"Infrastructure team lead (promoted from storage engineer 8 months ago).": "as infrastructure team lead: handing",
		"Service desk lead; nights":                                               "as service desk lead: handing",
		"Infrastructure team lead at a mid-sized insurer":                         "as infrastructure team lead: handing",
		"Head of IT at the county council":                                        "as head of IT: handing",
		"Lead at Contoso for the print estate":                                    "as lead at Contoso for the print estate: handing",
		"":                                                                        "for my role: handing",
	} {
		a := &workshop.Answers{Participant: workshop.Participant{Role: typed}, Skills: map[string]workshop.SkillRate{"sk.x": {Importance: 4}}}
		if got := relevant(a, sk, sk.Description); !strings.Contains(got, want) {
			t.Errorf("role %q: %q, want it to say %q", typed, got, want)
		}
	}
}

// Hours aim where my own target week says; without one, no number is
// guessed: the target is agreed from the week I log.
func TestHoursWithoutMyTargetWeekGetNoGuessedTarget(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Week = workshop.Week{Today: workshop.Hours{Technical: 30, People: 2, Planning: 4, Stakeholders: 4}}
	r := &Report{Focus: []Suggestion{{ID: "sk.z", Title: "Skill sk.z"}}}
	p := NewPlan(c, a, r, today)
	if g := p.Focus[0].Goal; g.Baseline != "2" || g.Target != "" {
		t.Errorf("baseline %q, target %q: want 2 and none", g.Baseline, g.Target)
	}
	if !strings.Contains(strings.ToLower(p.Day60), "a target for") || !strings.Contains(p.Day90, "the target agreed at day 60") {
		t.Errorf("day 60 %q, day 90 %q: the target is agreed, not guessed", p.Day60, p.Day90)
	}
	a.Week.Target = workshop.Hours{Technical: 24, People: 8, Planning: 4, Stakeholders: 4}
	if g := NewPlan(c, a, r, today).Focus[0].Goal; g.Target != "8" {
		t.Errorf("with my target week: target %q, want 8", g.Target)
	}
}

// A hand-over I dated after the plan's 90 days keeps its date, and says so.
func TestAHandOverAfterThePlanSaysSo(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Delegations = []workshop.DelegationRow{
		{What: "Contractor access", Owner: "Mateus", By: day(today, 120), Level: 2, Kind: workshop.RowHold},
		{What: "Backups", Owner: "Ana", By: day(today, 60), Level: 2, Kind: workshop.RowHold},
	}
	p := NewPlan(c, a, &Report{Focus: []Suggestion{{ID: "sk.z", Title: "Skill sk.z"}}}, today)
	if !strings.Contains(p.StopDoing[0], ", after this plan's 90 days") || strings.Contains(p.StopDoing[1], "after this plan") {
		t.Errorf("stop doing %q", p.StopDoing)
	}
}

// The first step names the people my words for the focus name: two or
// more with FirstStepWith, exactly one with FirstStepWithOne.
func TestTheFirstStepNamesThePeopleMyWordsName(t *testing.T) {
	c := fixture(t)
	c.Skills[2].FirstStep = "Book a one-to-one"
	c.Skills[2].FirstStepWith = "Talk with {people}, each on their own"
	c.Skills[2].FirstStepWithOne = "Book a one-to-one with {people}"
	a := mixed(c)
	a.Participant.Team = []string{"Viktor", "Marta", "Sanna"}
	for quote, want := range map[string]string{
		"Viktor and I joined the same month":        "Book a one-to-one with Viktor.",
		"Marta and Viktor won't approve each other": "Talk with Marta and Viktor, each on their own.",
		"Nobody talks about it":                     "Book a one-to-one.",
	} {
		s := Suggestion{ID: "sk.z", Title: "Skill sk.z", Evidence: []Evidence{{Source: "reflection", Quotes: []string{quote}}}}
		if f := NewFocusArea(c, a, s, 0, today); !strings.HasPrefix(f.FirstStep, want) {
			t.Errorf("%q: first step %q, want it to start %q", quote, f.FirstStep, want)
		}
	}
}

// A team size one more than the people I named counts me: the
// one-to-ones to aim for are with the people I lead, every two weeks.
func TestOneToOnesAreWithThePeopleINamed(t *testing.T) {
	c := fixture(t)
	c.Skills[2].Indicator = workshop.Indicator{Text: "One-to-ones held", Source: workshop.SourceOneToOnes}
	a := mixed(c)
	a.Participant.TeamSize = 3
	a.Delegations = []workshop.DelegationRow{{What: "Access point placement", Owner: "Lukas", Level: 4, Kind: workshop.RowHold},
		{What: "Firewall rules", Owner: "Emre", Level: 3, Kind: workshop.RowHold}}
	s := Suggestion{ID: "sk.z", Title: "One-to-ones"}
	if f := NewFocusArea(c, a, s, 0, today); f.Goal.Target != "4" {
		t.Errorf("two named in a team of 3: target %q, want 4 (Lukas and Emre every two weeks)", f.Goal.Target)
	}
	a.Participant.TeamSize = 5
	if f := NewFocusArea(c, a, s, 0, today); f.Goal.Target != "10" {
		t.Errorf("two named in a team of 5: target %q, want 10 (the size I gave)", f.Goal.Target)
	}
}

// A skill taught as stepping in too rarely says why it matters in its
// under side's words, not in advice only the usual side needs.
func TestTheUnderSideSaysWhyInItsOwnWords(t *testing.T) {
	sk := &workshop.Skill{ID: "sk.x", Description: "Handing work over and not taking it back.",
		Under: &workshop.Under{Description: "Handing work over at a level that fits the person."}}
	if got := sideDescription(sk, true); got != sk.Under.Description {
		t.Errorf("under side: %q", got)
	}
	if got := sideDescription(sk, false); got != sk.Description {
		t.Errorf("usual side: %q", got)
	}
	sk.Under.Description = ""
	if got := sideDescription(sk, true); got != sk.Description {
		t.Errorf("an under side without its own words: %q", got)
	}
}

// The row one focus area's on-the-job action starts with is not the
// first job of the next one too.
func TestARowStartsOneFocusArea(t *testing.T) {
	mine := " Mine first: \"Sam's tickets\", with Sam."
	focus := []workshop.FocusArea{
		{Actions: []workshop.PlanAction{{Text: "I raise each standard." + mine}}},
		{Actions: []workshop.PlanAction{{Text: "I give one piece of feedback a week." + mine}}},
		{Actions: []workshop.PlanAction{{Text: "I hold one-to-ones."}}},
	}
	startOnce(focus)
	if got := focus[0].Actions[0].Text; got != "I raise each standard."+mine {
		t.Errorf("first focus area's action %q lost its row", got)
	}
	if got := focus[1].Actions[0].Text; got != "I give one piece of feedback a week." {
		t.Errorf("second focus area's action %q, want the row left out", got)
	}
}

// A plan's dates skip weekends and the days nearly every workplace is
// closed.
func TestADateIsAWorkingDay(t *testing.T) {
	start := time.Date(2026, time.December, 1, 0, 0, 0, 0, time.UTC)
	for n, want := range map[int]string{24: "2026-12-28", 31: "2027-01-04", 30: "2026-12-31", 2: "2026-12-03"} {
		if got := day(start, n); got != want {
			t.Errorf("day %d after 1 December 2026 = %s, want %s", n, got, want)
		}
	}
}
