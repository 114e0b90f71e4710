package workshop

import (
	"strings"
	"unicode"

	"github.com/leadshift/leadshift/workshop/textnorm"
)

// MaxName is the longest name, in characters, a participant may join with.
const MaxName = 80

// maxMarks is the most accents (combining marks) a name keeps on one
// letter; more stack into a smear over the roster.
const maxMarks = 2

// JoinName is the name someone asks to join with, cleaned (CleanName), or
// a *RoomError of kind ErrInvalid when nothing visible is left or it is
// too long.
func JoinName(raw string) (string, error) {
	name := CleanName(raw)
	switch {
	case name == "":
		return "", Refuse(ErrInvalid, "name is empty: enter your name or an alias")
	case len([]rune(strings.TrimSpace(raw))) > MaxName:
		return "", Refuse(ErrInvalid, "name is longer than %d characters", MaxName)
	}
	return name, nil
}

// CleanName makes a name safe to show: normalised (NFKC, so full-width
// and other compatibility letters become plain ones), with control and
// format characters (zero-width spaces and joiners, bidirectional
// overrides, byte-order marks), invisible fillers and variation
// selectors removed, accents kept only on a letter and at most maxMarks
// to one, every kind of space, tab and line break made one space, trimmed
// and cut to MaxName characters. A name with nothing visible left is "".
func CleanName(s string) string {
	var b strings.Builder
	marks := maxMarks // no letter yet: no accent may come
	for _, r := range textnorm.NFKC(s) {
		switch {
		case unicode.IsSpace(r):
			b.WriteByte(' ')
			marks = maxMarks
		case invisible(r):
		case unicode.In(r, unicode.Mn, unicode.Me):
			if marks < maxMarks {
				b.WriteRune(r)
				marks++
			}
		default:
			b.WriteRune(r)
			marks = 0
		}
	}
	s = strings.Join(strings.Fields(b.String()), " ")
	if r := []rune(s); len(r) > MaxName {
		s = strings.TrimSpace(string(r[:MaxName]))
	}
	return s
}

// invisible reports whether r shows nothing, or nothing of its own: a
// control, format, private or unassigned character, the replacement
// character, a blank that is not a space (Hangul fillers, the blank
// Braille pattern), a variation selector or the combining grapheme
// joiner.
func invisible(r rune) bool {
	switch r {
	case '\u034f', '\u115f', '\u1160', '\u17b4', '\u17b5', '\u2800', '\u3164', '\uffa0', unicode.ReplacementChar:
		return true
	}
	return !unicode.IsGraphic(r) || unicode.Is(unicode.Variation_Selector, r)
}

// SameName reports whether two names look the same to someone reading
// the roster, as far as a removal goes: equal once cleaned, ignoring case,
// accents and spaces, with letters of other scripts that look like Latin
// ones (Cyrillic а, Greek Ο) and I, l, 1 and | taken as one.
func SameName(a, b string) bool { return nameKey(a) == nameKey(b) }

// nameKey is what SameName compares.
func nameKey(s string) string {
	var b strings.Builder
	for _, r := range textnorm.NFKD(CleanName(s)) {
		if unicode.IsSpace(r) || unicode.In(r, unicode.Mn, unicode.Me) {
			continue
		}
		if l, ok := lookalikes[r]; ok {
			r = l
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// lookalikes maps letters that look like a Latin letter (in the fonts a
// roster is shown in) to it.
var lookalikes = map[rune]rune{
	// Cyrillic
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'У': 'Y',
	'Ѕ': 'S', 'І': 'l', 'Ј': 'J', 'Ӏ': 'l', 'Ԛ': 'Q', 'Ԝ': 'W',
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ј': 'j', 'һ': 'h', 'ԁ': 'd',
	'ӏ': 'l', 'ԛ': 'q', 'ԝ': 'w',
	// Greek
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'l', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T',
	'Υ': 'Y', 'Χ': 'X', 'ο': 'o', 'α': 'a', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ρ': 'p', 'υ': 'u', 'χ': 'x',
	// Latin and digits that look like l
	'I': 'l', '1': 'l', '|': 'l', 'ǀ': 'l',
}
