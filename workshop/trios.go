package workshop

import (
	"errors"
	"math/rand/v2"
	"slices"
)

// TrioRole is a part in a practice round.
type TrioRole string

// The roles of a trio.
const (
	Speaker  TrioRole = "speaker"  // practises the conversation
	Listener TrioRole = "listener" // plays the other side
	Observer TrioRole = "observer" // watches with the checklist
)

// TrioRoles are the roles in the order they rotate through.
var TrioRoles = []TrioRole{Speaker, Listener, Observer}

// ErrTooFewForTrios means fewer than two people are there to practise.
var ErrTooFewForTrios = errors.New("practice needs at least two people")

// Trios are the practice groups of a room, each a list of member IDs. A
// room whose size is not a multiple of three gets one group of four (one
// left over: two observers) or, when two are left over, two groups of
// four, or a pair (speaker and listener, no observer) when there are too
// few for that (2 or 5 people). Everyone stays in their group for all
// rounds; the roles rotate.
type Trios [][]string

// FormTrios groups ids at random, drawing from r.
func FormTrios(ids []string, r *rand.Rand) (Trios, error) {
	shuffled := slices.Clone(ids)
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	return GroupInOrder(shuffled)
}

// GroupInOrder groups ids in the order given (the facilitator's own
// order): threes, and the leftovers as FormTrios says.
func GroupInOrder(ids []string) (Trios, error) {
	n := len(ids)
	if n < 2 {
		return nil, ErrTooFewForTrios
	}
	sizes := make([]int, n/3)
	for i := range sizes {
		sizes[i] = 3
	}
	switch n % 3 {
	case 1: // 4, 7, 10...: one four
		sizes[len(sizes)-1] = 4
	case 2:
		if n >= 8 { // 8, 11...: two fours
			sizes = sizes[:len(sizes)-2]
			sizes = append(sizes, 4, 4)
		} else { // 2 or 5: a pair
			sizes = append(sizes, 2)
		}
	}
	var out Trios
	at := 0
	for _, size := range sizes {
		out = append(out, slices.Clone(ids[at:at+size]))
		at += size
	}
	return out, nil
}

// RoleOf is the role of the member at position pos of a group of size
// members in round (1-based): the roles move one place each round, so
// in a trio everyone speaks, listens and observes once in three rounds.
// In a four two observe; in a pair nobody does.
func RoleOf(pos, size, round int) TrioRole {
	i := ((pos-(round-1))%size + size) % size
	if i < len(TrioRoles) {
		return TrioRoles[i]
	}
	return Observer
}

// Of is the group of member id and their position in it; ok is false when
// id is in no group.
func (t Trios) Of(id string) (group []string, pos int, ok bool) {
	for _, g := range t {
		if i := slices.Index(g, id); i >= 0 {
			return g, i, true
		}
	}
	return nil, 0, false
}

// Without takes member id out of their group, as when someone leaves
// mid-round. Whoever is left alone joins the smallest other group, after
// its members, so nobody in that group changes role; a group that loses a
// member keeps everyone else's order. With nobody else to join, the one
// left stays alone.
func (t Trios) Without(id string) Trios {
	out := make(Trios, 0, len(t))
	var alone []string
	for _, g := range t {
		if !slices.Contains(g, id) {
			out = append(out, slices.Clone(g))
			continue
		}
		rest := slices.DeleteFunc(slices.Clone(g), func(m string) bool { return m == id })
		if len(rest) == 1 {
			alone = rest
		} else if len(rest) > 1 {
			out = append(out, rest)
		}
	}
	if alone == nil {
		return out
	}
	if len(out) == 0 {
		return Trios{alone}
	}
	smallest := 0
	for i, g := range out {
		if len(g) < len(out[smallest]) {
			smallest = i
		}
	}
	out[smallest] = append(out[smallest], alone...)
	return out
}

// Buddies are the accountability buddies of a room: each member ID with the
// IDs of their buddies. Pairs are formed two by two; with an odd number,
// the last pair takes the one left over as a third.
type Buddies map[string][]string

// PairBuddies pairs ids at random, drawing from r.
func PairBuddies(ids []string, r *rand.Rand) (Buddies, error) {
	shuffled := slices.Clone(ids)
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	return PairInOrder(shuffled)
}

// PairInOrder pairs ids in the order given: the first with the second,
// the third with the fourth, and an odd last one with the pair before.
func PairInOrder(ids []string) (Buddies, error) {
	if len(ids) < 2 {
		return nil, errors.New("buddies need at least two people")
	}
	out := Buddies{}
	var groups [][]string
	for i := 0; i+1 < len(ids); i += 2 {
		groups = append(groups, []string{ids[i], ids[i+1]})
	}
	if len(ids)%2 == 1 {
		last := &groups[len(groups)-1]
		*last = append(*last, ids[len(ids)-1])
	}
	for _, g := range groups {
		for _, id := range g {
			out[id] = slices.DeleteFunc(slices.Clone(g), func(m string) bool { return m == id })
		}
	}
	return out, nil
}

// FirstName is the first word of a name, as trios and buddies show each
// other: enough to find each other in the room.
func FirstName(name string) string {
	for i, r := range name {
		if r == ' ' || r == '\t' {
			return name[:i]
		}
	}
	return name
}
