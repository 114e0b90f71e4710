package manager

import (
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

func TestAResponseIsCarriedOverOnlyFromTheParticipantsOwnAnswers(t *testing.T) {
	c := pack(t)
	before := answered(c) // the answers the request was made from, before the workshop
	q, err := NewRequest(c, before, Include{}, day)
	if err != nil {
		t.Fatal(err)
	}
	r := answeredResponse(q)
	now := workshop.NewAnswers(c.ID, day.Add(24*time.Hour)) // the workshop's answers
	stranger := workshop.NewAnswers(c.ID, day).ID

	if err := Bind(r, now); err == nil {
		t.Fatal("a response for other answers binds without carrying it over")
	}
	for _, tc := range []struct {
		name string
		own  []string
		want bool
	}{
		{"made for my earlier answers on this laptop", []string{stranger, before.ID}, true},
		{"made for answers not on this laptop", []string{stranger}, false},
		{"nothing else on this laptop", nil, false},
	} {
		if got := CanCarryOver(r, now, tc.own); got != tc.want {
			t.Errorf("%s: CanCarryOver = %v, want %v", tc.name, got, tc.want)
		}
	}
	other := *now
	other.ContentID = "another-pack"
	if CanCarryOver(r, &other, []string{before.ID}) {
		t.Error("carried over to answers on another content pack")
	}

	carried := CarriedOver(r, now)
	if err := Bind(carried, now); err != nil {
		t.Fatalf("carried over, it does not bind: %v", err)
	}
	if carried.ID != r.ID || carried.RequestID != q.ID || !carried.Updated.Equal(r.Updated) || carried.Manager != r.Manager {
		t.Errorf("carrying over changed more than the binding: %+v", carried)
	}
	first := q.Statements[0].ID
	was := r.Expectations[first]
	carried.Expectations[first] = was%5 + 1
	carried.Commitments[0] = "changed"
	if r.AnswersID != before.ID || r.Expectations[first] != was || r.Commitments[0] == "changed" {
		t.Error("carrying over changed the original response")
	}
}
