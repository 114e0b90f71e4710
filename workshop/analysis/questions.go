package analysis

import (
	"slices"

	"github.com/leadshift/leadshift/workshop"
)

// maxMismatchQuestions is how many mismatches add a question to the core
// ones: a one-to-one carries seven questions at most.
const maxMismatchQuestions = 2

// questions are the ones to take to the manager: the core ones (those for
// someone not leading yet, when the pack has them), then the first
// question of the biggest mismatches.
func questions(c *workshop.Content, a *workshop.Answers, r *Report) []string {
	out := slices.Clone(c.CoreQuestions)
	if notYetLeading(a) && len(c.CoreQuestionsNotYet) > 0 {
		out = slices.Clone(c.CoreQuestionsNotYet)
	}
	added := 0
	for _, e := range r.talkAbout() {
		if added == maxMismatchQuestions {
			break
		}
		if i := slices.IndexFunc(e.Expectation.Questions, func(q string) bool { return !slices.Contains(out, q) }); i >= 0 {
			out = append(out, e.Expectation.Questions[i])
			added++
		}
	}
	return out
}
