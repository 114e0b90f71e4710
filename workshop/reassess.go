package workshop

import (
	"slices"
	"time"
)

// reassessAfter is how many days after the workshop the re-assessment
// opens: from the day-60 check-in on, day 90 being when it is due.
const reassessAfter = 60

// ReassessOpen reports whether the answers' plan can be re-assessed on
// today: from the day-60 review date (60 days after the answers were
// made, when the plan has no such date) on.
func (a *Answers) ReassessOpen(today time.Time) bool {
	if a.Plan == nil || len(a.Plan.Focus) == 0 {
		return false
	}
	made := a.Created.UTC()
	from := time.Date(made.Year(), made.Month(), made.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, reassessAfter)
	if len(a.Plan.Reviews) >= 2 {
		if d, err := time.Parse(DateLayout, a.Plan.Reviews[1]); err == nil {
			from = d
		}
	}
	return !today.Before(from)
}

// FocusDimensions are the dimensions a plan's focus areas come from: those
// whose low score points to one of the focus skills.
func FocusDimensions(c *Content, p *Plan) []*Dimension {
	var out []*Dimension
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		if p != nil && slices.ContainsFunc(p.Focus, func(f FocusArea) bool { return f.Skill != "" && f.Skill == d.Skill }) {
			out = append(out, d)
		}
	}
	return out
}

// RetakeItems are the items a re-assessment asks again, in pack order:
// every situation, and every statement of the focus dimensions.
func RetakeItems(c *Content, p *Plan) []Item {
	focus := FocusDimensions(c, p)
	var out []Item
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		for _, it := range d.Items {
			if it.IsScenario() || slices.Contains(focus, d) {
				out = append(out, it)
			}
		}
	}
	return out
}

// DraftRound starts a re-assessment dated date, made on content c: no
// rating yet, each focus area of the plan with its indicator to count.
func (a *Answers) DraftRound(c *Content, id, date string) Round {
	r := Round{ID: id, Date: date, Edition: c.Edition, Ratings: map[string]int{}}
	if a.Plan != nil {
		for _, f := range a.Plan.Focus {
			r.Focus = append(r.Focus, FocusProgress{Skill: f.Skill, Title: f.Title})
		}
	}
	return r
}

// MaxWeekCount is the largest count of the week a file may hold.
const MaxWeekCount = maxCount
