package workshop

import (
	"slices"
	"strings"
)

// OwnerKind says what the owner of a delegation row is, as the
// participant picked it: a person, a rota, or a decision still to make.
// An empty kind is an owner typed rather than picked (and every owner of
// a file made before the kind existed): the plan reads it by its words.
type OwnerKind string

// The owner kinds a row's owner field offers.
const (
	OwnerPerson    OwnerKind = "person"    // someone on the team, picked from the check-in's names
	OwnerRota      OwnerKind = "rota"      // a rota: whoever is on it owns the work
	OwnerUndecided OwnerKind = "undecided" // who takes it over is still to decide
)

// The choices the owner field offers after the team's names.
const (
	OwnerRotaChoice      = "A rota"
	OwnerUndecidedChoice = "Not decided yet"
)

// MaxTeamNames is the most first names the check-in keeps for the team.
const MaxTeamNames = 30

// OwnerChoices are the owners a delegation row offers: the team's first
// names, then a rota and not decided yet.
func (p Participant) OwnerChoices() []string {
	return append(slices.Clone(p.Team), OwnerRotaChoice, OwnerUndecidedChoice)
}

// OwnerKindOf is the kind of an owner as entered: that of the choice it
// is, a person when it is one of the team's names, else empty (typed).
func (p Participant) OwnerKindOf(owner string) OwnerKind {
	owner = strings.TrimSpace(owner)
	switch {
	case owner == "":
		return ""
	case strings.EqualFold(owner, OwnerRotaChoice):
		return OwnerRota
	case strings.EqualFold(owner, OwnerUndecidedChoice):
		return OwnerUndecided
	case slices.ContainsFunc(p.Team, func(n string) bool { return strings.EqualFold(n, CleanName(owner)) }):
		return OwnerPerson
	}
	return ""
}

// TeamNames reads the team's first names as typed at the check-in,
// separated by commas (or semicolons, or line breaks): each cleaned as a
// name (CleanName), empty ones and repeats left out. It keeps them all;
// the caller says when there are more than MaxTeamNames.
func TeamNames(typed string) []string {
	return CleanTeam(strings.FieldsFunc(typed, func(r rune) bool {
		return r == ',' || r == ';' || r == '\n' || r == '、' || r == '，'
	}))
}

// CleanTeam is names each cleaned as a name (CleanName), in order, with
// empty ones and repeats (in any case) left out; nil when none is left.
func CleanTeam(names []string) []string {
	var out []string
	for _, n := range names {
		n = CleanName(n)
		if n != "" && !slices.ContainsFunc(out, func(m string) bool { return strings.EqualFold(m, n) }) {
			out = append(out, n)
		}
	}
	return out
}
