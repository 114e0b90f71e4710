package manager

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

func TestNewRequestSharesOnlyWhatIsTickedIn(t *testing.T) {
	c := pack(t)
	a := answered(c)
	for _, tc := range []struct {
		name             string
		inc              Include
		skills, expectns bool
	}{
		{"nothing ticked", Include{}, false, false},
		{"skills ticked", Include{SkillRatings: true}, true, false},
		{"expectations ticked", Include{ExpectationAnswers: true}, false, true},
		{"both", Include{SkillRatings: true, ExpectationAnswers: true}, true, true},
	} {
		q, err := NewRequest(c, a, tc.inc, day)
		if err != nil {
			t.Fatal(err)
		}
		if (len(q.SelfSkills) > 0) != tc.skills || (len(q.SelfExpectations) > 0) != tc.expectns {
			t.Errorf("%s: shared %d skill ratings and %d expectation answers", tc.name, len(q.SelfSkills), len(q.SelfExpectations))
		}
		data := encodeRequest(t, q)
		if bytes.Contains(data, []byte("my private reflection")) {
			t.Errorf("%s: the request carries a reflection", tc.name)
		}
		if !tc.skills && bytes.Contains(data, []byte("selfSkills")) || !tc.expectns && bytes.Contains(data, []byte("selfExpectations")) {
			t.Errorf("%s: the file names ratings not shared:\n%s", tc.name, data)
		}
	}
}

func TestNewRequestCarriesStatementsSkillsAndQuestions(t *testing.T) {
	c := pack(t)
	a := answered(c)
	q, err := NewRequest(c, a, Include{SkillRatings: true}, day)
	if err != nil {
		t.Fatal(err)
	}
	if q.AnswersID != a.ID || q.Edition != c.Edition || q.Name != "Kim" || q.Role != "Service desk lead" {
		t.Errorf("request header: %+v", q)
	}
	if len(q.Statements) != len(c.Expectations) || len(q.Skills) != len(c.Skills) || len(q.Questions) != len(c.CoreQuestions) {
		t.Fatalf("request holds %d statements, %d skills, %d questions", len(q.Statements), len(q.Skills), len(q.Questions))
	}
	if q.Skills[0].Levels[4] != c.Skills[0].Levels[4] || q.Statements[0].Polarity != c.Expectations[0].Polarity {
		t.Errorf("anchors or polarity not copied")
	}
	if q.SelfSkills[c.Skills[1].ID] != a.Skills[c.Skills[1].ID].Current {
		t.Errorf("shared skill rating: %v", q.SelfSkills)
	}
	a.Participant.LeadershipTime = workshop.LeadershipTimes[0]
	q, _ = NewRequest(c, a, Include{}, day)
	if q.Questions[0].Text != c.CoreQuestionsNotYet[0] {
		t.Errorf("someone not leading yet is asked %q", q.Questions[0].Text)
	}
	got, err := DecodeRequest(bytes.NewReader(encodeRequest(t, q)))
	if err != nil || got.ID != q.ID || len(got.Skills) != len(q.Skills) {
		t.Errorf("round trip: %v", err)
	}
	a.ID = ""
	if _, err := NewRequest(c, a, Include{}, day); err == nil {
		t.Error("answers without an ID made a request")
	}
}

func TestDecodeRequestErrors(t *testing.T) {
	c := pack(t)
	q, _ := NewRequest(c, answered(c), Include{SkillRatings: true}, day)
	good := string(encodeRequest(t, q))
	for _, tc := range []struct {
		name, in, field, words string
	}{
		{"empty", "", "", "empty"},
		{"not JSON", "hello", "", "does not start with a JSON object"},
		{"answers file", `{"format":"leadshift.answers","version":2}`, "format", `want "leadshift.manager-request"`},
		{"response file", `{"format":"leadshift.manager-response","version":1}`, "format", "want"},
		{"unknown field", strings.Replace(good, `"name"`, `"nam"`, 1), "", "unknown field"},
		{"version", strings.Replace(good, `"version": 1`, `"version": 7`, 1), "version", "reads version 1"},
		{"bad ID", strings.Replace(good, q.ID, "x", 1), "id", "not an ID"},
		{"bad answers ID", strings.Replace(good, q.AnswersID, "", 1), "answersId", "whose answers"},
		{"bad polarity", strings.Replace(good, `"polarity": "myth"`, `"polarity": "maybe"`, 1), "statements[", "role or myth"},
		{"four anchors", strings.Replace(good, `"levels": [`, `"levels": [], "x": [`, 1), "", "unknown field"},
		{"duplicate ID", strings.Replace(good, q.Skills[1].ID, q.Skills[0].ID, 1), "skills[1].id", "appears twice"},
		{"truncated", good[:len(good)/2], "", "truncated"},
		{"trailing", good + "{}", "", "after the JSON object"},
		{"long name", strings.Replace(good, `"name": "Kim"`, `"name": "`+strings.Repeat("k", workshop.MaxText+1)+`"`, 1), "name", "longer than"},
	} {
		_, err := DecodeRequest(strings.NewReader(tc.in))
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
	bad := *q
	bad.Skills = append([]SkillAnchors(nil), q.Skills...)
	bad.Skills[2].Levels = bad.Skills[2].Levels[:4]
	if _, err := DecodeRequest(bytes.NewReader(encodeRequest(t, &bad))); err == nil || !strings.Contains(err.Error(), "has 4 level anchors") {
		t.Errorf("four anchors: %v", err)
	}
	bad = *q
	bad.SelfSkills = map[string]int{q.Skills[0].ID: 6}
	if _, err := DecodeRequest(bytes.NewReader(encodeRequest(t, &bad))); err == nil || !strings.Contains(err.Error(), "selfSkills") {
		t.Errorf("self-rating out of range: %v", err)
	}
}
