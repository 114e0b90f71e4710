package analysis

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
)

// NewPlan drafts the participant's plan from the analysis: the shift, the
// suggested focus areas as SMART goals with one action of each 70-20-10
// kind, a stop-doing list and 30-60-90 milestones from the delegation map,
// the obstacles, and what to talk through. Every date is a weekday counted
// from start.
func NewPlan(c *workshop.Content, a *workshop.Answers, r *Report, start time.Time) *workshop.Plan {
	p := &workshop.Plan{Reviews: []string{day(start, 30), day(start, 60), day(start, 90)}}
	var taken []string
	for i, s := range r.Focus {
		p.Focus = append(p.Focus, newFocusArea(c, a, s, i, start, taken))
		taken = append(taken, p.Focus[i].Goal.Measurable)
	}
	startOnce(p.Focus)
	p.Note = note(c, r, p.Reviews[0])
	p.Shift = shift(c, a, p.Focus)
	if r.HeldBack == "" {
		p.Strengths = slices.Clone(r.Strengths)
		w := waitsOn(c, a, r, p.Focus)
		p.StopDoing = stopDoing(c, a, p.Focus, w, ownPart(c, p.Focus), day(start, 92)) // as the milestones count it
		for i, f := range p.Focus {
			if w.firstStep != "" && f.Skill == w.focus {
				p.Focus[i].FirstStep = firstStep(c, a, workshop.Guide{FirstStep: w.firstStep, Indicator: guideOf(c, f).Indicator}, f.Skill, f.FirstStepDate)
			}
		}
	}
	for i := range p.Focus {
		afterTalk(c, a, evidenceFor(r, p.Focus[i].Skill), p.Focus[:i], &p.Focus[i])
	}
	meetManager(c, a, p.Focus)
	startFromAgreement(c, a, p.Focus, start)
	p.Day30, p.Day60, p.Day90 = milestones(c, a, p, start, waitsOn(c, a, r, p.Focus))
	if r.HeldBack != "" && r.HeldBack != FlagNothing {
		p.Day30, p.Day60, p.Day90 = talkFirst(a, r.HeldBack, p.Reviews[0])
	}
	p.Obstacles = obstacles(c, a, r, p.Focus)
	p.Talk = talkLines(r)
	pointToQuestions(a, r, p.Focus)
	return p
}

// ownPart is how a conversation about a standard not met starts when a
// focus area is about how the team is treated: with my own part in it
// (workshop.Skill.OwnPart), or "" when no focus area says so.
func ownPart(c *workshop.Content, focus []workshop.FocusArea) string {
	for _, f := range focus {
		if sk := c.Skill(f.Skill); sk != nil && sk.OwnPart != "" {
			return strings.TrimRight(sk.OwnPart, ".")
		}
	}
	return ""
}

// note is what the plan says about itself when it chooses no focus: the
// answers cannot be read yet, or nothing in them stands out.
func note(c *workshop.Content, r *Report, retake string) string {
	switch {
	case r.HeldBack == FlagNothing:
		return ""
	case r.HeldBack == FlagTooFew:
		return fmt.Sprintf("Finish the assessment first. With so few answers, a focus drawn from them would say more about the gaps than about you, so this plan chooses none yet, lists no strengths and sets no targets. Finish the self-assessment by %s, and take the questions below to your manager or a coach meanwhile. You can still choose a focus yourself, with your manager or a coach.",
			workshop.Long(retake))
	case r.HeldBack != "":
		return fmt.Sprintf("Talk it through first. The pattern of your answers (%s) means a focus drawn from them would say more about the answers than about you, so this plan chooses none yet, lists no strengths and sets no targets. Take the questions below to your manager or a coach, talk through the answers listed, and re-take the assessment by %s. You can still choose a focus yourself, with your manager or a coach.",
			patternPhrase(r), workshop.Long(retake))
	case len(r.Focus) == 0:
		return "Nothing in your answers stands out as a pressing gap: no rating, situation, count or word of yours points strongly to one skill. That is a good place to be. Choose a focus with your manager if you want a stretch: one of the candidates your answers point to, or your own."
	}
	return ""
}

// talkFirst is the 30-60-90 of a plan held back by its answers: talk
// them through and re-take the assessment (or finish it, when too few
// answers hold it back) by the re-take date, then choose, then review.
func talkFirst(a *workshop.Answers, pattern FlagKind, retake string) (d30, d60, d90 string) {
	manager := managerOf(a)
	again := fmt.Sprintf("the assessment re-taken by %s, answering from what I did last month rather than what I would do", workshop.Long(retake))
	if pattern == FlagTooFew {
		again = fmt.Sprintf("the assessment finished by %s", workshop.Long(retake))
	}
	review := fmt.Sprintf("The first steps taken and reviewed with %s, with the counts of my week.", manager)
	if len(a.Week.Counts) == 0 && a.Week.Today.Total() == 0 {
		review = fmt.Sprintf("The first steps taken and reviewed with %s.", manager)
	}
	return fmt.Sprintf("The answers talked through with %s, with the questions of this plan, and %s.", manager, again),
		fmt.Sprintf("One or two focus areas chosen from the new answers and agreed with %s, each with a first step.", manager),
		review
}

// patternPhrase names the answer pattern that holds the plan back,
// "every" only when it is every answer.
func patternPhrase(r *Report) string {
	for _, f := range r.Flags {
		if f.Kind == r.HeldBack && f.Of > 0 && f.Count == f.Of {
			return everyWords[f.Kind]
		}
	}
	return patternWords[r.HeldBack]
}

// everyWords name a pattern every answer follows.
var everyWords = map[FlagKind]string{
	FlagAllMiddle:    "every answer in the middle of the scale",
	FlagAcquiescence: "agreeing with every statement, including opposite ones",
}

// patternWords name each answer pattern that holds the plan back.
var patternWords = map[FlagKind]string{
	FlagTooFew:       "too few answers",
	FlagAllMiddle:    "most answers in the middle of the scale",
	FlagAcquiescence: "agreeing with nearly every statement, including opposite ones",
	FlagFlat:         "every answer at the same level",
}

// NewFocusArea turns a suggestion into an editable focus area; index
// staggers its dates so two areas do not start on the same day.
func NewFocusArea(c *workshop.Content, a *workshop.Answers, s Suggestion, index int, start time.Time) workshop.FocusArea {
	return newFocusArea(c, a, s, index, start, nil)
}

// newFocusArea is NewFocusArea with the own measures earlier areas took
// (ownMeasure).
func newFocusArea(c *workshop.Content, a *workshop.Answers, s Suggestion, index int, start time.Time, taken []string) workshop.FocusArea {
	f := workshop.FocusArea{Skill: s.ID, Title: s.Title, Why: s.Why, Current: s.Current, Target: s.Target, Under: s.Under, Turn: s.Turn,
		FirstStepDate: day(start, 7*(index+1))}
	f.Goal.By = day(start, 90-7*(1-min(index, 1)))
	topic := f.Title
	if s.ID == c.RoleFocus.ID {
		topic = "the decision about the role"
	}
	f.Support = support(a, index, topic)
	var g workshop.Guide
	var actions []workshop.Action
	if sk := c.Skill(s.ID); sk != nil {
		g, actions = sk.Guide, sk.Actions
		if s.Under && sk.Under != nil {
			g, actions = sk.Under.Guide, sk.Under.Actions
		}
		if t := sk.Turn(s.Turn); t != nil {
			g, actions = t.Guide, t.Actions
		}
		f.Goal.Relevant = relevant(a, sk, sideDescription(sk, s.Under))
		switch {
		case s.Questioned:
			f.Goal.Achievable = fmt.Sprintf("I rated myself at level %d of 5 for %s, and other answers point lower: I agree today's level with %s first, then aim one level up from it.",
				max(s.Current, s.Rated), strings.ToLower(sk.Name), managerOf(a)) // my own rating, not the level my words show
		case s.Current > 0 && s.Target > s.Current:
			from, to := strings.TrimRight(sk.Levels[s.Current-1], "."), aimOf(c, a, f, s.Target, sk.LevelsFor(s.Turn)[s.Target-1])
			f.Goal.Achievable = fmt.Sprintf("One level up in 90 days: from \"%s\" to \"%s\"", from, to)
			if dir := min(s.Rated+1, sk.Needed, workshop.Scale); s.Rated > s.Current && dir > s.Target {
				// My words put me lower than I rated: the level the goal
				// still works towards is named as the direction, not
				// promised in 90 days.
				f.Goal.Achievable = fmt.Sprintf("One level up in 90 days: from \"%s\" to \"%s\", in the direction of \"%s\"",
					from, strings.TrimRight(to, "."), strings.TrimRight(sk.LevelsFor(s.Turn)[dir-1], "."))
			}
		}
	} else if s.ID == c.RoleFocus.ID {
		g, actions = c.RoleFocus.Guide, c.RoleFocus.Actions
		f.Goal.Relevant = c.RoleFocus.Description
		f.Goal.Achievable = "A decision, not a skill: 90 days is enough to try the work and talk it through."
	}
	f.Goal.Specific = g.Goal
	g.Indicator = withPeople(g, namedIn(quotesOf(s.Evidence), teamNames(a)))
	f.Goal.Measurable = g.Indicator.Text
	if base, ok := a.Baseline(g.Indicator.Source); ok {
		f.Goal.Baseline = strconv.Itoa(base)
		if !g.Indicator.Source.IsHours() || a.Week.Target.Total() > 0 {
			// Hours aim where my own target week says; without one no
			// number is guessed: the target is agreed from the week I log.
			f.Goal.Target = strconv.Itoa(a.TargetFor(g.Indicator.Source, base))
		} else if g.TargetAgreed != "" {
			f.Goal.Target = g.TargetAgreed // what the focus area agrees sets it
		}
	} else if g.Indicator.Source.CountedFromFirstStep() {
		// Not counted at the workshop: counted from the first step. The
		// target comes from my facts where they set it, else it is agreed
		// from the first weeks' tally: no number is guessed for me.
		if t, ok := a.TallyTarget(g.Indicator.Source); ok {
			if n := len(teamNames(a)); g.Indicator.Source == workshop.SourceOneToOnes && n > 0 && n == a.Participant.TeamSize-1 {
				// The people I named are one fewer than my team size: the
				// size counts me, and the one-to-ones are with them.
				t = 2 * n
			}
			f.Goal.Target = strconv.Itoa(t)
		}
		f.Goal.Tally = true
	}
	f.IfThen = g.IfThen
	if said := saidIfThen(c, g, a); said != "" {
		f.IfThen = said // what my words say the trouble is, not the pack's example
	}
	if rows := a.RowsOf(workshop.RowHold); g.IfThenRow != "" && len(rows) > 0 {
		r := rows[0] // the row the first step starts with
		t := ownerOffered(a, r, decidedBy(g, f.FirstStepDate)).taker()
		// An owner's aside is closed when the sentence goes on after it.
		f.IfThen = strings.NewReplacer("{row}", rowName(r.What), "{owner} ", closeAside(t)+" ", "{owner}", t).Replace(g.IfThenRow)
		if oneOff(c, r, ownerOf(r, a.Participant)) {
			// Decided once: the habit is about the decisions that wait.
			f.IfThen = c.Delegation.OneOff.IfThen
		} else if r.By != "" {
			// The habit starts once the row is handed over, not before.
			f.IfThen = "From " + workshop.Long(r.By) + ", " + lowerFirst(f.IfThen)
		}
	}
	for _, k := range workshop.Kinds {
		if i := slices.IndexFunc(actions, func(x workshop.Action) bool { return x.Kind == k }); i >= 0 {
			f.Actions = append(f.Actions, workshop.PlanAction{Text: actions[i].Text, Kind: k})
		}
	}
	fromHeardLate(c.Skill(s.ID), a, s.Evidence, &f) // who heard what late, in my words, before the pack's example
	pack := slices.Clone(f.Actions)
	sk := c.Skill(s.ID)
	fromRepeats(sk, a, s, &f) // the repeat problems my map names, not the pack's "three most repeated"
	held, people := heldFor(sk, a, s.Evidence)
	own, fromOwn := startsFrom(sk, a, s.Evidence, s.Turn)
	if fill := rowWords(own, a); fromOwn {
		if sk.FromRow.Action != "" && len(f.Actions) > 0 {
			f.Actions[0].Text = fill(sk.FromRow.Action)
		}
		if sk.FromRow.IfThen != "" {
			f.IfThen = fill(sk.FromRow.IfThen)
		}
	}
	if rows := a.RowsOf(workshop.RowHold); g.Indicator.Source == workshop.SourceHandovers && len(rows) > 0 && len(f.Actions) > 0 {
		// The on-the-job action starts from the participant's own map,
		// not from the pack's example: the row the first step names.
		r := rows[0]
		mine := fmt.Sprintf(" Mine first: \"%s\"", rowName(r.What)) + handOverTo(ownerOffered(a, r, f.FirstStepDate))
		text := suchAs.ReplaceAllString(f.Actions[0].Text, "")
		if o := ownerOf(r, a.Participant); oneOff(c, r, o) {
			mine = " Mine first: " + decides(r, o)
			text = capitalise(withinWeeks.ReplaceAllString(text, ""))
		} else if r.By != "" {
			// The row's own date sets the time frame, not the pack's.
			mine += " by " + workshop.Long(r.By)
			text = capitalise(withinWeeks.ReplaceAllString(text, ""))
		}
		f.Actions[0].Text = text + mine + "."
		if k := onlyMine(c, a); k != "" {
			f.Actions[0].Text += fmt.Sprintf(" What only I know now, \"%s\", I teach to one person on a real job.", k)
		}
	} else if mine := ownFirst(c, a, g, s.ID); mine != "" && len(f.Actions) > 0 {
		f.Actions[0].Text = strings.TrimRight(suchAs.ReplaceAllString(f.Actions[0].Text, ""), ".") + ". " + mine
	}
	named := namedIn(quotesOf(s.Evidence), teamNames(a))
	if g.ActionWith != "" && len(named) > 1 && len(f.Actions) > 0 && f.Actions[0] == pack[0] {
		f.Actions[0].Text = strings.ReplaceAll(g.ActionWith, "{people}", listAnd(named)) // the people my words name, not the pack's "two people"
	}
	switch booked := withoutOneToOnes(c, a, g, named); {
	case booked != "":
		g.FirstStep = booked // a step never presupposes one-to-ones I said I do not hold
	case g.FirstStepWith != "" && len(named) > 1:
		g.FirstStep = strings.ReplaceAll(g.FirstStepWith, "{people}", listAnd(named))
	case g.FirstStepWithOne != "" && len(named) == 1:
		g.FirstStep = strings.ReplaceAll(g.FirstStepWithOne, "{people}", named[0])
	case g.FirstStepSeenLeast != "":
		if group := seenLeast(strings.Split(quotesOf(s.Evidence), "\n")); group != "" {
			g.FirstStep = strings.ReplaceAll(g.FirstStepSeenLeast, "{group}", group) // those my words single out first
		}
	case g.FirstStepEffort != "":
		if who, what := effort(strings.Split(quotesOf(s.Evidence), "\n"), teamNames(a)); who != "" {
			g.FirstStep = strings.NewReplacer("{who}", who, "{effort}", what).Replace(g.FirstStepEffort) // the work my words tell of, not the pack's example
			if len(f.Actions) > 0 && f.Actions[0] == pack[0] {
				f.Actions[0].Text = suchAs.ReplaceAllString(f.Actions[0].Text, "") // my own win, not the pack's example
			}
		}
	}
	switch {
	case len(held) > 0:
		g.FirstStep = holdWords(held[:1], people, a.Participant)(sk.Holds.FirstStep)
	case fromOwn:
		g.FirstStep = rowStep(sk.FromRow, own, a) // a situation of my own, not the pack's example
	}
	if t, ok := storyFor(c, a, f); ok && t.FirstStep != "" && len(held) == 0 && !fromOwn {
		g.FirstStep = t.FirstStep // what went wrong is the first thing to talk about
	}
	if len(held) == 0 && !fromOwn && s.Turn == "" && !s.Under {
		g = upwardsFor(c, sk, a, g, &f)
		if sk != nil && sk.Upwards != nil && sk.Upwards.Down != "" && keepsNewsDown(sk, a) {
			f.IfThen = sk.Upwards.Down
		}
	}
	f.FirstStep = firstStep(c, a, g, s.ID, f.FirstStepDate)
	tellStory(c, a, &f)
	ownMeasure(a, s.Evidence, &f, taken)
	if sup := supplierIfThen(g.Supplier, a); sup != "" {
		f.IfThen = sup // a supplier is held to the contract, not named to "the person"
	}
	f.IfThen = strings.ReplaceAll(f.IfThen, "{manager}", managerOf(a))
	for i, x := range f.Actions {
		if utf8.RuneCountInString(x.Text) > workshop.PlanTextLimit {
			f.Actions[i] = pack[i] // too long to edit: the row is named in the first step and on the map
		}
	}
	return f
}

// ownFirst names the person's own rows or people an on-the-job action
// starts with: the first hand-over to check in on, the first standard to
// talk about, the people to hold one-to-ones with.
func ownFirst(c *workshop.Content, a *workshop.Answers, g workshop.Guide, skill string) string {
	handed, standard := checkFirst(a.RowsOf(workshop.RowHanded)), a.RowsOf(workshop.RowStandard)
	switch {
	case g.Indicator.Source == workshop.SourceCheckins && len(handed) > 0:
		r := handed[0]
		return fmt.Sprintf("Mine first: \"%s\", with %s.", rowName(r.What), ownerOf(r, a.Participant).person(anyOwner))
	case slices.Contains(c.Routes.Standards, skill) && len(standard) > 0:
		r := standard[0]
		line := fmt.Sprintf("Mine first: \"%s\", with %s", rowName(r.What), concerned(r, a.Participant))
		if r.By != "" {
			line += " by " + workshop.Long(r.By)
		}
		return line + "."
	case g.Indicator.Source == workshop.SourceOneToOnes && len(a.Participant.Team) > 0:
		return "With " + listAnd(a.Participant.Team) + "."
	}
	return ""
}

// listAnd joins names as a sentence does: "Ana, Ben and Chen".
func listAnd(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// support is who helps with a focus area, different for each area: my
// manager for the first, a peer lead for the second, a mentor after.
func support(a *workshop.Answers, index int, topic string) string {
	what := lowerFirst(strings.TrimRight(strings.TrimSpace(topic), "."))
	switch index {
	case 0:
		return fmt.Sprintf("%s, %s: we look at my progress on %s%s.", capitalise(managerOf(a)), managerMeeting, what, withNumbers)
	case 1:
		return fmt.Sprintf("A peer lead who has made the same shift, once a month: we compare notes on %s.", what)
	}
	return fmt.Sprintf("A mentor or coach, once a month, for %s.", what)
}

// withNumbers ends the manager's support line; a line too long for its
// field drops it first (pointToQuestions).
const withNumbers = ", with the numbers"

// managerOf is how the plan names my manager: by the name I gave, else
// "my manager".
func managerOf(a *workshop.Answers) string {
	// A title in brackets is said once, where the person typed it, not in
	// every sentence that names them.
	if m := strings.TrimSpace(bracketed.ReplaceAllString(a.Participant.Manager, "")); m != "" {
		return m
	}
	return "my manager"
}

// sideDescription is what the skill is on the side it is taught from:
// the under side's own words when it has them.
func sideDescription(sk *workshop.Skill, under bool) string {
	if under && sk.Under != nil && sk.Under.Description != "" {
		return sk.Under.Description
	}
	return sk.Description
}

// relevant says why a skill matters for me: how important I rated it for
// my role, then what the skill is.
func relevant(a *workshop.Answers, sk *workshop.Skill, description string) string {
	imp, ok := workshop.ValidRating(a.Skills[sk.ID].Importance)
	if !ok {
		return description
	}
	// The role as a sentence carries it: the title, without what I typed
	// after it ("IT operations lead, regional airport (baggage, …)").
	role, _, _ := strings.Cut(a.Participant.Role, ",")
	if i := strings.IndexAny(role, "(;"); i >= 0 {
		role = role[:i]
	}
	role = atEmployer.ReplaceAllString(role, "") // the role, not where I hold it
	role = strings.TrimRight(strings.TrimSpace(role), ".")
	if notYetLeading(a) {
		// Not leading yet: the role is the one I prepare for, not mine.
		return fmt.Sprintf("I rated it %d of 5 for the lead role I am preparing for: %s", imp, lowerFirst(description))
	}
	if role != "" {
		role = " as " + commonNoun(role)
	}
	return fmt.Sprintf("I rated it %d of 5 for my role%s: %s", imp, role, lowerFirst(description))
}

// atEmployer is where a typed role says I hold it: "… at a mid-sized
// insurer", "… at the county council".
var atEmployer = regexp.MustCompile(`(?i)\s+at\s+(?:a|an|the)\s.*$`)

// commonNoun lower-cases the first letter of a typed role inside a
// sentence ("Service desk lead" → "service desk lead"), but not an
// acronym or a name ("IT lead", "NOC lead").
func commonNoun(s string) string {
	r := []rune(s)
	first, _, _ := strings.Cut(s, " ")
	if len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) && !properNouns[strings.ToLower(strings.Trim(first, ",;:"))] {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

// properNouns are names a role may start with that keep their capital
// ("Linux and storage team lead").
var properNouns = map[string]bool{"linux": true, "windows": true, "unix": true, "azure": true, "aws": true, "microsoft": true,
	"google": true, "sap": true, "oracle": true, "cisco": true, "vmware": true, "salesforce": true, "kubernetes": true,
	"citrix": true, "apple": true, "mac": true, "jira": true, "servicenow": true, "erp": true, "crm": true}

// suchAs is the pack's example inside an action, dropped when the
// participant's own row takes its place.
var suchAs = regexp.MustCompile(`, such as [^,.]*`)

// withinWeeks is an action's own time frame, dropped when the
// participant's row gives the date.
var withinWeeks = regexp.MustCompile(`^Within [a-z0-9]+ weeks, `)

// firstStep is the step to take this week: hand over the first row I
// still hold when the goal is about hand-overs, agree a level and a
// check-in for the first row handed over when it is about handing over too
// far, talk about the first standard not met when it is about holding
// people to account; else tell the manager and start counting. A row
// whose owner is not decided yet is decided by date.
func firstStep(c *workshop.Content, a *workshop.Answers, g workshop.Guide, skill, date string) string {
	switch hold, handed, standard := a.RowsOf(workshop.RowHold), checkFirst(a.RowsOf(workshop.RowHanded)), a.RowsOf(workshop.RowStandard); {
	case g.Indicator.Source == workshop.SourceHandovers && len(hold) > 0:
		if o := ownerOf(hold[0], a.Participant); oneOff(c, hold[0], o) {
			return decideStep(hold[0], o)
		}
		return handOverStep(a, hold[0], ownerOf(hold[0], a.Participant), date)
	case g.Indicator.Source == workshop.SourceCheckins && len(handed) > 0:
		o := ownerOf(handed[0], a.Participant)
		who := o.person(anyOwner)
		if o.kind == workshop.OwnerRota {
			who = "the people on " + o.name
		}
		return fmt.Sprintf("Sit down with %s about \"%s\": agree the level it really sits at and the date of our next check-in.", closeAside(who), rowName(handed[0].What))
	case slices.Contains(c.Routes.Standards, skill) && len(standard) > 0:
		return standardTalk(standard[0], a.Participant, date)
	}
	manager := managerOf(a)
	step := fmt.Sprintf("Tell %s about this goal at our next one-to-one", manager)
	if g.FirstStep != "" {
		step = strings.TrimRight(strings.ReplaceAll(g.FirstStep, "{manager}", manager), ".")
	}
	if g.Indicator.Source == "" {
		return step + "."
	}
	return fmt.Sprintf("%s. From today I %s.", step, g.Indicator.TallyWords())
}

// shift is the one-line statement of the change, written from the
// focus areas' own shifts ("From fixing problems myself to helping the
// team fix them"), with the hands-on hours the person wants to give up
// when the focus is about doing the work myself. A focus the pack gives
// no shift for is named.
func shift(c *workshop.Content, a *workshop.Answers, focus []workshop.FocusArea) string {
	var parts, others []string
	handsOn := false
	for _, f := range focus {
		g := guideOf(c, f)
		switch {
		case f.Skill == c.RoleFocus.ID && g.Shift != "":
			parts = append(parts, fmt.Sprintf("%s, by %s", strings.TrimRight(g.Shift, "."), workshop.Long(f.Goal.By)))
		case g.Shift != "":
			parts = append(parts, strings.TrimRight(g.Shift, "."))
		case strings.TrimSpace(f.Title) != "":
			others = append(others, strings.ToLower(strings.TrimRight(strings.TrimSpace(f.Title), ".")))
		}
		if sk := c.Skill(f.Skill); sk != nil && !f.Under && slices.Contains([]workshop.Source{workshop.SourceHandovers, workshop.SourceEscalations}, sk.Indicator.Source) {
			handsOn = true
		}
	}
	for i := 1; i < len(parts); i++ {
		parts[i] = lowerFirst(parts[i])
	}
	var line string
	switch {
	case len(parts) > 0 && len(others) > 0:
		line = capitalise(strings.Join(parts, "; and ")) + ". I also work on " + strings.Join(others, " and ") + "."
	case len(parts) > 0:
		line = capitalise(strings.Join(parts, "; and ")) + "."
	case len(others) > 0:
		line = "Over the next 90 days, I work on " + strings.Join(others, " and ") + "."
	default:
		return ""
	}
	if t, w := a.Week.Today, a.Week.Target; handsOn && t.Total() > 0 && w.Total() > 0 && w.Technical < t.Technical {
		line += fmt.Sprintf(" My hands-on technical work goes from %d hours a week to %d, the time going to the team.", t.Technical, w.Technical)
	}
	return line
}

// handOverWait is what the hand-overs of the map wait for: the clause
// the stop-doing lines end with, and the milestone (and its slot: 0 for
// day 30, 2 for day 90) at which they are dated again.
type handOverWait struct {
	clause, milestone string
	slot              int
	// rows are the rows that wait for a focus area's work when the map
	// as a whole does not wait.
	rows map[string]rowHold
	// firstStep is the first step of the focus area the map waits for
	// (focus), when the wait sets it: the agreement comes first.
	focus, firstStep string
}

// waitsOn is what the hand-overs of the map wait for: the role decision
// when it is a focus (handing work over shapes the role before it is
// chosen), or the agreement with my manager about the split between
// hands-on work and leading when managing up is a focus because my
// organisation pushes the hands-on picture. Zero when nothing.
func waitsOn(c *workshop.Content, a *workshop.Answers, r *Report, focus []workshop.FocusArea) handOverWait {
	for _, f := range focus {
		if f.Skill == c.RoleFocus.ID {
			return handOverWait{clause: "once I have decided about the role",
				milestone: "the hand-overs of my map dated again in the light of my decision", slot: 2}
		}
	}
	rows := rowHolds(c, a, r, focus)
	manager := managerOf(a)
	for _, f := range focus {
		if f.Skill != c.Routes.ManagingUp {
			continue
		}
		for _, e := range r.Expectations {
			if !e.Expectation.Provides && e.Quadrant == workshop.MythPushed {
				return handOverWait{clause: fmt.Sprintf("once %s and I have agreed the split between hands-on work and leading", manager),
					milestone: fmt.Sprintf("the split between hands-on work and leading agreed with %s, and the hand-overs of my map dated from it", manager),
					focus:     f.Skill,
					firstStep: fmt.Sprintf("Ask %s for 30 minutes to agree the split between hands-on work and leading, and bring my delegation map to it", manager)}
			}
		}
	}
	return handOverWait{rows: rows}
}

// of is the clause the stop-doing line of r ends with, if r waits.
func (w handOverWait) of(r workshop.DelegationRow) string {
	if w.clause != "" {
		return w.clause
	}
	return w.rows[rowKey(r)].clause
}

// stopDoing turns each row of the delegation map into something I stop
// doing myself, with who owns it and from when.
func stopDoing(c *workshop.Content, a *workshop.Answers, focus []workshop.FocusArea, w handOverWait, own, end string) []string {
	var out []string
	for _, r := range a.FilledRows() {
		what := rowName(r.What)
		var line string
		switch r.Kind {
		case workshop.RowHold:
			wait := w.of(r)
			line = stopHolding(what, ownerOffered(a, r, handOverDecided(c, a, focus, r)))
			if r.By != "" && wait == "" { // a hand-over that waits is dated once its condition is met
				line += " from " + workshop.Long(r.By)
				if r.By > end {
					line += ", after this plan's 90 days" // the row's own date, kept as I chose it
				}
			}
			if up := ownerOf(r, a.Participant).up; !up && r.Level > 0 && r.Level <= len(c.Delegation.Levels) {
				// A level says how far I hand work down, not how my manager decides.
				line += fmt.Sprintf(", at delegation level %d of %d (\u201c%s\u201d)", r.Level, len(c.Delegation.Levels), strings.TrimRight(c.Delegation.Levels[r.Level-1], "."))
			}
			if s := strings.TrimSpace(r.Support); s != "" && !isNone(s) {
				line += ", with \"" + quotable(rowName(s)) + "\""
			}
			if wait != "" {
				line += ", " + wait
			}
		case workshop.RowStandard:
			who := concerned(r, a.Participant)
			line = fmt.Sprintf("I stop letting \"%s\" go on: it becomes a conversation with %s about the standard", what, who)
			if own != "" {
				line += ", " + own
			}
			if r.By != "" {
				line += ", by " + workshop.Long(r.By)
			}
		default:
			continue
		}
		out = append(out, capitalise(line)+".")
	}
	return out
}

// milestones fills day 30, 60 and 90 from the hand-over dates and the
// focus areas' first steps and targets.
func milestones(c *workshop.Content, a *workshop.Answers, p *workshop.Plan, start time.Time, wait handOverWait) (d30, d60, d90 string) {
	var m [3][]string
	var hours []string
	if wait.clause != "" && len(a.RowsOf(workshop.RowHold)) > 0 {
		// The hand-overs wait: one milestone says when they are dated.
		m[wait.slot] = append(m[wait.slot], wait.milestone)
	}
	for _, r := range a.RowsOf(workshop.RowHold) {
		if h := wait.rows[rowKey(r)]; wait.clause == "" && h.milestone != "" {
			m[h.slot] = append(m[h.slot], h.milestone)
		}
	}
	for _, r := range a.FilledRows() {
		t, err := time.Parse(workshop.DateLayout, r.By)
		if err != nil || r.Kind != workshop.RowHold && r.Kind != workshop.RowStandard || r.Kind == workshop.RowHold && wait.of(r) != "" {
			continue
		}
		i := 2
		switch days := t.Sub(start).Hours() / 24; {
		case days <= 30:
			i = 0
		case days <= 60:
			i = 1
		case days > 92:
			continue // after this plan: the row's own date says when
		}
		what := rowName(r.What)
		if r.Kind == workshop.RowStandard {
			who := concerned(r, a.Participant)
			m[i] = append(m[i], fmt.Sprintf("the conversation with %s about \"%s\" held", who, what))
			if i < 2 {
				// A talk is not the end of it: the standard is looked at again.
				m[2] = append(m[2], fmt.Sprintf("\"%s\" looked at again with %s: the standard met, or the next step agreed", what, closeAside(who)))
			}
			continue
		}
		m[i] = append(m[i], handedOver(what, ownerOffered(a, r, handOverDecided(c, a, p.Focus, r))))
	}
	if line, slot, ok := caseMilestone(c, a, p.Focus, start); ok {
		m[slot] = append(m[slot], line)
	}
	var counted []string
	for _, f := range p.Focus {
		ind := indicatorOf(c, a, f)
		src, base, target := ind.Source, f.Goal.Baseline, f.Goal.Target
		if d30, d60, d90, ok := storyMilestones(c, a, f); ok {
			m[0], m[1], m[2] = append(m[0], d30), append(m[1], d60), append(m[2], d90)
			continue
		}
		if name, ok := ownMeasureName(f.Goal); ok && base != "" && target != "" {
			tally := ""
			if src.CountedFromFirstStep() && strings.Contains(f.FirstStep, ind.TallyWords()) {
				tally, _ = ind.ShortWords() // the first step starts the pack's tally
			}
			d30, d60, d90 := ownMilestones(f, name, tally)
			m[0], m[1], m[2] = append(m[0], d30), append(m[1], d60), append(m[2], d90)
			continue
		}
		what, per := ind.ShortWords()
		if target == "" && !f.Goal.Tally && base == "" || slices.Contains(counted, what) {
			continue // two focus areas counting the same thing share its milestones
		}
		counted = append(counted, what)
		per = strings.TrimSpace(" " + per)
		since := ""
		if base != "" {
			since = " (" + base + " at the start)"
		}
		switch {
		case src == workshop.SourceCheckins:
			handed := checkFirst(a.RowsOf(workshop.RowHanded))
			for _, r := range handed[:min(3, len(handed))] {
				m[0] = append(m[0], fmt.Sprintf("the level and next check-in of \"%s\" agreed with %s", rowName(r.What), ownerOf(r, a.Participant).person(anyOwner)))
			}
		case src == workshop.SourceHandovers:
			// the rows' own milestones say what is done by day 30
		case src.IsHours() && target != "" && !isNumber(target):
			// The target is what the focus area agrees, not a number.
			hours = append(hours, fmt.Sprintf("%s: %s", what, base))
			m[1] = append(m[1], fmt.Sprintf("%s kept to %s, the weeks a project peaks included", what, target))
			m[2] = append(m[2], fmt.Sprintf("%s at %s, and the agreement looked at again with %s", what, target, managerOf(a)))
			continue
		case src.IsHours() && target == "":
			hours = append(hours, fmt.Sprintf("%s: %s", what, base))
			m[1] = append(m[1], fmt.Sprintf("a target for %s agreed with %s from the week I logged", what, managerOf(a)))
			m[2] = append(m[2], fmt.Sprintf("%s at the target agreed at day 60", what))
			continue
		case src.IsHours():
			hours = append(hours, fmt.Sprintf("%s: %s", what, base))
		case target == "":
			m[0] = append(m[0], fmt.Sprintf("a tally of %s kept since %s, and a target for day 90 agreed from it with %s", what, workshop.Long(f.FirstStepDate), managerOf(a)))
			m[1] = append(m[1], fmt.Sprintf("%s on the way to the target agreed at day 30", what))
			m[2] = append(m[2], fmt.Sprintf("%s at the target agreed at day 30", what))
			continue
		default:
			m[0] = append(m[0], fmt.Sprintf("a tally of %s kept since %s%s", what, workshop.Long(f.FirstStepDate), since))
		}
		b, err := strconv.Atoi(base)
		t, _ := strconv.Atoi(target)
		switch {
		case err != nil:
			m[1] = append(m[1], strings.TrimSpace(fmt.Sprintf("%s on the way to %d %s", what, t, per)))
			m[2] = append(m[2], strings.TrimSpace(fmt.Sprintf("%s at %d or more %s", what, t, per)))
			continue
		case t == 0 && b > 0:
			m[1] = append(m[1], fmt.Sprintf("%s on the way from %d to none", what, b))
			m[2] = append(m[2], what+": none")
			continue
		}
		m[1] = append(m[1], strings.TrimSpace(fmt.Sprintf("%s on the way from %d to %d %s", what, b, t, per)))
		switch {
		case t < b:
			m[2] = append(m[2], strings.TrimSpace(fmt.Sprintf("%s at %d or fewer %s", what, t, per)))
		case t > b:
			m[2] = append(m[2], strings.TrimSpace(fmt.Sprintf("%s at %d or more %s", what, t, per)))
		default:
			m[2] = append(m[2], strings.TrimSpace(fmt.Sprintf("%s kept at %d %s", what, t, per)))
		}
	}
	var tally string
	if src, v, since, ok := watched(c, a, p.Focus); ok {
		what, per := src.Short()
		tally = fmt.Sprintf("a tally of %s kept since %s (%d at the start)", what, workshop.Long(since), v)
		m[1] = append(m[1], fmt.Sprintf("%s on the way from %d to %d %s", what, v, v/2, per))
		m[2] = append(m[2], fmt.Sprintf("%s at %d or fewer %s", what, v/2, per))
	}
	if len(hours) > 0 {
		m[0] = append(m[0], fmt.Sprintf("one week of my hours logged by kind of work, against my estimate at the start (%s)", strings.Join(hours, "; ")))
	}
	if len(p.Focus) > 0 {
		m[2] = append(m[2], "the situations re-taken and the plan reviewed with my manager")
	}
	if len(m[0]) == 0 && len(p.Focus) > 0 {
		// Nothing falls due by day 30: the first step has been taken.
		step, _, _ := strings.Cut(p.Focus[0].FirstStep, ". ")
		m[0] = append(m[0], fmt.Sprintf("the first step taken and talked through with %s: %s", managerOf(a), lowerFirst(strings.TrimRight(step, "."))))
	}
	if tally != "" {
		m[0] = append(m[0], tally) // the count the why names, from the day it is first counted
	}
	return joinWithin(m[0]), joinWithin(m[1]), joinWithin(m[2])
}

// isNumber reports whether a target is a number rather than words.
func isNumber(s string) bool {
	_, err := strconv.Atoi(strings.TrimSpace(s))
	return err == nil
}

// joinWithin joins milestones into one sentence that fits the plan's
// field (workshop.PlanListLimit): what does not fit is counted, not cut.
func joinWithin(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	for n := len(xs); n > 0; n-- {
		s := strings.Join(xs[:n], "; ")
		if rest := len(xs) - n; rest > 0 {
			s += fmt.Sprintf("; and %d more, in this plan", rest)
		}
		if s = capitalise(s) + "."; utf8.RuneCountInString(s) <= workshop.PlanListLimit || n == 1 {
			return s
		}
	}
	return ""
}

// day is start plus n days, moved forward to a working day (closedDay), as
// a stored date.
func day(start time.Time, n int) string {
	t := start.AddDate(0, 0, n)
	for t.Weekday() == time.Saturday || t.Weekday() == time.Sunday || closedDay(t) {
		t = t.AddDate(0, 0, 1)
	}
	return t.Format(workshop.DateLayout)
}

// closedDay reports the days nearly every workplace is closed whatever the
// country: 25 and 26 December and 1 January. A plan's date never falls on
// them.
func closedDay(t time.Time) bool {
	m, d := t.Month(), t.Day()
	return m == time.December && (d == 25 || d == 26) || m == time.January && d == 1
}

func lowerFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "I ") {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// watched is the first count of my week that a focus area's why names
// and no focus area measures ("12 decisions waited for you last week",
// for delegation measured by its rows): the milestones follow it down to
// half, the symptom the plan should move. since is the first step of
// the focus area whose why names it: the tally starts there.
func watched(c *workshop.Content, a *workshop.Answers, focus []workshop.FocusArea) (src workshop.Source, n int, since string, ok bool) {
	var measured []workshop.Source
	for _, f := range focus {
		measured = append(measured, guideOf(c, f).Indicator.Source)
	}
	for _, f := range focus {
		for _, t := range weekCounts {
			v, ok := a.Week.Counts[t.src]
			if ok && v >= 2 && !slices.Contains(measured, t.src) && strings.Contains(f.Why, fmt.Sprintf(t.text, v)) {
				return t.src, v, f.FirstStepDate, true
			}
		}
	}
	for _, f := range focus {
		// The count the behaviour measured brings about, though no why
		// names it: the evenings promises made on the spot cost.
		brings := guideOf(c, f).Indicator.Brings
		for _, t := range weekCounts {
			if v, ok := a.Week.Counts[t.src]; ok && t.src == brings && v >= t.least && !slices.Contains(measured, t.src) {
				return t.src, v, f.FirstStepDate, true
			}
		}
	}
	return "", 0, "", false
}

// startOnce leaves the row an earlier focus area's on-the-job action
// starts with ("Mine first: …, with Sam.") out of a later one's: the same
// row is not the first job of two focus areas.
func startOnce(focus []workshop.FocusArea) {
	var said []string
	for i, f := range focus {
		if len(f.Actions) == 0 {
			continue
		}
		text := f.Actions[0].Text
		at := strings.LastIndex(text, " Mine first: ")
		if at < 0 {
			continue
		}
		if mine := text[at+1:]; slices.Contains(said, mine) {
			focus[i].Actions[0].Text = text[:at]
		} else {
			said = append(said, mine)
		}
	}
}
