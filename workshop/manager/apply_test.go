package manager

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestApply(t *testing.T) {
	c := pack(t)
	a := answered(c)
	q, _ := NewRequest(c, a, Include{}, day)
	first := answeredResponse(q)
	same := *first
	newer := answeredResponse(q)
	newer.Touch(first.Updated.Add(time.Hour))
	older := answeredResponse(q)
	older.Touch(first.Updated.Add(-time.Hour))
	other := answeredResponse(q)
	other.AnswersID = "0b7e3a52-8a0f-4c8e-9d8e-6d1f9a6c0001"
	otherPack := answeredResponse(q)
	otherPack.ContentID = "another-pack"

	for _, tc := range []struct {
		name     string
		held, in *Response
		confirm  bool
		want     *Response
		err      func(error) bool
	}{
		{"first response", nil, first, false, first, func(err error) bool { return err == nil }},
		{"the same twice", first, &same, false, first, func(err error) bool { return err == nil }},
		{"newer, not confirmed", first, newer, false, first, func(err error) bool { return errors.Is(err, ErrConfirmReplace) }},
		{"newer, confirmed", first, newer, true, newer, func(err error) bool { return err == nil }},
		{"older, even confirmed", first, older, true, first, func(err error) bool { return errors.Is(err, ErrNotNewer) }},
		{"someone else's", first, other, true, first, func(err error) bool { var m *MismatchError; return errors.As(err, &m) && m.What == "answers" }},
		{"someone else's, none held", nil, other, true, nil, func(err error) bool { var m *MismatchError; return errors.As(err, &m) }},
		{"another pack", nil, otherPack, true, nil, func(err error) bool { var m *MismatchError; return errors.As(err, &m) && m.What == "content pack" }},
	} {
		got, err := Apply(a, tc.held, tc.in, tc.confirm)
		if !tc.err(err) || got != tc.want {
			t.Errorf("%s: got %v, %v", tc.name, got, err)
		}
	}
	_, err := Apply(a, first, newer, false)
	var re *ReplaceError
	if !errors.As(err, &re) || re.Held != first || re.Incoming != newer || !strings.Contains(err.Error(), "Dana") {
		t.Errorf("the confirmation names neither response: %v", err)
	}
	if _, err := Apply(a, nil, other, false); !strings.Contains(err.Error(), "other answers") {
		t.Errorf("mismatch wording: %v", err)
	}
	q2, _ := NewRequest(c, a, Include{}, day)
	if err := MatchRequest(first, q2); err == nil || !strings.Contains(err.Error(), "other request") {
		t.Errorf("a response to another request matched: %v", err)
	}
}
