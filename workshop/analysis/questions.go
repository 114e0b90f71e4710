package analysis

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
)

// maxMismatchQuestions is how many mismatches add a question to the core
// ones: a one-to-one carries seven questions at most.
const maxMismatchQuestions = 2

// questions are the ones to take to the manager: the core ones (those for
// someone not leading yet, when the pack has them), then a question of
// each of the mismatches that bear most on the plan (asked). The rest of
// the mismatches stay in the evidence part.
func questions(c *workshop.Content, a *workshop.Answers, r *Report) []string {
	out := slices.Clone(c.CoreQuestions)
	if notYetLeading(a) && len(c.CoreQuestionsNotYet) > 0 {
		out = slices.Clone(c.CoreQuestionsNotYet)
	}
	for _, x := range r.asked(a) {
		out = append(out, x.question)
	}
	return out
}

// askedMismatch is a mismatch taken to the manager, the question asked
// about it, and the focus area it is a reason for ("" when none).
type askedMismatch struct {
	e        workshop.ExpectationResult
	question string
	focus    string
}

// asked chooses the mismatches to ask about, at most
// maxMismatchQuestions: first those a chosen focus area rests on, then
// those about a chosen focus area's skill, then those the person's own
// words touch, then those that touch nothing of the plan; within each,
// the ones that bear on more focus areas, then those that share most
// words with the person's reflections, then the biggest gaps. A mismatch a talk line already asks about (a pack's flag
// on an answer asks the same of the manager) is not asked twice.
func (r *Report) asked(a *workshop.Answers) []askedMismatch {
	var talked []string // the pack's flags on single answers ask the manager too
	for _, f := range r.Flags {
		if f.Kind == FlagItem {
			talked = append(talked, f.Text)
		}
	}
	stories := ""
	for _, text := range a.Reflections {
		stories += " " + text
	}
	type ranked struct {
		askedMismatch
		tier, touches, words, gap int
	}
	var all []ranked
	for _, e := range r.talkAbout() {
		if slices.ContainsFunc(e.Expectation.Questions, func(q string) bool { return alreadyAsked(q, talked) }) {
			continue
		}
		x := ranked{askedMismatch: askedMismatch{e: e}, tier: 3, words: sharedWords(e.Expectation.Statement, stories), gap: abs(e.Me - e.Org)}
		for _, f := range r.Focus {
			cited := slices.ContainsFunc(f.Evidence, func(ev Evidence) bool { return slices.Contains(ev.Items, e.ID) })
			switch {
			case cited && x.tier > 0:
				x.tier, x.focus = 0, f.ID
			case f.ID == e.Expectation.Skill && x.tier > 1:
				x.tier = 1
			}
			if cited || f.ID == e.Expectation.Skill {
				x.touches++
			}
		}
		if x.tier == 3 && r.toldOf(e.Expectation.Skill) {
			x.tier = 2
		}
		all = append(all, x)
	}
	slices.SortStableFunc(all, func(x, y ranked) int {
		return cmp.Or(cmp.Compare(x.tier, y.tier), cmp.Compare(y.touches, x.touches), cmp.Compare(y.words, x.words), cmp.Compare(y.gap, x.gap))
	})
	var out []askedMismatch
	var qs []string
	for _, x := range all {
		if len(out) == maxMismatchQuestions {
			break
		}
		if i := slices.IndexFunc(x.e.Expectation.Questions, func(q string) bool { return !slices.Contains(qs, q) }); i >= 0 {
			x.question = x.e.Expectation.Questions[i]
			out, qs = append(out, x.askedMismatch), append(qs, x.question)
		}
	}
	return out
}

// toldOf reports whether the person's own words (a reflection or its
// tag) speak for the skill.
func (r *Report) toldOf(skill string) bool {
	i := slices.IndexFunc(r.Candidates, func(x Candidate) bool { return x.ID == skill })
	return i >= 0 && slices.ContainsFunc(r.Candidates[i].Evidence, func(e Evidence) bool { return e.Source == "reflection" || e.Source == "tag" })
}

// alreadyAsked reports whether a talk line asks the manager what q asks:
// most of q's words are in it.
func alreadyAsked(q string, talked []string) bool {
	words := contentWords(q)
	return len(words) > 0 && slices.ContainsFunc(talked, func(t string) bool { return 2*sharedWords(q, t) > len(words) })
}

// sharedWords counts the words of s (other than the small ones) that
// are also in t, a word matching its own forms ("compare", "compares").
func sharedWords(s, t string) int {
	in := contentWords(t)
	n := 0
	for _, w := range contentWords(s) {
		if slices.ContainsFunc(in, func(x string) bool { return sameWord(w, x) }) {
			n++
		}
	}
	return n
}

// contentWords are the distinct words of s in lower case, without the
// small words that carry no topic and without a possessive "'s".
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, "-'’"), "'s"), "’s")
		if len([]rune(w)) >= 3 && !smallWords[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// sameWord reports whether two words are one, or forms of one sharing
// their first five letters.
func sameWord(x, y string) bool {
	if x == y {
		return true
	}
	rx, ry := []rune(x), []rune(y)
	return len(rx) >= 5 && len(ry) >= 5 && string(rx[:5]) == string(ry[:5])
}

// smallWords carry no topic of their own.
var smallWords = map[string]bool{
	"the": true, "and": true, "for": true, "you": true, "your": true, "are": true, "was": true, "what": true, "which": true,
	"how": true, "who": true, "when": true, "does": true, "this": true, "that": true, "with": true, "from": true, "will": true,
	"would": true, "can": true, "could": true, "should": true, "here": true, "there": true, "than": true, "then": true,
	"not": true, "all": true, "any": true, "our": true, "its": true, "it's": true, "about": true, "into": true, "more": true,
	"most": true, "much": true, "one": true, "own": true, "just": true, "have": true, "has": true, "had": true, "been": true,
	"they": true, "them": true, "their": true, "his": true, "her": true, "she": true, "him": true, "also": true, "only": true,
	"very": true, "some": true, "each": true, "other": true, "being": true, "did": true, "don't": true, "i'm": true, "i've": true,
	"myself": true, "yourself": true, "worth": true, "ask": true, "asking": true, "manager": true,
}

// pointToQuestions adds to the support line of each focus area that a
// mismatch taken to the manager is a reason for the question to ask: the
// conversation is part of the work on it. The support is a one-line
// field, so the question is named by its place among the plan's
// questions, where the plan prints it in full.
func pointToQuestions(a *workshop.Answers, r *Report, focus []workshop.FocusArea) {
	nums := map[int][]int{}
	var order []int
	for _, x := range r.asked(a) {
		i := slices.IndexFunc(focus, func(f workshop.FocusArea) bool { return x.focus != "" && f.Skill == x.focus })
		n := slices.Index(r.Questions, x.question)
		if i < 0 || n < 0 {
			continue
		}
		if nums[i] == nil {
			order = append(order, i)
		}
		nums[i] = append(nums[i], n+1)
	}
	for _, i := range order {
		ask := "At the first one I ask"
		if i > 0 {
			ask = "And I ask " + managerOf(a)
		}
		which := fmt.Sprintf("question %d", nums[i][0])
		if len(nums[i]) > 1 {
			var ns []string
			for _, n := range nums[i] {
				ns = append(ns, strconv.Itoa(n))
			}
			which = "questions " + listAnd(ns)
		}
		base := focus[i].Support
		for _, line := range []string{
			fmt.Sprintf("%s %s %s of this plan.", base, ask, which),
			fmt.Sprintf("%s %s %s.", base, ask, which),
			fmt.Sprintf("%s I ask %s first.", base, which),
			fmt.Sprintf("%s I ask %s first.", strings.Replace(base, withNumbers+".", ".", 1), which),
		} {
			if utf8.RuneCountInString(line) <= workshop.PlanLineLimit {
				focus[i].Support = strings.TrimSpace(line)
				break
			}
		}
	}
}
