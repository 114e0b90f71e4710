package workshop

import (
	"fmt"
	"math"
)

// maxPulseOptions bounds the answers of a pulse question in a file read
// without its pack.
const maxPulseOptions = 10

// checkRetake checks what a re-assessment records beside its ratings:
// each indicator a number in range, each pulse tally a count of people
// per answer.
func checkRetake(field string, r Round) error {
	for j, f := range r.Focus {
		if f.Value != nil && (math.IsNaN(*f.Value) || *f.Value < 0 || *f.Value > maxValue) {
			return &FieldError{Field: fmt.Sprintf("%s.focus[%d].value", field, j), Problem: fmt.Sprintf("must be a number from 0 to %d", maxValue)}
		}
		if len(f.Actions) > 0 {
			return &FieldError{Field: fmt.Sprintf("%s.focus[%d].actions", field, j), Problem: "belong to a check-in, not to a re-assessment"}
		}
	}
	for id, t := range r.Pulse {
		if len(t) == 0 || len(t) > maxPulseOptions {
			return &FieldError{ItemID: id, Field: field + ".pulse", Problem: fmt.Sprintf("must count the team's answers, one number for each of 1 to %d answers", maxPulseOptions)}
		}
		for _, v := range t {
			if v < 0 || v > MaxTeamSize {
				return &FieldError{ItemID: id, Field: field + ".pulse", Problem: fmt.Sprintf("each count must be a number of people from 0 to %d", MaxTeamSize)}
			}
		}
	}
	return nil
}
