package analysis

import (
	"regexp"
	"strings"
)

// effortIn finds work my words say people put in: "The team gave up two
// weekends doing laptop and account fixes", "Priya worked three nights on
// the SAN move". The amount starts with a number word or a determiner.
var effortIn = regexp.MustCompile(`(?i)\b(the team|the whole team|\p{Lu}[\p{L}\-]+(?: and \p{Lu}[\p{L}\-]+)*) (gave up|worked|put in|spent|gave) ((?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+|a|an|their|every|whole|most of) [^,.;!?]{3,80})`)

// nextClause starts what a sentence says after the work: "and nobody
// said thanks", "but I didn't say anything".
var nextClause = regexp.MustCompile(`(?i)\s+(?:and|but|so|then)\s+(?:nobody|no one|i|we|they|he|she|it|nothing|everyone|then)\b`)

// gerunds say the verbs of effortIn after "for".
var gerunds = map[string]string{"gave up": "giving up", "worked": "working", "put in": "putting in", "spent": "spending", "gave": "giving"}

// effort is the work my words say people put in, and who: ("the team",
// "giving up two weekends doing laptop and account fixes"); "" when no
// sentence says it. A capitalised word is taken for a name only when it
// is one of the people I named.
func effort(texts []string, names []string) (who, what string) {
	for _, text := range texts {
		for _, s := range sentences(text) {
			m := effortIn.FindStringSubmatch(s.text)
			if m == nil {
				continue
			}
			who = m[1]
			if !strings.HasPrefix(strings.ToLower(who), "the ") {
				if len(namedIn(who, names)) == 0 {
					continue
				}
			} else {
				who = lowerFirst(who)
			}
			what := m[3]
			if at := nextClause.FindStringIndex(what); at != nil {
				what = what[:at[0]] // "… on the move and nobody said thanks": the work, not what came after
			}
			return who, gerunds[strings.ToLower(m[2])] + " " + strings.TrimSpace(what)
		}
	}
	return "", ""
}
