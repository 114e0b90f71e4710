package workshop

import (
	"slices"
	"strings"
)

// upgrade brings a version 1 answers record to the current version: the
// separate success measure joins the goal's measure, and the plan is kept
// as history so the new analysis can draft it again.
func (a *Answers) upgrade() {
	a.madeWith = a.Version
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

// madeOn is the edition the answers were made on: their own, else the
// oldest edition released with their format version; "" when the pack
// does not say (its items are then taken as unchanged).
func (c *Content) madeOn(a *Answers) string {
	if a.Edition != "" {
		return a.Edition
	}
	version := a.madeWith
	if version == 0 {
		version = AnswersVersion
	}
	for _, e := range c.Editions {
		if e.Answers == version {
			return e.Edition
		}
	}
	return ""
}

// changedSince reports whether wording changed in edition since is later
// than edition made. Editions the pack does not list count as unchanged.
func (c *Content) changedSince(since, made string) bool {
	at := func(ed string) int {
		return slices.IndexFunc(c.Editions, func(e EditionInfo) bool { return e.Edition == ed })
	}
	s, m := at(since), at(made)
	return since != "" && s >= 0 && m >= 0 && s > m
}

// retire maps answers to items of an earlier edition of the pack: to the
// item that replaced them when its wording was there when the answer was
// given (flipped when it was reworded the other way), or into the
// history when nothing replaced them or the wording has changed since.
func (c *Content) retire(a *Answers, made string) {
	for _, r := range c.Retired {
		if v, ok := a.Ratings[r.ID]; ok {
			delete(a.Ratings, r.ID)
			target := c.Item(r.MapTo)
			switch _, taken := a.Ratings[r.MapTo]; {
			case r.MapTo != "" && !taken && target != nil && !c.changedSince(target.Since, made):
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

// reask moves every answer given to wording that has changed since the
// answers' edition into the history, and lists it to be answered again:
// an answer is never kept against words the person did not see.
func (c *Content) reask(a *Answers, made string) {
	var moved []string
	h := a.History
	if h == nil {
		h = &History{} // kept only if something is set aside
	}
	for _, id := range c.items() {
		if c.changedSince(c.Item(id).Since, made) && setAside(a.Ratings, &h.Ratings, id) {
			moved = append(moved, id)
		}
	}
	for _, d := range c.Dimensions {
		for _, p := range d.Prompts {
			if c.changedSince(p.Since, made) && setAside(a.Reflections, &h.Reflections, p.ID) {
				moved = append(moved, p.ID)
			}
		}
	}
	for _, s := range c.Skills {
		if c.changedSince(s.Since, made) && setAside(a.Skills, &h.Skills, s.ID) {
			moved = append(moved, s.ID)
		}
	}
	for _, e := range c.Expectations {
		if c.changedSince(e.Since, made) && setAside(a.Expectations, &h.Expectations, e.ID) {
			moved = append(moved, e.ID)
		}
	}
	if len(moved) == 0 {
		return
	}
	a.History, h.Edition = h, made
	for _, id := range moved {
		if !slices.Contains(h.Reasked, id) {
			h.Reasked = append(h.Reasked, id)
		}
	}
}

// Reasked lists the items, skills, expectations and reflections to answer
// again because their wording changed after the answers were given, in
// pack order, leaving out those answered again since.
func (a *Answers) Reasked() []string {
	if a.History == nil {
		return nil
	}
	var out []string
	for _, id := range a.History.Reasked {
		_, r := a.Ratings[id]
		_, s := a.Skills[id]
		_, e := a.Expectations[id]
		_, t := a.Reflections[id]
		if !r && !s && !e && !t {
			out = append(out, id)
		}
	}
	return out
}

// setAside moves the answer to id from answers into *kept, making the map
// when needed, and reports whether there was one.
func setAside[V any](answers map[string]V, kept *map[string]V, id string) bool {
	v, ok := answers[id]
	if !ok {
		return false
	}
	if *kept == nil {
		*kept = map[string]V{}
	}
	(*kept)[id] = v
	delete(answers, id)
	return true
}
