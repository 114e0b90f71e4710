package manager

import (
	"fmt"
	"slices"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// Comparison sets the participant's answers beside their manager's: for
// every statement, me, what I believed my organisation expects, and what
// my manager says; for every skill, my level, my manager's view of it and
// the level the manager says the role needs.
type Comparison struct {
	Manager string `json:"manager"`
	// Edition is the content edition the manager answered on; Changed
	// lists the statements and skills reworded since, left out.
	Edition    string                `json:"edition"`
	Changed    []string              `json:"changed,omitempty"`
	Statements []StatementComparison `json:"statements"`
	Skills     []SkillComparison     `json:"skills"`
}

// StatementComparison is one statement seen three ways, 1..Scale each; 0
// means not rated.
type StatementComparison struct {
	Expectation *workshop.Expectation `json:"-"`
	ID          string                `json:"id"`
	Polarity    workshop.Polarity     `json:"polarity"`
	Me          int                   `json:"me"`
	Org         int                   `json:"org"`
	Manager     int                   `json:"manager"`
	// BlindSpot places me against my manager, read with the statement's
	// polarity like the two-way quadrants; Aligned when they agree or
	// either is not rated.
	BlindSpot workshop.Quadrant `json:"blindSpot"`
	// Misreading is set when what I believed my organisation expects
	// differs from what my manager says by MismatchThreshold or more.
	Misreading bool   `json:"misreading"`
	Label      string `json:"label"`
	Reading    string `json:"reading,omitempty"` // the misreading in words
}

// Gap is how far my manager's answer is from mine.
func (s StatementComparison) Gap() int { return abs(s.Me - s.Manager) }

// SkillComparison is one skill: my level, my manager's view of today, and
// the level needed in this role (the manager's when given, else the pack's).
type SkillComparison struct {
	Skill *workshop.Skill `json:"-"`
	ID    string          `json:"id"`
	Name  string          `json:"name"`
	Self  int             `json:"self"`
	Today int             `json:"today"`
	// Needed is the level needed; ManagerNeeded says it is the manager's.
	Needed        int  `json:"needed"`
	ManagerNeeded bool `json:"managerNeeded"`
	// Differs is set when my level and my manager's view of it are
	// MismatchThreshold or more apart; Note names both.
	Differs bool   `json:"differs"`
	Note    string `json:"note,omitempty"`
}

// Compare sets answers a, made on pack c, beside the manager's response
// r. Statements and skills changed since the edition the manager answered
// on are left out and listed in Changed.
func Compare(c *workshop.Content, a *workshop.Answers, r *Response) *Comparison {
	cmp := &Comparison{Manager: r.Manager, Edition: r.Edition, Statements: []StatementComparison{}, Skills: []SkillComparison{}}
	for i := range c.Expectations {
		e := &c.Expectations[i]
		m, ok := r.Expectations[e.ID]
		if !ok {
			continue
		}
		if c.ChangedSince(e.Since, r.Edition) {
			cmp.Changed = append(cmp.Changed, e.ID)
			continue
		}
		p := a.Expectations[e.ID]
		cmp.Statements = append(cmp.Statements, compareStatement(&c.ThreeWay, e, rated(p.Me), rated(p.Org), m))
	}
	slices.SortStableFunc(cmp.Statements, func(x, y StatementComparison) int { return y.Gap() - x.Gap() })
	for i := range c.Skills {
		s := &c.Skills[i]
		v, ok := r.Skills[s.ID]
		if ok && c.ChangedSince(s.Since, r.Edition) {
			cmp.Changed = append(cmp.Changed, s.ID)
			continue
		}
		cmp.Skills = append(cmp.Skills, compareSkill(s, rated(a.Skills[s.ID].Current), v))
	}
	return cmp
}

// compareStatement labels one statement with the pack's words w.
func compareStatement(w *workshop.ThreeWayWords, e *workshop.Expectation, me, org, m int) StatementComparison {
	sc := StatementComparison{Expectation: e, ID: e.ID, Polarity: e.Polarity, Me: me, Org: org, Manager: m,
		BlindSpot: workshop.Aligned}
	if me > 0 {
		sc.BlindSpot = quadrant(me, m, e.Polarity)
	}
	sc.Label = w.BlindSpot(sc.BlindSpot, e.Provides)
	if org > 0 && abs(org-m) >= workshop.MismatchThreshold {
		sc.Misreading, sc.Reading = true, w.Misreading(org, m)
	}
	return sc
}

func compareSkill(s *workshop.Skill, self int, v SkillView) SkillComparison {
	sc := SkillComparison{Skill: s, ID: s.ID, Name: s.Name, Self: self, Today: rated(v.Today), Needed: s.Needed}
	if n := rated(v.Needed); n > 0 {
		sc.Needed, sc.ManagerNeeded = n, true
	}
	if sc.Self > 0 && sc.Today > 0 && abs(sc.Self-sc.Today) >= workshop.MismatchThreshold {
		sc.Differs = true
		sc.Note = fmt.Sprintf("You rate yourself at level %d of 5 (%s); your manager sees you at level %d (%s)",
			sc.Self, anchor(s, sc.Self), sc.Today, anchor(s, sc.Today))
	}
	return sc
}

// quadrant places my rating me against another's, other, read with the
// statement's polarity, as the two-way quadrants are.
func quadrant(me, other int, p workshop.Polarity) workshop.Quadrant {
	switch d := me - other; {
	case d >= workshop.MismatchThreshold && p == workshop.Role:
		return workshop.NotSupported
	case d >= workshop.MismatchThreshold:
		return workshop.MythHeld
	case d <= -workshop.MismatchThreshold && p == workshop.Role:
		return workshop.RoleGap
	case d <= -workshop.MismatchThreshold:
		return workshop.MythPushed
	}
	return workshop.Aligned
}

// BlindSpots are the statements where my manager and I differ, biggest first.
func (c *Comparison) BlindSpots() []StatementComparison {
	var out []StatementComparison
	for _, s := range c.Statements {
		if s.BlindSpot != workshop.Aligned {
			out = append(out, s)
		}
	}
	return out
}

// Misreadings are the statements where my belief about my organisation
// and my manager's answer differ.
func (c *Comparison) Misreadings() []StatementComparison {
	var out []StatementComparison
	for _, s := range c.Statements {
		if s.Misreading {
			out = append(out, s)
		}
	}
	return out
}

// Skill returns the comparison of skill id, or nil.
func (c *Comparison) Skill(id string) *SkillComparison {
	if i := slices.IndexFunc(c.Skills, func(s SkillComparison) bool { return s.ID == id }); i >= 0 {
		return &c.Skills[i]
	}
	return nil
}

// Statement returns the comparison of statement id, or nil.
func (c *Comparison) Statement(id string) *StatementComparison {
	if i := slices.IndexFunc(c.Statements, func(s StatementComparison) bool { return s.ID == id }); i >= 0 {
		return &c.Statements[i]
	}
	return nil
}

// anchor is a level's anchor, shortened for a sentence.
func anchor(s *workshop.Skill, level int) string {
	return strings.TrimRight(s.Levels[level-1], ".")
}

// rated is v when it is a rating, else 0.
func rated(v int) int {
	if valid(v) {
		return v
	}
	return 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
