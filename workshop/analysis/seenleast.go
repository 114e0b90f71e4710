package analysis

import (
	"regexp"
	"strings"
)

// groupIn finds a group of people my words name by where they are or
// what they do: "the KL and Montreal folks", "the Dublin lads".
var groupIn = regexp.MustCompile(`\b[Tt]he (\p{Lu}[\p{L}\-]*(?:(?:, | and | & )\p{Lu}[\p{L}\-]*)*) (folks|team|people|lads|guys|crew|office|offices|site|sites|staff|lot)\b`)

// regularly says a part of a sentence is about a habit: "every Tuesday".
var regularly = regexp.MustCompile(`(?i)\b(every|daily|weekly|twice a week|each (?:day|week|morning|afternoon))\b`)

// seenLeast is the group my words single out as the one I see least: in
// a sentence that names two groups or more and says it meets some of them
// regularly ("the Dublin lads I see every Tuesday"), the first of the
// others; "" when no sentence draws that line.
func seenLeast(texts []string) string {
	for _, text := range texts {
		for _, s := range sentences(text) {
			var seen, others []string
			for _, part := range strings.FieldsFunc(s.text, func(r rune) bool { return r == ',' || r == ';' }) {
				for _, m := range groupIn.FindAllStringSubmatch(part, -1) {
					group := "the " + m[1] + " " + m[2]
					if regularly.MatchString(part) {
						seen = append(seen, group)
					} else {
						others = append(others, group)
					}
				}
			}
			if len(seen) > 0 && len(others) > 0 {
				return others[0]
			}
		}
	}
	return ""
}
