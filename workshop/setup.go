package workshop

import (
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
)

// Setup is a facilitator's workshop: what it is, when and where, which
// content it runs and on what agenda.
type Setup struct {
	ID          string    `json:"id"`
	Title       string    `json:"title"`
	Date        string    `json:"date"` // YYYY-MM-DD
	Venue       string    `json:"venue"`
	ContentFile string    `json:"contentFile,omitempty"` // a custom pack; empty for the built-in one
	Agenda      []Phase   `json:"agenda"`
	Pacing      Pacing    `json:"pacing"`
	Paper       string    `json:"paper"` // a4 or letter
	Created     time.Time `json:"created"`
	Hosted      bool      `json:"hosted"`   // hosting has started at least once
	Running     bool      `json:"running"`  // hosting now, or when the app last stopped
	Imported    bool      `json:"imported"` // opened from an archive: reprint and export only
}

// NewSetup starts a draft workshop with the default half-day agenda.
func NewSetup(now time.Time, paper string) *Setup {
	return &Setup{
		ID:      uuid.NewString(),
		Title:   "Leadership workshop",
		Date:    now.Format(DateLayout),
		Agenda:  append([]Phase(nil), DefaultAgenda...),
		Pacing:  Paced,
		Paper:   paper,
		Created: now.UTC(),
	}
}

// TotalMinutes is the agenda's length, without dropped practice phases.
func (s *Setup) TotalMinutes() int {
	n := 0
	for _, p := range s.Agenda {
		if p.Dropped {
			continue
		}
		n += p.Minutes
	}
	return n
}

// Check reports the first problem with a setup, in words for the facilitator.
func (s *Setup) Check() error {
	if all := s.Problems(); len(all) > 0 {
		return all[0]
	}
	return nil
}

// Problems are every problem with a setup, in the order of its fields, so
// a form can show them all at once, each on its field.
func (s *Setup) Problems() []*FieldError {
	var out []*FieldError
	if strings.TrimSpace(s.Title) == "" {
		out = append(out, &FieldError{Field: "title", Problem: "give the workshop a title"})
	}
	if _, err := ParseDate("date", s.Date); err != nil {
		out = append(out, &FieldError{Field: "date", Problem: err.Error()})
	}
	if s.Pacing != Paced && s.Pacing != SelfPaced {
		out = append(out, &FieldError{Field: "pacing", Problem: fmt.Sprintf("%q is not paced or self", s.Pacing)})
	}
	if len(s.Agenda) == 0 {
		out = append(out, &FieldError{Field: "agenda", Problem: "needs at least one phase"})
	}
	for _, p := range s.Agenda {
		if p.Minutes < 1 || p.Minutes > 600 {
			out = append(out, &FieldError{ItemID: p.ID, Field: "minutes", Problem: "a time box must be 1 to 600 minutes"})
		}
	}
	return out
}
