package analysis

import (
	"slices"
	"strings"
	"unicode"

	"github.com/leadshift/leadshift/workshop"
)

// A reflection tells a story across its sentences: a scene ("Sunday
// night"), what happened, what I did, what I make of it. The rules here
// keep a quote to the sentences that carry the story, and find the focus
// areas a story speaks for beyond the cues in its words.

// setting reports whether a sentence only sets the scene: a time, a
// place or the name of an event, with nobody acting in it and nothing
// denied ("Sunday night", "Kieran's first switch change at the depot").
// It is never quoted alone.
func (s sentence) setting() bool {
	return s.telling() <= 0 && !slices.ContainsFunc(strings.Fields(s.text), func(w string) bool {
		w = strings.ToLower(strings.Trim(w, ",;:\"'()“”.!?"))
		return isPronoun(w) || negations[w] || w == "nowhere" // a denial ("Not much", "Nowhere") answers the question
	})
}

// quoteFrom is the quote for sentence i of an answer: a scene or a short
// fragment is quoted with the sentences after it up to the first in
// which someone acts ("Sunday night. The array threw an alert at eleven.
// Piet was on call, but it was quicker for me to log in"); a sentence is
// quoted with a short one after it that says how often.
func quoteFrom(ss []sentence, i int) sentence {
	j := i
	for j+1 < len(ss) && (ss[j].setting() || j == i && len(strings.Fields(ss[j].text)) < 5) {
		j++
	}
	if j == i {
		return sentence{text: withCount(ss, ss[i]), clauses: ss[i].clauses}
	}
	out := sentence{}
	var texts []string
	for _, s := range ss[i : j+1] {
		texts = append(texts, s.text)
		out.clauses = append(out.clauses, s.clauses...)
	}
	out.text = strings.Join(texts, ". ")
	return out
}

// inScene is the quote for sentence s of an answer with the scene set
// before it ("The mobile money rollout in Malawi. I read about it in the
// all-staff email"), run on as quoteFrom does.
func inScene(ss []sentence, s sentence) string {
	i := slices.IndexFunc(ss, func(x sentence) bool { return x.text == s.text })
	if i < 0 {
		return s.text
	}
	for i > 0 && ss[i-1].setting() {
		i--
	}
	return quoteFrom(ss, i).text
}

// personalCues reads my own first name in a reflection as cues read
// it: "me" (cards "waiting for Priyanka" wait for me). The sentence
// keeps its words; only its clauses, which the cues are matched against,
// change. (A story about my manager by name is read by storyOf.)
func personalCues(a *workshop.Answers, ss []sentence) {
	as := map[string][]string{}
	for _, n := range []struct {
		name string
		as   []string
	}{{a.Participant.Name, []string{"me"}}} {
		if f := strings.Fields(strings.ToLower(n.name)); len(f) > 0 && len([]rune(f[0])) >= 3 {
			as[strings.Trim(f[0], ",.;:()")] = n.as
		}
	}
	for i, s := range ss {
		for j, cl := range s.clauses {
			var out []string
			for _, w := range cl {
				if r, ok := as[w]; ok {
					out = append(out, r...)
				} else {
					out = append(out, w)
				}
			}
			ss[i].clauses[j] = out
		}
	}
}

// linkedFoci are the focus areas the answers of a dimension speak for
// besides its own skill: those whose evidence rests on the situations
// the dimension asked about. A reflection question sits beside them, so
// the answer is about what they showed ("the team say they could use me
// more" answers the same part of the workshop as the new starter left
// alone).
func linkedFoci(c *workshop.Content, cs candidates, prompt string) []string {
	var items []string
	for _, d := range c.Dimensions {
		if slices.ContainsFunc(d.Prompts, func(p workshop.Prompt) bool { return p.ID == prompt }) {
			for _, it := range d.Items {
				items = append(items, it.ID)
			}
		}
	}
	var out []string
	for id, s := range cs {
		for _, e := range s.Evidence {
			if e.Source == "scenario" && slices.ContainsFunc(e.Items, func(x string) bool { return slices.Contains(items, x) }) {
				out = append(out, id)
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

// scenarioStories are the foci a sentence tells my own story of: those
// with a situation among their evidence that the sentence retells in
// its words ("a junior ran a firmware update on his own" for "a junior's
// first production change").
func scenarioStories(c *workshop.Content, cs candidates, s sentence) []string {
	var out []string
	for id, cand := range cs {
		for _, e := range cand.Evidence {
			if e.Source != "scenario" {
				continue
			}
			if slices.ContainsFunc(allItems(c), func(it workshop.Item) bool {
				return slices.Contains(e.Items, it.ID) && it.IsScenario() && retells(s.text, it.Text+" "+it.Situation)
			}) {
				out = append(out, id)
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

// retells reports whether a sentence names at least minNamed of the
// things a situation is about ("junior", "firmware", "runbook"); the
// words that only place it in time ("first", "week", "done") or hedge it
// ("probably", "something") do not count.
func retells(sentence, situation string) bool {
	n := 0
	for _, w := range contentWords(sentence) {
		if !timeWords[w] && slices.ContainsFunc(contentWords(situation), func(x string) bool { return sameWord(w, x) }) {
			n++
		}
	}
	return n >= minNamed
}

// timeWords place a story in time, or hedge it, without saying what it
// is about.
var timeWords = map[string]bool{"probably": true, "something": true, "anything": true, "everything": true, "nothing": true,
	"really": true, "actually": true, "maybe": true, "thing": true, "things": true, "still": true, "even": true, "already": true,
	"whether": true, "could": true, "might": true, "like": true, "well": true, "sure": true, "quite": true,
	"first": true, "time": true, "times": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "last": true, "next": true, "same": true, "done": true,
	"minute": true, "minutes": true, "hour": true, "hours": true, "tonight": true, "today": true, "yesterday": true, "before": true, "after": true, "again": true, "now": true}

// mostTellingQuotes orders quotes most telling first, the earliest
// among equals.
func mostTellingQuotes(qs []string) []string {
	told := make([]int, len(qs))
	for i, q := range qs {
		told[i] = quoteTelling(q)
	}
	byTelling(qs, told)
	return qs
}

// aboutSamePerson are the telling sentences of my answers that name a
// person the quote names, when I name that person in more than one
// answer: "Since Tomasz went off sick I've been taking the call-outs"
// goes on with "Tomasz told me in September he was 'a bit tired' and I
// said let's just get through the summer schedule".
func aboutSamePerson(c *workshop.Content, a *workshop.Answers, quote string) []string {
	var out []string
	for _, name := range namesIn(quote) {
		var found []string
		answers := 0
		for _, p := range prompts(c) {
			in := false
			ss := sentences(a.Reflections[p.ID])
			for _, s := range ss {
				if names(s.text, name) {
					in = true
					if s.telling() >= minStoryTelling && !strings.Contains(quote, s.text) {
						found = append(found, quotable(inScene(ss, s)))
					}
				}
			}
			if in {
				answers++
			}
		}
		if answers > 1 {
			out = append(out, found...)
		}
	}
	return out
}

// namesIn are the words of a text that name someone: capitalised inside
// a sentence, and not a day, a month or "I".
func namesIn(text string) []string {
	var out []string
	for _, s := range sentences(text) {
		for i, w := range strings.Fields(s.text) {
			w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ",;:\"'()“”‘’.!?"), "'s"), "’s")
			r := []rune(w)
			if i == 0 || len(r) < 3 || !unicode.IsUpper(r[0]) || !isLower(string(r[1:])) || calendarWords[strings.ToLower(w)] || slices.Contains(out, w) {
				continue
			}
			out = append(out, w)
		}
	}
	return out
}

// names reports whether a sentence has the name as a word, at its start
// too ("Tomasz told me in September...").
func names(text, name string) bool {
	return slices.ContainsFunc(strings.Fields(text), func(w string) bool {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ",;:\"'()“”‘’.!?"), "'s"), "’s")
		return w == name
	})
}

// isLower reports whether s has no upper-case letter: a name, not an
// acronym ("SAN", "KL").
func isLower(s string) bool { return strings.ToLower(s) == s }

// calendarWords are capitalised without naming anyone.
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true, "christmas": true, "easter": true}
