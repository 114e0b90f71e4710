package manager

import (
	"bytes"
	"testing"
	"time"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/workshop"
)

var day = time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)

func pack(t testing.TB) *workshop.Content {
	t.Helper()
	c, err := assets.BuiltinContent()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// answered is a participant who rated every statement and skill.
func answered(c *workshop.Content) *workshop.Answers {
	a := workshop.NewAnswers(c.ID, day)
	a.Edition = c.Edition
	a.Participant = workshop.Participant{Name: "Kim", Role: "Service desk lead", LeadershipTime: workshop.LeadershipTimes[1], Manager: "Dana"}
	for i, e := range c.Expectations {
		a.Expectations[e.ID] = workshop.Pair{Me: 1 + i%5, Org: 5 - i%5}
	}
	for i, s := range c.Skills {
		a.Skills[s.ID] = workshop.SkillRate{Current: 1 + i%5, Importance: 4}
	}
	a.Reflections["secret"] = "my private reflection"
	return a
}

// answeredResponse is a full response to q.
func answeredResponse(q *Request) *Response {
	r := NewResponse(q, day.Add(time.Hour))
	r.Manager = "Dana"
	for i, s := range q.Statements {
		r.Expectations[s.ID] = 1 + i%5
	}
	for i, s := range q.Skills {
		r.Skills[s.ID] = SkillView{Needed: 3 + i%3, Today: 1 + i%5}
	}
	for _, qu := range q.Questions {
		r.SetAnswer(qu.ID, "answer to "+qu.ID)
	}
	r.Commitments = []string{"One hour every second week", "An introduction to the network team"}
	return r
}

func encodeRequest(t testing.TB, q *Request) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := EncodeRequest(&b, q); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func encodeResponse(t testing.TB, r *Response) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := EncodeResponse(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
