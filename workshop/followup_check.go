package workshop

import (
	"fmt"
	"math"
	"slices"
)

// maxValue bounds an indicator's value at a check-in: a count or hours of
// a week, a month or a quarter.
const maxValue = 1_000_000

// checkFollowUp checks what the answers record after the workshop: every
// date a date, every status one the format knows, every rating and value
// in range, and no round or check-in ID twice.
func (a *Answers) checkFollowUp() error {
	for i, r := range a.Delegations {
		for j, s := range r.Status {
			field := fmt.Sprintf("delegations[%d].status[%d]", i, j)
			if !slices.Contains(RowStates, s.State) {
				return &FieldError{Field: field + ".state", Problem: fmt.Sprintf("%q is not planned, handed or takenBack", s.State)}
			}
			if err := checkDate(field+".date", s.Date); err != nil {
				return err
			}
			if s.Level < 0 || s.Level > maxLevels {
				return &FieldError{Field: field + ".level", Problem: fmt.Sprintf("must be a delegation level from 1 to %d", maxLevels)}
			}
		}
	}
	ids := map[string]bool{}
	unique := func(field, id string) error {
		if id == "" || ids[id] {
			return &FieldError{Field: field + ".id", Problem: "must be present and used once"}
		}
		ids[id] = true
		return nil
	}
	for i, r := range a.Rounds {
		field := fmt.Sprintf("rounds[%d]", i)
		if err := unique(field, r.ID); err != nil {
			return err
		}
		if err := checkDate(field+".date", r.Date); err != nil {
			return err
		}
		for id, v := range r.Ratings {
			if v < 1 || v > Scale {
				return &FieldError{ItemID: id, Field: field + ".ratings", Problem: fmt.Sprintf("ratings must be 1 to %d", Scale)}
			}
		}
		for id, s := range r.Skills {
			if s.Current < 0 || s.Current > Scale || s.Importance < 0 || s.Importance > Scale {
				return &FieldError{ItemID: id, Field: field + ".skills", Problem: fmt.Sprintf("ratings must be 1 to %d", Scale)}
			}
		}
		for src, v := range r.Counts {
			if !slices.Contains(CountSources, src) || v < 0 || v > maxCount {
				return &FieldError{Field: field + ".counts", Problem: fmt.Sprintf("%q must be one of the week's counts, from 0 to %d", src, maxCount)}
			}
		}
		if err := checkRetake(field, r); err != nil {
			return err
		}
	}
	for i, c := range a.CheckIns {
		field := fmt.Sprintf("checkIns[%d]", i)
		if err := unique(field, c.ID); err != nil {
			return err
		}
		if err := checkDate(field+".date", c.Date); err != nil {
			return err
		}
		if c.Review < 0 || c.Review > 3 {
			return &FieldError{Field: field + ".review", Problem: "must be 1, 2 or 3 (day 30, 60 or 90), or absent"}
		}
		for j, f := range c.Focus {
			ff := fmt.Sprintf("%s.focus[%d]", field, j)
			if f.Value != nil && (math.IsNaN(*f.Value) || *f.Value < 0 || *f.Value > maxValue) {
				return &FieldError{Field: ff + ".value", Problem: fmt.Sprintf("must be a number from 0 to %d", maxValue)}
			}
			for k, act := range f.Actions {
				if !slices.Contains(ActionStatuses, act.Status) {
					return &FieldError{Field: fmt.Sprintf("%s.actions[%d].status", ff, k), Problem: fmt.Sprintf("%q is not notStarted, started, done or blocked", act.Status)}
				}
			}
		}
	}
	return nil
}

// maxLevels bounds a delegation level in a file read without its pack.
const maxLevels = 10

// checkDate checks a stored date of the follow-up: YYYY-MM-DD.
func checkDate(field, s string) error {
	if _, err := ParseDate(field, s); err != nil {
		return &FieldError{Field: field, Problem: fmt.Sprintf("%q is not a date like 2026-12-31", s)}
	}
	return nil
}
