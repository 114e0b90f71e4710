package analysis

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/leadshift/leadshift/workshop"
)

// Evidence is one reason for a focus area, in the participant's own answers.
type Evidence struct {
	Source string   `json:"source"` // self-rating, dimension, statement, scenario, expectation, week, delegation, reflection
	Items  []string `json:"items,omitempty"`
	Text   string   `json:"text"`
	Weight float64  `json:"weight"`
	// Quotes are the participant's own words the evidence rests on, for
	// the "Your words" line of the why.
	Quotes []string `json:"quotes,omitempty"`
	// Manager marks evidence that comes from the manager's response, or
	// rests on it (a gap to the manager's level needed).
	Manager bool `json:"manager,omitempty"`
}

// Suggestion is a proposed focus area: a skill or the role focus, the
// evidence behind it, and a reachable target.
type Suggestion struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Current int    `json:"current"` // skill level today, 0 when not rated or not a skill
	Target  int    `json:"target"`  // one level up, towards the level needed (two when my words put me below my rating)
	Why     string `json:"why"`
	// Questioned is set when other answers put the skill lower than the
	// participant's own rating of it.
	Questioned bool `json:"questioned,omitempty"`
	// Rated is the participant's own rating when their words tell a
	// story that shows a lower level (storyLevel): Current is then the
	// level the words show.
	Rated int `json:"rated,omitempty"`
	// Under is set when the answers show stepping in too rarely and the
	// skill has a guide for that: the plan teaches it the other way.
	Under bool `json:"under,omitempty"`
	// Turn names the side of the skill the evidence points to, when the
	// pack teaches it from more than one (workshop.Turn).
	Turn     string     `json:"turn,omitempty"`
	Score    float64    `json:"score"`
	Evidence []Evidence `json:"evidence"`
}

// Candidate is one possible focus area with its evidence, and what
// became of it: chosen, or why not.
type Candidate struct {
	Suggestion
	Chosen bool `json:"chosen"`
	// Reason says why the candidate was not chosen (below the threshold,
	// outranked, held back by the answer pattern), for people; empty when
	// chosen.
	Reason string `json:"reason,omitempty"`
}

// finish names the suggestion, sets a reachable target and writes why,
// quoting my words: the sentence that tells what went wrong, my own story
// of a situation that points here (story), those of its evidence, then
// the sentences that point to it as well as to another focus (also), none of those in quoted (an
// earlier focus area quotes them), and no reason an earlier focus area
// gave, unless it gave them all. It returns the words it quotes and the
// reasons it gives. A story another chosen focus area is written from
// (reserved) is its own to quote: neither its sentence nor a part of it
// is quoted here.
func finish(c *workshop.Content, a *workshop.Answers, r *Report, s Suggestion, story, also, quoted, reserved []string) (Suggestion, []string) {
	told := ""          // my sentence that tells what went wrong (storyOf), quoted first
	var retold []string // my other sentences that tell the same story
	if sk := c.Skill(s.ID); sk != nil {
		s.Title = sk.Name
		s.Turn, s.Under = sideOf(sk, a, r, s.Evidence)
		if sr := r.Skill(s.ID); sr != nil {
			s.Current = sr.Current
			s.Target = min(workshop.Scale, sr.Current+1)
			if lvl, said, ok := storyLevel(sk, a, sr.Current, s.Turn == "" && !s.Under); ok {
				// My own words show a lower level than I rated: the plan
				// starts from what they show, quotes them, and aims one
				// level up from there, never two.
				s.Rated, s.Current, s.Target, told = sr.Current, lvl, lvl+1, said
			}
		}
		if t, ok := storyFor(c, a, workshop.FocusArea{Skill: s.ID, Turn: s.Turn, Under: s.Under}); ok {
			told, retold = t.said, t.more
		}
	} else if s.ID == c.RoleFocus.ID {
		s.Title = c.RoleFocus.Title
	}
	var parts []string
	picked := whyEvidence(slices.DeleteFunc(onSide(c.Skill(s.ID), s.Turn, s.Evidence), func(e Evidence) bool { return !citedFor(c, a, s.ID, e) }))
	for _, e := range picked {
		// A count says nothing the story my words tell does not, nor my
		// rating what the line on the level my words show says again.
		if len(e.Quotes) == 0 && (!slices.Contains(quoted, e.Text) || measures(c, s.ID, a, e)) && (told == "" || e.Source != "week") && (s.Rated == 0 || e.Source != "self-rating") {
			parts = append(parts, e.Text)
		}
	}
	if len(parts) == 0 && told == "" { // an earlier focus area gave every reason: say it again
		for _, e := range picked {
			if len(e.Quotes) == 0 {
				parts = append(parts, e.Text)
			}
		}
	}
	unquoted := func(q string) bool { return saidIn(quoted, q) || saidIn(reserved, q) }
	words := slices.DeleteFunc(ownWords(s.Evidence, picked, nil), unquoted)
	if told != "" && !slices.Contains(quoted, told) {
		// The sentence that tells what went wrong is the one to quote.
		words = append([]string{told}, slices.DeleteFunc(words, func(q string) bool { return saidIn([]string{told}, q) })...)
		if more := slices.DeleteFunc(slices.Clone(retold), unquoted); len(words) < 2 && len(more) > 0 {
			// Nothing else to quote: the same story, told again, most telling first.
			words = append(words, mostTelling(sentences(strings.Join(more, "\n")), 1)[0].text)
		}
	}
	if lived := slices.DeleteFunc(slices.Clone(story), unquoted); len(picked) > 0 && len(lived) > 0 && !saidIn(words, lived[0]) {
		// What happened when I was in the situation says more than any
		// other sentence about it, after the one that tells what went
		// wrong.
		at := 0
		if told != "" && len(words) > 0 && words[0] == told {
			at = 1
		}
		words = slices.Insert(words, at, lived[0])
	}
	if len(words) == 0 && len(picked) > 0 {
		// My own words make it into the why: a sentence that points here
		// takes the place of the last reason, where no other does.
		if own := slices.DeleteFunc(ownWords(nil, nil, also), unquoted); len(own) > 0 {
			words = own[:1]
		}
	}
	for i := 1; i < len(words); i++ {
		if quoteTelling(words[i]) < 1 {
			words = words[:i] // a fragment adds nothing to a sentence that says it
		}
	}
	// Too long to read in one go: fewer reasons first, the person's own
	// words last.
	two := func() int { return len(strings.Join(words[:min(2, len(words))], "")) }
	for len(parts) > 1 && len(strings.Join(parts, "; "))+two() > maxWhy {
		parts = parts[:len(parts)-1]
	}
	if len(words) > 1 && len(strings.Join(parts, "; "))+two() > maxWhy {
		words = words[:1] // the most telling one says it
	}
	// A third sentence tells more of the story where it still fits.
	fits := func(more string) bool {
		return len(strings.Join(parts, "; "))+len(strings.Join(words, ""))+len(more) <= maxWhy
	}
	if len(words) > maxQuotes || len(words) == maxQuotes && !fits("") {
		words = words[:maxQuotes-1]
	}
	// Words that point here without being a reason of their own fill a
	// free place, where they fit.
	if len(picked) > 0 {
		for _, q := range slices.DeleteFunc(ownWords(nil, nil, also), unquoted) {
			if len(words) < maxQuotes && !saidIn(words, q) && fits(q) && (len(words) == 0 || quoteTelling(q) >= quoteTelling(words[0])-3) {
				words = append(words, q)
			}
		}
	}
	if len(parts) > 0 {
		s.Why = capitalise(strings.Join(parts, "; ")) + "."
	}
	if len(words) > 0 {
		list := "\u201c" + strings.Join(words[:len(words)-1], "\u201d, \u201c") + "\u201d and \u201c" + words[len(words)-1] + "\u201d"
		if len(words) == 1 {
			list = "\u201c" + words[0] + "\u201d"
		}
		s.Why = strings.TrimSpace(s.Why + " Your words: " + list + ".")
	}
	if sk := c.Skill(s.ID); s.Rated > 0 && sk != nil {
		// Said plainly: the plan starts from what my words show.
		// The rung quoted is the one my words contradict.
		s.Why += fmt.Sprintf(" You rated yourself at level %d for %s; %s shows you are not yet at level %d (\"%s\"), so the plan starts at level %d: a starting point to check with %s.",
			s.Rated, strings.ToLower(sk.Name), whichWords(words, told), s.Current+1, strings.TrimRight(sk.LevelsFor(s.Turn)[s.Current], "."), s.Current, managerOf(a))
	}
	return s, append(words, parts...)
}

// sideOf is the side a skill is taught from: the other way round when
// the answers show stepping in too rarely (under), else its turn
// (turnOf, then the picture of the role my organisation pushes); the
// not-yet side before any when I do not lead a team yet.
func sideOf(sk *workshop.Skill, a *workshop.Answers, r *Report, ev []Evidence) (turn string, under bool) {
	under = underSide(sk, a, r.Judgement)
	if !under {
		turn = turnOf(sk, ev, a)
	}
	if t := pushedTurn(sk, r); turn == "" && !under && t != "" {
		turn = t
	}
	if t := notYetTurn(sk, a); t != "" {
		return t, false
	}
	return turn, under
}

// whichWords points at the quote that tells the story: "that sentence"
// when it is the only one, "the first of them" when it leads.
func whichWords(words []string, told string) string {
	switch {
	case !slices.Contains(words, told): // quoted by an earlier focus area
		return "your sentence \u201c" + told + "\u201d"
	case len(words) == 1:
		return "that sentence"
	case words[0] == told:
		return "the first of them"
	}
	return "the sentence \u201c" + told + "\u201d"
}

// onSide leaves out of the why the statements that are about another
// side of the skill than the one it is taught from (a rating of asking
// how I come across, for a focus on giving feedback): they count for the
// skill, but do not say why this side of it.
func onSide(sk *workshop.Skill, turn string, ev []Evidence) []Evidence {
	if sk == nil || len(sk.Turns) == 0 {
		return ev
	}
	other := func(id string) bool {
		return slices.ContainsFunc(sk.Turns, func(t workshop.Turn) bool { return t.ID != turn && slices.Contains(t.Items, id) })
	}
	return slices.DeleteFunc(slices.Clone(ev), func(e Evidence) bool {
		return e.Source == "statement" && len(e.Items) > 0 && !slices.ContainsFunc(e.Items, func(id string) bool { return !other(id) })
	})
}

// ownWords are the quotes of the picked evidence, and the sentences that
// point here as well as elsewhere, most telling first. A
// tag left out because a quote of the same reflection is picked lends
// its quote: the sentence I tagged may say more than the one whose words
// gave the focus away.
func ownWords(all, picked []Evidence, also []string) []string {
	var words []string
	add := func(e Evidence) {
		for _, q := range e.Quotes {
			if !saidIn(words, q) {
				words = append(words, q)
			}
		}
	}
	for _, e := range picked {
		add(e)
	}
	for _, e := range all {
		if e.Source == "tag" && !slices.ContainsFunc(picked, func(p Evidence) bool { return p.Source == "tag" }) &&
			slices.ContainsFunc(picked, func(p Evidence) bool { return p.Source == "reflection" && sharesItem(p, e) }) {
			add(e)
		}
	}
	for _, q := range also {
		if !saidIn(words, q) {
			words = append(words, q)
		}
	}
	told := make([]int, len(words))
	for i, q := range words {
		told[i] = quoteTelling(q)
	}
	byTelling(words, told)
	return words
}

// saidIn reports whether q is among the words, or part of one of them,
// or one of them part of q: a fragment quoted with its sentence is said.
func saidIn(words []string, q string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(w, q) || strings.Contains(q, w) })
}

func sharesItem(x, y Evidence) bool {
	return slices.ContainsFunc(x.Items, func(id string) bool { return slices.Contains(y.Items, id) })
}

// maxQuotes is how many sentences of mine a why quotes: a third only
// where it still fits in maxWhy.
const maxQuotes = 3

// maxWhy is about as long as a why runs before a second quote makes it
// too long to read in one go (and to print in a few pages).
const maxWhy = 520

// whySources orders the reasons a suggestion gives: what I chose and
// rated, my own words, my week, then the summaries.
var whySources = []string{"scenario", "statement", "tag", "reflection", "week", "delegation", "expectation", "manager", "check-in", "self-rating", "dimension"}

// whyEvidence picks up to three reasons, one per source, the strongest of
// each; my own words always make it in.
func whyEvidence(ev []Evidence) []Evidence {
	var picked []Evidence
	has := func(src string) bool {
		return slices.ContainsFunc(picked, func(e Evidence) bool { return e.Source == src })
	}
	if i := slices.IndexFunc(ev, func(e Evidence) bool { return e.Source == "reflection" }); i >= 0 {
		picked = append(picked, ev[i])
	}
	if i := slices.IndexFunc(ev, func(e Evidence) bool { return e.Manager }); i >= 0 { // the manager's word always shows
		picked = append(picked, ev[i])
	}
	sameWords := func(e Evidence) bool { // a tag and a quote of one reflection say it once
		return e.Source == "tag" && slices.ContainsFunc(picked, func(p Evidence) bool {
			return p.Source == "reflection" && slices.ContainsFunc(e.Items, func(id string) bool { return slices.Contains(p.Items, id) })
		})
	}
	for _, e := range ev { // strongest first
		if len(picked) < 3 && !has(e.Source) && !sameWords(e) && e.Source != "self-rating" {
			picked = append(picked, e)
		}
	}
	// The self-rating is said again by the goal's level step: the why
	// names it only when little else speaks for the focus.
	if i := slices.IndexFunc(ev, func(e Evidence) bool { return e.Source == "self-rating" }); i >= 0 && len(picked) < 2 {
		picked = append(picked, ev[i])
	}
	slices.SortStableFunc(picked, func(x, y Evidence) int {
		return slices.Index(whySources, x.Source) - slices.Index(whySources, y.Source)
	})
	return picked
}

// citedFor reports whether evidence is a reason the why of focus id
// gives. A count of my week is given only by the focus that measures it,
// or by handing over, which counts it only where a row I hold brings it
// about: other focus areas may explain part of it, but their actions do
// not change it by themselves.
func citedFor(c *workshop.Content, a *workshop.Answers, id string, e Evidence) bool {
	sk := c.Skill(id)
	return e.Source != "week" || sk == nil || sk.Indicator.Source == workshop.SourceHandovers || measures(c, id, a, e)
}

// observed are the sources that show what a person does, as against
// how they rate themselves: they can question a self-rating.
var observed = []string{"scenario", "statement", "week", "reflection", "delegation"}

func capitalise(s string) string {
	for i, r := range s {
		if strings.ContainsRune("\"'“‘(", r) {
			continue // an opening quote: the word inside starts the sentence
		}
		return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// handsOffSources are the indicators of skills whose high answers can
// mean absence rather than trust: hand-overs, check-ins, escalations that
// no longer reach me, evenings I do not work.
var handsOffSources = []workshop.Source{workshop.SourceHandovers, workshop.SourceCheckins, workshop.SourceEscalations, workshop.SourceAfterHours}

// shownInAnswers reports whether what the person answered bears a skill
// rating out: at least one situation or statement about the skill on the
// ready side, and none on the other. A rating alone is not a strength.
func shownInAnswers(c *workshop.Content, a *workshop.Answers, skill string) bool {
	ready := false
	for _, it := range allItems(c) {
		v, ok := workshop.ValidRating(a.Ratings[it.ID])
		if it.Skill != skill || !ok {
			continue
		}
		switch rd := it.Readiness(v); {
		case rd <= 2:
			return false
		case rd >= 4:
			ready = true
		}
	}
	return ready
}

// strengths names what to build on: high dimensions, then skills rated
// above the level a first-line lead needs. It leaves out the skills the
// plan works on, those other answers call into question, those with
// evidence of a gap beyond the self-rating, and dimensions holding a
// step-in situation left to the team. An answer pattern that cannot be
// read gives no strengths.
func strengths(c *workshop.Content, a *workshop.Answers, r *Report) []string {
	if r.HeldBack != "" {
		return nil
	}
	skip := map[string]bool{}
	for _, f := range r.Focus {
		skip[f.ID] = true
	}
	for _, f := range r.Flags {
		if f.Kind == FlagSelfRating {
			skip[f.Items[0]] = true
		}
	}
	for _, c := range r.Candidates {
		other, counted := 0.0, false
		for _, e := range c.Evidence {
			if e.Source != "self-rating" {
				other += e.Weight
			}
			counted = counted || e.Source == "week" // a count of my week against it
		}
		if other >= minScore || counted {
			skip[c.ID] = true
		}
	}
	// Leaving too much to the team looks like letting go in every answer
	// about handing over: none of those is a strength then.
	handsOff := func(skill string) bool {
		sk := c.Skill(skill)
		return r.Judgement.Abdicates() && sk != nil && slices.Contains(handsOffSources, sk.Indicator.Source)
	}
	var out []string
	for _, d := range r.Dimensions {
		withheld := slices.ContainsFunc(d.Dimension.Items, func(it workshop.Item) bool { return slices.Contains(r.Judgement.Withheld, it.ID) })
		if d.Band == workshop.High && !withheld && !handsOff(d.Dimension.Skill) {
			out = append(out, fmt.Sprintf("%s (%d of 100)", d.Name, *d.Score))
		}
	}
	for _, s := range r.Skills {
		if !skip[s.ID] && !handsOff(s.ID) && (s.Current > s.Needed || s.Current == workshop.Scale) && shownInAnswers(c, a, s.ID) {
			out = append(out, fmt.Sprintf("%s: %s", s.Skill.Name, s.Skill.Levels[s.Current-1]))
		}
	}
	return out[:min(4, len(out))]
}

// workComesToMe reports whether my week shows the work still coming to me
// (escalations or waiting decisions past the counts that make them
// evidence): then a situation I would leave to the team does not make
// stepping in too rarely my delegation story.
func workComesToMe(a *workshop.Answers) bool {
	for _, t := range weekCounts {
		if t.src != workshop.SourceAfterHours && a.Week.Counts[t.src] >= t.least {
			return true
		}
	}
	return false
}

// measures reports whether e is the count of my week the skill measures
// (evenings worked, for boundaries): its reason even when an earlier
// focus area gave it too.
func measures(c *workshop.Content, id string, a *workshop.Answers, e Evidence) bool {
	sk := c.Skill(id)
	if sk == nil || e.Source != "week" {
		return false
	}
	src := sk.Indicator.Source
	n, ok := a.Week.Counts[src]
	return ok && strings.HasPrefix(e.Text, countWords(src, n))
}
