package planpdf

import (
	"bytes"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// testContent is a small but complete content pack: three dimensions (the
// third made of five rescue-or-lead scenarios), four expectations, four
// skills with five levels and three 70-20-10 actions each, and the
// delegation exercise.
func testContent(t testing.TB) *workshop.Content {
	t.Helper()
	seed := "LeadShift test fixture"
	skill := func(id, name string) workshop.Skill {
		s := workshop.Skill{ID: id, Name: name, Description: name + " in a technical team.", Seed: seed}
		for i := 1; i <= workshop.Scale; i++ {
			s.Levels = append(s.Levels, fmt.Sprintf("%s level %d: %s", name, i, []string{
				"I avoid it and do the work myself.",
				"I try it when pushed, with mixed results.",
				"I do it on routine matters and keep the hard cases.",
				"I do it routinely and agree check-ins in advance.",
				"I do it by default and help other leads do it too.",
			}[i-1]))
		}
		s.Actions = []workshop.Action{
			{ID: id + "-70", Text: "Practise " + strings.ToLower(name) + " in your next team meeting.", Kind: workshop.Experience},
			{ID: id + "-20", Text: "Ask a peer lead to observe you and give feedback on " + strings.ToLower(name) + ".", Kind: workshop.People},
			{ID: id + "-10", Text: "Read one chapter on " + strings.ToLower(name) + " and note two ideas to try.", Kind: workshop.Courses},
		}
		s.Needed = 3
		s.Guide = workshop.Guide{Goal: "Use " + strings.ToLower(name) + " every week with the team.",
			Indicator: workshop.Indicator{Text: "Escalations that come straight to me each week", Source: workshop.SourceEscalations},
			IfThen:    "When someone brings me a problem, I ask what they have tried first.",
			Obstacle:  "A busy week pulls me back into the work.", Response: "I block one hour each Monday for it."}
		return s
	}
	scenario := func(n int, text, situation string) workshop.Item {
		return workshop.Item{ID: fmt.Sprintf("rl-%d", n), Text: text, Seed: seed, Situation: situation,
			Rescue: "Take over and fix it yourself.", Lead: "Coach the person to fix it and agree a check-in."}
	}
	c := &workshop.Content{
		Format: workshop.ContentFormat, Version: workshop.ContentVersion, ID: "test-pack",
		Title: "LeadShift test pack", Edition: "1",
		Dimensions: []workshop.Dimension{
			{ID: "letting-go", Name: "Letting go of technical work", Description: "Moving from doing to enabling.", Seed: seed,
				Skill: "delegating", Low: "You still carry much of the technical work yourself; each hand-over frees time to lead.",
				Mid:  "You hand over some technical work and keep the rest.",
				High: "You hand technical work over readily and spend your time enabling the team.",
				Items: []workshop.Item{
					{ID: "lg-1", Text: "I hand over tickets I could solve faster myself.", Seed: seed},
					{ID: "lg-2", Text: "I feel I must know every technical detail.", Seed: seed, Reverse: true},
					{ID: "lg-3", Text: "I plan my week around the team, not my own tickets.", Seed: seed},
				},
				Prompts: []workshop.Prompt{{ID: "lg-p1", Text: "What technical work do you find hardest to let go of, and why?", Seed: seed}}},
			{ID: "people", Name: "Working through people", Description: "Getting results through others.", Seed: seed,
				Skill: "coaching", Low: "Conversations about performance still feel uncomfortable.",
				Mid:  "You hold some coaching conversations, mostly when asked.",
				High: "You hold coaching and feedback conversations with confidence.",
				Items: []workshop.Item{
					{ID: "pp-1", Text: "I give feedback within a day of noticing something.", Seed: seed},
					{ID: "pp-2", Text: "I ask questions before I offer solutions.", Seed: seed},
					{ID: "pp-3", Text: "I avoid difficult conversations.", Seed: seed, Reverse: true},
				},
				Prompts: []workshop.Prompt{{ID: "pp-p1", Text: "Which conversation have you been putting off?", Seed: seed}}},
			{ID: "rescue", Name: "Rescuing or leading", Description: "What you do when things go wrong.", Seed: seed,
				Skill: "prioritising", Low: "Under pressure you step in and rescue the work.",
				Mid:  "Under pressure you sometimes step in and sometimes lead.",
				High: "Under pressure you lead: you coach, delegate and protect the team's focus.",
				Items: []workshop.Item{
					scenario(1, "The outage at 4 pm", "A server is down and a junior technician is working on it slowly."),
					scenario(2, "The escalated customer", "An angry customer asks for you by name."),
					scenario(3, "The half-done change", "A colleague's change request is late and missing a rollback plan."),
					scenario(4, "The new tool", "Nobody on the team has learned the new monitoring tool yet."),
					scenario(5, "The estimate", "Your manager needs an estimate from the team by tomorrow."),
				},
				Prompts: []workshop.Prompt{{ID: "rl-p1", Text: "When did you last rescue instead of lead, and what did it cost?", Seed: seed}}},
		},
		Expectations: []workshop.Expectation{
			{ID: "ex-tech", Statement: "I remain the go-to technical expert.", Seed: seed, Polarity: workshop.Myth, Skill: "delegating",
				Questions: []string{"Which technical decisions do you expect me to keep?", "Who should become the go-to expert instead?"}},
			{ID: "ex-people", Statement: "I hold regular one-to-ones with each team member.", Seed: seed, Polarity: workshop.Role, Skill: "coaching",
				Questions: []string{"How often do you expect one-to-ones to happen?"}},
			{ID: "ex-priorities", Statement: "I say no to work that does not fit the team's priorities.", Seed: seed, Polarity: workshop.Role, Skill: "prioritising",
				Questions: []string{"Who decides the team's priorities when requests collide?"}},
			{ID: "ex-feedback", Statement: "I address poor performance early.", Seed: seed, Polarity: workshop.Role, Skill: "feedback",
				Questions: []string{"What support can I expect from HR and from you?"}},
			{ID: "ex-pay", Statement: "Better pay than in a technical role.", Seed: seed, Polarity: workshop.Myth, Provides: true,
				Questions: []string{"How does pay develop for leads here, compared with senior engineers?"}},
		},
		RoleFocus: workshop.RoleFocus{ID: "role-decision", Title: "Decide whether I want this role", Description: "Leading is a choice.", Seed: seed,
			Actions: []workshop.Action{
				{ID: "rf-70", Text: "Lead the team meeting for a month and note what gives you energy.", Kind: workshop.Experience},
				{ID: "rf-20", Text: "Talk to a senior engineer and a lead about their paths.", Kind: workshop.People},
				{ID: "rf-10", Text: "Read a chapter of Hill's Becoming a Manager.", Kind: workshop.Courses}},
			Guide: workshop.Guide{Goal: "Decide by day 90 whether to stay a lead or take the senior technical path.",
				Indicator: workshop.Indicator{Text: "Hours a week of people work", Source: workshop.SourcePeople},
				IfThen:    "When I catch myself longing for the technical work, I write down why.",
				Obstacle:  "Fear of letting the team down.", Response: "I talk it through with my manager early."}},
		ThreeWay: workshop.ThreeWayWords{
			BlindSpots: map[workshop.Quadrant]string{workshop.Aligned: "same", workshop.NotSupported: "more than your manager",
				workshop.RoleGap: "your manager expects more", workshop.MythHeld: "a picture your manager does not share", workshop.MythPushed: "your manager pushes it"},
			ProvidesBlindSpots: map[workshop.Quadrant]string{workshop.MythHeld: "gives less", workshop.MythPushed: "gives more"},
			MisreadingMore:     "more ({org}) than your manager says ({manager})", MisreadingLess: "less ({org}) than your manager says ({manager})"},
		CoreQuestions: []string{"How do you see the team's situation today?", "What do you expect of me in the first 90 days?",
			"How do you like to work with the people who report to you?", "What resources can I count on?", "How will you support my development?"},
		Skills: []workshop.Skill{skill("delegating", "Delegating"), skill("coaching", "Coaching"),
			skill("feedback", "Giving feedback"), skill("prioritising", "Prioritising")},
		Delegation: workshop.Delegation{Seed: seed, Intro: "List what lands on you and who could own it.",
			Types: []string{"decision", "escalation", "task", "question"}, Hints: []string{"Password resets"}, MinRow: 3,
			Levels: []string{"I decide and tell", "I decide after asking you", "We decide together", "You decide after asking me", "You decide, tell me later"}},
	}
	if err := c.Validate(); err != nil {
		t.Fatalf("fixture content is invalid: %v", err)
	}
	return c
}

// fixtureTime is when the fixture participants last saved their answers.
var fixtureTime = time.Date(2026, 3, 14, 15, 4, 5, 0, time.UTC)

// zoe is a participant who has completed the whole journey.
func zoe() *workshop.Answers {
	a := &workshop.Answers{
		Format: workshop.AnswersFormat, Version: workshop.AnswersVersion, ID: "00000000-0000-4000-8000-000000000001",
		ContentID: "test-pack", Created: fixtureTime.Add(-3 * time.Hour), Updated: fixtureTime, Step: workshop.StepFinish,
		Participant: workshop.Participant{Name: "Zoë Müller", Role: "Team lead, service desk", TeamSize: 7,
			LeadershipTime: "Less than 1 year", Manager: "Priya Raman"},
		Ratings: map[string]int{"lg-1": 2, "lg-2": 4, "lg-3": 2, "pp-1": 4, "pp-2": 5, "pp-3": 2,
			"rl-1": 1, "rl-2": 2, "rl-3": 4, "rl-4": 5, "rl-5": 3},
		Reflections: map[string]string{
			"lg-p1": "Network troubleshooting. I was the best at it and it is how I earned respect.",
			"pp-p1": "Telling Marek that his tickets are closed without notes.",
		},
		Expectations: map[string]workshop.Pair{"ex-tech": {Me: 5, Org: 2}, "ex-people": {Me: 2, Org: 5},
			"ex-priorities": {Me: 3, Org: 4}, "ex-feedback": {Me: 4, Org: 4}, "ex-pay": {Me: 4, Org: 1}},
		Skills: map[string]workshop.SkillRate{"delegating": {Current: 2, Importance: 5}, "coaching": {Current: 2, Importance: 4},
			"feedback": {Current: 3, Importance: 4}, "prioritising": {Current: 4, Importance: 3}},
		Delegations: []workshop.DelegationRow{
			{ID: "d1", What: "Approving every firewall change", Type: "decision", Owner: "Marek (senior admin)", Support: "A written change checklist", By: "2026-04-01", Kind: workshop.RowHold, Level: 4},
			{ID: "d2", What: "Customer escalations from the key accounts", Type: "escalation", Owner: "Ana", Support: "Shadow two calls first", By: "2026-04-15", Kind: workshop.RowHold},
			{ID: "d3", What: "Weekly patch report", Type: "task", Owner: "Jonas", Support: "Template and one review", By: "2026-03-28", Kind: workshop.RowHold},
		},
	}
	a.Week = workshop.Week{Today: workshop.Hours{Technical: 25, People: 5, Planning: 5, Stakeholders: 5},
		Target: workshop.Hours{Technical: 12, People: 14, Planning: 8, Stakeholders: 6},
		Counts: map[workshop.Source]int{workshop.SourceEscalations: 9, workshop.SourceAfterHours: 4}}
	p := &workshop.Plan{Shift: "From fixing the hard tickets myself to making sure the team can fix them.",
		Strengths: []string{"Working through people (83 of 100)"},
		StopDoing: []string{"Approving every firewall change myself: Marek owns it from 1 April 2026."},
		Day30:     "Marek approves firewall changes on his own; I review one a week.",
		Day60:     "Ana handles key-account escalations; we debrief on Fridays.",
		Day90:     "I spend no more than a day a week on tickets.",
		Obstacles: []workshop.Obstacle{{Obstacle: "An outage pulls me back into the console.", Response: "I take the incident-commander role and leave the console to the on-call engineer."}},
		Manager:   "Priya protects Friday afternoons for one-to-ones and backs the hand-overs in the ops meeting.",
		Reviews:   []string{"2026-04-14", "2026-05-14", "2026-06-12"}}
	p.Focus = []workshop.FocusArea{
		{Skill: "delegating", Title: "Delegating", Current: 2, Target: 3, Why: "You rated yourself at level 2 of 5 for delegating, where a first-line lead needs level 3.",
			Goal: workshop.Goal{Specific: "Hand over firewall change approval and key-account escalations.",
				Measurable: "Escalations that come straight to me each week", Baseline: "9", Target: "4",
				Relevant: "Frees a day a week for one-to-ones.", By: "2026-06-05"},
			Actions: []workshop.PlanAction{
				{Text: "Hand over the firewall change approvals to Marek with a checklist.", Kind: workshop.Experience},
				{Text: "Ask Priya how she decided what to delegate in her first year.", Kind: workshop.People},
				{Text: "Read the chapter on delegation levels.", Kind: workshop.Courses}},
			IfThen:    "When Marek asks me to check a firewall change, I ask what the checklist says first.",
			Support:   "Monthly check-in with Priya",
			FirstStep: "Book 30 minutes with Marek to walk through the change checklist.", FirstStepDate: "2026-03-20"},
		{Skill: "coaching", Title: "Coaching", Why: "You expect one-to-ones less than you believe your organisation does.",
			Goal: workshop.Goal{Specific: "Hold a monthly one-to-one with each of the seven team members.",
				Measurable: "Seven one-to-ones a month, with notes.", Achievable: "Thirty minutes each fits in my calendar.",
				Relevant: "My manager expects it and the team asked for it.", TimeBound: "Starting in April 2026"},
			Actions: []workshop.PlanAction{
				{Text: "Run the first round of one-to-ones with a question list.", Kind: workshop.Experience},
				{Text: "Find a mentor among the other service desk leads.", Kind: workshop.People}},
			Support:   "A coach from the leadership programme",
			FirstStep: "Send the one-to-one invitations for April.", FirstStepDate: "2026-03-25"},
	}
	a.Plan = p
	return a
}

// lukasz is a participant who has not written the plan yet.
func lukasz() *workshop.Answers {
	a := zoe()
	a.ID = "00000000-0000-4000-8000-000000000002"
	a.Participant = workshop.Participant{Name: "Łukasz Żółć", Role: "Infrastructure lead", TeamSize: 4,
		LeadershipTime: "1 to 3 years", Manager: "Jiří Dvořák"}
	a.Ratings = map[string]int{"lg-1": 4, "lg-2": 2, "lg-3": 3, "rl-1": 4, "rl-2": 4}
	a.Reflections = map[string]string{"rl-p1": "Last week, during the storage migration — it cost me a weekend."}
	a.Expectations = map[string]workshop.Pair{"ex-tech": {Me: 3, Org: 3}, "ex-feedback": {Me: 1, Org: 4}}
	a.Skills = map[string]workshop.SkillRate{"feedback": {Current: 1, Importance: 5}, "coaching": {Current: 3, Importance: 3}}
	a.Delegations = a.Delegations[:1]
	a.Week = workshop.Week{}
	a.Plan = nil
	return a
}

// renderPDF renders the answers with opt and returns the PDF.
func renderPDF(t testing.TB, c *workshop.Content, a *workshop.Answers, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, c, a, opt); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return buf.Bytes()
}

// popplerTool finds a poppler-utils program; the tests need it and fail
// without it rather than skip (CI installs poppler-utils).
func popplerTool(t testing.TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s not found: install poppler-utils (apt-get install poppler-utils) to run the PDF tests", name)
	}
	return path
}

// runTool runs a poppler program with the PDF on standard input and
// returns its output.
func runTool(t testing.TB, name string, pdf []byte, args ...string) string {
	t.Helper()
	cmd := exec.Command(popplerTool(t, name), args...)
	cmd.Stdin = bytes.NewReader(pdf)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v: %s", name, err, errb.String())
	}
	return out.String()
}

// pdfText extracts the text of pages first..last (0 means from the start
// or to the end) with pdftotext.
func pdfText(t testing.TB, pdf []byte, first, last int) string {
	t.Helper()
	args := []string{"-enc", "UTF-8"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first))
	}
	if last > 0 {
		args = append(args, "-l", strconv.Itoa(last))
	}
	return runTool(t, "pdftotext", pdf, append(args, "-", "-")...)
}

// flat joins wrapped lines so that phrases can be searched across them.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// pdfInfo returns the page count and the size of the first page.
func pdfInfo(t testing.TB, pdf []byte) (pages int, size string) {
	t.Helper()
	out := runTool(t, "pdfinfo", pdf, "-")
	if m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(out); m != nil {
		pages, _ = strconv.Atoi(m[1])
	}
	if m := regexp.MustCompile(`(?m)^Page size:\s+(.+)$`).FindStringSubmatch(out); m != nil {
		size = strings.TrimSpace(m[1])
	}
	if pages == 0 {
		t.Fatalf("pdfinfo found no pages:\n%s", out)
	}
	return pages, size
}
