package analysis

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// A reflection is read by meaning as far as plain rules allow: it is cut
// into sentences and clauses, a cue counts only as whole words (a cue
// ending in "*" matches any word it begins), a clause that is negated
// ("nobody needs to panic", "I don't ...") counts for nothing, and each
// sentence speaks for at most one focus: the one with most cues in it.

// negations turn a clause around: a cue in the same clause after one of
// them is not read as the problem it names.
var negations = map[string]bool{
	"not": true, "no": true, "never": true, "nobody": true, "nothing": true, "none": true,
	"don't": true, "doesn't": true, "didn't": true, "won't": true, "wouldn't": true,
	"isn't": true, "aren't": true, "wasn't": true, "weren't": true, "can't": true,
	"cannot": true, "haven't": true, "hasn't": true, "without": true, "hardly": true,
}

// clauseBreaks end a clause inside a sentence: a negation before one does
// not reach the words after it.
var clauseBreaks = map[string]bool{"but": true, "although": true, "though": true, "because": true, "so": true, "yet": true, "while": true}

// sentence is one sentence of a reflection, its words in clauses.
type sentence struct {
	text    string
	clauses [][]string
}

// sentences cuts text into sentences, each into lower-case words grouped
// by clause.
func sentences(text string) []sentence {
	var out []sentence
	start := 0
	for i, r := range text + "." {
		if i < len(text) && (!strings.ContainsRune(".!?\n", r) || ellipsis(text, i)) {
			continue
		}
		if s := strings.TrimSpace(text[start:min(i, len(text))]); s != "" {
			out = append(out, sentence{text: s, clauses: clauses(s)})
		}
		start = i + 1
	}
	return out
}

// ellipsis reports whether the full stop at i is part of "..." inside a
// sentence ("articles that start 'Marek's workaround for...'"), not its end.
func ellipsis(text string, i int) bool {
	return text[i] == '.' && (i+1 < len(text) && text[i+1] == '.' || i > 0 && text[i-1] == '.' && i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n')
}

func clauses(s string) [][]string {
	var out [][]string
	var cur []string
	var word strings.Builder
	flush := func() {
		if word.Len() == 0 {
			return
		}
		// A word in quotes is the word: 'maybe go a bit easier on people'.
		w := strings.Trim(strings.ReplaceAll(word.String(), "’", "'"), "'")
		word.Reset()
		if w == "" {
			return
		}
		if clauseBreaks[w] && len(cur) > 0 {
			out, cur = append(out, cur), nil
		}
		cur = append(cur, w)
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-' && word.Len() > 0:
			word.WriteRune(r)
		case r == ',' || r == ';' || r == ':' || r == '(' || r == ')':
			flush()
			if len(cur) > 0 {
				out, cur = append(out, cur), nil
			}
		default:
			flush()
		}
	}
	flush()
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// cueWords splits a cue into its lower-case words.
func cueWords(cue string) []string {
	return strings.Fields(strings.ToLower(strings.ReplaceAll(cue, "’", "'")))
}

// hits counts the cues found in the sentence, outside negated clauses.
func (s sentence) hits(cues []string) int {
	n := 0
	for _, cue := range cues {
		cw := cueWords(cue)
		if len(cw) == 0 {
			continue
		}
		for _, cl := range s.clauses {
			if at := find(cl, cw); at >= 0 && !negatedBefore(cl, at, cw) {
				n++
				break
			}
		}
	}
	return n
}

// find returns where the cue's words start in the clause, or -1.
func find(clause, cue []string) int {
	for i := 0; i+len(cue) <= len(clause); i++ {
		ok := true
		for j, w := range cue {
			if !wordMatches(clause[i+j], w) {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

func wordMatches(word, cue string) bool {
	if stem, ok := strings.CutSuffix(cue, "*"); ok {
		return strings.HasPrefix(word, stem)
	}
	return word == cue
}

// negatedBefore reports whether a negation comes before the cue in its
// clause; a cue that holds a negation itself ("nobody owns") is not undone
// by it, nor by a feeling about being it ("I don't like being the
// difficult customer" says the belief, it does not deny it).
func negatedBefore(clause []string, at int, cue []string) bool {
	for _, w := range cue {
		if negations[w] {
			return false
		}
	}
	for i, w := range clause[:at] {
		if negations[w] && !feelingAbout(clause[i+1:at]) {
			return true
		}
	}
	return false
}

// feelingAbout reports whether the words after a negation are a feeling
// about being something: "like being", "enjoy being", "want to be".
func feelingAbout(words []string) bool {
	switch {
	case len(words) >= 2 && feelings[words[0]] && words[1] == "being":
		return true
	case len(words) >= 3 && words[0] == "want" && words[1] == "to" && words[2] == "be":
		return true
	}
	return false
}

// feelings are the verbs of "I don't like being …".
var feelings = map[string]bool{"like": true, "enjoy": true, "love": true, "fancy": true}

// telling scores how much a sentence says about the person: spoken in the
// first person, with a number or a name, long enough to be a thought. A
// fragment ("Month-end") says least.
func (s sentence) telling() int {
	words := strings.Fields(s.text)
	score := 0
	switch n := len(words); {
	case n < 5:
		score -= 2
	case n >= 12 && n <= 40:
		score += 2
	case n <= 40:
		score++
	}
	first, counts, names := false, 0, 0
	for i, w := range words {
		w = strings.Trim(w, ",;:\"'()“”")
		switch lw := strings.ToLower(w); {
		case lw == "i" || strings.HasPrefix(lw, "i'") || strings.HasPrefix(lw, "i’") || lw == "me" || lw == "my" || lw == "myself":
			first = true
		case strings.ContainsAny(w, "0123456789") || numberWords[lw]:
			counts++
		case i > 0 && w != "" && unicode.IsUpper([]rune(w)[0]):
			names++ // a name, a team, a system
		}
	}
	if first {
		score += 2
	}
	if len(words) <= maxLabelWords && !slices.ContainsFunc(words, isPronoun) {
		score -= 3 // a label ("Choosing managed Kubernetes over Nomad"), not a thought
	}
	if speech.MatchString(s.text) || saidByOthers(s.text) {
		score += 2 // what someone actually said
	}
	if len(words) >= 6 && judging.MatchString(s.text) {
		score += 2 // what I make of it, not only what happened
	}
	return score + min(counts, 2) + min(names, 2)
}

// maxLabelWords is how long a sentence with nobody in it may be and
// still read as a label: the name of a thing or an event, not what
// happened to someone.
const maxLabelWords = 10

// isPronoun reports whether a word names a person: someone is in the
// sentence.
func isPronoun(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",;:\"'()“”.!?"))
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i] // I'm, they'd, we've
	}
	return pronouns[w]
}

var pronouns = map[string]bool{"i": true, "me": true, "my": true, "myself": true, "we": true, "us": true, "our": true,
	"you": true, "your": true, "he": true, "him": true, "his": true, "she": true, "her": true, "they": true, "them": true,
	"their": true, "it": true, "its": true, "nobody": true, "everyone": true, "everybody": true, "someone": true, "people": true}

// judging finds a sentence in which I weigh what I do: "I should have",
// "I tell myself", "if I'm honest", "rather than".
var judging = regexp.MustCompile(`(?i)\b(?:i should(?:n't| not)? have|should have|i know|i tell myself|i think|i suppose|i realis|i wish|if i'?m honest|to be honest|rather than|i just|i keep|i never|i always|i avoid|i'?d rather)\b`)

// speech finds words someone said, reported in quotes: "he asked Sam
// 'did you even read the ticket'".
var speech = regexp.MustCompile(`(?:^|\s)['"“‘][^'"”’]{3,}['"”’](?:\s|[.,;:!?]|$)`)

// reported finds words someone said, reported without quotes: "the
// team say they could use me more", "Aoife said she felt thrown in".
var reported = regexp.MustCompile(`(?i)\b(?:says?|said|told (?:me|us|him|her|them)|asked (?:me|us|him|her|them|why|whether|if|what|how))\b`)

// saidByOthers reports whether a sentence reports what someone else
// said: what I told someone ("I told her to go home") is my own account.
func saidByOthers(text string) bool {
	for _, at := range reported.FindAllStringIndex(text, -1) {
		before := strings.Fields(text[:at[0]])
		if len(before) == 0 || !strings.EqualFold(strings.Trim(before[len(before)-1], ",;:\"'()“”"), "i") {
			return true
		}
	}
	return false
}

// numberWords are counts people write out, and the words that say how
// often something happens: a habit ("I have never once told Mark",
// "they always find three more things") says more than one evening.
var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "twice": true, "every": true, "once": true, "never": true,
	"always": true, "again": true, "each": true}

// quoteTelling is how telling a quote is: its most telling sentence.
func quoteTelling(q string) int {
	best := -99
	for _, s := range sentences(q) {
		best = max(best, s.telling())
	}
	return best
}

// mostTelling are the n sentences that say most about the person, most
// telling first, the earliest among equals.
func mostTelling(ss []sentence, n int) []sentence {
	best := slices.Clone(ss)
	slices.SortStableFunc(best, func(x, y sentence) int { return y.telling() - x.telling() })
	return best[:min(n, len(best))]
}
