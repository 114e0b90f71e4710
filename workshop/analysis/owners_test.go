package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// ownerPlan drafts the plan of answers with one row I still hold, owned
// by owner (picked as kind, or typed when kind is empty), and a focus
// on handing over.
func ownerPlan(t *testing.T, owner string, kind workshop.OwnerKind, team ...string) *workshop.Plan {
	t.Helper()
	c := fixture(t)
	a := mixed(c)
	a.Participant.Team = team
	a.Skills["sk.x"] = workshop.SkillRate{Current: 1, Importance: 5}
	a.Delegations = []workshop.DelegationRow{{What: "SAN firmware upgrades.", Owner: owner, OwnerKind: kind, By: "2026-12-10", Kind: workshop.RowHold}}
	return NewPlan(c, a, &Report{Focus: []Suggestion{{ID: "sk.x", Title: "Skill sk.x", Current: 1, Target: 2}}}, today)
}

// Every form of owner reads right in each sentence that names it: a
// person or a role as typed (a role lower-case), a rota as a common noun,
// and nobody, me or a decision still to make as a decision with a date.
func TestEveryOwnerReadsRightInThePlan(t *testing.T) {
	const row = `"SAN firmware upgrades"`
	type sentences struct{ first, stop, day30, action string }
	person := func(name, inside string) sentences {
		return sentences{
			first:  "Ask " + inside + " to take over " + row + ", and agree what support from me would help.",
			stop:   "I stop doing \"SAN firmware upgrades\" myself: " + inside + " owns it from 10 December 2026.",
			day30:  row + " handed over to " + name,
			action: "Mine first: " + row + ", to " + inside + " by 10 December 2026.",
		}
	}
	two := func(name, inside string) sentences {
		s := person(name, inside)
		s.stop = strings.Replace(s.stop, " owns it", " own it", 1)
		return s
	}
	// A name typed with words beside it is said whole once, on the
	// stop-doing line; everywhere else by the name alone.
	aside := func(name, inside string, s sentences) sentences {
		s.stop = strings.Replace(s.stop, ": "+name+" ", ": "+inside+" ", 1)
		return s
	}
	rota := func(name string) sentences {
		return sentences{
			first:  "Put " + row + " on " + name + ", and agree with the people on it what support they need from me.",
			stop:   "I stop doing \"SAN firmware upgrades\" myself: it goes on " + name + " from 10 December 2026.",
			day30:  row + " on " + name,
			action: "Mine first: " + row + ", onto " + name + " by 10 December 2026.",
		}
	}
	undecided := sentences{
		first:  "Decide by 30 November 2026 who takes over " + row + ", and ask them, so it is handed over by 10 December 2026.",
		stop:   "I stop doing \"SAN firmware upgrades\" myself: the person I choose for it owns it from 10 December 2026.",
		day30:  row + " handed over to the person I chose for it",
		action: "Mine first: " + row + ", to the person I choose for it by 10 December 2026.",
	}
	team := []string{"Priya", "Марина", "Kev", "Team"}
	for _, tt := range []struct {
		name, owner string
		kind        workshop.OwnerKind
		want        sentences
	}{
		{"picked name", "Priya", workshop.OwnerPerson, person("Priya", "Priya")},
		{"picked non-Latin name", "Марина", workshop.OwnerPerson, person("Марина", "Марина")},
		{"typed name", "Sam", "", person("Sam", "Sam")},
		{"typed non-Latin name", "李伟", "", person("李伟", "李伟")},
		{"typed name, trailing punctuation", "Kev. ", "", person("Kev", "Kev")},
		{"typed name, unsure", "Kev?", "", person("Kev", "Kev")},
		{"a team name that is also a role word, typed", "Team", "", person("Team", "Team")},
		{"typed name with an aside", "Marisa, as buddy", "", aside("Marisa", "Marisa, as buddy,", person("Marisa", "Marisa"))},
		{"a rule", "The team, by rule", "", person("the team, by rule", "the team, by rule,")},
		{"a role", "Service desk lead of the day", "", person("the service desk lead of the day", "the service desk lead of the day")},
		{"a role, lower-case", "on-call engineer.", "", person("the on-call engineer", "the on-call engineer")},
		{"a role with a name", "Service Desk lead", "", person("the Service Desk lead", "the Service Desk lead")},
		{"a name with a role in brackets", "Anja (senior engineer)", "", aside("Anja", "Anja (senior engineer)", person("Anja", "Anja"))},
		{"whoever", "Whoever finishes the rota week.", "", person("whoever finishes the rota week", "whoever finishes the rota week")},
		{"picked a rota", workshop.OwnerRotaChoice, workshop.OwnerRota, rota("a rota")},
		{"typed on-call rota", "On-call rota", "", rota("the on-call rota")},
		{"typed the on-call rota", "The on-call rota.", "", rota("the on-call rota")},
		{"picked, then named the rota", "Weekend rota", workshop.OwnerRota, rota("the weekend rota")},
		{"an abbreviation's rota", "DBA rota", "", rota("the DBA rota")},
		{"a named team's rota", "Service Desk rota", "", rota("the Service Desk rota")},
		{"a rota with its people", "On-call rota (Piet, Alina)", "", rota("the on-call rota (Piet, Alina)")},
		{"a name with an aside in brackets", "Sam (with Priya, Kev)", "", aside("Sam", "Sam (with Priya, Kev)", person("Sam", "Sam"))},
		{"a name with an aside on a rota", "Aylin and Jonas, on a shared rota with me", "", aside("Aylin and Jonas", "Aylin and Jonas, on a shared rota with me,", two("Aylin and Jonas", "Aylin and Jonas"))},
		{"two names", "Jin and Anouk", "", two("Jin and Anouk", "Jin and Anouk")},
		{"a name that holds and", "Andy", "", person("Andy", "Andy")},
		{"not decided yet", workshop.OwnerUndecidedChoice, workshop.OwnerUndecided, undecided},
		{"legacy nobody yet", "Nobody yet", "", undecided},
		{"legacy me for now", "Me for now", "", undecided},
		{"legacy TBD", "TBD", "", undecided},
		{"legacy myself", "myself.", "", undecided},
		{"typed not decided", "not decided yet", "", undecided},
		{"a question mark", " ? ", "", undecided},
		{"my own name, picked", "Zoë Müller", workshop.OwnerPerson, undecided},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := ownerPlan(t, tt.owner, tt.kind, team...)
			f := p.Focus[0]
			if f.FirstStep != tt.want.first {
				t.Errorf("first step\n got %q\nwant %q", f.FirstStep, tt.want.first)
			}
			if len(p.StopDoing) != 1 || p.StopDoing[0] != tt.want.stop {
				t.Errorf("stop doing\n got %q\nwant %q", p.StopDoing, tt.want.stop)
			}
			if !strings.Contains(p.Day30, tt.want.day30) {
				t.Errorf("day 30 %q, want it to say %q", p.Day30, tt.want.day30)
			}
			if !strings.HasSuffix(f.Actions[0].Text, tt.want.action) {
				t.Errorf("hand-over action %q, want it to end %q", f.Actions[0].Text, tt.want.action)
			}
			all := strings.Join(append([]string{f.FirstStep, f.Actions[0].Text, p.Day30, p.Day60, p.Day90}, p.StopDoing...), " | ")
			for _, bad := range []string{"Nobody", "Me for now", "TBD", "myself.", "Not decided", "Zoë", "Ask the person", "..", ".,", ",,"} {
				if strings.Contains(all, bad) {
					t.Errorf("the plan says %q: %s", bad, all)
				}
			}
		})
	}
}

// A decision due before the hand-over date is due on the first step's
// date; a hand-over due sooner brings it forward.
func TestTheDecisionComesBeforeTheHandOver(t *testing.T) {
	r := workshop.DelegationRow{What: "Patching", Owner: "Not decided yet", OwnerKind: workshop.OwnerUndecided, By: "2026-11-26"}
	if got, want := handOverStep(&workshop.Answers{}, r, ownerOf(r, workshop.Participant{}), "2026-11-30"), `Decide by 26 November 2026 who takes over "Patching", and ask them.`; got != want {
		t.Errorf("hand-over sooner than the first step:\n got %q\nwant %q", got, want)
	}
	r.By = ""
	if got, want := handOverStep(&workshop.Answers{}, r, ownerOf(r, workshop.Participant{}), "2026-11-30"), `Decide by 30 November 2026 who takes over "Patching", and ask them.`; got != want {
		t.Errorf("no hand-over date:\n got %q\nwant %q", got, want)
	}
}

// Someone not meeting a standard gets a conversation, never a hand-over,
// whether their name was picked or typed; the one I named beside myself
// is who I talk with; a rota or nobody is "whoever is responsible for it".
func TestAStandardNotMetIsAConversationWithThePerson(t *testing.T) {
	for _, tt := range []struct {
		owner string
		kind  workshop.OwnerKind
		who   string
	}{
		{"Kev", workshop.OwnerPerson, "Kev"},
		{"Kev.", "", "Kev"},
		{"Me, with the vendor account manager", "", "the vendor account manager"},
		{"me and Acme Repairs", "", "Acme Repairs"},
		{"Me, with their account manager", "", "the account manager"},
		{"On-call rota", "", "whoever is responsible for it"},
		{workshop.OwnerUndecidedChoice, workshop.OwnerUndecided, "whoever is responsible for it"},
	} {
		c := fixture(t)
		a := mixed(c)
		a.Participant.Team = []string{"Kev"}
		a.Skills["sk.z"] = workshop.SkillRate{Current: 1, Importance: 5}
		a.Delegations = []workshop.DelegationRow{{What: "Reopening Kev's unresolved tickets", Owner: tt.owner, OwnerKind: tt.kind, By: "2026-12-01", Kind: workshop.RowStandard}}
		p := NewPlan(c, a, &Report{Focus: []Suggestion{{ID: "sk.z", Title: "Skill sk.z", Current: 1, Target: 2}}}, today)
		first := strings.TrimPrefix(strings.TrimPrefix(p.Focus[0].FirstStep, "Book the talk"), "Talk")
		if want := " with " + tt.who + ` about "Reopening Kev's unresolved tickets"`; !strings.HasPrefix(first, want) {
			t.Errorf("%q: first step %q, want it to start \"Talk%s\" or \"Book the talk%s\"", tt.owner, p.Focus[0].FirstStep, want, want)
		}
		if want := "becomes a conversation with " + tt.who + " about the standard, by 1 December 2026."; len(p.StopDoing) != 1 || !strings.HasSuffix(p.StopDoing[0], want) {
			t.Errorf("%q: stop doing %q, want it to end %q", tt.owner, p.StopDoing, want)
		}
		if want := "The conversation with " + tt.who + " about"; !strings.HasPrefix(p.Day30, want) {
			t.Errorf("%q: day 30 %q, want it to start %q", tt.owner, p.Day30, want)
		}
		if all := p.Focus[0].FirstStep + p.Day30 + strings.Join(p.StopDoing, ""); strings.Contains(all, "take over") || strings.Contains(all, "handed over") {
			t.Errorf("%q: a standard not met is handed over: %s", tt.owner, all)
		}
	}
}

// A row handed over to a rota is checked with the people on it.
func TestAHandOverToARotaIsCheckedWithThePeopleOnIt(t *testing.T) {
	c := fixture(t)
	c.Skills[1].Guide.Indicator.Source = workshop.SourceCheckins
	a := mixed(c)
	a.Delegations = []workshop.DelegationRow{{What: "Night restores", Owner: "On-call rota", By: "2026-11-02", Kind: workshop.RowHanded}}
	p := NewPlan(c, a, &Report{Focus: []Suggestion{{ID: "sk.y", Title: "Skill sk.y", Current: 1, Target: 2}}}, today)
	if want := `Sit down with the people on the on-call rota about "Night restores"`; !strings.HasPrefix(p.Focus[0].FirstStep, want) {
		t.Errorf("first step %q, want it to start %q", p.Focus[0].FirstStep, want)
	}
}

// A row handed over to whoever happens to do the work is checked with
// the team; a rule that names someone keeps the name.
func TestAHandOverToWhoeverDoesItIsCheckedWithTheTeam(t *testing.T) {
	c := fixture(t)
	c.Skills[1].Guide.Indicator.Source = workshop.SourceCheckins
	a := mixed(c)
	for owner, want := range map[string]string{
		"Whoever is doing the change.":                   `Sit down with the team about "Change approvals"`,
		"whoever is on the change rota, Kieran included": `Sit down with whoever is on the change rota, Kieran included, about "Change approvals"`,
	} {
		a.Delegations = []workshop.DelegationRow{{What: "Change approvals", Owner: owner, Kind: workshop.RowHanded}}
		p := NewPlan(c, a, &Report{Focus: []Suggestion{{ID: "sk.y", Title: "Skill sk.y", Current: 1, Target: 2}}}, today)
		if !strings.HasPrefix(p.Focus[0].FirstStep, want) || strings.Contains(p.Day30, "with whoever is doing") {
			t.Errorf("owner %q: first step %q, day 30 %q; want the step to start %q", owner, p.Focus[0].FirstStep, p.Day30, want)
		}
	}
}

func TestTheOwnTargetWeekIsFollowedEitherWay(t *testing.T) {
	a := &workshop.Answers{Week: workshop.Week{Today: workshop.Hours{Technical: 20, Stakeholders: 16}, Target: workshop.Hours{Technical: 20, Stakeholders: 14}}}
	if got := a.TargetFor(workshop.SourceStakeholders, 16); got != 14 {
		t.Errorf("stakeholder hours 16, own target 14: target %d", got)
	}
}

func TestARowGoingToMyManagerGoesUpNotDown(t *testing.T) {
	p := workshop.Participant{Name: "Amara Okoye", Manager: "Mark Jensen"}
	r := workshop.DelegationRow{What: "Finance's extra requests after 5pm", Owner: "Mark, when Finance asks for more than fits", Kind: workshop.RowHold}
	o := ownerOf(r, p)
	if got := stopHolding(rowName(r.What), o); got != "I stop doing \"Finance's extra requests after 5pm\" myself: it goes back to Mark to decide" {
		t.Errorf("stop-doing %q", got)
	}
	if got := handOverStep(&workshop.Answers{}, r, o, "2026-12-11"); !strings.HasPrefix(got, "Agree with Mark that") {
		t.Errorf("first step %q", got)
	}
	if o := ownerOf(workshop.DelegationRow{What: "x", Owner: "Marta"}, p); o.up {
		t.Error("Marta is not my manager Mark")
	}
}

// When a focus area is about how the team is treated, a conversation
// about a standard not met starts with my own part in it; otherwise it
// is about the standard alone.
func TestAStandardTalkStartsWithMyOwnPartWhenTheFocusSaysSo(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Delegations = []workshop.DelegationRow{{What: "Late reporting of incidents", Owner: "Me, with Kwame", By: "2027-01-08", Kind: workshop.RowStandard}}
	r := &Report{Focus: []Suggestion{{ID: "sk.z", Title: "Skill sk.z"}}}
	if p := NewPlan(c, a, r, today); strings.Contains(p.StopDoing[0], "my own part") {
		t.Errorf("no focus asks for it: %q", p.StopDoing[0])
	}
	c.Skills[2].OwnPart = "starting with my own part in it."
	want := `I stop letting "Late reporting of incidents" go on: it becomes a conversation with Kwame about the standard, starting with my own part in it, by 8 January 2027.`
	if p := NewPlan(c, a, r, today); p.StopDoing[0] != want {
		t.Errorf("stop doing %q, want %q", p.StopDoing[0], want)
	}
}

// Hand-overs are checked riskiest first: no support named, then the
// furthest handed down; "none needed" is a judgement, not a gap.
func TestHandOversAreCheckedRiskiestFirst(t *testing.T) {
	rows := []workshop.DelegationRow{
		{What: "Service reviews", Support: "None needed", Level: 5},
		{What: "Vendor escalations", Level: 4},
		{What: "Change approvals", Support: " ", Level: 5},
		{What: "Patching", Support: "The calendar", Level: 3},
	}
	var got []string
	for _, r := range checkFirst(rows) {
		got = append(got, r.What)
	}
	want := []string{"Change approvals", "Vendor escalations", "Service reviews", "Patching"}
	if !slices.Equal(got, want) {
		t.Errorf("check-in order %q, want %q", got, want)
	}
}

// A talk about a standard dated later than the first step is booked now
// and held by the row's date, so the first step and the milestones agree.
func TestALaterTalkIsBookedByItsDate(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Skills["sk.z"] = workshop.SkillRate{Current: 1, Importance: 5}
	a.Delegations = []workshop.DelegationRow{{What: "Supplier repair times", Owner: "their account manager", By: "2027-01-15", Kind: workshop.RowStandard}}
	p := NewPlan(c, a, &Report{Focus: []Suggestion{{ID: "sk.z", Title: "Skill sk.z", Current: 1, Target: 2}}}, today)
	first := p.Focus[0].FirstStep
	if !strings.HasPrefix(first, "Book the talk with the account manager") || !strings.Contains(first, "15 January 2027") {
		t.Errorf("first step %q: want the talk booked for 15 January 2027", first)
	}
}

// A count of the week the why names and no focus area measures is
// followed in the milestones; a count the why does not name is not.
func TestAWeekCountTheWhyNamesIsWatched(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Week.Counts = map[workshop.Source]int{workshop.SourceWaiting: 12}
	f := []workshop.FocusArea{{Skill: "sk.z", Why: "You rated it 2 of 5; 12 decisions waited for you last week.", FirstStepDate: "2026-12-09"}}
	src, v, since, ok := watched(c, a, f)
	if !ok || src != workshop.SourceWaiting || v != 12 || since != "2026-12-09" {
		t.Fatalf("watched = %q %d %q %v, want the 12 waiting decisions since the first step", src, v, since, ok)
	}
	d30, _, _ := milestones(c, a, &workshop.Plan{Focus: f}, today, handOverWait{})
	if !strings.Contains(d30, "a tally of decisions waiting for me kept since 9 December 2026 (12 at the start)") {
		t.Errorf("day 30 %q does not start the tally of the count the why names", d30)
	}
	f[0].Why = "You rated it 2 of 5."
	if _, _, _, ok := watched(c, a, f); ok {
		t.Error("a count the why does not name is watched")
	}
}

// An undecided row names first the team member my words say offered to
// take it on, quoting those words; nobody is named without an offer.
func TestAnUndecidedRowStartsWithWhoOffered(t *testing.T) {
	r := workshop.DelegationRow{What: "Firewall rule changes for the clinics", Owner: workshop.OwnerUndecidedChoice, OwnerKind: workshop.OwnerUndecided, Kind: workshop.RowHold}
	a := &workshop.Answers{Participant: workshop.Participant{Team: []string{"Kasia", "Dev"}}, Reflections: map[string]string{
		"a": "Every firewall change for the clinics goes through me. Last week Kasia asked to do the Friday one and I said I'd rather do it myself.",
		"b": "Dev is on the day shift.",
	}}
	got := handOverStep(a, r, ownerOf(r, a.Participant), "2026-12-08")
	if want := `Kasia first (“Last week Kasia asked to do the Friday one”)`; !strings.Contains(got, want) {
		t.Errorf("first step %q, want it to contain %q", got, want)
	}
	a.Reflections["a"] = "Every firewall change for the clinics goes through me. Last week Kasia broke the Friday one."
	if got := handOverStep(a, r, ownerOf(r, a.Participant), "2026-12-08"); strings.Contains(got, "Kasia") {
		t.Errorf("first step %q names someone who did not offer", got)
	}
}

// Once my words name who offered, the lines after the first step name
// them too, with the choice still open; without an offer, the person I
// choose.
func TestTheOneWhoOfferedIsNamedAfterTheFirstStep(t *testing.T) {
	r := workshop.DelegationRow{What: "Firewall rule changes", Owner: workshop.OwnerUndecidedChoice, OwnerKind: workshop.OwnerUndecided, Kind: workshop.RowHold}
	a := &workshop.Answers{Participant: workshop.Participant{Team: []string{"Kasia"}}, Reflections: map[string]string{
		"a": "Every firewall rule change goes through me. Last week Kasia asked to do the Friday one.",
	}}
	o := ownerOffered(a, r, "")
	if got, want := stopHolding("Firewall rule changes", o), `I stop doing "Firewall rule changes" myself: Kasia (or whoever I choose instead) owns it`; got != want {
		t.Errorf("stop doing %q, want %q", got, want)
	}
	if got, want := handedOver("Firewall rule changes", o), `"Firewall rule changes" handed over to Kasia (or whoever I chose instead)`; got != want {
		t.Errorf("milestone %q, want %q", got, want)
	}
	if got, want := ownerOffered(a, r, "2026-12-08").taker(), "Kasia (or whoever I choose by 8 December 2026)"; got != want {
		t.Errorf("taker %q, want %q: the first step's date", got, want)
	}
	a.Reflections["a"] = "Every firewall change goes through me."
	if got := ownerOffered(a, r, "").taker(); got != "the person I choose for it" {
		t.Errorf("taker %q without an offer", got)
	}
}

// The count a measured behaviour brings about (Indicator.Brings) is
// followed past its threshold, though no why names it.
func TestACountTheMeasuredBehaviourBringsAboutIsWatched(t *testing.T) {
	c := fixture(t)
	sk := c.Skill("sk.z")
	sk.Indicator.Brings = workshop.SourceAfterHours
	a := mixed(c)
	f := []workshop.FocusArea{{Skill: "sk.z", Why: "You rated it 2 of 5.", FirstStepDate: "2026-12-18"}}
	a.Week.Counts = map[workshop.Source]int{workshop.SourceAfterHours: 8}
	if src, v, since, ok := watched(c, a, f); !ok || src != workshop.SourceAfterHours || v != 8 || since != "2026-12-18" {
		t.Errorf("watched = %q %d %q %v, want the 8 evenings since the first step", src, v, since, ok)
	}
	a.Week.Counts[workshop.SourceAfterHours] = 1
	if _, _, _, ok := watched(c, a, f); ok {
		t.Error("a count under its threshold is watched")
	}
	sk.Indicator.Brings = ""
	a.Week.Counts[workshop.SourceAfterHours] = 8
	if _, _, _, ok := watched(c, a, f); ok {
		t.Error("a count nothing brings about and no why names is watched")
	}
}
