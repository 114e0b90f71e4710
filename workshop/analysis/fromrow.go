package analysis

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
)

// ownRow is the row of my map a focus area starts from (workshop.FromRow):
// the first row I only noted, then the first I already handed over, that
// is about the focus. A row I still hold is a hand-over, and a standard
// not met a conversation: neither starts another focus area, unless the
// pack says a held row's support comes first (FromRow.Held), and I named
// the support.
func ownRow(sk *workshop.Skill, a *workshop.Answers) (workshop.DelegationRow, bool) {
	if sk == nil || sk.FromRow == nil {
		return workshop.DelegationRow{}, false
	}
	f := sk.FromRow
	kinds := []workshop.RowKind{workshop.RowNote, workshop.RowHanded}
	if f.Held {
		kinds = append([]workshop.RowKind{workshop.RowHold}, kinds...)
	}
	for _, kind := range kinds {
		for _, row := range a.RowsOf(kind) {
			if kind == workshop.RowHold && isNone(row.Support) {
				continue
			}
			if f.Manager && namesManager(row, a.Participant) || len(f.Cues) > 0 && hitsCues(row.What, f.Cues) {
				return row, true
			}
		}
	}
	return workshop.DelegationRow{}, false
}

// namesManager reports whether a row is about my manager: their first
// name in what I wrote, or as the one who owns it.
func namesManager(row workshop.DelegationRow, p workshop.Participant) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(bracketed.ReplaceAllString(p.Manager, "")), " ")
	first = strings.Trim(first, ",;:.")
	return first != "" && (hasWord(row.What, first) || hasWord(row.Owner, first))
}

// hitsCues reports whether any sentence of text has one of cues.
func hitsCues(text string, cues []string) bool {
	for _, s := range sentences(text) {
		if s.hits(cues) > 0 {
			return true
		}
	}
	return false
}

// heldFor are the rows I still hold that wait for a focus area's work
// before they are handed over, when that work is its first step
// (workshop.Holds), and the people my words for it name.
func heldFor(sk *workshop.Skill, a *workshop.Answers, ev []Evidence) ([]workshop.DelegationRow, []string) {
	if sk == nil || sk.Holds == nil || sk.Holds.FirstStep == "" {
		return nil, nil
	}
	return heldRows(sk.Holds, a, ev)
}

// rowStep is a focus area's first step written from my own row. The
// row's date is when it is done, not this week's step.
func rowStep(f *workshop.FromRow, row workshop.DelegationRow, a *workshop.Answers) string {
	return rowWords(row, a)(f.FirstStep)
}

// rowWords fills a FromRow sentence: {row}, {manager}, {owner} (whoever
// does the row now), {people} (the people its owner names, or the
// owner) and {support} (what the row's support names, else what the row
// needs).
func rowWords(row workshop.DelegationRow, a *workshop.Answers) func(string) string {
	o := ownerOf(row, a.Participant)
	people := listAnd(namedIn(row.Owner, teamNames(a)))
	if people == "" {
		people = o.person("the people who take it over")
	}
	return strings.NewReplacer("{row}", rowName(row.What), "{manager}", managerOf(a),
		"{owner}", o.person(anyOwner), "{people}", people, "{support}", supportWords(row)).Replace
}

// supportWords names what a row needs in a sentence: the first two
// things its support field lists ("Runbook for the SAN alerts; vendor
// number on the wiki" is "the runbook for the SAN alerts and the vendor
// number on the wiki"), each with an article when it has none, the
// first alone when the two make a long phrase; what "the row" needs when
// the field names nothing.
func supportWords(row workshop.DelegationRow) string {
	if isNone(row.Support) {
		return fmt.Sprintf("what \"%s\" needs", rowName(row.What))
	}
	var items []string
	for _, part := range strings.FieldsFunc(row.Support, func(r rune) bool { return r == ';' || r == ',' || r == '\n' }) {
		if part = strings.Trim(strings.TrimSpace(part), "."); part != "" && len(items) < 2 {
			items = append(items, withArticle(part))
		}
	}
	if len(items) == 0 {
		return fmt.Sprintf("what \"%s\" needs", rowName(row.What))
	}
	if both := listAnd(items); utf8.RuneCountInString(both) <= 100 {
		return both
	}
	return items[0]
}

// withArticle starts a thing named on its own ("Runbook for …") with
// "the", lower-cased, unless it starts with an article, a number or a
// possessive; an acronym ("SAN runbook") keeps its case.
func withArticle(thing string) string {
	first, _, _ := strings.Cut(thing, " ")
	low := strings.ToLower(first)
	if !(len(first) > 1 && strings.ToUpper(first) == first) {
		thing = lowerFirst(thing)
	}
	if articled[low] || strings.HasSuffix(low, "'s") {
		return thing
	}
	return "the " + thing
}

// articled are first words of a thing that need no "the" before them.
var articled = map[string]bool{"a": true, "an": true, "the": true, "my": true, "our": true, "their": true, "his": true, "her": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "some": true, "each": true, "every": true, "more": true, "any": true}

// startsFrom is the row of my map a focus area starts from, when one
// does: not when a hand-over waits for the focus area's work (that comes
// first), nor when the focus is taught from another side than the usual
// one (the row's sentences are written for the usual side).
func startsFrom(sk *workshop.Skill, a *workshop.Answers, ev []Evidence, turn string) (workshop.DelegationRow, bool) {
	if held, _ := heldFor(sk, a, ev); len(held) > 0 || turn != "" {
		return workshop.DelegationRow{}, false
	}
	return ownRow(sk, a)
}

// rowObstacle is the obstacle a focus area's own row says, if the pack
// gives one for it: the count's usual reason may not be mine.
func rowObstacle(c *workshop.Content, a *workshop.Answers, r *Report, f workshop.FocusArea) (workshop.Obstacle, bool) {
	sk := c.Skill(f.Skill)
	row, ok := startsFrom(sk, a, evidenceFor(r, f.Skill), f.Turn)
	if !ok || sk.FromRow.Obstacle == "" {
		return workshop.Obstacle{}, false
	}
	fill := rowWords(row, a)
	return workshop.Obstacle{Obstacle: fill(sk.FromRow.Obstacle), Response: fill(sk.FromRow.Response)}, true
}
