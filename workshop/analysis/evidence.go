package analysis

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// Evidence weights: how much each kind of answer counts towards a focus.
// docs/formats.md lists them in one table; change both together.
const (
	wMotivationLow    = 3.0 // the motivation dimension under workshop.LowBand, for the role decision
	wMotivationLowish = 1.0 // the motivation dimension under lowishBand
	lowishBand        = 55
	wItem             = 1.0 // an item answered on the less ready side (1.5 at the extreme)
	maxStatements     = 2.0 // the most statements add to one skill: never more than one clear reason
	wRoleGap          = 2.0 // a role statement my organisation expects more than I do
	wMythHeld         = 1.0 // a myth I expect a lot (4 or 5)
	wMythHeldMore     = 2.0 // ... and more than I believe my organisation does
	wProvides         = 1.0 // more pay, status or ease than I believe the role gives, for the role decision
	wPushed           = 1.5 // a myth pushed on me or a role statement not supported, for managing up
	maxPushed         = 6.0 // the most expectations add to managing up
	wPushedPeople     = 1.5 // a people statement not supported, for one-to-ones
	wCount            = 1.5 // a count of my week at its threshold; grows with the count
	maxCountWeight    = 6.0 // the most one count adds (four times its threshold)
	wHoldRow          = 0.6 // a row I still hold and should not
	maxHoldRows       = 1.8 // the most held rows add: never a focus by themselves
	wStandardRow      = 1.5 // a row where someone is not meeting a standard
	maxStandardRows   = 3.0
	wTooFarRow        = 0.75 // a row handed over at the top level with no support, when I step in too rarely
	maxTooFarRows     = 1.5
	wTag              = 2.5 // a reflection I tagged with the focus myself
	wMoreTags         = 1.0 // each further reflection I tagged with it
	maxTagWeight      = 3.5
	wNotYet           = 2.0 // not leading yet: the conversation about the step, for managing up
	notYetGap         = 0.5 // not leading yet: a self-rated gap is inexperience, counted at half
	wWords            = 1.5 // the first sentence of my words that points to the focus
	wMoreWords        = 1.0 // each further sentence that points the same way
	maxWords          = 4.0
)

// gapEvidence reads the skills I rated below the level a first-line lead
// needs, weighed by the gap and by how important I said the skill is.
func gapEvidence(cs candidates, c *workshop.Content, a *workshop.Answers, r *Report) {
	scale := 1.0
	if notYetLeading(a) {
		scale = notYetGap
		cs.add(managingUpSkill(c), Evidence{Source: "check-in", Weight: wNotYet,
			Text: "you are not leading a team yet, so the first conversation is with your manager: what the step looks like, when, and what you can practise now"})
	}
	for _, sr := range r.Skills {
		if sr.Gap() == 0 {
			continue
		}
		imp := sr.Importance
		if imp == 0 {
			imp = 3
		}
		cs.add(sr.ID, Evidence{Source: "self-rating", Items: []string{sr.ID},
			Weight: scale * float64(sr.Gap()) * (0.6 + 0.2*float64(imp)),
			Text: fmt.Sprintf("you rated yourself at level %d of 5 for %s (\"%s\"), where %s level %d",
				sr.Current, strings.ToLower(sr.Skill.Name), strings.TrimRight(sr.Skill.Levels[sr.Current-1], "."), r.neededBy(sr.ID), sr.Needed)})
	}
}

// notYetLeading reports whether the participant said they do not lead a
// team yet: their skill ratings are inexperience, not gaps in a working lead.
func notYetLeading(a *workshop.Answers) bool {
	return a.Participant.LeadershipTime == workshop.LeadershipTimes[0]
}

// motivationEvidence reads the one dimension that is evidence on its own:
// wanting the role at all, for the role decision. Every other dimension's
// items count one by one, each for the skill it is about.
func motivationEvidence(cs candidates, c *workshop.Content, r *Report) {
	d := r.Dimension(motivationDim(c))
	if d == nil || !d.Scored() {
		return
	}
	w := 0.0
	switch {
	case *d.Score < workshop.LowBand:
		w = wMotivationLow
	case *d.Score < lowishBand:
		w = wMotivationLowish
	}
	text := fmt.Sprintf("%s scored %d of 100", d.Name, *d.Score)
	if *d.Score == 0 {
		text = fmt.Sprintf("every answer about %s points away from it", strings.ToLower(d.Name))
	}
	cs.add(c.RoleFocus.ID, Evidence{Source: "dimension", Items: []string{d.ID}, Weight: w, Text: text})
}

// itemEvidence reads every item answered on the less ready side, for the
// skill the item is about: the statements I rated against readiness, the
// situations where I would step in though the team could handle it
// (rescuing), and those where I would leave it to the team though stepping
// in was right (abdicating). The two halves of judgement are separate
// evidence, each quoted.
func itemEvidence(cs candidates, c *workshop.Content, a *workshop.Answers, j Judgement) {
	for _, target := range itemSkills(c) {
		var items, quotes, rescued, withheld []string
		scenarios, statements := 0.0, 0.0
		for _, it := range allItems(c) {
			if it.Skill != target {
				continue
			}
			v, ok := workshop.ValidRating(a.Ratings[it.ID])
			if !ok || it.Readiness(v) > 2 {
				continue
			}
			items = append(items, it.ID)
			w := wItem * (1 + 0.5*float64(b2i(it.Readiness(v) == 1)))
			if it.IsScenario() {
				scenarios += w
			} else {
				statements += w
			}
			switch {
			case it.IsScenario() && it.StepIn:
				withheld = append(withheld, it.Text)
			case it.IsScenario():
				rescued = append(rescued, it.Text)
			default:
				quotes = append(quotes, fmt.Sprintf("\"%s\" %d of 5", strings.TrimRight(it.Text, "."), v))
			}
		}
		if len(items) == 0 {
			continue
		}
		var parts []string
		if len(rescued) > 0 {
			parts = append(parts, fmt.Sprintf("you chose to step in yourself in %d of %d situations the team could handle%s \"%s\"",
				len(j.Rescued), j.Teamable, amongThem(len(rescued), len(j.Rescued)), strings.Join(rescued, "\" and \"")))
		}
		if len(withheld) > 0 {
			parts = append(parts, fmt.Sprintf("you would leave it with the team in \"%s\", where stepping in is the lead's call",
				strings.Join(withheld, "\" and \"")))
		}
		source := "statement"
		if len(rescued)+len(withheld) > 0 {
			source = "scenario"
		}
		if len(quotes) > 0 {
			parts = append(parts, "you rated "+strings.Join(quotes[:min(2, len(quotes))], " and "))
		}
		cs.add(target, Evidence{Source: source, Items: items, Weight: scenarios + min(maxStatements, statements), Text: strings.Join(parts, ", and ")})
	}
}

// itemSkills lists the skills items are linked to, in pack order.
func itemSkills(c *workshop.Content) []string {
	var out []string
	for _, it := range allItems(c) {
		if it.Skill != "" && it.Skill != workshop.NoSkill && !slices.Contains(out, it.Skill) {
			out = append(out, it.Skill)
		}
	}
	return out
}

// expectationEvidence routes each expectation by its polarity and by who
// expects more: a role statement my organisation expects more than I do,
// or a myth I hold, points to the matching skill of mine; a myth my
// organisation pushes, or a role statement it does not support, points to
// managing up (and, for the statements about people, to one-to-ones);
// what the role provides (pay, status, ease) points to the role decision
// only when I expect more of it than I believe it gives.
func expectationEvidence(cs candidates, c *workshop.Content, r *Report) {
	pushed := 0.0
	var pushedIDs, pushedText []string
	for _, e := range r.Expectations {
		ex := e.Expectation
		stmt := strings.TrimRight(ex.Statement, ".")
		switch {
		case ex.Provides:
			if e.Quadrant == workshop.MythHeld && e.Me >= 4 {
				cs.add(ex.Skill, Evidence{Source: "expectation", Items: []string{ex.ID}, Weight: wProvides,
					Text: fmt.Sprintf("you expect \"%s\" (%d of 5), more than you believe it will (%d)", stmt, e.Me, e.Org)})
			}
		case e.Quadrant == workshop.RoleGap:
			cs.add(ex.Skill, Evidence{Source: "expectation", Items: []string{ex.ID}, Weight: wRoleGap,
				Text: fmt.Sprintf("you expect \"%s\" less (%d of 5) than you believe your organisation does (%d)", stmt, e.Me, e.Org)})
		case e.Polarity == workshop.Myth && e.Me >= 4:
			w, text := wMythHeld, fmt.Sprintf("you expect \"%s\" (%d of 5)", stmt, e.Me)
			if e.Quadrant == workshop.MythHeld {
				w += wMythHeldMore
				text += fmt.Sprintf(", more than you believe your organisation does (%d)", e.Org)
			}
			cs.add(ex.Skill, Evidence{Source: "expectation", Items: []string{ex.ID}, Weight: w, Text: text})
		case e.Quadrant == workshop.MythPushed || e.Quadrant == workshop.NotSupported:
			pushed += wPushed
			pushedIDs = append(pushedIDs, ex.ID)
			pushedText = append(pushedText, fmt.Sprintf("\"%s\" (you %d, your organisation %d as you see it)", stmt, e.Me, e.Org))
			if e.Quadrant == workshop.NotSupported && ex.People {
				cs.add(peopleSkill(c), Evidence{Source: "expectation", Items: []string{ex.ID}, Weight: wPushedPeople,
					Text: fmt.Sprintf("you expect \"%s\" (%d of 5) more than you believe your organisation supports it (%d)", stmt, e.Me, e.Org)})
			}
		}
	}
	if len(pushedIDs) > 0 {
		text := fmt.Sprintf("you and your organisation, as you see it, expect different things of the role in %d statements%s %s",
			len(pushedIDs), amongThem(min(2, len(pushedText)), len(pushedIDs)), strings.Join(pushedText[:min(2, len(pushedText))], " and "))
		cs.add(managingUpSkill(c), Evidence{Source: "expectation", Items: pushedIDs, Weight: min(maxPushed, pushed), Text: text})
	}
}

// peopleSkill and managingUpSkill are the skills the pack names for the
// conversations expectations call for.
func peopleSkill(c *workshop.Content) string     { return c.Routes.People }
func managingUpSkill(c *workshop.Content) string { return c.Routes.ManagingUp }

// weekCounts are the counts of a week that say I have become too
// necessary, with the level from which they count, the words for them,
// the kind of row on my map that brings them (an escalation I am the
// first call for, a decision I keep), and the indicators of the skills
// whose gap can bring them about besides the skill that measures them:
// escalations come from work I hold or problems that keep coming back,
// decisions wait because I hold them, and evenings go on work I hold, on
// work I could not say no to, or on incidents that keep coming back.
var weekCounts = []struct {
	src     workshop.Source
	least   int
	text    string
	rowType string
	causes  []workshop.Source
}{
	{workshop.SourceEscalations, 5, "%d escalations came straight to you last week", "Escalation",
		[]workshop.Source{workshop.SourceHandovers, workshop.SourceReviews}},
	{workshop.SourceWaiting, 3, "%d decisions waited for you last week", "Decision",
		[]workshop.Source{workshop.SourceHandovers}},
	{workshop.SourceAfterHours, 3, "you worked %d evenings or weekend days in the last four weeks", "",
		[]workshop.Source{workshop.SourceHandovers, workshop.SourceManagerFirst, workshop.SourceReviews}},
}

// countWeight is how much a count adds: nothing under its threshold, then
// in proportion to how far past it the count is.
func countWeight(v, least int) float64 {
	if v < least {
		return 0
	}
	return min(maxCountWeight, wCount*float64(v)/float64(least))
}

// explaining are the sources of evidence that can explain a count: what
// I chose, rated, expect of the role, wrote and mapped, not how I rate a
// skill.
var explaining = []string{"scenario", "statement", "tag", "reflection", "delegation", "expectation"}

// weekEvidence reads the counts of the week. A count is a symptom: it
// counts for the skills my other answers explain it by (the situations I
// chose, my statements and expectations, my words, my map), among its own
// skill and the skills that can bring it about, each in proportion to
// what those answers weigh for it. A skill explains a count when they are
// a reason on their own (minScore); handing over explains it only when a
// row I still hold brings the count about. Only a count nothing else
// explains counts whole for the skill that measures it. It runs after
// every other kind of evidence is gathered.
func weekEvidence(cs candidates, c *workshop.Content, a *workshop.Answers) {
	for _, t := range weekCounts {
		v, ok := a.Week.Counts[t.src]
		w := countWeight(v, t.least)
		if !ok || w == 0 {
			continue
		}
		text := fmt.Sprintf(t.text, v)
		held := holdsFor(c, a, t.src, t.rowType)
		share := map[string]float64{}
		var order []string // a fixed order, so the weights add up the same on every run
		total := 0.0
		for _, src := range append([]workshop.Source{t.src}, t.causes...) {
			if src == workshop.SourceHandovers && !held {
				continue
			}
			for _, id := range skillsBySource(c, src) {
				if _, seen := share[id]; seen {
					continue
				}
				if x := explainedBy(cs[id]); x >= minScore {
					share[id], total = x, total+x
					order = append(order, id)
				}
			}
		}
		if total == 0 {
			for _, id := range skillsBySource(c, t.src) {
				cs.add(id, Evidence{Source: "week", Weight: w, Text: text})
			}
			continue
		}
		for _, id := range order {
			// The rows that explain it are named once, by the map's own
			// evidence.
			cs.add(id, Evidence{Source: "week", Weight: w * share[id] / total, Text: text})
		}
	}
}

// holdsFor reports whether a row I still hold brings a count about: a
// row of its kind (an escalation, a decision), one whose words are the
// words of the skill that measures it ("in the evenings", "on-call"), or
// one my answer about the count names ("Sunday evening, going through
// Monday's change plans so I could approve them": the row "Approving
// standard changes").
func holdsFor(c *workshop.Content, a *workshop.Answers, src workshop.Source, rowType string) bool {
	var cues []string
	for _, id := range skillsBySource(c, src) {
		cues = append(cues, c.Skill(id).Cues...)
	}
	var about []string // my answers that speak of the count
	for _, p := range prompts(c) {
		text := a.Reflections[p.ID]
		if slices.ContainsFunc(sentences(text), func(s sentence) bool { return s.hits(cues) > 0 }) {
			about = append(about, text)
		}
	}
	return slices.ContainsFunc(a.RowsOf(workshop.RowHold), func(r workshop.DelegationRow) bool {
		return rowType != "" && strings.EqualFold(r.Type, rowType) || (sentence{text: r.What, clauses: clauses(r.What)}).hits(cues) > 0 ||
			slices.ContainsFunc(about, func(text string) bool { return sharedWords(r.What, text) >= minNamed })
	})
}

// minNamed is how many words of a row my answer must share to name it.
const minNamed = 2

// explainedBy is how much of a candidate's evidence can explain a count:
// the weight of what I chose, rated, wrote and mapped for it.
func explainedBy(s *Suggestion) float64 {
	if s == nil {
		return 0
	}
	w := 0.0
	for _, e := range s.Evidence {
		if slices.Contains(explaining, e.Source) {
			w += e.Weight
		}
	}
	return w
}

// delegationEvidence reads each row of the map for what I said it is: a
// row I still hold and should not is evidence for delegation (never
// enough alone), a standard someone is not meeting is evidence for holding
// people accountable, and, when I step in too rarely, a row handed over at
// the top level with no support is evidence for delegating at a lower
// level. Rows already handed over or just noted count for nothing else.
func delegationEvidence(cs candidates, c *workshop.Content, a *workshop.Answers, j Judgement) {
	quote := func(rows []workshop.DelegationRow) string {
		names := make([]string, 0, 2)
		for _, r := range rows[:min(2, len(rows))] {
			names = append(names, "\""+rowName(r.What)+"\"")
		}
		return strings.Join(names, " and ")
	}
	if rows := a.RowsOf(workshop.RowHold); len(rows) > 0 {
		for _, id := range skillsBySource(c, workshop.SourceHandovers) {
			if underSide(c.Skill(id), a, j) {
				// Taught the other way (handing over at the right level,
				// with check-ins), a row still to hand over argues for the
				// wrong side of it.
				continue
			}
			cs.add(id, Evidence{Source: "delegation", Weight: min(maxHoldRows, wHoldRow*float64(len(rows))),
				Text: fmt.Sprintf("you still hold %s, which you said someone else should own", quote(rows))})
		}
	}
	if rows := a.RowsOf(workshop.RowStandard); len(rows) > 0 {
		for _, id := range c.Routes.Standards {
			cs.add(id, Evidence{Source: "delegation", Weight: min(maxStandardRows, wStandardRow*float64(len(rows))),
				Text: fmt.Sprintf("on your map, %s is a standard someone is not meeting: a conversation, not a hand-over", quote(rows))})
		}
	}
	if !j.Abdicates() {
		return
	}
	var tooFar []workshop.DelegationRow
	for _, r := range a.RowsOf(workshop.RowHanded) {
		if r.Level == len(c.Delegation.Levels) && strings.TrimSpace(r.Support) == "" || r.Level == len(c.Delegation.Levels) && isNone(r.Support) {
			tooFar = append(tooFar, r)
		}
	}
	if len(tooFar) > 0 {
		for _, id := range skillsBySource(c, workshop.SourceHandovers) {
			cs.add(id, Evidence{Source: "delegation", Weight: min(maxTooFarRows, wTooFarRow*float64(len(tooFar))),
				Text: fmt.Sprintf("you handed over %s at the top level with no support named", quote(tooFar))})
		}
	}
}

// underSide reports whether a skill is taught from its other side, for
// someone who steps in too rarely while the work does not come to them
// (Suggestion.Under).
func underSide(sk *workshop.Skill, a *workshop.Answers, j Judgement) bool {
	return sk != nil && sk.Under != nil && j.Abdicates() && !j.Rescues() && !workComesToMe(a)
}

// minTopicTelling is how telling a sentence must be to be quoted for the
// focus its question is about without a cue: a thought, not a fragment.
const minTopicTelling = 4

// minStoryTelling is how telling a sentence must be to go on with a
// story quoted for a focus from another sentence: of the same answer, or
// of another answer about the same person.
const minStoryTelling = 5

// minTaggedTelling is how telling a sentence of a reflection I tagged
// must be to be quoted after its two most telling ones: a short thought
// of my own ("I get short with people"), not a fragment.
const minTaggedTelling = 3

// promptSkill is the focus a reflection question is about: the skill of
// its dimension, or "" when the dimension has none.
func promptSkill(c *workshop.Content, prompt string) string {
	for _, d := range c.Dimensions {
		for _, p := range d.Prompts {
			if p.ID == prompt && d.Skill != workshop.NoSkill {
				return d.Skill
			}
		}
	}
	return ""
}

// amongThem introduces the shown of n things: all of them, or some.
func amongThem(shown, n int) string {
	if shown >= n {
		return ":"
	}
	return ", among them"
}

// isNone reports whether a support line says there is none.
func isNone(s string) bool {
	switch strings.Trim(strings.ToLower(strings.TrimSpace(s)), ".!") {
	case "", "none", "nothing", "n/a", "-", "no":
		return true
	}
	return false
}

// reflectionEvidence reads my own words. A reflection I tagged counts
// strongly for each focus I tagged it with; an untagged one is read
// sentence by sentence, each sentence for at most one focus, several
// sentences pointing the same way counting more than one. It returns, by
// focus, the sentences that point to it as well as to another, or that
// answer the part of the workshop its evidence comes from: they weigh
// for the other, and may still be quoted for it; and the sentences that
// tell my own story of a situation that is evidence for it (story).
func reflectionEvidence(cs candidates, c *workshop.Content, a *workshop.Answers) (also, story map[string][]string) {
	also, story = map[string][]string{}, map[string][]string{}
	type cued struct {
		id   string
		cues []string
	}
	all := []cued{{c.RoleFocus.ID, c.RoleFocus.Cues}}
	for _, s := range c.Skills {
		all = append(all, cued{s.ID, s.Cues})
	}
	type found struct {
		prompts, quotes []string
		told            []int // how telling each quote is
	}
	words := map[string]*found{}
	tagged, taggedMore := map[string][]string{}, map[string][]string{}
	taggedIn := map[string][]string{}
	for _, p := range prompts(c) {
		text := strings.TrimSpace(a.Reflections[p.ID])
		if text == "" {
			continue
		}
		ss := sentences(text)
		personalCues(a, ss)
		topics := linkedFoci(c, cs, p.ID)
		if topic := promptSkill(c, p.ID); topic != "" && !slices.Contains(topics, topic) {
			topics = append([]string{topic}, topics...)
		}
		// The answer to a question about the focus, or beside the
		// situations and statements that point to it, is about it in
		// whatever words: its telling sentences may be quoted for it.
		for _, topic := range topics {
			for _, s := range mostTelling(ss, len(ss)) {
				if s.telling() >= minTopicTelling {
					also[topic] = append(also[topic], quotable(inScene(ss, s)))
				}
			}
		}
		for i, s := range ss {
			start := i // the scene the story is set in comes with it
			for start > 0 && ss[start-1].setting() {
				start--
			}
			if told := quoteFrom(ss, start); told.telling() > 0 || quoteTelling(told.text) > 0 {
				for _, id := range scenarioStories(c, cs, s) {
					story[id] = append(story[id], quotable(told.text))
				}
			}
		}
		for _, tag := range a.Tags[p.ID] {
			if tag != workshop.TagOther {
				best := mostTelling(ss, len(ss))
				tagged[tag] = append(tagged[tag], quotable(inScene(ss, best[0])))
				for i, s := range best[1:] {
					switch {
					case i == 0: // the incident and what I make of it
						taggedMore[tag] = append(taggedMore[tag], quotable(inScene(ss, s)))
					case s.telling() >= minTaggedTelling:
						// The rest of what I tagged fills a free place, when
						// another focus area quotes the first ones.
						also[tag] = append(also[tag], quotable(inScene(ss, s)))
					}
				}
				taggedIn[tag] = append(taggedIn[tag], p.ID)
			}
		}
		for i, s := range ss {
			best, most := "", 0
			var hit []string
			for _, f := range all {
				n := s.hits(f.cues)
				if n > 0 {
					hit = append(hit, f.id)
				}
				if n > most {
					best, most = f.id, n
				}
			}
			for _, id := range hit {
				if id != best {
					also[id] = append(also[id], quotable(inScene(ss, s)))
				}
			}
			if best == "" || slices.Contains(a.Tags[p.ID], best) {
				continue // my tag counts these words for it already
			}
			if words[best] == nil {
				words[best] = &found{}
			}
			words[best].prompts = append(words[best].prompts, p.ID)
			quote := quoteFrom(ss, i)
			words[best].quotes = append(words[best].quotes, quotable(quote.text))
			words[best].told = append(words[best].told, quote.telling())
			// The rest of the answer goes on with the story: its telling
			// sentences fill a free place here.
			for _, o := range ss {
				if o.text != s.text && o.telling() >= minStoryTelling {
					also[best] = append(also[best], quotable(inScene(ss, o)))
				}
			}
		}
	}
	for _, f := range all {
		if q := tagged[f.id]; len(q) > 0 {
			cs.add(f.id, Evidence{Source: "tag", Items: taggedIn[f.id], Weight: min(maxTagWeight, wTag+wMoreTags*float64(len(q)-1)),
				Text: "you wrote \"" + strings.Join(q[:min(2, len(q))], "\" and \"") + "\", and said it is about this", Quotes: slices.Concat(q, taggedMore[f.id])})
		}
		if w := words[f.id]; w != nil {
			byTelling(w.quotes, w.told)
			weight := min(maxWords, wWords+wMoreWords*float64(len(w.quotes)-1))
			cs.add(f.id, Evidence{Source: "reflection", Items: slices.Compact(w.prompts), Weight: weight,
				Text: "you wrote \"" + strings.Join(w.quotes[:min(2, len(w.quotes))], "\" and \"") + "\"", Quotes: w.quotes[:min(maxQuotes, len(w.quotes))]})
		}
		// The story goes on in my other answers about the same person.
		var quoted []string
		if w := words[f.id]; w != nil {
			quoted = w.quotes
		}
		for _, q := range slices.Concat(tagged[f.id], quoted) {
			also[f.id] = append(also[f.id], aboutSamePerson(c, a, q)...)
		}
	}
	return also, story
}

// withCount is a sentence to quote with the short one after it when that
// one says how often ("the historian stopped collecting again. Third time
// since the summer."), or with the one after it that says what came of
// it, where both fit in a quote ("...tell the team at the Monday
// meeting. Over the weekend the papers went up and half the team read it
// there first").
func withCount(ss []sentence, s sentence) string {
	i := slices.IndexFunc(ss, func(x sentence) bool { return x.text == s.text })
	if i < 0 || i+1 == len(ss) {
		return s.text
	}
	next := ss[i+1]
	if consequence.MatchString(next.text) && len([]rune(s.text+". "+next.text)) <= maxQuote {
		return s.text + ". " + next.text
	}
	if words := strings.Fields(next.text); len(words) > maxCountTail || !slices.ContainsFunc(words, isCount) {
		return s.text
	}
	return s.text + ". " + next.text
}

// consequence finds a sentence that opens with what came next: "Over the
// weekend ...", "Five weeks later ...", "By the time ...".
var consequence = regexp.MustCompile(`(?i)^(?:then|later|afterwards|after that|next day|the next (?:day|morning|week)|over the (?:weekend|next)|by the time|by (?:monday|the morning)|that (?:night|evening|weekend)|within (?:a|an|two|three|days|weeks|hours)|(?:[a-z]+|\d+) (?:days|weeks|months|hours) later)\b`)

// maxCountTail is how long a sentence saying how often may be to be
// quoted with the one before it.
const maxCountTail = 6

// isCount reports whether a word says how many or how often.
func isCount(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",;:\"'()“”.!?"))
	return strings.ContainsAny(w, "0123456789") || numberWords[w] || ordinals[w]
}

// ordinals say which time something happens again: "third time".
var ordinals = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "tenth": true}

// quotable trims a quote to a length a sentence can carry, without its
// closing full stop.
func quotable(s string) string { return quotableWithin(s, maxQuote) }

// maxQuote is how long a quote in a sentence of the plan may be; an
// obstacle, which stands on its own line, may be longer (maxObstacleQuote).
const maxQuote, maxObstacleQuote = 240, 280

// quotableWithin trims a quote to n characters, at a clause where it can.
func quotableWithin(s string, n int) string {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	if r := []rune(s); len(r) > n {
		cut := string(r[:n-3])
		// End at a clause where one ends late enough to keep the thought.
		if i := strings.LastIndexAny(cut, ",;:"); i >= 80 {
			cut = cut[:i]
		} else if i := strings.LastIndex(cut, " "); i > 0 {
			cut = cut[:i]
		}
		s = strings.TrimSpace(cut) + "\u2026"
	}
	return s
}

// byTelling orders quotes most telling first, keeping the order of equals.
func byTelling(quotes []string, told []int) {
	idx := make([]int, len(quotes))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int { return told[y] - told[x] })
	sorted := make([]string, len(quotes))
	for i, j := range idx {
		sorted[i] = quotes[j]
	}
	copy(quotes, sorted)
}
