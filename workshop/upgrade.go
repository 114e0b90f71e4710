package workshop

import "strings"

// upgrade brings a version 1 answers record to the current version: the
// separate success measure joins the goal's measure, and the plan is kept
// as history so the new analysis can draft it again.
func (a *Answers) upgrade() {
	if a.Version >= AnswersVersion {
		return
	}
	if a.Plan != nil {
		for i := range a.Plan.Focus {
			f := &a.Plan.Focus[i]
			if strings.TrimSpace(f.Goal.Measurable) == "" {
				f.Goal.Measurable = f.Measure
			}
			f.Measure = ""
		}
		a.history().Plan = a.Plan
		a.Plan = nil
	}
	a.Version = AnswersVersion
}

func (a *Answers) history() *History {
	if a.History == nil {
		a.History = &History{}
	}
	return a.History
}

// retire maps answers to items of an earlier edition of the pack: to the
// item that replaced them (flipped when it was reworded the other way), or
// into the history when nothing replaced them.
func (c *Content) retire(a *Answers) {
	for _, r := range c.Retired {
		if v, ok := a.Ratings[r.ID]; ok {
			delete(a.Ratings, r.ID)
			switch _, taken := a.Ratings[r.MapTo]; {
			case r.MapTo != "" && !taken && c.Item(r.MapTo) != nil:
				if r.Flip && v > 0 {
					v = Scale + 1 - v
				}
				a.Ratings[r.MapTo] = v
			default:
				h := a.history()
				if h.Ratings == nil {
					h.Ratings = map[string]int{}
				}
				h.Ratings[r.ID] = v
			}
		}
		if p, ok := a.Expectations[r.ID]; ok {
			delete(a.Expectations, r.ID)
			if _, taken := a.Expectations[r.MapTo]; r.MapTo != "" && !taken {
				a.Expectations[r.MapTo] = p
			}
		}
		if t, ok := a.Reflections[r.ID]; ok {
			delete(a.Reflections, r.ID)
			if _, taken := a.Reflections[r.MapTo]; r.MapTo != "" && !taken {
				a.Reflections[r.MapTo] = t
			}
		}
		if s, ok := a.Skills[r.ID]; ok {
			delete(a.Skills, r.ID)
			if _, taken := a.Skills[r.MapTo]; r.MapTo != "" && !taken {
				a.Skills[r.MapTo] = s
			}
		}
	}
}
