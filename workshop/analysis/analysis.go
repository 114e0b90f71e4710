// Package analysis turns a participant's answers into the report their
// plan is drafted from. The pipeline reads from its files: the signals in
// the answers (signals.go, judgement.go, reflections.go), the evidence
// they give each candidate focus (evidence.go), the ranking and the choice
// (rank.go), the self-ratings the answers question (selfrating.go), the
// finished focus areas, strengths and questions (focus.go, questions.go),
// what to talk through (talk.go), and the drafted plan (draft.go); the
// manager's response, when read, in manager.go. It imports only the domain packages workshop
// and workshop/manager.
package analysis

import (
	"github.com/leadshift/leadshift/workshop"
)

// Report is the one analysis of a participant's answers: their profile,
// the focus areas the evidence points to, and why. The screens, the PDF,
// the CSV and `leadshift analyze` all read it; nothing else chooses a
// focus.
type Report struct {
	workshop.Profile
	Focus []Suggestion `json:"focus"`
	// Candidates are every skill and the role decision, ranked by their
	// evidence, each saying why it was or was not chosen. The plan step
	// offers the top ones to swap in.
	Candidates []Candidate `json:"candidates"`
	// HeldBack is set when the answer pattern (all in the middle, agreeing
	// with everything, too few answers) means no focus can be read from
	// them: the plan is a talk-it-through plan.
	HeldBack FlagKind `json:"heldBack,omitempty"`
	// Judgement is how the situations were answered: stepping in too
	// often and too rarely, each on its own.
	Judgement Judgement `json:"judgement"`
	Strengths []string  `json:"strengths"`
	Flags     []Flag    `json:"flags"`
	Questions []string  `json:"questions"` // for the manager: the core ones, then the biggest mismatches
	// Manager is what the manager's response brings, when read (WithManager).
	Manager *ManagerView `json:"manager,omitempty"`
}

// Analyze reads a participant's answers against a content pack, and what
// the options add (WithManager).
func Analyze(c *workshop.Content, a *workshop.Answers, opts ...Option) *Report {
	r := &Report{Profile: *workshop.ReadProfile(c, a)}
	r.readManager(c, a, opts)
	r.Judgement = judgement(c, a)
	r.Flags = flags(c, a, r)
	suggest(c, a, r)
	r.Strengths = strengths(c, a, r)
	r.settleTalk(c, a)
	r.Questions = questions(c, a, r)
	// Empty lists stay lists, so `leadshift analyze` prints [] rather than null.
	r.Focus, r.Candidates = nonNil(r.Focus), nonNil(r.Candidates)
	r.Strengths, r.Flags, r.Questions = nonNil(r.Strengths), nonNil(r.Flags), nonNil(r.Questions)
	return r
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
