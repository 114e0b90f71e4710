package workshop

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
)

// AnswersFormat and AnswersVersion identify an answers file.
const (
	AnswersFormat  = "leadshift.answers"
	AnswersVersion = 2
)

// LeadershipTimes are the check-in choices for time in leadership.
var LeadershipTimes = []string{"Not yet", "Less than 1 year", "1 to 3 years", "More than 3 years"}

// Answers is everything one participant has entered. It is the unit that is
// autosaved, exported and turned into a plan.
type Answers struct {
	Format    string `json:"format"`
	Version   int    `json:"version"`
	ID        string `json:"id"`
	ContentID string `json:"contentId"`
	// Edition is the content pack edition the answers were made on. A file
	// opened with a later edition keeps only the answers whose wording has
	// not changed since (see Content.Editions and the Since of each item),
	// so every answer in a file was given to the wording of its edition.
	Edition     string            `json:"edition,omitempty"`
	Created     time.Time         `json:"created"`
	Updated     time.Time         `json:"updated"`
	Step        Step              `json:"step"`
	Participant Participant       `json:"participant"`
	Ratings     map[string]int    `json:"ratings"`
	Reflections map[string]string `json:"reflections"`
	// Tags say what each reflection is about, in the participant's own
	// judgement: skill IDs, or TagOther. A tag is strong evidence.
	Tags         map[string][]string  `json:"reflectionTags,omitempty"`
	Expectations map[string]Pair      `json:"expectations"`
	Skills       map[string]SkillRate `json:"skills"`
	Delegations  []DelegationRow      `json:"delegations"`
	Week         Week                 `json:"week"`
	Plan         *Plan                `json:"plan,omitempty"`
	// Share is the participant's consent, in a live workshop, to the
	// facilitator receiving these answers' plan for printing. It travels
	// with the answers, so the room always has the choice that goes with
	// the newest answers. False by default.
	Share bool `json:"share,omitempty"`
	// History keeps answers to items of an earlier edition that no longer
	// exist, and the plan a file held before it was rebuilt, so an upgrade
	// loses nothing.
	History *History `json:"history,omitempty"`
	// Rounds are the self-assessment taken again after the workshop,
	// oldest first; the answers above stay the workshop's own (day 0).
	Rounds []Round `json:"rounds,omitempty"`
	// CheckIns are the plan's progress log, oldest first.
	CheckIns []CheckIn `json:"checkIns,omitempty"`
	// Rehearsals are what the participant, on their own, wrote they
	// would say in each practice of the pack (by practice ID): the
	// written form of a trio round.
	Rehearsals map[string]string `json:"rehearsals,omitempty"`
	// madeWith is the format version the file was decoded from, before
	// any upgrade; 0 for answers made in this run.
	madeWith int
}

// History is what an upgrade kept from an earlier edition of the answers.
type History struct {
	Ratings map[string]int `json:"ratings,omitempty"`
	Plan    *Plan          `json:"plan,omitempty"`
	// Skills and Expectations keep ratings given to wording that has since
	// changed; Reasked lists their IDs, and those of Ratings kept for the
	// same reason, to be answered again.
	Skills       map[string]SkillRate `json:"skills,omitempty"`
	Expectations map[string]Pair      `json:"expectations,omitempty"`
	Reflections  map[string]string    `json:"reflections,omitempty"`
	Reasked      []string             `json:"reasked,omitempty"`
	// Edition is the edition those answers were made on.
	Edition string `json:"edition,omitempty"`
}

// Participant is the check-in.
type Participant struct {
	Name           string `json:"name"`
	Role           string `json:"role"`
	TeamSize       int    `json:"teamSize"`
	LeadershipTime string `json:"leadershipTime"`
	Manager        string `json:"manager"`
	// Team is the first names of the people the participant leads, as
	// given at the check-in (optional, at most MaxTeamNames, each cleaned
	// as a name): a delegation row's owner is picked from them.
	Team []string `json:"team,omitempty"`
}

// Same reports whether two check-ins hold the same answers.
func (p Participant) Same(q Participant) bool {
	return p.Name == q.Name && p.Role == q.Role && p.TeamSize == q.TeamSize &&
		p.LeadershipTime == q.LeadershipTime && p.Manager == q.Manager && slices.Equal(p.Team, q.Team)
}

// Pair is an expectation rated twice, 1..Scale each; 0 means not rated.
type Pair struct {
	Me  int `json:"me"`
	Org int `json:"org"`
}

// SkillRate is a skill's current level and its importance for my role,
// 1..Scale each; 0 means not rated.
type SkillRate struct {
	Current    int `json:"current"`
	Importance int `json:"importance"`
}

// DelegationRow is one line of the delegation map.
type DelegationRow struct {
	ID      string  `json:"id"`
	What    string  `json:"what"`
	Type    string  `json:"type"`
	Owner   string  `json:"owner"`
	Support string  `json:"support"`
	By      string  `json:"by"`              // YYYY-MM-DD or empty
	Level   int     `json:"level,omitempty"` // delegation level, 1-based index into the pack's levels; 0 unset
	Kind    RowKind `json:"kind,omitempty"`  // what the row is, in the participant's judgement; empty until sorted
	// Status is the row's history after the workshop, oldest first:
	// handed over on a date at a level, taken back and why. Empty while
	// the row is only planned.
	Status []RowStatus `json:"status,omitempty"`
	// OwnerKind says whether Owner is a person, a rota or not decided
	// yet, when the participant picked it; empty when typed.
	OwnerKind OwnerKind `json:"ownerKind,omitempty"`
}

// NewAnswers starts an empty answers record for the given content pack.
func NewAnswers(contentID string, now time.Time) *Answers {
	return &Answers{
		Format:       AnswersFormat,
		Version:      AnswersVersion,
		ID:           uuid.NewString(),
		ContentID:    contentID,
		Created:      now.UTC(),
		Updated:      now.UTC(),
		Step:         StepCheckIn,
		Ratings:      map[string]int{},
		Reflections:  map[string]string{},
		Expectations: map[string]Pair{},
		Skills:       map[string]SkillRate{},
	}
}

// NewDelegationRow returns an empty delegation row with a fresh ID.
func NewDelegationRow() DelegationRow {
	return DelegationRow{ID: uuid.NewString()}
}

// ensureMaps makes the maps of a decoded record writable.
func (a *Answers) ensureMaps() {
	if a.Ratings == nil {
		a.Ratings = map[string]int{}
	}
	if a.Reflections == nil {
		a.Reflections = map[string]string{}
	}
	if a.Expectations == nil {
		a.Expectations = map[string]Pair{}
	}
	if a.Skills == nil {
		a.Skills = map[string]SkillRate{}
	}
}

// Clone returns a deep copy, safe to hand to another goroutine.
func (a *Answers) Clone() *Answers {
	c := *a
	c.Participant.Team = slices.Clone(a.Participant.Team)
	c.Ratings = maps.Clone(a.Ratings)
	c.Reflections = maps.Clone(a.Reflections)
	if a.Tags != nil {
		c.Tags = make(map[string][]string, len(a.Tags))
		for id, t := range a.Tags {
			c.Tags[id] = slices.Clone(t)
		}
	}
	c.Expectations = maps.Clone(a.Expectations)
	c.Skills = maps.Clone(a.Skills)
	c.Delegations = cloneRows(a.Delegations)
	c.Rounds = cloneRounds(a.Rounds)
	c.CheckIns = cloneCheckIns(a.CheckIns)
	c.Rehearsals = maps.Clone(a.Rehearsals)
	c.Week.Counts = maps.Clone(a.Week.Counts)
	if a.History != nil {
		h := *a.History
		h.Ratings = maps.Clone(a.History.Ratings)
		h.Skills, h.Expectations = maps.Clone(a.History.Skills), maps.Clone(a.History.Expectations)
		h.Reflections = maps.Clone(a.History.Reflections)
		h.Reasked = slices.Clone(a.History.Reasked)
		h.Plan = a.History.Plan.clone()
		c.History = &h
	}
	c.Plan = a.Plan.clone()
	return &c
}

// clone is a deep copy of the plan; nil for nil.
func (p *Plan) clone() *Plan {
	if p == nil {
		return nil
	}
	c := *p
	c.Reviews = slices.Clone(p.Reviews)
	c.Strengths = slices.Clone(p.Strengths)
	c.StopDoing = slices.Clone(p.StopDoing)
	c.Obstacles = slices.Clone(p.Obstacles)
	c.Talk = slices.Clone(p.Talk)
	c.Focus = slices.Clone(p.Focus)
	for i := range c.Focus {
		c.Focus[i].Actions = slices.Clone(c.Focus[i].Actions)
	}
	return &c
}

var unsafeFileChars = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// FileStem turns the participant's name into a safe file name stem: letters
// and digits joined by dashes, at most 60 characters, "participant" if empty.
func (p Participant) FileStem() string {
	stem := strings.Trim(unsafeFileChars.ReplaceAllString(p.Name, "-"), "-")
	if r := []rune(stem); len(r) > 60 {
		stem = strings.TrimRight(string(r[:60]), "-")
	}
	if stem == "" {
		stem = "participant"
	}
	return stem
}
