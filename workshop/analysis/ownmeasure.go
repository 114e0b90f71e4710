package analysis

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
)

// ownWindow is the span of a target for a count since a time ("3 since
// the summer"): the plan's own 90 days.
const ownWindow = " in the 90 days"

// ownMeasure gives a focus area the person's own count of the problem it
// is about as its measure, when the pack's measure has no number of
// theirs today (a tally counted from the first step): today's value in
// their words and a reachable target, half of today or the standard the
// same text names. The pack's count stays the tally the first step
// starts. Counts in taken are used by an earlier focus area already.
func ownMeasure(a *workshop.Answers, ev []Evidence, f *workshop.FocusArea, taken []string) {
	if f.Goal.Baseline != "" {
		return // a count of theirs already
	}
	for _, text := range textsAbout(a, ev, f) {
		for _, c := range countsIn(text) {
			m := c.measure(f.Why)
			if slices.Contains(taken, m) {
				continue
			}
			f.Goal.Measurable, f.Goal.Baseline, f.Goal.Target, f.Goal.Tally, f.Goal.Own = m, c.today(), c.target(), false, true
			return
		}
	}
}

// textsAbout are the texts a focus area is about, most direct first: the
// reflections its evidence quotes, its quotes, the rows of the map its
// first step and actions name, and the reflections about those rows.
func textsAbout(a *workshop.Answers, ev []Evidence, f *workshop.FocusArea) []string {
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, e := range ev {
		for _, id := range e.Items {
			add(a.Reflections[id])
		}
	}
	for _, e := range ev {
		for _, q := range e.Quotes {
			add(q)
		}
	}
	said := f.FirstStep + "\n" + f.Goal.Specific + "\n" + f.IfThen
	for _, x := range f.Actions {
		said += "\n" + x.Text
	}
	var rows []string
	for _, r := range a.FilledRows() {
		if name := rowName(r.What); name != "" && strings.Contains(said, name) {
			rows = append(rows, r.What)
			add(r.What)
		}
	}
	ids := make([]string, 0, len(a.Reflections))
	for id := range a.Reflections {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, row := range rows {
		for _, id := range ids {
			if rowWordsShared(row, a.Reflections[id]) >= 2 {
				add(a.Reflections[id])
			}
		}
	}
	return out
}

// rowWordsShared counts the words two texts share, of four letters or
// more or an acronym: a reflection about a row names what the row names
// ("VPN", "tunnel").
func rowWordsShared(x, y string) int {
	words := func(s string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
			acronym := len(w) > 1 && strings.ToUpper(w) == w
			if w = strings.ToLower(w); (acronym || len([]rune(w)) >= 4) && !slices.Contains(out, w) && !commonWords[w] {
				out = append(out, w)
			}
		}
		return out
	}
	n := 0
	ys := words(y)
	for _, w := range words(x) {
		if slices.Contains(ys, w) {
			n++
		}
	}
	return n
}

// commonWords say nothing about what a row is.
var commonWords = map[string]bool{"when": true, "with": true, "that": true, "this": true, "from": true, "they": true,
	"their": true, "them": true, "what": true, "have": true, "been": true, "into": true, "about": true, "there": true,
	"team": true, "work": true, "week": true, "would": true, "which": true, "after": true, "before": true, "again": true}

// name is what the count counts, with its span: "reopened tickets a
// week", "repair time", "repeats".
func (c ownCount) name() string {
	switch {
	case c.standard != "" || c.of > 0:
		return c.noun
	case c.noun == "times" && strings.HasPrefix(strings.ToLower(c.period), "since"):
		return "repeats " + c.period
	case c.noun == "times":
		return "repeats"
	case strings.HasPrefix(strings.ToLower(c.period), "since"):
		return c.noun
	}
	return c.noun + " " + c.period
}

// measure is the measure in the person's words: the name and the
// sentence it comes from, or the name alone where the why quotes it
// already or the sentence does not fit the line.
func (c ownCount) measure(why string) string {
	said := strings.TrimRight(c.sentence, ". ")
	if strings.Contains(why, said) {
		return capitalise(c.name()) // the why above quotes it
	}
	for {
		m := capitalise(c.name()) + workshop.OwnMeasureMark + ": “" + said + "”"
		if utf8.RuneCountInString(m) <= workshop.PlanLineLimit {
			return m
		}
		// Too long for its line: the clauses after the count go first
		// ("…, we're getting five days, and drivers are sharing…").
		i := strings.LastIndex(said, ", ")
		if i < 0 || !c.saidIn(said[:i]) {
			return capitalise(c.name()) // the line holds the name; the why and the PDF the rest
		}
		said = said[:i]
	}
}

// saidIn tells whether text still holds today's count, in figures or in
// words.
func (c ownCount) saidIn(text string) bool {
	lower := " " + strings.ToLower(text) + " "
	for w, n := range spelledCounts {
		if n == c.low && strings.Contains(lower, " "+w+" ") {
			return true
		}
	}
	return strings.Contains(lower, strconv.Itoa(c.low))
}

// today is today's value as typed: "6–7", "about 30", "3 since the
// summer", "5 days".
func (c ownCount) today() string {
	switch {
	case c.standard != "":
		return c.period
	case c.of > 0:
		return fmt.Sprintf("%d of %d", c.low, c.of)
	case c.high > c.low:
		return fmt.Sprintf("%d–%d", c.low, c.high)
	case c.about:
		return fmt.Sprintf("about %d", c.low)
	case strings.HasPrefix(strings.ToLower(c.period), "since"):
		return fmt.Sprintf("%d %s", c.low, c.period)
	}
	return strconv.Itoa(c.low)
}

// target is a reachable 90-day value: the standard the text names,
// every one of a share (or half of it, for a share of problems), or half
// of today (of the low end of a range).
func (c ownCount) target() string {
	switch {
	case c.standard != "" && c.standardHours%c.unitHours() == 0:
		// in today's unit, so the two compare: "2 days (48 hours)"
		return fmt.Sprintf("%d %s (%s)", c.standardHours/c.unitHours(), strings.Fields(c.period)[1], c.standard)
	case c.standard != "":
		return c.standard
	case c.of > 0 && problemNouns[strings.TrimSuffix(strings.ToLower(strings.Fields(c.noun)[0]), "s")]:
		return fmt.Sprintf("%d of %d", c.low/2, c.of)
	case c.of > 0:
		return fmt.Sprintf("%d of %d", c.of, c.of)
	case strings.HasPrefix(strings.ToLower(c.period), "since"):
		return fmt.Sprintf("%d%s", c.low/2, ownWindow)
	}
	return strconv.Itoa(c.low / 2)
}

// unitHours is the length of today's unit of a duration, in hours.
func (c ownCount) unitHours() int {
	return max(1, c.nowHours/max(1, c.low))
}

// leadingValue reads the number a baseline or target starts with, for
// the progress report: "6", "6–7" (6.5), "about 30", "3 since the
// summer", "2 days (48 hours)".
func leadingValue(s string) (float64, error) {
	m := leadingNumber.FindStringSubmatch(s)
	if m == nil {
		return strconv.ParseFloat(strings.TrimSpace(s), 64) // its error
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if high, err2 := strconv.ParseFloat(m[2], 64); err == nil && err2 == nil {
		v = (v + high) / 2
	}
	return v, err
}

var leadingNumber = regexp.MustCompile(`^\s*(?:about\s+)?(\d+(?:\.\d+)?)(?:\s*[–-]\s*(\d+(?:\.\d+)?))?(?:\s|$)`)

// ownMeasureName is the name of an own measure (ownMeasure), for the
// milestones: "reopened tickets a week"; false for the pack's measure.
func ownMeasureName(g workshop.Goal) (string, bool) {
	return lowerFirst(g.MeasureName()), g.Own || strings.Contains(g.Measurable, workshop.OwnMeasureMark)
}

// ownMilestones are the 30-60-90 lines of an own measure: counted again
// from the first step, on the way, at the target. tally names the pack's
// count the first step starts, "" when it starts none.
func ownMilestones(f workshop.FocusArea, name, tally string) (d30, d60, d90 string) {
	again := "counted"
	if strings.Contains(f.Goal.Target, " hour") || strings.Contains(f.Goal.Target, " day") {
		again = "measured" // a duration
	}
	d30 = fmt.Sprintf("%s %s again since %s (%s at the start)", name, again, workshop.Long(f.FirstStepDate), f.Goal.Baseline)
	if tally != "" {
		d30 += ", with my tally of " + tally
	}
	at := fmt.Sprintf("%s at %s or fewer", name, f.Goal.Target)
	switch {
	case strings.Contains(f.Goal.Target, " of "):
		at = fmt.Sprintf("%s at %s", name, f.Goal.Target) // a share: "8 of 8"
	case strings.HasSuffix(f.Goal.Target, ownWindow):
		at = fmt.Sprintf("%s held to %s", name, f.Goal.Target) // "1 in the 90 days"
	case strings.Contains(f.Goal.Target, " hour") || strings.Contains(f.Goal.Target, " day"):
		at = fmt.Sprintf("%s at %s or less", name, f.Goal.Target)
	}
	return d30, fmt.Sprintf("%s on the way from %s to %s", name, f.Goal.Baseline, f.Goal.Target), at
}
