package analysis

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// NewPlan drafts the participant's plan from the analysis: the shift, the
// suggested focus areas as SMART goals with one action of each 70-20-10
// kind, a stop-doing list and 30-60-90 milestones from the delegation map,
// the obstacles, and what to talk through. Every date is a weekday counted
// from start.
func NewPlan(c *workshop.Content, a *workshop.Answers, r *Report, start time.Time) *workshop.Plan {
	p := &workshop.Plan{Reviews: []string{day(start, 30), day(start, 60), day(start, 90)}}
	for i, s := range r.Focus {
		p.Focus = append(p.Focus, NewFocusArea(c, a, s, i, start))
	}
	p.Note = note(c, r, p.Reviews[0])
	p.Shift = shift(c, a, p.Focus)
	if r.HeldBack == "" {
		p.Strengths = slices.Clone(r.Strengths)
		p.StopDoing = stopDoing(c, a)
	}
	p.Day30, p.Day60, p.Day90 = milestones(a, p, start)
	if r.HeldBack != "" && r.HeldBack != FlagNothing {
		p.Day30, p.Day60, p.Day90 = talkFirst(a, p.Reviews[0])
	}
	p.Obstacles = obstacles(c, r, p.Focus)
	for _, f := range r.Flags {
		if f.Kind != FlagNothing {
			p.Talk = append(p.Talk, f.Text)
		}
	}
	return p
}

// note is what the plan says about itself when it chooses no focus: the
// answers cannot be read yet, or nothing in them stands out.
func note(c *workshop.Content, r *Report, retake string) string {
	switch {
	case r.HeldBack == FlagNothing:
		return ""
	case r.HeldBack != "":
		return fmt.Sprintf("Talk it through first. The pattern of your answers (%s) means a focus drawn from them would say more about the answers than about you, so this plan chooses none yet, lists no strengths and sets no targets. Take the questions below to your manager or a coach, talk through the answers listed, and re-take the assessment by %s. You can still choose a focus yourself on the plan step.",
			patternWords[r.HeldBack], workshop.Long(retake))
	case len(r.Focus) == 0:
		return "Nothing in your answers stands out as a pressing gap: no rating, situation, count or word of yours points strongly to one skill. That is a good place to be. Choose a focus with your manager if you want a stretch, from the candidates on the plan step or your own."
	}
	return ""
}

// talkFirst is the 30-60-90 of a plan held back by its answers: talk
// them through, re-take the assessment, then choose.
func talkFirst(a *workshop.Answers, retake string) (d30, d60, d90 string) {
	manager := strings.TrimSpace(a.Participant.Manager)
	if manager == "" {
		manager = "my manager"
	}
	return fmt.Sprintf("The answers talked through with %s, with the questions of this plan.", manager),
		fmt.Sprintf("The assessment re-taken (due by %s), answering from what I did last month rather than what I would do.", workshop.Long(retake)),
		fmt.Sprintf("One or two focus areas chosen from the re-taken answers and agreed with %s.", manager)
}

// patternWords name each answer pattern that holds the plan back.
var patternWords = map[FlagKind]string{
	FlagTooFew:       "too few answers",
	FlagAllMiddle:    "nearly every answer in the middle of the scale",
	FlagAcquiescence: "agreeing with nearly every statement, including opposite ones",
	FlagFlat:         "every answer at the same level",
}

// NewFocusArea turns a suggestion into an editable focus area; index
// staggers its dates so two areas do not start on the same day.
func NewFocusArea(c *workshop.Content, a *workshop.Answers, s Suggestion, index int, start time.Time) workshop.FocusArea {
	f := workshop.FocusArea{Skill: s.ID, Title: s.Title, Why: s.Why, Current: s.Current, Target: s.Target, Under: s.Under,
		FirstStepDate: day(start, 7*(index+1))}
	f.Goal.By = day(start, 90-7*(1-min(index, 1)))
	f.Support = supportLines[min(index, len(supportLines)-1)]
	var g workshop.Guide
	var actions []workshop.Action
	if sk := c.Skill(s.ID); sk != nil {
		g, actions = sk.Guide, sk.Actions
		if s.Under && sk.Under != nil {
			g, actions = sk.Under.Guide, sk.Under.Actions
		}
		f.Goal.Relevant = sk.Description
		switch {
		case s.Questioned:
			f.Goal.Achievable = fmt.Sprintf("You rated yourself at level %d of 5, and other answers point lower: agree today's level with your manager first, then aim one level up from it.", s.Current)
		case s.Current > 0 && s.Target == s.Current+2:
			f.Goal.Achievable = fmt.Sprintf("From \"%s\" to \"%s\" in 90 days, in small steps: the level between (\"%s\") is a stage many pass through, not a goal.",
				strings.TrimRight(sk.Levels[s.Current-1], "."), strings.TrimRight(sk.Levels[s.Target-1], "."), strings.TrimRight(sk.Levels[s.Current], "."))
		case s.Current > 0 && s.Target > s.Current:
			f.Goal.Achievable = fmt.Sprintf("One level up in 90 days: from \"%s\" to \"%s\"",
				strings.TrimRight(sk.Levels[s.Current-1], "."), sk.Levels[s.Target-1])
		}
	} else if s.ID == c.RoleFocus.ID {
		g, actions = c.RoleFocus.Guide, c.RoleFocus.Actions
		f.Goal.Relevant = c.RoleFocus.Description
		f.Goal.Achievable = "A decision, not a skill: 90 days is enough to try the work and talk it through."
	}
	f.Goal.Specific = g.Goal
	f.Goal.Measurable = g.Indicator.Text
	if base, ok := a.Baseline(g.Indicator.Source); ok {
		f.Goal.Baseline = strconv.Itoa(base)
		f.Goal.Target = strconv.Itoa(a.TargetFor(g.Indicator.Source, base))
	}
	f.IfThen = g.IfThen
	for _, k := range workshop.Kinds {
		if i := slices.IndexFunc(actions, func(x workshop.Action) bool { return x.Kind == k }); i >= 0 {
			f.Actions = append(f.Actions, workshop.PlanAction{Text: actions[i].Text, Kind: k})
		}
	}
	if rows := a.RowsOf(workshop.RowHold); g.Indicator.Source == workshop.SourceHandovers && len(rows) > 0 && len(f.Actions) > 0 {
		// The on-the-job action starts from the participant's own map,
		// not from the pack's example.
		r := rows[min(index, len(rows)-1)]
		mine := fmt.Sprintf(" Mine first: \"%s\"", strings.TrimRight(r.What, "."))
		if who, ok := owner(r.Owner); ok {
			mine += ", to " + who
		}
		text := suchAs.ReplaceAllString(f.Actions[0].Text, "")
		if r.By != "" {
			// The row's own date sets the time frame, not the pack's.
			mine += " by " + workshop.Long(r.By)
			text = capitalise(withinWeeks.ReplaceAllString(text, ""))
		}
		f.Actions[0].Text = text + mine + "."
	}
	f.FirstStep = firstStep(c, a, g, s.ID)
	return f
}

// supportLines differ per focus area, so each names its own support.
var supportLines = []string{
	"My manager, at our one-to-one every two weeks: we look at the numbers together.",
	"A peer lead I meet once a month, who has made the same shift.",
	"A mentor or coach, once a month.",
}

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
// people to account; else tell the manager and start counting.
func firstStep(c *workshop.Content, a *workshop.Answers, g workshop.Guide, skill string) string {
	switch hold, handed, standard := a.RowsOf(workshop.RowHold), a.RowsOf(workshop.RowHanded), a.RowsOf(workshop.RowStandard); {
	case g.Indicator.Source == workshop.SourceHandovers && len(hold) > 0:
		what := strings.TrimRight(hold[0].What, ".")
		if who, ok := owner(hold[0].Owner); ok {
			return fmt.Sprintf("Ask %s to take over \"%s\", and agree what support they need from me.", who, what)
		}
		return fmt.Sprintf("Find who on the team could own \"%s\", and ask them this week.", what)
	case g.Indicator.Source == workshop.SourceCheckins && len(handed) > 0:
		who, ok := owner(handed[0].Owner)
		if !ok {
			who = "whoever does it now"
		}
		return fmt.Sprintf("Sit down with %s about \"%s\": agree the level it really sits at and the date of our next check-in.", who, strings.TrimRight(handed[0].What, "."))
	case slices.Contains(c.Routes.Standards, skill) && len(standard) > 0:
		who, ok := owner(standard[0].Owner)
		if !ok {
			who = "the person concerned"
		}
		return fmt.Sprintf("Talk with %s about \"%s\": the standard, what I have seen, and what happens next, instead of covering for it myself.", who, strings.TrimRight(standard[0].What, "."))
	}
	manager := strings.TrimSpace(a.Participant.Manager)
	if manager == "" {
		manager = "my manager"
	}
	if g.Indicator.Source == "" {
		return fmt.Sprintf("Tell %s about this goal at our next one-to-one.", manager)
	}
	return fmt.Sprintf("Tell %s about this goal at our next one-to-one, and %s.", manager, g.Indicator.Source.Tally())
}

// shift is the one-line statement of the change: the week as it is and as
// I want it, or the move from doing to leading.
func shift(c *workshop.Content, a *workshop.Answers, focus []workshop.FocusArea) string {
	if len(focus) == 0 {
		return ""
	}
	if focus[0].Skill == c.RoleFocus.ID {
		return fmt.Sprintf("From drifting into leadership to a clear choice, by %s: the lead role, or a senior technical path.", workshop.Long(focus[0].Goal.By))
	}
	names := make([]string, len(focus))
	handsOn := false
	for i, f := range focus {
		names[i] = strings.ToLower(f.Title)
		if f.Skill == c.RoleFocus.ID {
			names[i] = "deciding whether I want this role"
		}
		if sk := c.Skill(f.Skill); sk != nil && !f.Under && slices.Contains([]workshop.Source{workshop.SourceHandovers, workshop.SourceEscalations}, sk.Indicator.Source) {
			handsOn = true
		}
	}
	t, w := a.Week.Today, a.Week.Target
	if handsOn && t.Total() > 0 && w.Total() > 0 && w.Technical < t.Technical {
		return fmt.Sprintf("From %d hours a week of hands-on technical work to %d, with the time going to the team: %s.",
			t.Technical, w.Technical, strings.Join(names, " and "))
	}
	return fmt.Sprintf("Over the next 90 days, I work on %s.", strings.Join(names, " and "))
}

// stopDoing turns each row of the delegation map into something I stop
// doing myself, with who owns it and from when.
func stopDoing(c *workshop.Content, a *workshop.Answers) []string {
	var out []string
	for _, r := range a.FilledRows() {
		what := strings.TrimRight(strings.TrimSpace(r.What), ".")
		var line string
		switch r.Kind {
		case workshop.RowHold:
			if who, ok := owner(r.Owner); ok {
				line = fmt.Sprintf("%s myself: %s owns it", what, who)
			} else {
				line = fmt.Sprintf("%s myself: someone on the team owns it", what)
			}
			if r.By != "" {
				line += " from " + workshop.Long(r.By)
			}
			if r.Level > 0 && r.Level <= len(c.Delegation.Levels) {
				line += fmt.Sprintf(", at delegation level %d of %d (\u201c%s\u201d)", r.Level, len(c.Delegation.Levels), strings.TrimRight(c.Delegation.Levels[r.Level-1], "."))
			}
		case workshop.RowStandard:
			who, ok := owner(r.Owner)
			if !ok {
				who = "the person concerned"
			}
			line = fmt.Sprintf("Covering for it myself: \"%s\" becomes a conversation with %s about the standard", what, who)
			if r.By != "" {
				line += ", by " + workshop.Long(r.By)
			}
		default:
			continue
		}
		out = append(out, line+".")
	}
	return out
}

// milestones fills day 30, 60 and 90 from the hand-over dates and the
// focus areas' first steps and targets.
func milestones(a *workshop.Answers, p *workshop.Plan, start time.Time) (d30, d60, d90 string) {
	var m [3][]string
	for _, r := range a.FilledRows() {
		t, err := time.Parse(workshop.DateLayout, r.By)
		if err != nil || r.Kind != workshop.RowHold && r.Kind != workshop.RowStandard {
			continue
		}
		i := 2
		switch days := t.Sub(start).Hours() / 24; {
		case days <= 30:
			i = 0
		case days <= 60:
			i = 1
		}
		what := strings.TrimRight(r.What, ".")
		if r.Kind == workshop.RowStandard {
			who, ok := owner(r.Owner)
			if !ok {
				who = "the person concerned"
			}
			m[i] = append(m[i], fmt.Sprintf("the conversation with %s about \"%s\" held", who, what))
			continue
		}
		if who, ok := owner(r.Owner); ok {
			m[i] = append(m[i], fmt.Sprintf("\"%s\" handed over to %s", what, who))
		} else {
			m[i] = append(m[i], fmt.Sprintf("an owner found for \"%s\"", what))
		}
	}
	for _, f := range p.Focus {
		if f.Goal.Baseline != "" {
			m[0] = append(m[0], fmt.Sprintf("baseline confirmed: %s, %s", lowerFirst(f.Goal.Measurable), f.Goal.Baseline))
			m[1] = append(m[1], fmt.Sprintf("half-way check: %s on the way from %s to %s", lowerFirst(f.Goal.Measurable), f.Goal.Baseline, f.Goal.Target))
			m[2] = append(m[2], fmt.Sprintf("%s at %s or better", lowerFirst(f.Goal.Measurable), f.Goal.Target))
		}
	}
	if len(p.Focus) > 0 {
		m[2] = append(m[2], "the situations re-taken and the plan reviewed with my manager")
	}
	join := func(xs []string) string {
		if len(xs) == 0 {
			return ""
		}
		return capitalise(strings.Join(xs, "; ")) + "."
	}
	return join(m[0]), join(m[1]), join(m[2])
}

// obstacles lists each focus area's likely obstacle, then the player-coach
// pressure the expectations show.
func obstacles(c *workshop.Content, r *Report, focus []workshop.FocusArea) []workshop.Obstacle {
	var out []workshop.Obstacle
	for _, f := range focus {
		var g workshop.Guide
		if sk := c.Skill(f.Skill); sk != nil {
			g = sk.Guide
			if f.Under && sk.Under != nil {
				g = sk.Under.Guide
			}
		} else if f.Skill == c.RoleFocus.ID {
			g = c.RoleFocus.Guide
		}
		if g.Obstacle != "" {
			out = append(out, workshop.Obstacle{Obstacle: g.Obstacle, Response: g.Response})
		}
	}
	for _, e := range r.guesses().Expectations { // the manager's answers are agreements, in the conversation
		if !e.Expectation.Provides && (e.Quadrant == workshop.MythPushed || e.Quadrant == workshop.NotSupported) {
			out = append(out, workshop.Obstacle{
				Obstacle: fmt.Sprintf("I believe my organisation expects \"%s\" at %d of 5, and I at %d.", strings.TrimRight(e.Expectation.Statement, "."), e.Org, e.Me),
				Response: e.Next})
		}
	}
	return out
}

// day is start plus n days, moved forward to a weekday, as a stored date.
func day(start time.Time, n int) string {
	t := start.AddDate(0, 0, n)
	for t.Weekday() == time.Saturday || t.Weekday() == time.Sunday {
		t = t.AddDate(0, 0, 1)
	}
	return t.Format(workshop.DateLayout)
}

func lowerFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "I ") {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
