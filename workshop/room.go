package workshop

import (
	"errors"
	"time"
)

// Phase is one stage of a live workshop: one or more journey steps with a
// time box.
type Phase struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Steps   []Step `json:"steps"`
	Minutes int    `json:"minutes"`
	// Practice names the pack's practice (trio rounds) the phase runs;
	// empty for a phase of the journey. Dropped is set on a practice
	// phase the facilitator leaves out (see Live).
	Practice string `json:"practice,omitempty"`
	Dropped  bool   `json:"dropped,omitempty"`
}

// DefaultAgenda is a half-day agenda over the whole journey.
var DefaultAgenda = []Phase{
	{ID: "checkin", Title: "Check-in", Steps: []Step{StepCheckIn}, Minutes: 10},
	{ID: "assess", Title: "Self-assessment", Steps: []Step{StepAssess, StepProfile}, Minutes: 35},
	{ID: "expect", Title: "Expectation alignment", Steps: []Step{StepExpect, StepAlign}, Minutes: 30},
	{ID: "skills", Title: "Skill gap", Steps: []Step{StepSkills, StepGaps}, Minutes: 35},
	{ID: "delegate", Title: "Delegation map", Steps: []Step{StepDelegate}, Minutes: 25},
	{ID: "plan", Title: "Action plan", Steps: []Step{StepPlan, StepFinish}, Minutes: 40},
}

// Pacing says who moves the room on.
type Pacing string

// The pacing modes.
const (
	Paced     Pacing = "paced" // the facilitator opens phases one by one
	SelfPaced Pacing = "self"  // everyone moves at their own pace
)

// RoomState is what every participant's screen follows. Rev grows with
// every change, so a client can tell a newer state from an older one.
type RoomState struct {
	Rev      int64   `json:"rev"`
	Title    string  `json:"title"`
	Agenda   []Phase `json:"agenda"`
	Pacing   Pacing  `json:"pacing"`
	Phase    int     `json:"phase"`    // index of the current phase in Agenda
	Locked   bool    `json:"locked"`   // answers of the current phase are closed
	JoinOpen bool    `json:"joinOpen"` // new participants may join
	Timer    Timer   `json:"timer"`
	// Round is the round (1..PracticeRounds) of a practice phase, 0
	// before the first; Grouping grows each time the trios or buddies
	// change, so a participant's app knows to ask for its own.
	Round    int   `json:"round,omitempty"`
	Grouping int64 `json:"grouping,omitempty"`
	// Managers: participants' managers may join and pair with their team
	// member (off unless the facilitator lets them).
	Managers bool `json:"managers,omitempty"`
}

// NewRoomState starts a room on its first phase, open to joiners.
func NewRoomState(title string, agenda []Phase, pacing Pacing) RoomState {
	return RoomState{Rev: 1, Title: title, Agenda: agenda, Pacing: pacing, JoinOpen: true}
}

// ErrNoPhase means there is no phase to move to.
var ErrNoPhase = errors.New("no such phase")

// valid reports whether Phase points into the agenda, which holds for
// every state a host sends; a state not yet received has no agenda.
func (s RoomState) valid() bool {
	return s.Phase >= 0 && s.Phase < len(s.Agenda) && len(s.Current().Steps) > 0
}

// Current is the current phase.
func (s RoomState) Current() Phase { return s.Agenda[s.Phase] }

// GoTo opens phase i, unlocked, with its time box on the timer.
func (s *RoomState) GoTo(i int, now time.Time) error {
	if i < 0 || i >= len(s.Agenda) {
		return ErrNoPhase
	}
	s.Phase, s.Locked, s.Round = i, false, 0
	s.Timer = NewTimer(time.Duration(s.Agenda[i].Minutes)*time.Minute, now)
	s.Rev++
	return nil
}

// Change applies f to the state and bumps the revision.
func (s *RoomState) Change(f func(s *RoomState)) {
	f(s)
	s.Rev++
}

// Reachable reports whether a participant may open step st: always when
// self-paced, otherwise up to the end of the current phase.
func (s RoomState) Reachable(st Step) bool {
	if s.Pacing == SelfPaced || !s.valid() {
		return true
	}
	steps := s.Current().Steps
	return st.Index() <= steps[len(steps)-1].Index()
}

// Editable reports whether answers of step st may still change: not when
// the facilitator has locked the current phase and st belongs to it or an
// earlier phase.
func (s RoomState) Editable(st Step) bool {
	if !s.Locked || !s.valid() {
		return true
	}
	steps := s.Current().Steps
	return st.Index() > steps[len(steps)-1].Index()
}

// CheckEdit refuses a change from old to new answers (old nil when the
// room holds none yet) that touches a step the facilitator has locked: a
// *RoomError of kind ErrLocked. Pens down means pens down, whatever a
// laptop sends; the answers stay on the laptop and go through once the
// phase reopens.
func (s RoomState) CheckEdit(old, new *Answers) error {
	if !s.Locked || !s.valid() {
		return nil
	}
	if old == nil {
		old = &Answers{}
	}
	for _, step := range ChangedSteps(old, new) {
		if !s.Editable(step) {
			return Refuse(ErrLocked, "the facilitator has locked %s for now: your answers are kept on your laptop and sent when it reopens", s.Current().Title)
		}
	}
	return nil
}

// CheckJoin refuses every join while the facilitator has closed the room
// to new participants: a *RoomError of kind ErrJoinClosed. It is checked
// before the code, so a closed room is no oracle for guessing one.
func (s RoomState) CheckJoin() error {
	if !s.JoinOpen {
		return Refuse(ErrJoinClosed, "the facilitator has closed this workshop to new participants")
	}
	return nil
}

// CheckManagers refuses a pairing or a manager's join while the
// facilitator has not let managers into the room: a *RoomError of kind
// ErrManagersClosed.
func (s RoomState) CheckManagers() error {
	if !s.Managers {
		return Refuse(ErrManagersClosed, "the facilitator has not opened this workshop to managers")
	}
	return nil
}

// Timer is a countdown that can be paused and extended.
type Timer struct {
	Deadline  time.Time     `json:"deadline"`            // when it runs out, if running
	Remaining time.Duration `json:"remaining,omitempty"` // what is left, if paused
	Paused    bool          `json:"paused"`
}

// NewTimer starts a countdown of d from now.
func NewTimer(d time.Duration, now time.Time) Timer {
	return Timer{Deadline: now.Add(d).UTC()}
}

// Left is the time left at now, never negative.
func (t Timer) Left(now time.Time) time.Duration {
	left := t.Remaining
	if !t.Paused {
		left = t.Deadline.Sub(now)
	}
	return max(0, left)
}

// Add extends the countdown by d.
func (t *Timer) Add(d time.Duration, now time.Time) {
	if t.Paused {
		t.Remaining = t.Left(now) + d
		return
	}
	t.Deadline = now.Add(t.Left(now) + d).UTC()
}

// Pause stops the countdown; Resume starts it again.
func (t *Timer) Pause(now time.Time) {
	if !t.Paused {
		t.Remaining, t.Paused = t.Left(now), true
	}
}

// Resume restarts a paused countdown.
func (t *Timer) Resume(now time.Time) {
	if t.Paused {
		t.Deadline, t.Paused, t.Remaining = now.Add(t.Remaining).UTC(), false, 0
	}
}

// Member is one participant of a live room as the facilitator sees it:
// progress, never answers.
type Member struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Joined    time.Time `json:"joined"`
	LastSeen  time.Time `json:"lastSeen"`
	Connected bool      `json:"connected"`
	Step      Step      `json:"step"`
	Progress  int       `json:"progress"` // 0..100
	Share     bool      `json:"share"`    // consents to the facilitator printing the plan
	Removed   bool      `json:"removed"`
	// LetBack is set when the facilitator lets a removed participant join
	// again: their name no longer keeps them out.
	LetBack bool `json:"letBack,omitempty"`
}

// exerciseSteps are the steps that ask for answers.
var exerciseSteps = []Step{StepCheckIn, StepAssess, StepExpect, StepSkills, StepDelegate, StepPlan}

// Progress is how much of the journey is complete, 0..100: the share of
// exercises with nothing missing.
func Progress(c *Content, a *Answers) int {
	done := 0
	for _, st := range exerciseSteps {
		if len(a.Missing(c, st)) == 0 {
			done++
		}
	}
	return done * 100 / len(exerciseSteps)
}
