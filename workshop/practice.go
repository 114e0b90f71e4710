package workshop

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Practice is a practice round of a live workshop: people in trios try
// one conversation of the journey out loud, in turns, with the same
// scenario each round. The speaker practises, the listener plays the
// other side, the observer watches with the checklist. Alone, the same
// exercise is a written rehearsal (Rehearse).
type Practice struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// After is the journey step the practice follows: its phase opens
	// after the phase that holds that step.
	After    Step   `json:"after"`
	Seed     string `json:"seed"`
	Minutes  int    `json:"minutes"`  // the whole phase: all rounds, with the change-overs
	Scenario string `json:"scenario"` // the situation, the same for every role
	Practise string `json:"practise"` // what the speaker tries out
	Speaker  Card   `json:"speaker"`
	Listener Card   `json:"listener"`
	Observer Card   `json:"observer"`
	// Checklist is what the observer watches for and ticks.
	Checklist []string `json:"checklist"`
	// Rehearse asks someone without a room to write what they would say.
	Rehearse string `json:"rehearse"`
}

// Card is a role card: the role's name in the scenario and what the
// person holding it does this round.
type Card struct {
	Plays string `json:"plays"` // who the role is in the scenario
	Does  string `json:"does"`  // what to do
}

// PracticeRounds is how many rounds a practice phase has: with roles
// rotating, each of a trio speaks, listens and observes once.
const PracticeRounds = 3

// Practice is the pack's practice with ID id, or nil.
func (c *Content) Practice(id string) *Practice {
	for i := range c.Practices {
		if c.Practices[i].ID == id {
			return &c.Practices[i]
		}
	}
	return nil
}

// Card is the role card of role r.
func (p *Practice) Card(r TrioRole) Card {
	switch r {
	case Speaker:
		return p.Speaker
	case Listener:
		return p.Listener
	}
	return p.Observer
}

// WithPractice returns agenda with a phase for each of the pack's
// practices that it does not hold yet, right after the phase holding the
// step the practice follows. A practice phase holds that step only, so
// nobody moves on in the journey while practising.
func WithPractice(agenda []Phase, c *Content) []Phase {
	out := slices.Clone(agenda)
	for _, p := range c.Practices {
		if slices.ContainsFunc(out, func(ph Phase) bool { return ph.Practice == p.ID }) {
			continue
		}
		at := slices.IndexFunc(out, func(ph Phase) bool { return slices.Contains(ph.Steps, p.After) })
		if at < 0 {
			continue
		}
		ph := Phase{ID: "practice-" + p.ID, Title: "Practice: " + p.Title, Steps: []Step{p.After}, Minutes: p.Minutes, Practice: p.ID}
		out = slices.Insert(out, at+1, ph)
	}
	return out
}

// Live is the agenda a room on pack c runs: the phases the facilitator
// keeps, without practices the pack does not have.
func Live(agenda []Phase, c *Content) []Phase {
	return slices.DeleteFunc(slices.Clone(agenda), func(p Phase) bool {
		return p.Dropped || p.Practice != "" && c.Practice(p.Practice) == nil
	})
}

// RoundMinutes is the time box of one round of a practice phase.
func (p Phase) RoundMinutes() int { return max(1, p.Minutes/PracticeRounds) }

// practices checks the pack's practices: each with a step to follow, a
// scenario, three role cards, a checklist and a rehearsal prompt.
func (v *validator) practices(c *Content) {
	for _, p := range c.Practices {
		v.id(p.ID, "id")
		item := p.ID
		v.text(item, "title", p.Title)
		if p.After.Index() < 0 {
			v.fail(item, "after", fmt.Sprintf("%q is not a step of the journey", p.After))
		}
		v.seed(item, p.Seed)
		if p.Minutes < PracticeRounds || p.Minutes > 600 {
			v.fail(item, "minutes", fmt.Sprintf("must be %d to 600, a minute at least for each round", PracticeRounds))
		}
		v.text(item, "scenario", p.Scenario)
		v.text(item, "practise", p.Practise)
		for _, r := range TrioRoles {
			card := p.Card(r)
			v.text(item, string(r)+".plays", card.Plays)
			v.text(item, string(r)+".does", card.Does)
		}
		v.count(item, "checklist", len(p.Checklist), 1)
		for i, s := range p.Checklist {
			v.text(item, fmt.Sprintf("checklist[%d]", i), s)
		}
		v.text(item, "rehearse", p.Rehearse)
	}
}

// ErrNoRound means the room is not on a practice phase, or its last round
// has begun.
var ErrNoRound = errors.New("no further practice round")

// NextRound starts the next round of the current practice phase, with the
// round's time box on the timer.
func (s *RoomState) NextRound(now time.Time) error {
	if !s.valid() || s.Current().Practice == "" || s.Round >= PracticeRounds {
		return ErrNoRound
	}
	s.Round++
	s.Timer = NewTimer(time.Duration(s.Current().RoundMinutes())*time.Minute, now)
	return nil
}
