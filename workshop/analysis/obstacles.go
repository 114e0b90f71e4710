package analysis

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// obstacles are what stands in the way, drawn from the person's own
// answers: for each focus area a belief they wrote about why they hold
// back, answered with its reply (and the count of their week that points
// to the focus, when there is one), else that count, else a sentence of
// their own that says the focus's usual obstacle, else a situation they
// answered; then the expectations their
// organisation pushes on them. Where the answers name nothing, the plan
// names nothing: the plan step offers the pack's obstacle as an example.
// No response is used twice.
func obstacles(c *workshop.Content, a *workshop.Answers, r *Report, focus []workshop.FocusArea) []workshop.Obstacle {
	var out []workshop.Obstacle
	add := func(o workshop.Obstacle) bool {
		if o.Obstacle == "" || slices.ContainsFunc(out, func(x workshop.Obstacle) bool { return x.Response == o.Response || x.Obstacle == o.Obstacle }) {
			return false
		}
		out = append(out, o)
		return true
	}
	for _, f := range focus {
		if o, ok := rowObstacle(c, a, r, f); ok && add(o) {
			continue // my own row says what stands in the way
		}
		g := guideOf(c, f)
		ev := evidenceFor(r, f.Skill)
		counts, situations := fromEvidence(c, a, ev, g)
		beliefs, words := fromWords(c, a, g, aboutWhom(a, ev), whys(focus))
		// A belief I wrote about why I hold back comes before what
		// my counts and situations say, and before a stock line; my
		// own count still says what it costs.
		for i, o := range slices.Concat(beliefs, counts, words, situations) {
			if add(o) {
				if i < len(beliefs) && len(counts) > 0 {
					add(counts[0])
				}
				break
			}
		}
	}
	if o, ok := caseObstacle(c, a, focus); ok {
		add(o)
	}
	if o, ok := downObstacle(c, a, focus); ok {
		add(o)
	}
	if o, ok := waitObstacle(c, a, focus); ok {
		add(o)
	}
	for _, o := range expectationObstacles(a, r) {
		add(o)
	}
	return out
}

// waitObstacle is the belief, in my own words, that the trouble will
// settle by itself after an event ("things will calm down after
// go-live"): quoted as an obstacle, and answered by starting now and
// counting again once the event is past.
func waitObstacle(c *workshop.Content, a *workshop.Answers, focus []workshop.FocusArea) (workshop.Obstacle, bool) {
	w := c.WaitObstacle
	if w == nil || len(focus) == 0 {
		return workshop.Obstacle{}, false
	}
	measure := lowerFirst(focus[0].Goal.MeasureName())
	if measure == "" {
		measure = "what this plan counts"
	}
	for _, p := range prompts(c) {
		for _, s := range sentences(a.Reflections[p.ID]) {
			if s.hits(w.Cues) > 0 {
				resp := strings.NewReplacer("{measure}", measure, "{manager}", managerOf(a)).Replace(w.Response)
				return workshop.Obstacle{Obstacle: "\u201c" + quotableWithin(s.text, maxObstacleQuote) + "\u201d", Response: resp}, true
			}
		}
	}
	return workshop.Obstacle{}, false
}

// fromWords are the sentences of my reflections that say a focus area's
// usual obstacle in my own words, quoted: the beliefs, said the way one
// of the guide's replies answers, with its response, then the others
// (words), with the pack's response. A response names whom the focus is
// about.
func fromWords(c *workshop.Content, a *workshop.Answers, g workshop.Guide, whom *strings.Replacer, quoted string) (beliefs, words []workshop.Obstacle) {
	said := func(cues []string, response string) []workshop.Obstacle {
		if len(cues) == 0 || response == "" {
			return nil
		}
		var out []workshop.Obstacle
		for _, p := range prompts(c) {
			ss := sentences(a.Reflections[p.ID])
			for i, s := range ss {
				if s.hits(cues) == 0 {
					continue
				}
				text := s.text
				if len(strings.Fields(text)) < 5 && i+1 < len(ss) {
					text += ". " + ss[i+1].text // "I avoid." says what with the next sentence
				}
				if strings.Contains(quoted, text) {
					text = cueClause(text, cues) // a why quotes it whole already
				}
				out = append(out, workshop.Obstacle{Obstacle: "\u201c" + quotableWithin(text, maxObstacleQuote) + "\u201d", Response: whom.Replace(response)})
			}
		}
		return out
	}
	for _, r := range g.Replies {
		beliefs = append(beliefs, said(r.Cues, r.Response)...)
	}
	return beliefs, said(g.ObstacleCues, g.Response)
}

// aboutWhom fills a response's {person} (personOf), {people} (the
// people my words for the focus name, else "the people involved") and
// {manager}.
func aboutWhom(a *workshop.Answers, ev []Evidence) *strings.Replacer {
	people := listAnd(namedIn(quotesOf(ev), teamNames(a)))
	if people == "" {
		people = "the people involved"
	}
	return strings.NewReplacer("{person}", personOf(a, ev), "{people}", people, "{manager}", managerOf(a))
}

// personOf is the one person a focus area is about, by name: the one a
// standard on my map concerns, when my words for the focus name them too
// (someone they treat badly may be named in a quote), else the one my
// quotes for the focus name; "the person" when there is not exactly one.
// A name, never a guessed "he" or "she".
func personOf(a *workshop.Answers, ev []Evidence) string {
	names := teamNames(a)
	if rows := a.RowsOf(workshop.RowStandard); len(rows) > 0 {
		if n := namedIn(concerned(rows[0], a.Participant), names); len(n) == 1 && hasWord(wordsBehind(a, ev), n[0]) {
			return n[0]
		}
	}
	if n := namedIn(quotesOf(ev), names); len(n) == 1 {
		return n[0]
	}
	return "the person"
}

// fromEvidence turns a focus area's evidence into obstacles: the counts
// of the week the focus measures, and the situations answered.
func fromEvidence(c *workshop.Content, a *workshop.Answers, ev []Evidence, g workshop.Guide) (counts, situations []workshop.Obstacle) {
	for _, e := range ev {
		switch e.Source {
		case "week":
			for _, co := range c.CountObstacles {
				if co.Source != g.Indicator.Source {
					// A count this focus explains (decisions that wait
					// because I hold them) has the focus's own cause, not
					// the count's stock one ("people ask before they act").
					continue
				}
				if o := g.CountObstacle; o != nil && co.Source == g.Indicator.Source {
					co.Obstacle, co.Response = o.Obstacle, o.Response // the side the focus is taught from says it
				}
				if n, ok := a.Week.Counts[co.Source]; ok && strings.Contains(e.Text, countWords(co.Source, n)) {
					counts = append(counts, workshop.Obstacle{Obstacle: strings.ReplaceAll(co.Obstacle, "{n}", strconv.Itoa(n)), Response: co.Response})
				}
			}
		case "scenario":
			for _, id := range e.Items {
				if o, ok := situationObstacle(c.Item(id), a.Ratings[id]); ok {
					situations = append(situations, o)
				}
			}
		}
	}
	return counts, situations
}

// countWords is how the evidence of a count begins, to find which count
// a piece of week evidence is about.
func countWords(s workshop.Source, n int) string {
	for _, t := range weekCounts {
		if t.src == s {
			return fmt.Sprintf(t.text, n)
		}
	}
	return "\x00"
}

// situationObstacle is a situation answered on the less ready side: what
// I chose, and the other response as what I try next time.
func situationObstacle(it *workshop.Item, v int) (workshop.Obstacle, bool) {
	if it == nil || !it.IsScenario() || it.Rescue == "" || it.Lead == "" {
		return workshop.Obstacle{}, false
	}
	if r, ok := workshop.ValidRating(v); !ok || it.Readiness(r) > 2 {
		return workshop.Obstacle{}, false
	}
	chose, other := it.Rescue, it.Lead
	next := "Next time, I try the other way: \u201c%s\u201d"
	if it.StepIn {
		chose, other = it.Lead, it.Rescue
		next = "Here stepping in is my call: \u201c%s\u201d"
	}
	return workshop.Obstacle{
		Obstacle: fmt.Sprintf("In \u201c%s\u201d, I would choose: \u201c%s\u201d", strings.TrimRight(it.Text, "."), chose),
		Response: fmt.Sprintf(next, other),
	}, true
}

// evidenceFor is the evidence behind a focus area, from the candidates.
func evidenceFor(r *Report, id string) []Evidence {
	for _, s := range r.Candidates {
		if s.ID == id {
			return s.Evidence
		}
	}
	return nil
}

// guideOf is the guide a focus area follows: the skill's, its guide for
// handing over too far, or the role decision's.
func guideOf(c *workshop.Content, f workshop.FocusArea) workshop.Guide {
	if sk := c.Skill(f.Skill); sk != nil {
		if f.Under && sk.Under != nil {
			return sk.Under.Guide
		}
		if t := sk.Turn(f.Turn); t != nil {
			return t.Guide
		}
		return sk.Guide
	}
	if f.Skill == c.RoleFocus.ID {
		return c.RoleFocus.Guide
	}
	return workshop.Guide{}
}

// expectationObstacles are the clashes between what I expect of the role
// and what I believe my organisation expects, one obstacle per kind of
// clash (pushed on me, not supported, a picture of the role I hold more
// than it does), naming its two widest statements. Each is answered with
// a conversation with my manager, never a verdict.
func expectationObstacles(a *workshop.Answers, r *Report) []workshop.Obstacle {
	var es []workshop.ExpectationResult
	for _, e := range r.guesses().Expectations { // the manager's answers are agreements, in the conversation
		if !e.Expectation.Provides && slices.Contains([]workshop.Quadrant{workshop.MythPushed, workshop.NotSupported, workshop.MythHeld}, e.Quadrant) {
			es = append(es, e)
		}
	}
	slices.SortStableFunc(es, func(x, y workshop.ExpectationResult) int { return abs(y.Diff()) - abs(x.Diff()) })
	byKind := map[workshop.Quadrant][]string{}
	var kinds []workshop.Quadrant
	for _, e := range es {
		if len(byKind[e.Quadrant]) == 0 {
			kinds = append(kinds, e.Quadrant)
		}
		if len(byKind[e.Quadrant]) < 2 {
			stmt := strings.TrimRight(e.Expectation.Statement, ".")
			rated := fmt.Sprintf("\u201c%s\u201d at %d of 5, and I at %d", stmt, e.Org, e.Me)
			if e.Quadrant == workshop.MythHeld {
				rated = fmt.Sprintf("\u201c%s\u201d (I at %d of 5, my organisation at %d)", stmt, e.Me, e.Org)
			}
			byKind[e.Quadrant] = append(byKind[e.Quadrant], rated)
		}
	}
	manager := managerOf(a)
	var out []workshop.Obstacle
	for _, q := range kinds {
		stmts := strings.Join(byKind[q], "; ")
		o := workshop.Obstacle{Obstacle: "I believe my organisation expects " + stmts + "."}
		switch q {
		case workshop.MythPushed:
			o.Response = fmt.Sprintf("I ask %s how much of it is really mine, and we agree it together instead of me guessing.", manager)
		case workshop.NotSupported:
			o.Response = fmt.Sprintf("I ask %s for the time and the mandate to do it, with one example of what it would change for the team.", manager)
		case workshop.MythHeld:
			o.Obstacle = "I expect more of the role than I believe my organisation does: " + stmts + "."
			o.Response = fmt.Sprintf("I check with %s whether it is part of the job here at all, and let go of what is not.", manager)
		}
		out = append(out, o)
	}
	return out
}

func abs(n int) int { return max(n, -n) }

// whys are the focus areas' whys together, to find what they quote.
func whys(focus []workshop.FocusArea) string {
	var out []string
	for _, f := range focus {
		out = append(out, f.Why)
	}
	return strings.Join(out, "\n")
}

// cueClause is the clause of a sentence that says the obstacle (has one
// of cues), for a sentence a why quotes whole already: "because I don't
// want to knock his confidence in his first months"; the sentence when
// no clause of six words or more has a cue.
func cueClause(text string, cues []string) string {
	for _, part := range clauseBreak.Split(text, -1) {
		part = strings.TrimSpace(leadingAnd.ReplaceAllString(part, ""))
		if ss := sentences(part); len(strings.Fields(part)) >= 6 && len(ss) > 0 && ss[0].hits(cues) > 0 {
			return part
		}
	}
	return text
}

// leadingAnd is the word that joins a clause to the one before it.
var leadingAnd = regexp.MustCompile(`(?i)^(?:and|but|so|because)\s+`)

// clauseBreak is where a sentence turns to another clause.
var clauseBreak = regexp.MustCompile(`,\s+|;\s+|\s+because\s+`)
