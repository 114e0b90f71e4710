package workshop

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// NewPlan drafts the participant's plan from the analysis: the shift, the
// suggested focus areas as SMART goals with one action of each 70-20-10
// kind, a stop-doing list and 30-60-90 milestones from the delegation map,
// the obstacles, and what to talk through. Every date is a weekday counted
// from start.
func NewPlan(c *Content, a *Answers, r *Report, start time.Time) *Plan {
	p := &Plan{Reviews: []string{day(start, 30), day(start, 60), day(start, 90)}}
	for i, s := range r.Focus {
		p.Focus = append(p.Focus, NewFocusArea(c, a, s, i, start))
	}
	p.Shift = shift(c, a, p.Focus)
	p.Strengths = slices.Clone(r.Strengths)
	p.StopDoing = stopDoing(c, a)
	p.Day30, p.Day60, p.Day90 = milestones(a, p, start)
	p.Obstacles = obstacles(c, r, p.Focus)
	for _, f := range r.Flags {
		if f.Kind != FlagNothing {
			p.Talk = append(p.Talk, f.Text)
		}
	}
	return p
}

// NewFocusArea turns a suggestion into an editable focus area; index
// staggers its dates so two areas do not start on the same day.
func NewFocusArea(c *Content, a *Answers, s Suggestion, index int, start time.Time) FocusArea {
	f := FocusArea{Skill: s.ID, Title: s.Title, Why: s.Why, Current: s.Current, Target: s.Target,
		FirstStepDate: day(start, 7*(index+1))}
	f.Goal.By = day(start, 90-7*(1-min(index, 1)))
	f.Support = supportLines[min(index, len(supportLines)-1)]
	var g Guide
	var actions []Action
	if sk := c.Skill(s.ID); sk != nil {
		g, actions = sk.Guide, sk.Actions
		f.Goal.Relevant = sk.Description
		switch {
		case s.Questioned:
			f.Goal.Achievable = fmt.Sprintf("You rated yourself at level %d of 5, and other answers point lower: agree today's level with your manager first, then aim one level up from it.", s.Current)
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
	for _, k := range Kinds {
		if i := slices.IndexFunc(actions, func(x Action) bool { return x.Kind == k }); i >= 0 {
			f.Actions = append(f.Actions, PlanAction{Text: actions[i].Text, Kind: k})
		}
	}
	if rows := a.filledDelegations(); g.Indicator.Source == SourceHandovers && len(rows) > 0 && len(f.Actions) > 0 {
		// The on-the-job action starts from the participant's own map.
		r := rows[min(index, len(rows)-1)]
		mine := fmt.Sprintf(" Mine first: \"%s\", to %s", r.What, r.Owner)
		if r.By != "" {
			mine += " by " + Long(r.By)
		}
		f.Actions[0].Text += mine + "."
	}
	f.FirstStep = firstStep(a, g, f)
	return f
}

// supportLines differ per focus area, so each names its own support.
var supportLines = []string{
	"My manager, at our one-to-one every two weeks: we look at the numbers together.",
	"A peer lead I meet once a month, who has made the same shift.",
	"A mentor or coach, once a month.",
}

// firstStep is the step to take this week: hand over the first row of the
// delegation map when the goal is about hand-overs, else tell the manager
// and start counting the indicator.
func firstStep(a *Answers, g Guide, f FocusArea) string {
	if rows := a.filledDelegations(); g.Indicator.Source == SourceHandovers && len(rows) > 0 {
		return fmt.Sprintf("Ask %s to take over \"%s\", and agree what support they need from me.", rows[0].Owner, rows[0].What)
	}
	manager := strings.TrimSpace(a.Participant.Manager)
	if manager == "" {
		manager = "my manager"
	}
	if g.Indicator.Source == "" {
		return fmt.Sprintf("Tell %s about this goal at our next one-to-one.", manager)
	}
	return fmt.Sprintf("Tell %s about this goal at our next one-to-one, and %s.", manager, g.Indicator.Source.tally())
}

// shift is the one-line statement of the change: the week as it is and as
// I want it, or the move from doing to leading.
func shift(c *Content, a *Answers, focus []FocusArea) string {
	if len(focus) == 0 {
		return ""
	}
	if focus[0].Skill == c.RoleFocus.ID {
		return fmt.Sprintf("From drifting into leadership to a clear choice, by %s: the lead role, or a senior technical path.", Long(focus[0].Goal.By))
	}
	names := make([]string, len(focus))
	for i, f := range focus {
		names[i] = strings.ToLower(f.Title)
		if f.Skill == c.RoleFocus.ID {
			names[i] = "deciding whether I want this role"
		}
	}
	t, w := a.Week.Today, a.Week.Target
	if t.Total() > 0 && w.Total() > 0 && w.Technical < t.Technical {
		return fmt.Sprintf("From %d hours a week of hands-on technical work to %d, with the time going to the team: %s.",
			t.Technical, w.Technical, strings.Join(names, " and "))
	}
	return fmt.Sprintf("From doing the work myself to getting it done through the team, starting with %s.", strings.Join(names, " and "))
}

// stopDoing turns each row of the delegation map into something I stop
// doing myself, with who owns it and from when.
func stopDoing(c *Content, a *Answers) []string {
	var out []string
	for _, r := range a.filledDelegations() {
		s := fmt.Sprintf("%s myself: %s owns it", strings.TrimSuffix(r.What, "."), r.Owner)
		if r.By != "" {
			s += " from " + Long(r.By)
		}
		if r.Level > 0 && r.Level <= len(c.Delegation.Levels) {
			s += " (" + strings.TrimRight(lowerFirst(c.Delegation.Levels[r.Level-1]), ".") + ")"
		}
		out = append(out, s+".")
	}
	return out
}

// milestones fills day 30, 60 and 90 from the hand-over dates and the
// focus areas' first steps and targets.
func milestones(a *Answers, p *Plan, start time.Time) (d30, d60, d90 string) {
	var m [3][]string
	for _, r := range a.filledDelegations() {
		t, err := time.Parse(DateLayout, r.By)
		if err != nil {
			continue
		}
		i := 2
		switch days := t.Sub(start).Hours() / 24; {
		case days <= 30:
			i = 0
		case days <= 60:
			i = 1
		}
		m[i] = append(m[i], fmt.Sprintf("\"%s\" handed over to %s", r.What, r.Owner))
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
func obstacles(c *Content, r *Report, focus []FocusArea) []Obstacle {
	var out []Obstacle
	for _, f := range focus {
		var g Guide
		if sk := c.Skill(f.Skill); sk != nil {
			g = sk.Guide
		} else if f.Skill == c.RoleFocus.ID {
			g = c.RoleFocus.Guide
		}
		if g.Obstacle != "" {
			out = append(out, Obstacle{Obstacle: g.Obstacle, Response: g.Response})
		}
	}
	for _, e := range r.Expectations {
		if e.Quadrant == MythPushed || e.Quadrant == NotSupported {
			out = append(out, Obstacle{
				Obstacle: fmt.Sprintf("I believe my organisation expects \"%s\" at %d of 5, and I at %d.", e.Expectation.Statement, e.Org, e.Me),
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
	return t.Format(DateLayout)
}

func lowerFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "I ") {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
