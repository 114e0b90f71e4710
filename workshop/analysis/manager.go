package analysis

import (
	"fmt"
	"slices"
	"strings"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

// Option changes what Analyze reads besides the answers.
type Option func(*options)

type options struct{ manager *manager.Response }

// WithManager reads the manager's response as a second rater: their level
// needed replaces the pack's, their view of today confirms or questions
// the self-rating, and their answer to each statement counts in place of
// the participant's guess of what the organisation expects. The response
// must be bound to the answers (manager.Bind); nil reads none.
func WithManager(m *manager.Response) Option { return func(o *options) { o.manager = m } }

// Evidence weights of the manager's answers (docs/formats.md).
const (
	wManagerLevel = 1.0 // each level the manager's view of today sits below the level needed
)

// ManagerView is what the manager's response brings to the report.
type ManagerView struct {
	Response   *manager.Response   `json:"-"`
	Comparison *manager.Comparison `json:"comparison"`
	// Note says when the manager answered on another content edition,
	// and what was left out for it.
	Note string `json:"note,omitempty"`
	// Agreements are where the manager is the source of the pressure (a
	// myth the manager holds, the player-coach split): an agreement to
	// reach together, worded as neither's verdict.
	Agreements []string `json:"agreements"`
}

// readManager sets the manager's view on the report and puts the
// manager's level needed in place of the pack's.
func (r *Report) readManager(c *workshop.Content, a *workshop.Answers, opts []Option) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if o.manager == nil {
		return
	}
	cmp := manager.Compare(c, a, o.manager)
	v := &ManagerView{Response: o.manager, Comparison: cmp, Agreements: []string{}}
	if len(cmp.Changed) > 0 {
		v.Note = fmt.Sprintf("Your manager answered on edition %s of the content; %d statements or skills have been reworded since, and only the unchanged ones are compared.",
			cmp.Edition, len(cmp.Changed))
	}
	for i := range r.Skills {
		if sc := cmp.Skill(r.Skills[i].ID); sc != nil && sc.ManagerNeeded {
			r.Skills[i].Needed = sc.Needed
		}
	}
	v.Agreements = agreements(cmp, managerName(o.manager))
	r.Manager = v
}

// neededBy words who says what level a skill needs.
func (r *Report) neededBy(id string) string {
	if r.Manager != nil {
		if sc := r.Manager.Comparison.Skill(id); sc != nil && sc.ManagerNeeded {
			return "your manager says this role needs"
		}
	}
	return "a first-line lead needs"
}

// guesses are the expectations as the participant rated them, but those
// the manager answered: there the manager's answer counts, not the guess.
func (r *Report) guesses() *Report {
	if r.Manager == nil {
		return r
	}
	g := *r
	g.Expectations = slices.DeleteFunc(slices.Clone(r.Expectations), func(e workshop.ExpectationResult) bool {
		return r.Manager.Comparison.Statement(e.ID) != nil
	})
	return &g
}

// managerPushed lists the skills whose change the manager pushes against
// (a myth the manager expects more than I do).
func (r *Report) managerPushed(c *workshop.Content) map[string]bool {
	out := map[string]bool{}
	if r.Manager == nil {
		return out
	}
	for _, s := range r.Manager.Comparison.Statements {
		if s.BlindSpot == workshop.MythPushed && !s.Expectation.Provides && s.Expectation.Skill != c.Routes.ManagingUp {
			out[s.Expectation.Skill] = true
		}
	}
	return out
}

// managerEvidence reads the manager's answers: their view of today below
// the level needed, and each statement where my manager and I differ,
// routed by its polarity as the participant's guesses are.
func managerEvidence(cs candidates, c *workshop.Content, r *Report) {
	if r.Manager == nil {
		return
	}
	cmp := r.Manager.Comparison
	for _, sc := range cmp.Skills {
		if s := cs[sc.ID]; s != nil && sc.ManagerNeeded {
			for i := range s.Evidence {
				s.Evidence[i].Manager = s.Evidence[i].Manager || s.Evidence[i].Source == "self-rating"
			}
		}
		if sc.Today == 0 || sc.Today >= sc.Needed {
			continue
		}
		text := fmt.Sprintf("your manager sees you at level %d of 5 for %s (\"%s\"), where %s level %d",
			sc.Today, strings.ToLower(sc.Name), strings.TrimRight(sc.Skill.Levels[sc.Today-1], "."), r.neededBy(sc.ID), sc.Needed)
		if sc.Today == sc.Self { // the self-rating's evidence says the rest
			text = fmt.Sprintf("your manager sees you at the same level for %s, %d of 5", strings.ToLower(sc.Name), sc.Today)
		}
		cs.add(sc.ID, Evidence{Source: "manager", Manager: true, Items: []string{sc.ID}, Weight: wManagerLevel * float64(sc.Needed-sc.Today), Text: text})
	}
	pushed := 0.0
	var pushedIDs, pushedText []string
	for _, s := range cmp.Statements {
		ex := s.Expectation
		stmt := strings.TrimRight(ex.Statement, ".")
		switch {
		case ex.Provides:
			if s.BlindSpot == workshop.MythHeld && s.Me >= 4 {
				cs.add(ex.Skill, Evidence{Source: "manager", Manager: true, Items: []string{ex.ID}, Weight: wProvides,
					Text: fmt.Sprintf("you expect \"%s\" (%d of 5), and your manager expects the role to give less of it (%d)", stmt, s.Me, s.Manager)})
			}
		case s.BlindSpot == workshop.RoleGap:
			cs.add(ex.Skill, Evidence{Source: "manager", Manager: true, Items: []string{ex.ID}, Weight: wRoleGap,
				Text: fmt.Sprintf("your manager expects \"%s\" more (%d of 5) than you do (%d)", stmt, s.Manager, s.Me)})
		case s.BlindSpot == workshop.MythHeld && s.Me >= 4:
			cs.add(ex.Skill, Evidence{Source: "manager", Manager: true, Items: []string{ex.ID}, Weight: wMythHeld + wMythHeldMore,
				Text: fmt.Sprintf("you expect \"%s\" (%d of 5), and your manager does not (%d)", stmt, s.Me, s.Manager)})
		case s.BlindSpot == workshop.MythPushed || s.BlindSpot == workshop.NotSupported:
			pushed += wPushed
			pushedIDs = append(pushedIDs, ex.ID)
			pushedText = append(pushedText, fmt.Sprintf("\"%s\" (you %d, your manager %d)", stmt, s.Me, s.Manager))
			if s.BlindSpot == workshop.NotSupported && ex.People {
				cs.add(peopleSkill(c), Evidence{Source: "manager", Manager: true, Items: []string{ex.ID}, Weight: wPushedPeople,
					Text: fmt.Sprintf("you expect \"%s\" (%d of 5) more than your manager does (%d)", stmt, s.Me, s.Manager)})
			}
		}
	}
	if len(pushedIDs) > 0 {
		cs.add(managingUpSkill(c), Evidence{Source: "manager", Manager: true, Items: pushedIDs, Weight: min(maxPushed, pushed),
			Text: fmt.Sprintf("you and your manager expect different things of the role in %d statements%s %s",
				len(pushedIDs), amongThem(min(2, len(pushedText)), len(pushedIDs)), strings.Join(pushedText[:min(2, len(pushedText))], " and "))})
	}
}

// managerRatings settles the self-rating flags with the manager's view of
// today: two levels or more below my own rating questions it (the flag
// names both ratings), at or above it confirms it and lifts a flag other
// answers raised.
func (r *Report) managerRatings(flags []Flag) []Flag {
	if r.Manager == nil {
		return flags
	}
	for _, sc := range r.Manager.Comparison.Skills {
		if sc.Self == 0 || sc.Today == 0 {
			continue
		}
		flags = slices.DeleteFunc(flags, func(f Flag) bool { return f.Items[0] == sc.ID })
		if sc.Self-sc.Today >= workshop.MismatchThreshold {
			flags = append(flags, Flag{Kind: FlagSelfRating, Items: []string{sc.ID}, Text: fmt.Sprintf(
				"You rated yourself at level %d of 5 for %s; your manager sees you at level %d. Agree today's level together, with examples you both know, before aiming higher.",
				sc.Self, strings.ToLower(sc.Name), sc.Today)})
		}
	}
	return flags
}

// talkAbout are the mismatches to ask about, biggest first: with a
// manager's response, the statements where the manager and I differ and
// those I misread, then the guesses the manager did not answer.
func (r *Report) talkAbout() []workshop.ExpectationResult {
	if r.Manager == nil {
		return r.Mismatches()
	}
	var out []workshop.ExpectationResult
	for _, s := range r.Manager.Comparison.Statements {
		if s.BlindSpot != workshop.Aligned || s.Misreading {
			out = append(out, workshop.ExpectationResult{Expectation: s.Expectation, ID: s.ID, Polarity: s.Polarity, Me: s.Me, Org: s.Manager})
		}
	}
	return append(out, r.guesses().Mismatches()...)
}

func managerName(m *manager.Response) string {
	if strings.TrimSpace(m.Manager) == "" {
		return "your manager"
	}
	return strings.TrimSpace(m.Manager)
}

// agreements words the myths the manager expects more than I do (the
// player-coach split) as one agreement to reach together, naming each
// statement with both ratings; none when there is no such myth.
func agreements(cmp *manager.Comparison, name string) []string {
	var parts []string
	for _, s := range cmp.Statements {
		if s.BlindSpot == workshop.MythPushed && !s.Expectation.Provides {
			parts = append(parts, fmt.Sprintf("\"%s\" (you %d of 5, %s %d)", strings.TrimRight(s.Expectation.Statement, "."), s.Me, name, s.Manager))
		}
	}
	switch len(parts) {
	case 0:
		return []string{}
	case 1:
		return []string{"Agree together how much of " + parts[0] + " stays yours. Settle on a split you both can hold, and when to look at it again."}
	}
	return []string{fmt.Sprintf("Agree together how much of this stays yours: %s and %s. Settle on a split you both can hold, and when to look at it again.",
		strings.Join(parts[:len(parts)-1], ", "), parts[len(parts)-1])}
}
