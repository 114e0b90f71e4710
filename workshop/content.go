// Package workshop is LeadShift's domain: the exercise content, a
// participant's answers, the scoring that turns answers into a readiness
// profile, expectation mismatches and skill gaps, and the personal action
// plan built from them. It imports no UI, network or database code.
package workshop

// ContentFormat and ContentVersion identify a content pack file.
const (
	ContentFormat  = "leadshift.content"
	ContentVersion = 1
)

// Scale is the number of points on every rating scale (1..Scale).
const Scale = 5

// Content is a content pack: every exercise of the workshop journey.
type Content struct {
	Format       string        `json:"format"`
	Version      int           `json:"version"`
	ID           string        `json:"id"`
	Title        string        `json:"title"`
	Edition      string        `json:"edition"`
	Dimensions   []Dimension   `json:"dimensions"`
	Expectations []Expectation `json:"expectations"`
	Skills       []Skill       `json:"skills"`
	Delegation   Delegation    `json:"delegation"`
}

// Dimension is one self-assessment dimension of the readiness profile.
type Dimension struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Seed        string   `json:"seed"`
	Skill       string   `json:"skill"` // skill to develop when this dimension is low
	Low         string   `json:"low"`   // interpretation when the score is low
	High        string   `json:"high"`  // interpretation when the score is high
	Items       []Item   `json:"items"`
	Prompts     []Prompt `json:"prompts"`
}

// Item is one rated self-assessment statement or scenario.
//
// A statement is rated from 1 (strongly disagree) to 5 (strongly agree);
// Reverse marks statements where agreeing means less readiness. A scenario
// is rated from 1 (always the rescue response) to 5 (always the lead one).
type Item struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Seed      string `json:"seed"`
	Reverse   bool   `json:"reverse,omitempty"`
	Situation string `json:"situation,omitempty"`
	Rescue    string `json:"rescue,omitempty"`
	Lead      string `json:"lead,omitempty"`
}

// IsScenario reports whether the item is a rescue-or-lead scenario.
func (it Item) IsScenario() bool { return it.Situation != "" }

// Prompt is an open reflection question.
type Prompt struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Seed string `json:"seed"`
}

// Expectation is a statement about the leadership role, rated twice: how
// much I expect it and how much my organization expects it.
type Expectation struct {
	ID        string   `json:"id"`
	Statement string   `json:"statement"`
	Seed      string   `json:"seed"`
	Skill     string   `json:"skill,omitempty"` // skill that closes a blind spot here
	Questions []string `json:"questions"`       // to take to one's manager
}

// Skill is a leadership skill with written level anchors and suggested
// development actions.
type Skill struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Seed        string   `json:"seed"`
	Levels      []string `json:"levels"` // exactly Scale anchors, level 1 first
	Actions     []Action `json:"actions"`
}

// Action is a suggested development action, tagged with its 70-20-10 kind.
type Action struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Kind Kind   `json:"kind"`
}

// Kind is the 70-20-10 category of a development action.
type Kind string

// The three 70-20-10 kinds.
const (
	Experience Kind = "70" // learning on the job
	People     Kind = "20" // learning from others: mentor, coach, peers
	Courses    Kind = "10" // formal learning: courses, books
)

// Kinds lists the 70-20-10 kinds in plan order.
var Kinds = []Kind{Experience, People, Courses}

// Label names the kind for people.
func (k Kind) Label() string {
	switch k {
	case Experience:
		return "70% - on the job"
	case People:
		return "20% - with other people"
	case Courses:
		return "10% - courses and reading"
	}
	return string(k)
}

// Delegation is the delegation-map exercise.
type Delegation struct {
	Seed   string   `json:"seed"`
	Intro  string   `json:"intro"`
	Types  []string `json:"types"`   // e.g. decision, escalation, task
	Hints  []string `json:"hints"`   // examples of what lands on a new lead
	MinRow int      `json:"minRows"` // rows required to complete the exercise
}
