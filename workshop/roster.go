package workshop

import (
	"strings"
	"time"
	"unicode"
)

// MaxName is the longest name, in characters, a participant may join with.
const MaxName = 80

// DefaultMaxMembers is how many participants a room takes unless the
// facilitator's setup says otherwise.
const DefaultMaxMembers = 1000

// Roster is the people of a live room and the rules for taking a place in
// it: at most max members still in the room (removed members free their
// place, joins being stored hold one), and a removed member's name and
// computer are kept out until the facilitator lets them back. It does no
// I/O and takes no lock: the host guards it and stores each change before
// applying it here.
type Roster struct {
	max     int
	pending int                // places held for joins being stored
	members []*Member          // joining order, removed members included
	addrs   map[*Member]string // the address a member joined from, while the host runs
}

// NewRoster is a room of at most max members (DefaultMaxMembers when max
// is 0 or less) holding members, as stored, none connected.
func NewRoster(max int, members []Member) *Roster {
	if max <= 0 {
		max = DefaultMaxMembers
	}
	r := &Roster{max: max, addrs: map[*Member]string{}}
	for _, m := range members {
		m.Connected = false
		r.members = append(r.members, &m)
	}
	return r
}

// Max is how many members the room takes.
func (r *Roster) Max() int { return r.max }

// Members are the roster's entries in joining order. The host changes an
// entry only through Apply.
func (r *Roster) Members() []*Member { return r.members }

// Reserve holds a place for name joining from addr, or refuses it: a
// *RoomError of kind ErrLetBack when a removed member with that name, or
// from that address, has not been let back, ErrRoomFull when every place
// is taken. Each reservation ends with Add or Release.
func (r *Roster) Reserve(name, addr string) error {
	active := r.pending
	for _, m := range r.members {
		if m.keptOut() && (SameName(m.Name, name) || addr != "" && r.addrs[m] == addr) {
			return Refuse(ErrLetBack, "you were removed from this workshop: ask the facilitator to let you back")
		}
		if !m.Removed {
			active++
		}
	}
	if active >= r.max {
		return Refuse(ErrRoomFull, "this workshop is full: it has %d participants", r.max)
	}
	r.pending++
	return nil
}

// Release gives back a place Reserve held.
func (r *Roster) Release() { r.pending-- }

// Add puts a newly joined member, stored, in the place Reserve held, and
// returns its entry.
func (r *Roster) Add(m Member, addr string) *Member {
	r.pending--
	e := &m
	r.members = append(r.members, e)
	if addr != "" {
		r.addrs[e] = addr
	}
	return e
}

// Apply puts a stored change of the member's roster fields into the
// member's entry e.
func (r *Roster) Apply(e *Member, m Member) { *e = m }

// keptOut reports whether the member's name and address may not join
// again: removed and not let back.
func (m *Member) keptOut() bool { return m.Removed && !m.LetBack }

// AsRemoved is the member taken out of the room: their place is free and
// they cannot join again until let back.
func (m Member) AsRemoved() Member {
	m.Removed, m.Connected, m.LetBack = true, false, false
	return m
}

// AsLetBack is a removed member whose name and address no longer keep
// them out, so they may join again with the code, as a new member.
func (m Member) AsLetBack() Member {
	m.LetBack = m.Removed
	return m
}

// Following is the member's roster line once the room holds their
// answers a: the name they now give, the step they are on, their progress
// and the consent that goes with these answers.
func (m Member) Following(c *Content, a *Answers, now time.Time) Member {
	if name := CleanName(a.Participant.Name); name != "" {
		m.Name = name
	}
	m.Step, m.Progress, m.LastSeen = a.Step, Progress(c, a), now.UTC()
	m.Share = a.Share
	return m
}

// Counted reports whether the member's answers a count in the room's
// anonymous figures: a member still in the room who has answered.
func (m Member) Counted(a *Answers) bool { return !m.Removed && a != nil }

// Printable reports whether the facilitator may print the member's plan
// from answers a: only a member still in the room who chose to share
// these answers.
func (m Member) Printable(a *Answers) bool { return m.Counted(a) && a.Share }

// JoinName is the name someone asks to join with, cleaned (CleanName), or
// a *RoomError of kind ErrInvalid when nothing is left or it is too long.
func JoinName(raw string) (string, error) {
	name := CleanName(raw)
	switch {
	case name == "":
		return "", Refuse(ErrInvalid, "name is empty: enter your name or an alias")
	case len([]rune(strings.TrimSpace(raw))) > MaxName:
		return "", Refuse(ErrInvalid, "name is longer than %d characters", MaxName)
	}
	return name, nil
}

// CleanName makes a name safe to show: control characters, format
// characters (zero-width spaces and joiners, bidirectional overrides,
// byte-order marks) and line separators removed, runs of spaces made one,
// trimmed and cut to MaxName characters.
func CleanName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Co, r),
			r == '\u2028', r == '\u2029', r == unicode.ReplacementChar:
			return -1
		case unicode.IsSpace(r):
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > MaxName {
		s = strings.TrimSpace(string(r[:MaxName]))
	}
	return s
}

// SameName reports whether two cleaned names are the same person's as far
// as a removal goes: equal ignoring case.
func SameName(a, b string) bool { return strings.EqualFold(a, b) }
