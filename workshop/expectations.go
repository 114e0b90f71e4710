package workshop

import "slices"

// Quadrant places an expectation by what I expect against what I believe
// my organisation expects, read with the statement's polarity.
type Quadrant string

// The quadrants. Aligned means the two ratings differ by less than
// MismatchThreshold.
const (
	Aligned Quadrant = "aligned"
	// A role statement I expect more of than my organisation seems to:
	// the job as it should be, not yet supported here.
	NotSupported Quadrant = "not-supported"
	// A role statement my organisation expects more of than I do: part of
	// the job I had not planned for.
	RoleGap Quadrant = "role-gap"
	// A myth I expect more than my organisation does: the role is not this.
	MythHeld Quadrant = "myth-held"
	// A myth my organisation pushes more than I do: player-coach pressure.
	MythPushed Quadrant = "myth-pushed"
)

// MismatchThreshold is the smallest rating difference that counts: two
// points, a third of the scale and more.
const MismatchThreshold = 2

// quadrantWords are each quadrant's label and next step, for people.
var quadrantWords = map[Quadrant][2]string{
	Aligned:      {"Aligned", "You and your organisation see this the same way, as far as you can tell. Check it with your manager anyway."},
	NotSupported: {"Not yet supported here: negotiate it", "This is part of the job, and you expect it more than you believe your organisation does. Ask your manager for the time and the mandate to do it."},
	RoleGap:      {"Part of the job you had not planned for", "Your organisation expects this more than you do, and it is part of leading. Find out what it looks like in practice here, and build the skill behind it."},
	MythHeld:     {"A common picture of the role that may not hold", "You expect this more than you believe your organisation does, and it is more myth than job. Talk it through before it becomes a disappointment."},
	MythPushed:   {"Player-coach pressure: negotiate it", "Your organisation seems to expect this more than you do, and it pulls you back into the work. Agree with your manager how much of it is really yours."},
}

// providesWords are the labels of statements about what the role
// provides (pay, status, an easier week): I expect more of it than I
// believe it gives, or less.
var providesWords = map[Quadrant][2]string{
	MythHeld:   {"Less than you hoped", "You expect more of this than you believe the role gives. Check the facts with your manager now, so it does not become a disappointment that colours the role."},
	MythPushed: {"More than you expected", "You believe the role gives more of this than you expected. Worth confirming with your manager, and worth knowing it is not why the role is worth doing."},
}

// ExpectationResult is one expectation rated twice.
type ExpectationResult struct {
	Expectation *Expectation `json:"-"`
	ID          string       `json:"id"`
	Polarity    Polarity     `json:"polarity"`
	Me          int          `json:"me"`
	Org         int          `json:"org"`
	Quadrant    Quadrant     `json:"quadrant"`
	Label       string       `json:"label"`
	Next        string       `json:"next"`
}

// Diff is my rating minus the one I believe my organisation holds.
func (e ExpectationResult) Diff() int { return e.Me - e.Org }

// Mismatch reports whether the two ratings differ enough to talk about.
func (e ExpectationResult) Mismatch() bool { return e.Quadrant != Aligned }

// QuadrantLabel is the quadrant's label for people.
func QuadrantLabel(q Quadrant) string { return quadrantWords[q][0] }

func expectations(c *Content, a *Answers) []ExpectationResult {
	var out []ExpectationResult
	for i := range c.Expectations {
		e := &c.Expectations[i]
		p := a.Expectations[e.ID]
		me, ok1 := ValidRating(p.Me)
		org, ok2 := ValidRating(p.Org)
		if !ok1 || !ok2 {
			continue
		}
		q := Aligned
		switch d := me - org; {
		case d >= MismatchThreshold && e.Polarity == Role:
			q = NotSupported
		case d >= MismatchThreshold:
			q = MythHeld
		case d <= -MismatchThreshold && e.Polarity == Role:
			q = RoleGap
		case d <= -MismatchThreshold:
			q = MythPushed
		}
		w := quadrantWords[q]
		if pw, ok := providesWords[q]; ok && e.Provides {
			w = pw
		}
		out = append(out, ExpectationResult{Expectation: e, ID: e.ID, Polarity: e.Polarity,
			Me: me, Org: org, Quadrant: q, Label: w[0], Next: w[1]})
	}
	slices.SortStableFunc(out, func(x, y ExpectationResult) int { return abs(y.Diff()) - abs(x.Diff()) })
	return out
}

// Mismatches returns the expectations that are not aligned, biggest first.
func (r *Profile) Mismatches() []ExpectationResult {
	var out []ExpectationResult
	for _, e := range r.Expectations {
		if e.Mismatch() {
			out = append(out, e)
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
