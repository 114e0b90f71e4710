package analysis

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
)

// upwardCase is the thing my answers name to take upwards myself
// (workshop.Upwards): a decision above me on my map, or a request, a
// project or a system at risk in my own words.
type upwardCase struct {
	what string // "the storage refresh", "replacing the VPN concentrator"
	when string // "by 12 March 2027", "before the next budget panel", or ""
	date string // the row's date, when the case comes from my map
	// said is the sentence of mine with one of the skill's cues that
	// belongs to the case, "" when none: what I believe about asking.
	said string
	// about is the text the case comes from, to find the focus area it
	// belongs to.
	about string
	// model is my own sentence that says what the business loses if the
	// system fails, "" when the case is a named request.
	model string
}

// caseNouns end the name of a request taken upwards: "the storage
// refresh", "the carrier API upgrade".
var caseNoun = regexp.MustCompile(`(?i)\b(?:the|our)\s+((?:[\p{L}\p{N}][\p{L}\p{N}/&-]*\s+){0,3}?(?:upgrade|refresh|replacement|renewal|migration|rollout|roll-out|licen[cs]es?|contract|investment|purchase|project|rebuild|redesign))\b`)

// atRisk names a system by what happens if it fails: "what happens to
// council tax collection if the storage fails".
var atRisk = regexp.MustCompile(`(?i)\bif\s+(?:the|our)\s+((?:[\p{L}\p{N}][\p{L}\p{N}/&-]*\s+){0,2}?[\p{L}\p{N}][\p{L}\p{N}/&-]*)\s+(?:fails|goes down|breaks|dies|stops working|runs out)\b`)

// endOfSupport says a system is past the support that keeps it safe:
// the case for it is the case for replacing it.
var endOfSupport = regexp.MustCompile(`(?i)\bend[- ]of[- ](?:support|life)\b|\bout of support\b|\bunsupported\b`)

// meeting is where a request is decided: "the budget panel", "the
// Tuesday ops meeting".
var meeting = regexp.MustCompile(`(?i)\b(?:the|our)\s+((?:[\p{L}-]+\s+){0,2}?(?:meeting|panel|board|committee|round))\b`)

// notUpwards are meetings of my own team, where no case is decided.
var notUpwards = regexp.MustCompile(`(?i)\b(?:team|stand-?up|one-to-one|daily|1:1)\b`)

// senior marks a sentence about the people a case goes to, where the
// meeting it names is theirs.
var senior = regexp.MustCompile(`(?i)\b(?:director|executive|board|finance|cabinet|councillors?|ceo|cfo|cio|senior|budget)\b`)

// findUpwardCase reads the case from my map first (a row whose owner
// has one of the skill's cues, "Fiona decides, I would have to make the
// case", or a decision above me whose text has one), then from my reflections: a named request or a system
// at risk, in a reflection with a sentence that has one of the skill's
// cues or obstacle cues.
func findUpwardCase(c *workshop.Content, sk *workshop.Skill, a *workshop.Answers) (upwardCase, bool) {
	if sk == nil || sk.Upwards == nil {
		return upwardCase{}, false
	}
	cues := append(append([]string{}, sk.Cues...), sk.ObstacleCues...)
	for _, r := range a.FilledRows() {
		// A decision above me: the owner says the case is to be made, or
		// the row is about money and its decision is my manager's.
		// A row I hand over is the taker's to argue, not mine.
		above := ownerOf(r, a.Participant).up || namesManager(r, a.Participant)
		if !above && r.Kind != workshop.RowNote || !hitsCues(r.Owner, sk.Cues) && !(above && hitsCues(r.What, sk.Cues)) {
			continue
		}
		what := strings.TrimRight(strings.TrimSpace(bracketed.ReplaceAllString(rowName(r.What), "")), ".!?;:, ")
		if what == "" {
			continue
		}
		u := upwardCase{what: commonNoun(what), about: r.What}
		if r.By != "" {
			u.when, u.date = "by "+workshop.Long(r.By), r.By
		} else {
			u.when = meetingIn(c, a, "", cues)
		}
		u.said = saidAbout(c, a, sk.Cues, r.What)
		return u, true
	}
	for _, p := range prompts(c) {
		text := a.Reflections[p.ID]
		ss := sentences(text)
		var hit []sentence
		for _, s := range ss {
			if s.hits(cues) > 0 {
				hit = append(hit, s)
			}
		}
		if len(hit) == 0 {
			continue
		}
		// The sentence with the cue says it best; the rest of the same
		// reflection may name what it was about.
		for _, s := range append(hit, ss...) {
			u := upwardCase{when: meetingIn(c, a, text, cues), about: text, said: saidAbout(c, a, sk.Cues, text)}
			if m := caseNoun.FindStringSubmatch(s.text); m != nil {
				u.what = "the " + m[1]
			} else if m := atRisk.FindStringSubmatch(s.text); m != nil {
				u.what, u.model = "the "+m[1], quotable(s.text)
				if endOfSupport.MatchString(text) {
					u.what = "replacing " + u.what // past its support, the case is for its replacement
				}
			}
			if u.what != "" {
				return u, true
			}
		}
	}
	return upwardCase{}, false
}

// meetingIn is when a case is due, from the meeting my words name where
// such things are decided: in the reflection the case comes from, else
// in a sentence about the people it goes to. "" when none.
func meetingIn(c *workshop.Content, a *workshop.Answers, own string, cues []string) string {
	find := func(s sentence) string {
		for _, m := range meeting.FindAllStringSubmatch(s.text, -1) {
			if !notUpwards.MatchString(m[1]) {
				name := m[1]
				if strings.EqualFold(name, "board") {
					name = "board meeting"
				}
				return "before the next " + name
			}
		}
		return ""
	}
	for _, s := range sentences(own) {
		if w := find(s); w != "" {
			return w
		}
	}
	for _, p := range prompts(c) {
		for _, s := range sentences(a.Reflections[p.ID]) {
			if s.hits(cues) == 0 && !senior.MatchString(s.text) {
				continue
			}
			if w := find(s); w != "" {
				return w
			}
		}
	}
	return ""
}

// saidAbout is the sentence of my reflections with one of cues that
// belongs to the text a case comes from (shares a word with it, or is
// part of it), "" when none.
func saidAbout(c *workshop.Content, a *workshop.Answers, cues []string, about string) string {
	for _, p := range prompts(c) {
		text := a.Reflections[p.ID]
		if text != about && rowWordsShared(about, text) == 0 {
			continue
		}
		for _, s := range sentences(text) {
			if s.hits(cues) > 0 {
				return s.text
			}
		}
	}
	return ""
}

// fill writes one of the pack's Upwards sentences for the case.
func (u upwardCase) fill(text, manager string) string {
	when := ""
	if u.when != "" {
		when = " " + u.when
	}
	return strings.NewReplacer(" {when}", when, "{when}", u.when, "{case}", u.what, "{manager}", manager, "{model}", u.model).Replace(text)
}

// upwardsFor writes a focus area for the case my answers name to take
// upwards, when its skill says how (workshop.Upwards): the goal, the
// measure and the on-the-job action, and the guide's first step, which
// it returns. A sentence too long for its field keeps the pack's.
func upwardsFor(c *workshop.Content, sk *workshop.Skill, a *workshop.Answers, g workshop.Guide, f *workshop.FocusArea) workshop.Guide {
	u, ok := findUpwardCase(c, sk, a)
	if !ok {
		return g
	}
	up, manager := sk.Upwards, managerOf(a)
	fits := func(s string, limit int) bool { return utf8.RuneCountInString(s) <= limit }
	if s := u.fill(up.Goal, manager); fits(s, workshop.PlanTextLimit) {
		f.Goal.Specific = s
	}
	if s := u.fill(up.Measure, manager); fits(s, workshop.PlanLineLimit) {
		f.Goal.Measurable = s
	}
	if i := slices.IndexFunc(f.Actions, func(x workshop.PlanAction) bool { return x.Kind == workshop.Experience }); i >= 0 {
		action := up.Action
		if u.model != "" && up.ActionModel != "" {
			action = up.ActionModel // my own sentence shows how the case goes
		}
		if s := u.fill(action, manager); fits(s, workshop.PlanTextLimit) {
			f.Actions[i].Text = s
		} else if s := u.fill(up.Action, manager); fits(s, workshop.PlanTextLimit) {
			f.Actions[i].Text = s
		}
	}
	if s := u.fill(up.FirstStep, manager); fits(s, workshop.PlanTextLimit-80) { // the tally follows it
		g.FirstStep = s
	}
	return g
}

// keepsNewsDown reports whether my map keeps the business's news to the
// team as mine: a row I only noted, whose owner is me, that names the
// team (the word, or one of their names) and has one of the skill's
// cues ("Telling the team about budget and structure changes").
func keepsNewsDown(sk *workshop.Skill, a *workshop.Answers) bool {
	return slices.ContainsFunc(a.RowsOf(workshop.RowNote), func(r workshop.DelegationRow) bool {
		team := teamWord.MatchString(r.What) || len(namedIn(r.What, teamNames(a))) > 0
		return ownerOf(r, a.Participant).kind == workshop.OwnerUndecided && team && hitsCues(r.What, sk.Cues)
	})
}

// teamWord names the team in a row.
var teamWord = regexp.MustCompile(`(?i)\bteam\b`)

// caseFocus is the case my answers name to take upwards and the focus
// area it is written into: the focus of the skill that says how, when
// its first step names the case; else, when that skill is not chosen, the
// chosen focus area whose words share a word with where the case comes
// from (the VPN the repeat-fix focus counts). ok is false when the plan
// carries no case.
func caseFocus(c *workshop.Content, a *workshop.Answers, focus []workshop.FocusArea) (u upwardCase, sk *workshop.Skill, at int, inOwn bool, ok bool) {
	for i := range c.Skills {
		if c.Skills[i].Upwards != nil {
			sk = &c.Skills[i]
			break
		}
	}
	if sk == nil {
		return u, nil, -1, false, false
	}
	if u, ok = findUpwardCase(c, sk, a); !ok {
		return u, nil, -1, false, false
	}
	if i := slices.IndexFunc(focus, func(f workshop.FocusArea) bool { return f.Skill == sk.ID }); i >= 0 {
		return u, sk, i, true, strings.Contains(focus[i].FirstStep, u.what)
	}
	for i, f := range focus {
		said := f.Why + "\n" + f.FirstStep + "\n" + f.Goal.Specific + "\n" + f.Goal.Measurable
		if rowWordsShared(u.about, said) > 0 {
			return u, sk, i, false, true
		}
	}
	return u, nil, -1, false, false
}

// caseObstacle is the belief about asking that my own sentence says
// (the money we would never get), with the case as its answer, when the
// case sits in a focus area of another skill; false otherwise.
func caseObstacle(c *workshop.Content, a *workshop.Answers, focus []workshop.FocusArea) (workshop.Obstacle, bool) {
	u, sk, _, inOwn, ok := caseFocus(c, a, focus)
	if !ok || inOwn || u.said == "" {
		return workshop.Obstacle{}, false
	}
	response := capitalise(u.fill(sk.Upwards.Response, managerOf(a)))
	if utf8.RuneCountInString(response) > workshop.PlanTextLimit {
		return workshop.Obstacle{}, false // a case too long to name: the milestone names it
	}
	return workshop.Obstacle{Obstacle: "\u201c" + quotableWithin(u.said, maxObstacleQuote) + "\u201d", Response: response}, true
}

// caseMilestone is the milestone at which the case is put to my manager,
// and its slot: by the row's date, else day 30 (the first step tries it
// on them before the meeting my words name); false when the plan carries
// no case.
func caseMilestone(c *workshop.Content, a *workshop.Answers, focus []workshop.FocusArea, start time.Time) (string, int, bool) {
	u, sk, _, _, ok := caseFocus(c, a, focus)
	if !ok {
		return "", 0, false
	}
	line := u.fill(sk.Upwards.Milestone, managerOf(a))
	t, err := time.Parse(workshop.DateLayout, u.date)
	if err != nil {
		return line, 0, true
	}
	line += " " + u.when
	switch days := t.Sub(start).Hours() / 24; {
	case days <= 30:
		return line, 0, true
	case days <= 60:
		return line, 1, true
	}
	return line, 2, true
}

// downObstacle is my own account of the team hearing the business's news
// late, when the plan carries that news down (workshop.Upwards.Down): the
// first sentence of mine with one of the skill's cues that names the
// team, with the next when it names the team too ("…half the team read
// it there first"), or the next alone when the focus area's why quotes
// the first already; answered by the pack's DownResponse.
func downObstacle(c *workshop.Content, a *workshop.Answers, focus []workshop.FocusArea) (workshop.Obstacle, bool) {
	for _, f := range focus {
		sk := c.Skill(f.Skill)
		if sk == nil || sk.Upwards == nil || sk.Upwards.DownResponse == "" || f.IfThen != sk.Upwards.Down {
			continue
		}
		for _, p := range prompts(c) {
			ss := sentences(a.Reflections[p.ID])
			for i, s := range ss {
				if s.hits(sk.Cues) == 0 || !teamWord.MatchString(s.text) {
					continue
				}
				text := s.text
				switch next := i + 1; {
				case next < len(ss) && teamWord.MatchString(ss[next].text) && strings.Contains(f.Why, quotable(s.text)):
					text = ss[next].text // the why quotes how it began: the obstacle is what it cost
				case next < len(ss) && teamWord.MatchString(ss[next].text):
					text += ". " + ss[next].text
				}
				return workshop.Obstacle{Obstacle: "\u201c" + quotableWithin(text, maxObstacleQuote) + "\u201d", Response: sk.Upwards.DownResponse}, true
			}
		}
	}
	return workshop.Obstacle{}, false
}
