package workshop

import "fmt"

// Pulse is the content pack's team pulse: a few questions about how the
// lead works with the team, printed as an anonymous sheet the lead hands
// round at day 90 and whose tallies the lead types in with the
// re-assessment.
type Pulse struct {
	Seed      string          `json:"seed"`
	Title     string          `json:"title"`
	Intro     string          `json:"intro"` // printed on the sheet, for the team
	Questions []PulseQuestion `json:"questions"`
	Options   []string        `json:"options"` // the answers, least often first
}

// PulseQuestion is one question of the team pulse.
type PulseQuestion struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Seed string `json:"seed"`
}

// Tally is how many of the team gave each answer to a pulse question, in
// the pack's order of answers.
type Tally []int

// Total is how many answered.
func (t Tally) Total() int {
	n := 0
	for _, v := range t {
		n += v
	}
	return n
}

// pulse checks the pack's team pulse, when it has one: a title, words for
// the team, each question with its ID, text and source, and at least two
// answers.
func (v *validator) pulse(c *Content) {
	p := c.Pulse
	if p == nil {
		return
	}
	v.seed("pulse", p.Seed)
	v.text("pulse", "title", p.Title)
	v.text("pulse", "intro", p.Intro)
	v.count("pulse", "questions", len(p.Questions), 1)
	for i, q := range p.Questions {
		v.id(q.ID, fmt.Sprintf("pulse.questions[%d].id", i))
		v.text(q.ID, "text", q.Text)
		v.seed(q.ID, q.Seed)
	}
	v.count("pulse", "options", len(p.Options), 2)
	if len(p.Options) > maxPulseOptions {
		v.fail("pulse", "options", fmt.Sprintf("has %d answers, at most %d are allowed", len(p.Options), maxPulseOptions))
	}
	for i, o := range p.Options {
		v.text("pulse", fmt.Sprintf("options[%d]", i), o)
	}
}
