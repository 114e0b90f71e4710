package analysis

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// notAnOwner matches what people type in "who could own it" when nobody
// owns it yet: nobody, me, not sure, a question mark.
var notAnOwner = regexp.MustCompile(`(?i)^\s*(?:(?:nobody|no one|noone|none|tbd|tbc|me|myself|i do|not sure|don'?t know|unknown)\b|(?:n/a|[?\-–]+)\s*$)`)

// owner is how a row's owner reads inside a sentence, and whether the
// row names someone at all. A person's name is kept as typed; a role or
// a rule ("The team, by rule", "Whoever is on call") starts lower-case.
func owner(typed string) (string, bool) {
	s := strings.TrimRight(strings.TrimSpace(typed), ".")
	if s == "" || notAnOwner.MatchString(s) {
		return "", false
	}
	first, size := utf8.DecodeRuneInString(s)
	word, _, _ := strings.Cut(s, " ")
	switch strings.ToLower(strings.Trim(word, ",")) {
	case "the", "whoever", "whichever", "a", "an", "our", "my", "each", "every", "one", "someone", "anyone":
		return string(unicode.ToLower(first)) + s[size:], true
	}
	return s, true
}
