package workshop

import (
	"errors"
	"testing"
)

func TestSetupCheck(t *testing.T) {
	if s := NewSetup(today, "a4"); s.Check() != nil || s.TotalMinutes() != 175 {
		t.Fatalf("default setup: %v, %d minutes", s.Check(), s.TotalMinutes())
	}
	tests := []struct {
		name  string
		edit  func(s *Setup)
		field string
	}{
		{"no title", func(s *Setup) { s.Title = "" }, "title"},
		{"bad date", func(s *Setup) { s.Date = "tomorrow" }, "date"},
		{"bad pacing", func(s *Setup) { s.Pacing = "fast" }, "pacing"},
		{"no agenda", func(s *Setup) { s.Agenda = nil }, "agenda"},
		{"zero minutes", func(s *Setup) { s.Agenda[2].Minutes = 0 }, "minutes"},
	}
	for _, tt := range tests {
		s := NewSetup(today, "a4")
		tt.edit(s)
		var fe *FieldError
		if err := s.Check(); !errors.As(err, &fe) || fe.Field != tt.field {
			t.Errorf("%s: %v, want a problem with %s", tt.name, err, tt.field)
		}
	}
	s := NewSetup(today, "a4")
	s.Agenda[0].Minutes = 99
	if DefaultAgenda[0].Minutes == 99 {
		t.Error("editing a setup's agenda changed the default agenda")
	}
}
