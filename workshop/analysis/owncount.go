package analysis

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// ownCount is a count the person typed about a problem, with its unit
// and the span it is counted over: "Six or seven reopened ones a week",
// "30-odd tickets a month", "Third time since the summer", or a duration
// against the standard the same text names ("48 hours for a repair, we're
// getting five days").
type ownCount struct {
	low, high int  // a range ("six or seven") or one number (low == high)
	of        int  // the whole of "N of M" (M), 0 when not a share
	about     bool // "30-odd", "about 30"
	noun      string
	period    string // "a week", "a month", "since the summer"; "" for a duration
	// standard is the duration the same text says it should be ("48
	// hours"), for a duration count; days and hours are compared in hours.
	standard                string
	standardHours, nowHours int
	sentence                string // the sentence it came from, in the person's words
}

// spelledCounts are the counts written as words.
var spelledCounts = map[string]int{"no": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "a dozen": 12, "a couple of": 2}

// ordinalWords count repeats: "third time since the summer".
var ordinalWords = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

// problemNouns are what a plan counts down: events that cost the team
// time. A count of anything else (years, sites, people) is not read as
// a measure.
var problemNouns = map[string]bool{"ticket": true, "incident": true, "call": true, "call-out": true, "callout": true,
	"escalation": true, "request": true, "outage": true, "alert": true, "issue": true, "complaint": true, "page": true,
	"reopen": true, "repeat": true, "time": true, "failure": true, "drop": true, "error": true, "bug": true,
	"evening": true, "night": true, "weekend": true, "interruption": true, "message": true, "restart": true}

// durationUnits are the units of a duration, in hours.
var durationUnits = map[string]int{"hour": 1, "day": 24, "week": 24 * 7}

const numberPattern = `(?:\d+|zero|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a dozen|a couple of)`

// countPattern is a number (or a range, or "30-odd") and what follows it.
var countPattern = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}'’.:/-])((?:about|around|roughly|nearly|maybe|some|over|something\s+like|close\s+to)\s+)?(` + numberPattern + `)` +
	`(?:\s*(?:-|–|to|or)\s*(` + numberPattern + `)\b|(-odd)\b)?`)

// wordPattern is one word after a number, up to the next punctuation.
var wordPattern = regexp.MustCompile(`^\s+([\p{L}\p{N}'’-]+)`)

// ordinalPattern is a repeat counted by its ordinal: "third time since".
var ordinalPattern = regexp.MustCompile(`(?i)\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(time|outage|incident|call-out)\b(.*)$`)

// periodPattern is the span a count is over, right after its noun.
var periodPattern = regexp.MustCompile(`(?i)^\s+(?:[\p{Ll}]+\s+){0,1}?((?:a|per|each|every|last|this)\s+(?:day|week|month|quarter|year|shift|night)|since\s+(?:the\s+)?[\p{L}]+|in\s+(?:the\s+last\s+)?(?:\d+|two|three|four|six)\s+(?:weeks|months))\b`)

// durationPattern is a duration: "48 hours", "48-hour", "five days".
var durationPattern = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(` + numberPattern + `)(?:\s+|-)(hour|day|week)s?\b`)

// standardWords mark the duration a text names as the standard.
var standardWords = regexp.MustCompile(`(?i)\b(contract|sla|should|agreed|supposed|promised|target|standard|within)\b`)

// countsIn reads the counts of a problem a text gives, in order.
func countsIn(text string) []ownCount {
	var out []ownCount
	ss := sentencesOf(text)
	for i, s := range ss {
		c, ok := durationIn(s)
		if !ok {
			c, ok = shareIn(s)
		}
		if !ok {
			c, ok = countIn(s, text)
		}
		if !ok {
			continue
		}
		if i > 0 && len(strings.Fields(s)) < 6 {
			// A short sentence says what it counts in the one before:
			// "Kev's tickets, mostly. Six or seven reopened ones a week."
			c.sentence = ss[i-1] + " " + s
		}
		out = append(out, c)
	}
	return out
}

// sentencesOf splits a text at its full stops, question and exclamation
// marks (not inside a number such as "2.5").
func sentencesOf(text string) []string {
	var out []string
	start := 0
	rs := []rune(text)
	for i, r := range rs {
		if (r == '.' || r == '?' || r == '!' || r == '\n') && (i+1 == len(rs) || unicode.IsSpace(rs[i+1])) {
			if s := strings.TrimSpace(string(rs[start : i+1])); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out
}

// countIn reads one count with a period from a sentence; whole is the
// text it came from, where "ones" finds the thing it stands for.
func countIn(s, whole string) (ownCount, bool) {
	if m := ordinalPattern.FindStringSubmatch(s); m != nil {
		if p := periodPattern.FindStringSubmatch(m[3]); p != nil && strings.HasPrefix(strings.ToLower(p[1]), "since") {
			n := ordinalWords[strings.ToLower(m[1])]
			return ownCount{low: n, high: n, noun: "times", period: p[1], sentence: s}, true
		}
	}
	for _, m := range countPattern.FindAllStringSubmatchIndex(s, -1) {
		sub := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		from := m[4]
		if m[2] >= 0 {
			from = m[2] // "About 12": the word before is "about"
		}
		if c, ok := countAt(s[:from], sub, s[m[1]:], whole); ok {
			c.sentence = s
			return c, true
		}
	}
	return ownCount{}, false
}

// countAt checks one number: not part of a name, a version, a time or
// a date; a problem noun within its next three words ("reopened ones",
// "KB articles"); and a period right after that noun.
func countAt(before string, sub func(int) string, after, whole string) (ownCount, bool) {
	if notACount(before, sub(2), after) {
		return ownCount{}, false
	}
	low, ok := numberOf(sub(2))
	if !ok {
		return ownCount{}, false
	}
	high := low
	if sub(3) != "" {
		if high, ok = numberOf(sub(3)); !ok || high < low {
			return ownCount{}, false
		}
	}
	var words []string
	for rest := after; len(words) < 3; {
		w := wordPattern.FindStringSubmatchIndex(rest)
		if w == nil {
			break
		}
		word := strings.ToLower(rest[w[2]:w[3]])
		rest = rest[w[1]:]
		noun := strings.TrimSuffix(word, "s")
		if noun == "one" && word == "ones" {
			noun = nounBefore(whole)
		}
		if !problemNouns[noun] {
			words = append(words, word)
			continue
		}
		p := periodPattern.FindStringSubmatch(rest)
		if p == nil || noun == "time" && !strings.HasPrefix(strings.ToLower(p[1]), "since") {
			// "three times this month" may count what I do; "three
			// times since March" counts a repeat
			return ownCount{}, false
		}
		c := ownCount{low: low, high: high, about: sub(1) != "" || sub(4) != "",
			noun: strings.TrimSpace(strings.Join(words, " ") + " " + pluralNoun(noun)), period: perPeriod(p[1])}
		if from := fromIt.FindStringSubmatch(rest[len(p[0]):]); from != nil {
			if topic := topicOf(whole); topic != "" {
				c.period += " " + from[1] + " " + topic // "a month from the VPN thing"
			}
		}
		return c, true
	}
	return ownCount{}, false
}

// perPeriod says the span of one count as the span of every count: "ten
// tickets this month" is counted as tickets a month, and so is its target.
func perPeriod(p string) string {
	if m := oneSpan.FindStringSubmatch(p); m != nil {
		return "a " + strings.ToLower(m[1])
	}
	return p
}

// oneSpan is a span said as one of its kind: "this month", "last week".
var oneSpan = regexp.MustCompile(`(?i)^(?:this|last|per|each|every)\s+(day|week|month|quarter|year|shift|night)$`)

// fromIt is a count's source said as "it": "… a month from it".
var fromIt = regexp.MustCompile(`(?i)^\s+(from|because of|about|over)\s+it\b`)

// topicOf is what a text is about when it opens with a short phrase of
// its own ("The VPN thing again."), for the "it" a count comes from;
// "" when it opens with a sentence.
func topicOf(text string) string {
	ss := sentencesOf(text)
	if len(ss) < 2 {
		return ""
	}
	words := strings.Fields(strings.TrimRight(ss[0], ".!?"))
	for len(words) > 0 && (strings.EqualFold(words[len(words)-1], "again") || strings.EqualFold(strings.Trim(words[len(words)-1], ","), "mostly")) {
		words = words[:len(words)-1]
	}
	if len(words) < 2 || len(words) > 4 || !strings.EqualFold(words[0], "the") {
		return ""
	}
	words[0] = "the"
	return strings.TrimRight(strings.Join(words, " "), ",")
}

// notACount rejects a number that names something: "Line 3", "Postgres
// 16", "4pm", "2024", "12 March".
func notACount(before, number, after string) bool {
	prev := strings.Fields(before)
	if len(prev) > 0 {
		w := []rune(strings.Trim(prev[len(prev)-1], "\"'“‘("))
		first := len(prev) == 1 && sentenceStarts[strings.ToLower(string(w))]
		if len(w) > 0 && unicode.IsUpper(w[0]) && unicode.IsDigit([]rune(number)[0]) && !first {
			return true // a name or version before the digits: "Line 3", "Postgres 16"
		}
	}
	if n, err := strconv.Atoi(number); err == nil && n >= 1900 && n <= 2100 {
		return true
	}
	a := strings.ToLower(strings.TrimSpace(after))
	for _, w := range []string{"pm", "am", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "%", "percent"} {
		if strings.HasPrefix(a, w) {
			return true
		}
	}
	return false
}

// sentenceStarts are the words that start a sentence before a count:
// "Only 2 of 8", "Still 30 tickets".
var sentenceStarts = map[string]bool{"only": true, "still": true, "just": true, "we": true, "i": true, "and": true,
	"but": true, "so": true, "usually": true, "around": true, "roughly": true, "nearly": true, "over": true, "maybe": true}

// numberOf reads a number written in digits or words.
func numberOf(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	n, ok := spelledCounts[strings.ToLower(strings.Join(strings.Fields(s), " "))]
	return n, ok
}

// nounBefore is the last problem noun of a text before "ones": "Kev's
// tickets, mostly. Six or seven reopened ones a week" counts tickets.
func nounBefore(text string) string {
	loc := onesPattern.FindStringIndex(text)
	if loc == nil {
		return ""
	}
	words := strings.FieldsFunc(text[:loc[0]], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for j := len(words) - 1; j >= 0; j-- {
		if w := strings.TrimSuffix(strings.ToLower(words[j]), "s"); problemNouns[w] && w != "time" {
			return w
		}
	}
	return ""
}

// onesPattern is "ones" standing for a noun said before.
var onesPattern = regexp.MustCompile(`(?i)\bones\b`)

// pluralNoun is a noun as a count names it.
func pluralNoun(noun string) string {
	if strings.HasSuffix(noun, "s") {
		return noun
	}
	return noun + "s"
}

// sharePattern is a share: "3 of 8 people", "0 out of 1 dates at risk".
var sharePattern = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}'’.:/-])(` + numberPattern + `)\s+(?:out\s+)?of\s+(?:the\s+|my\s+|our\s+)?(` + numberPattern + `)\s+([^,;:]+)`)

// shareIn reads a share of a whole from a sentence; what follows the
// whole names it ("people I had a one-to-one with"), up to eight words.
func shareIn(s string) (ownCount, bool) {
	m := sharePattern.FindStringSubmatchIndex(s)
	if m == nil || notACount(s[:m[2]], s[m[2]:m[3]], s[m[3]:]) {
		return ownCount{}, false
	}
	n, ok1 := numberOf(s[m[2]:m[3]])
	whole, ok2 := numberOf(s[m[4]:m[5]])
	words := strings.Fields(strings.TrimRight(s[m[6]:m[7]], ".?!"))
	if !ok1 || !ok2 || n > whole || whole == 0 || len(words) == 0 {
		return ownCount{}, false
	}
	return ownCount{low: n, high: n, of: whole, noun: strings.Join(words[:min(8, len(words))], " "), sentence: s}, true
}

// durationIn reads a duration against the standard the same sentence
// names: "Contract says 48 hours for a repair, we're getting five days".
func durationIn(s string) (ownCount, bool) {
	ms := durationPattern.FindAllStringSubmatchIndex(s, -1)
	if len(ms) != 2 {
		return ownCount{}, false
	}
	std := -1
	for i, m := range ms {
		if standardWords.MatchString(clauseAt(s, m[0], m[1])) {
			if std >= 0 {
				return ownCount{}, false // both named as the standard
			}
			std = i
		}
	}
	if std < 0 {
		return ownCount{}, false
	}
	now := 1 - std
	hours := func(m []int) (int, string, bool) {
		n, ok := numberOf(s[m[2]:m[3]])
		unit := strings.ToLower(s[m[4]:m[5]])
		return n * durationUnits[unit], strconv.Itoa(n) + " " + unit + pluralS(n), ok
	}
	sh, stdText, ok1 := hours(ms[std])
	nh, nowText, ok2 := hours(ms[now])
	if !ok1 || !ok2 || nh <= sh || sh == 0 {
		return ownCount{}, false // not over the standard: nothing to bring down
	}
	c := ownCount{standard: stdText, standardHours: sh, nowHours: nh, noun: durationName(s[ms[std][1]:]), sentence: s}
	c.low, _ = numberOf(s[ms[now][2]:ms[now][3]])
	c.high = c.low
	c.period = nowText // today's value, as typed
	return c, true
}

// clauseAt is the clause around s[i:j], between commas, semicolons or
// colons.
func clauseAt(s string, i, j int) string {
	from := strings.LastIndexAny(s[:i], ",;:") + 1
	to := strings.IndexAny(s[j:], ",;:")
	if to < 0 {
		return s[from:]
	}
	return s[from : j+to]
}

// durationName names what a duration measures from the words after the
// standard: "48-hour repair time" → "repair time", "48 hours for a
// repair" → "time for a repair".
func durationName(after string) string {
	words := strings.FieldsFunc(after, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
	if len(words) >= 3 && strings.EqualFold(words[0], "for") && (words[1] == "a" || words[1] == "an" || words[1] == "each") {
		return "time for " + words[1] + " " + words[2]
	}
	if len(words) >= 2 && strings.EqualFold(words[1], "time") {
		return strings.ToLower(words[0]) + " time"
	}
	return "time it takes"
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
