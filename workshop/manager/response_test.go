package manager

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func TestResponseRoundTrip(t *testing.T) {
	c := pack(t)
	q, _ := NewRequest(c, answered(c), Include{}, day)
	r := NewResponse(q, day)
	if !r.Empty() || r.RequestID != q.ID || r.AnswersID != q.AnswersID || r.Edition != q.Edition || len(r.Answers) != len(q.Questions) {
		t.Fatalf("new response: %+v", r)
	}
	r = answeredResponse(q)
	if r.Empty() {
		t.Fatal("an answered response is empty")
	}
	got, err := DecodeResponse(bytes.NewReader(encodeResponse(t, r)))
	if err != nil {
		t.Fatal(err)
	}
	if got.Answer("core-2") != "answer to core-2" || got.Answers[1].Question != q.Questions[1].Text ||
		got.Skills[q.Skills[0].ID] != r.Skills[q.Skills[0].ID] || len(got.Commitments) != 2 {
		t.Errorf("round trip lost answers: %+v", got)
	}
	if err := MatchRequest(got, q); err != nil {
		t.Error(err)
	}
}

func TestDecodeResponseErrors(t *testing.T) {
	c := pack(t)
	q, _ := NewRequest(c, answered(c), Include{}, day)
	r := answeredResponse(q)
	good := string(encodeResponse(t, r))
	sk := q.Skills[0].ID
	for _, tc := range []struct {
		name, in, field, words string
	}{
		{"empty", "  ", "", "empty"},
		{"request file", string(encodeRequest(t, q)), "format", `want "leadshift.manager-response"`},
		{"unknown field", strings.Replace(good, `"manager"`, `"boss"`, 1), "", "unknown field"},
		{"version", strings.Replace(good, `"version": 1`, `"version": 0`, 1), "version", "reads version 1"},
		{"no request", strings.Replace(good, q.ID, "", 1), "requestId", "which request"},
		{"no answers ID", strings.Replace(good, q.AnswersID, "someone", 1), "answersId", "whose answers"},
		{"rating too high", strings.Replace(good, `"expectations": {`, `"expectations": {"x.y": 6,`, 1), "expectations", "not 1 to 5"},
		{"wrong type", strings.Replace(good, `"manager": "Dana"`, `"manager": 7`, 1), "manager", "want string"},
		{"duplicate answer", strings.Replace(good, `"core-2"`, `"core-1"`, 1), "answers[1].id", "appears twice"},
		{"too many commitments", strings.Replace(good, `"commitments": [`, `"commitments": [`+strings.Repeat(`"x",`, 40), 1), "commitments", "at most 30"},
		{"not UTF-8", "{\"format\":\"\xff\"}", "", "UTF-8"},
	} {
		_, err := DecodeResponse(strings.NewReader(tc.in))
		var fe *workshop.FieldError
		switch {
		case err == nil:
			t.Errorf("%s: decoded", tc.name)
		case !strings.Contains(err.Error(), tc.words):
			t.Errorf("%s: %v", tc.name, err)
		case tc.field != "" && (!errors.As(err, &fe) || !strings.HasPrefix(fe.Field, tc.field)):
			t.Errorf("%s: error on the wrong field: %v", tc.name, err)
		}
	}
	r.Skills[sk] = SkillView{Needed: 3, Today: 9}
	if _, err := DecodeResponse(bytes.NewReader(encodeResponse(t, r))); err == nil || !strings.Contains(err.Error(), "levels must be 1 to 5") {
		t.Errorf("level out of range: %v", err)
	}
}
