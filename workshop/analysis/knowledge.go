package analysis

import (
	"regexp"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// onlyIKnow finds, in my own words, the knowledge nobody on the team has
// but me ("nobody else knows the storage cluster"): the first risk a
// plan about handing work over removes.
var onlyIKnow = regexp.MustCompile(`(?i)\b(?:(?:nobody|no one|no-one|none of them)(?: else)?(?: on the team)? (?:knows|understands|can fix|can support|can run)|(?:only I|I'm the only one who|I am the only one who) (?:know|knows|understand|can fix|can support|can run)) (the [^,.;:!?()]+|how to [^,.;:!?()]+)`)

// maxKnowledgeWords is how long the named knowledge may be to be quoted:
// a system or a skill, not a sentence.
const maxKnowledgeWords = 6

// onlyMine is the knowledge my reflections say only I have, or "".
func onlyMine(c *workshop.Content, a *workshop.Answers) string {
	for _, p := range prompts(c) {
		if m := onlyIKnow.FindStringSubmatch(a.Reflections[p.ID]); m != nil {
			if what := strings.TrimSpace(m[1]); len(strings.Fields(what)) <= maxKnowledgeWords {
				return what
			}
		}
	}
	return ""
}
