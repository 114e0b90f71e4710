package workshop

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
)

// Round is the self-assessment taken again after the workshop (the
// situations and the items of the focus dimensions at day 90, say). The
// answers at the top of the file stay the workshop's own, day 0; each
// later round keeps what was answered then, dated and with the content
// edition it was made on, so any round can be read against any other and
// nothing is overwritten.
type Round struct {
	ID      string               `json:"id"`
	Date    string               `json:"date"`    // YYYY-MM-DD
	Edition string               `json:"edition"` // the content edition the round was made on
	Ratings map[string]int       `json:"ratings"` // statements and situations answered again
	Skills  map[string]SkillRate `json:"skills,omitempty"`
	Counts  map[Source]int       `json:"counts,omitempty"` // the week's counts, recorded again
	// Focus holds each focus area's indicator counted again that day.
	Focus []FocusProgress `json:"focus,omitempty"`
	// Pulse is the team pulse's tallies by question ID, when the lead ran it.
	Pulse map[string]Tally `json:"pulse,omitempty"`
}

// CheckIn is one dated record of the plan's progress log: per focus area
// the indicator's value that day and how each action stands, a note, and
// optionally the manager's note. It keeps the focus areas' titles and the
// actions' texts as they were, so the log still reads right after the
// plan changes.
type CheckIn struct {
	ID   string `json:"id"`
	Date string `json:"date"` // YYYY-MM-DD
	// Review is which of the plan's review dates this check-in is (1 for
	// day 30, 2 for day 60, 3 for day 90), or 0 for one in between.
	Review      int             `json:"review,omitempty"`
	Focus       []FocusProgress `json:"focus"`
	Note        string          `json:"note,omitempty"`
	ManagerNote string          `json:"managerNote,omitempty"`
}

// FocusProgress is one focus area at a check-in.
type FocusProgress struct {
	Skill string `json:"skill,omitempty"` // the focus area's skill, empty for a custom focus
	Title string `json:"title"`
	// Value is the indicator that day, counted as the goal says; absent
	// when it was not counted.
	Value   *float64         `json:"value,omitempty"`
	Actions []ActionProgress `json:"actions,omitempty"`
}

// ActionProgress is how one action of the plan stands at a check-in.
type ActionProgress struct {
	Text   string       `json:"text"`
	Status ActionStatus `json:"status"`
	Why    string       `json:"why,omitempty"` // what blocks it, or any word on it
}

// ActionStatus is how far an action has come.
type ActionStatus string

// The action statuses.
const (
	ActionNotStarted ActionStatus = "notStarted"
	ActionStarted    ActionStatus = "started"
	ActionDone       ActionStatus = "done"
	ActionBlocked    ActionStatus = "blocked"
)

// ActionStatuses lists the statuses in the order they are offered.
var ActionStatuses = []ActionStatus{ActionNotStarted, ActionStarted, ActionDone, ActionBlocked}

// RowStatus is one step of a delegation row's history.
type RowStatus struct {
	State RowState `json:"state"`
	Date  string   `json:"date"`            // YYYY-MM-DD
	Level int      `json:"level,omitempty"` // handed over: the delegation level, 1-based
	Why   string   `json:"why,omitempty"`   // taken back: why
}

// RowState is where a delegation row stands.
type RowState string

// The delegation row states.
const (
	StatePlanned   RowState = "planned"   // on the map, not handed over yet
	StateHanded    RowState = "handed"    // handed over on a date at a level
	StateTakenBack RowState = "takenBack" // taken back, and why
)

// RowStates lists the states in the order a row passes through them.
var RowStates = []RowState{StatePlanned, StateHanded, StateTakenBack}

// Now is where the row stands: the last step of its history, or planned
// (with the row's own level) when it has none.
func (r DelegationRow) Now() RowStatus {
	if len(r.Status) == 0 {
		return RowStatus{State: StatePlanned, Level: r.Level}
	}
	return r.Status[len(r.Status)-1]
}

// Record adds a step to the row's history; earlier steps are kept.
func (r *DelegationRow) Record(s RowStatus) { r.Status = append(r.Status, s) }

// AddCheckIn adds a check-in to the progress log, in date order after any
// of the same day; no earlier check-in is changed.
func (a *Answers) AddCheckIn(c CheckIn) {
	i, _ := slices.BinarySearchFunc(a.CheckIns, c.Date, func(x CheckIn, d string) int {
		if x.Date == d {
			return -1 // after those of the same day
		}
		return cmp.Compare(x.Date, d)
	})
	a.CheckIns = slices.Insert(a.CheckIns, i, c)
}

// AddRound adds a round of the self-assessment taken again, in date
// order; the workshop's answers and earlier rounds stay as they are.
func (a *Answers) AddRound(r Round) {
	i, _ := slices.BinarySearchFunc(a.Rounds, r.Date, func(x Round, d string) int {
		if x.Date == d {
			return -1
		}
		return cmp.Compare(x.Date, d)
	})
	a.Rounds = slices.Insert(a.Rounds, i, r)
}

// RatingsAt are the self-assessment's ratings as of round n: 0 is the
// workshop's, n the workshop's with every later round up to the n-th
// answered over them (a round re-takes only some items).
func (a *Answers) RatingsAt(n int) map[string]int {
	out := maps.Clone(a.Ratings)
	for _, r := range a.Rounds[:min(n, len(a.Rounds))] {
		maps.Copy(out, r.Ratings)
	}
	return out
}

// AtRound is a copy of the answers as of round n (0 is the workshop's):
// ratings, skill ratings and the week's counts with every round up to
// the n-th answered over them, so the analysis can be run on any round.
func (a *Answers) AtRound(n int) *Answers {
	c := a.Clone()
	c.Ratings = a.RatingsAt(n)
	for _, r := range c.Rounds[:min(n, len(c.Rounds))] {
		if r.Skills != nil {
			c.Skills = maps.Clone(c.Skills)
			maps.Copy(c.Skills, r.Skills)
		}
		if r.Counts != nil {
			c.Week.Counts = maps.Clone(c.Week.Counts)
			if c.Week.Counts == nil {
				c.Week.Counts = map[Source]int{}
			}
			maps.Copy(c.Week.Counts, r.Counts)
		}
	}
	return c
}

// NextReview is the first of the plan's review dates (1-based) that no
// check-in has recorded yet, with its date; 0 when every one has been
// recorded or the answers have no plan.
func (a *Answers) NextReview() (review int, date string) {
	if a.Plan == nil {
		return 0, ""
	}
	for i, d := range a.Plan.Reviews {
		if !slices.ContainsFunc(a.CheckIns, func(c CheckIn) bool { return c.Review == i+1 }) {
			return i + 1, d
		}
	}
	return 0, ""
}

// cloneRows is a deep copy of delegation rows, their histories included.
func cloneRows(rows []DelegationRow) []DelegationRow {
	c := slices.Clone(rows)
	for i := range c {
		c[i].Status = slices.Clone(c[i].Status)
	}
	return c
}

func cloneRounds(rs []Round) []Round {
	c := slices.Clone(rs)
	for i := range c {
		c[i].Ratings, c[i].Skills, c[i].Counts = maps.Clone(c[i].Ratings), maps.Clone(c[i].Skills), maps.Clone(c[i].Counts)
		c[i].Focus, c[i].Pulse = cloneFocus(c[i].Focus), clonePulse(c[i].Pulse)
	}
	return c
}

func cloneCheckIns(cs []CheckIn) []CheckIn {
	c := slices.Clone(cs)
	for i := range c {
		c[i].Focus = cloneFocus(c[i].Focus)
	}
	return c
}

func cloneFocus(fs []FocusProgress) []FocusProgress {
	c := slices.Clone(fs)
	for j := range c {
		f := &c[j]
		f.Actions = slices.Clone(f.Actions)
		if f.Value != nil {
			v := *f.Value
			f.Value = &v
		}
	}
	return c
}

func clonePulse(p map[string]Tally) map[string]Tally {
	if p == nil {
		return nil
	}
	c := make(map[string]Tally, len(p))
	for k, v := range p {
		c[k] = slices.Clone(v)
	}
	return c
}

// sameRow reports whether two delegation rows hold the same answers and
// history; an empty history equals none.
func sameRow(x, y DelegationRow) bool {
	hx, hy := x.Status, y.Status
	x.Status, y.Status = nil, nil
	return reflect.DeepEqual(x, y) && slices.Equal(hx, hy)
}

// ReviewDays names the plan's reviews: day 30, 60 and 90.
var ReviewDays = []int{30, 60, 90}

// DraftCheckIn starts the next check-in on date: the next review due,
// each focus area of the plan with its actions, and each action's status
// carried over from the last check-in that had it (not started before).
func (a *Answers) DraftCheckIn(id, date string) CheckIn {
	c := CheckIn{ID: id, Date: date}
	c.Review, _ = a.NextReview()
	if a.Plan == nil {
		return c
	}
	last := map[string]ActionProgress{}
	for _, old := range a.CheckIns {
		for _, f := range old.Focus {
			for _, act := range f.Actions {
				last[act.Text] = act
			}
		}
	}
	for _, f := range a.Plan.Focus {
		fp := FocusProgress{Skill: f.Skill, Title: f.Title}
		for _, act := range f.Actions {
			p, ok := last[act.Text]
			if !ok {
				p = ActionProgress{Text: act.Text, Status: ActionNotStarted}
			}
			fp.Actions = append(fp.Actions, p)
		}
		c.Focus = append(c.Focus, fp)
	}
	return c
}

// ErrLogFull means the progress log holds MaxCheckIns check-ins already.
var ErrLogFull = fmt.Errorf("your progress log is full: it keeps %d check-ins; export your answers to keep them, and start a new plan", MaxCheckIns)

// ErrCheckInTooLong means a check-in would take the answers past a bound
// on their texts.
var ErrCheckInTooLong = errors.New("this check-in would make your answers too long to keep: shorten the note or what blocks an action")

// CanAdd reports whether adding c keeps the answers within their bounds,
// so that the file saved with it opens again: ErrLogFull, or
// ErrCheckInTooLong.
func (a *Answers) CanAdd(c CheckIn) error {
	if len(a.CheckIns) >= MaxCheckIns {
		return ErrLogFull
	}
	b := *a
	b.CheckIns = append(slices.Clip(a.CheckIns), c)
	if checkBounds(&b) != nil {
		return ErrCheckInTooLong
	}
	return nil
}
