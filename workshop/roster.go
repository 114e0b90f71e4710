package workshop

import "time"

// DefaultMaxMembers is how many participants a room takes unless the
// facilitator's setup says otherwise.
const DefaultMaxMembers = 1000

// Roster is the people of a live room and the rules for taking a place in
// it: at most max members still in the room (removed members free their
// place, joins being stored hold one), and a removed member's name, and
// any name that looks the same (SameName), is kept out until the
// facilitator lets them back. Their computer is not: others may share its
// address (a NAT, a shared machine). It does no
// I/O and takes no lock: the host guards it and stores each change before
// applying it here.
type Roster struct {
	max     int
	pending int       // places held for joins being stored
	members []*Member // joining order, removed members included
}

// NewRoster is a room of at most max members (DefaultMaxMembers when max
// is 0 or less) holding members, as stored, none connected.
func NewRoster(max int, members []Member) *Roster {
	if max <= 0 {
		max = DefaultMaxMembers
	}
	r := &Roster{max: max}
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

// Reserve holds a place for name joining, or refuses it: a *RoomError of
// kind ErrLetBack when a removed member with that name, or one that looks
// the same, has not been let back, ErrRoomFull when every place is taken.
// Each reservation ends with Add or Release.
func (r *Roster) Reserve(name string) error {
	active := r.pending
	for _, m := range r.members {
		if m.keptOut() && SameName(m.Name, name) {
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
func (r *Roster) Add(m Member) *Member {
	r.pending--
	e := &m
	r.members = append(r.members, e)
	return e
}

// Apply puts a stored change of the member's roster fields into the
// member's entry e.
func (r *Roster) Apply(e *Member, m Member) { *e = m }

// keptOut reports whether the member's name may not join
// again: removed and not let back.
func (m *Member) keptOut() bool { return m.Removed && !m.LetBack }

// AsRemoved is the member taken out of the room: their place is free and
// they cannot join again until let back.
func (m Member) AsRemoved() Member {
	m.Removed, m.Connected, m.LetBack = true, false, false
	return m
}

// AsLetBack is a removed member whose name no longer keeps
// them out, so they may join again with the code, as a new member.
func (m Member) AsLetBack() Member {
	m.LetBack = m.Removed
	return m
}

// Following is the member's roster line once the room holds their
// answers a: the step they are on, their progress and the consent that
// goes with these answers. The name stays the one they joined with: the
// answers cannot rename anyone on the roster.
func (m Member) Following(c *Content, a *Answers, now time.Time) Member {
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
