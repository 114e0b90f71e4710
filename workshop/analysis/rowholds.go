package analysis

import (
	"slices"
	"strings"
	"unicode"

	"github.com/leadshift/leadshift/workshop"
)

// rowHold is why one row of the map waits before it is handed over: the
// clause its stop-doing line ends with, and (on the first row it holds)
// the milestone that says when the wait is over.
type rowHold struct {
	clause, milestone string
	slot              int
}

// rowHolds are the rows I still hold that wait for a focus area's work,
// by rowKey: rows whose owner is one of the people my words for a
// conflict name (handing work to one side takes a side), rows that are a
// quick fix when the plan works on root causes (handing over a
// workaround passes on the problem). The pack says which focus areas
// hold rows and how (workshop.Holds).
func rowHolds(c *workshop.Content, a *workshop.Answers, r *Report, focus []workshop.FocusArea) map[string]rowHold {
	out := map[string]rowHold{}
	for _, f := range focus {
		sk := c.Skill(f.Skill)
		if sk == nil || sk.Holds == nil {
			continue
		}
		h := sk.Holds
		held, people := heldRows(h, a, evidenceFor(r, f.Skill))
		held = slices.DeleteFunc(held, func(row workshop.DelegationRow) bool { _, done := out[rowKey(row)]; return done })
		if len(held) == 0 {
			continue
		}
		fill := holdWords(held, people, a.Participant)
		for i, row := range held {
			hold := rowHold{clause: fill(h.Clause), slot: h.Slot}
			if i == 0 {
				hold.milestone = fill(h.Milestone)
			}
			out[rowKey(row)] = hold
		}
	}
	return out
}

// heldRows are the rows I still hold that a focus area's work holds
// back, and the people my words for it name (h.People).
func heldRows(h *workshop.Holds, a *workshop.Answers, ev []Evidence) (held []workshop.DelegationRow, people []string) {
	if h.People {
		people = namedIn(quotesOf(ev), teamNames(a))
	}
	for _, row := range a.RowsOf(workshop.RowHold) {
		if len(people) > 0 && slices.ContainsFunc(people, func(p string) bool { return hasWord(row.Owner, p) }) ||
			len(h.Cues) > 0 && hitsCues(row.What, h.Cues) {
			held = append(held, row)
		}
	}
	return held, people
}

// holdWords fills {people}, {rows} and {takers} (the people the rows
// go to once the wait is over, by name; "whoever takes it over" when no
// row names one) in a hold's sentences.
func holdWords(held []workshop.DelegationRow, people []string, p workshop.Participant) func(string) string {
	var rows, takers []string
	for _, row := range held {
		rows = append(rows, "\""+rowName(row.What)+"\"")
		if o := ownerOf(row, p); o.kind == workshop.OwnerPerson && !o.up && !slices.Contains(takers, o.person("")) && o.person("") != "" {
			takers = append(takers, o.person(""))
		}
	}
	taker := listAnd(takers)
	if taker == "" {
		taker = "whoever takes it over"
	}
	return strings.NewReplacer("{people}", listAnd(people), "{rows}", listAnd(rows), "{takers}", taker).Replace
}

// rowKey tells the rows of a map apart, with or without an ID.
func rowKey(r workshop.DelegationRow) string { return r.ID + "\x00" + r.What }

// quotesOf are the person's own words among the evidence.
func quotesOf(ev []Evidence) string {
	var qs []string
	for _, e := range ev {
		qs = append(qs, e.Quotes...)
	}
	return strings.Join(qs, "\n")
}

// teamNames are the names of the people I lead: the check-in's list and
// the names in the owners of my map.
func teamNames(a *workshop.Answers) []string {
	names := slices.Clone(a.Participant.Team)
	for _, r := range a.FilledRows() {
		for _, w := range strings.FieldsFunc(r.Owner, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
			if rs := []rune(w); len(rs) > 1 && unicode.IsUpper(rs[0]) && !unicode.IsUpper(rs[1]) && !notNames[strings.ToLower(w)] && !slices.Contains(names, w) {
				names = append(names, w)
			}
		}
	}
	return names
}

// notNames are capitalised words of an owner that name no one.
var notNames = map[string]bool{"the": true, "a": true, "an": true, "me": true, "my": true, "i": true, "whoever": true,
	"whichever": true, "our": true, "each": true, "every": true, "one": true, "someone": true, "anyone": true,
	"nobody": true, "not": true, "team": true, "rota": true, "on-call": true, "service": true, "desk": true}

// namedIn are the names that text names, in the order it first names them.
func namedIn(text string, names []string) []string {
	var out []string
	for _, n := range names {
		if hasWord(text, n) {
			out = append(out, n)
		}
	}
	slices.SortStableFunc(out, func(x, y string) int { return wordAt(text, x) - wordAt(text, y) })
	return out
}

// hasWord reports whether text holds word as a whole word.
func hasWord(text, word string) bool { return wordAt(text, word) >= 0 }

func wordAt(text, word string) int {
	for i := 0; ; {
		j := strings.Index(text[i:], word)
		if j < 0 || word == "" {
			return -1
		}
		at, end := i+j, i+j+len(word)
		before, after := ' ', ' '
		if at > 0 {
			before = []rune(text[:at])[len([]rune(text[:at]))-1]
		}
		if end < len(text) {
			after = []rune(text[end:])[0]
		}
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return at
		}
		i = end
	}
}
