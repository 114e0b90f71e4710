package lan

import (
	"bytes"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
)

// day90Answers reads the documented example of a participant 90 days on,
// with a re-assessment.
func day90Answers(t *testing.T) *workshop.Answers {
	t.Helper()
	data, err := os.ReadFile("../../docs/examples/answers-day90.json")
	if err != nil {
		t.Fatal(err)
	}
	a, err := workshop.DecodeAnswers(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// A held room reopened as a follow-up session resumes on its follow-up
// phase, open to joiners, with its cohort; the before-and-after is taken
// only once 5 people have re-assessed, and then frozen.
func TestAFollowUpSessionShowsTheRoomFromFive(t *testing.T) {
	store := memstore.New()
	h := newHost(t, store, HostOptions{Pacing: workshop.Paced})
	addr := serve(t, h, "127.0.0.1:0")
	push := func(addr, code, name string, a *workshop.Answers) {
		c, _ := join(t, addr, code, name)
		if _, err := c.PushAnswers(ctx(t), Version{}, a); err != nil {
			t.Fatal(err)
		}
	}
	for i, name := range []string{"Ana", "Ben", "Cleo", "Dan", "Eve"} {
		a := day90Answers(t)
		if i == 4 {
			a.Rounds = nil // Eve has not re-assessed yet
		}
		push(addr, h.Code(), name, a)
	}
	code := h.Code()
	if err := h.SetJoinOpen(ctx(t), false); err != nil {
		t.Fatal(err)
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	rec, err := store.LoadRoom(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	rec.OpenFollowUp(time.Date(2027, 2, 22, 9, 0, 0, 0, time.UTC))
	if err := store.SaveRoom(ctx(t), rec); err != nil {
		t.Fatal(err)
	}
	h2 := newHost(t, store, HostOptions{})
	addr2 := serve(t, h2, "127.0.0.1:0")
	st := h2.State()
	if !st.Current().IsFollowUp() || !st.JoinOpen || h2.Code() != code || len(h2.Members()) != 5 {
		t.Fatalf("the follow-up resumed on %q, open %v, code kept %v, %d members", st.Current().Title, st.JoinOpen, h2.Code() == code, len(h2.Members()))
	}
	if err := h2.ShowResults(ctx(t)); !errors.Is(err, workshop.ErrTooFewAnswers) || h2.ResultsShown() || h2.Answered() != 4 {
		t.Fatalf("4 re-assessed (%d counted): %v", h2.Answered(), err)
	}
	push(addr2, code, "Finn", day90Answers(t))
	if err := h2.ShowResults(ctx(t)); err != nil {
		t.Fatal(err)
	}
	shown := h2.Aggregates()
	if shown.Reassessed != 5 || len(shown.Progress) != 3 || shown.Progress[0].After.N != 5 {
		t.Fatalf("5 re-assessed: %d counted, %d figures", shown.Reassessed, len(shown.Progress))
	}
	push(addr2, code, "Gus", day90Answers(t))
	if again := h2.Aggregates(); again.Reassessed != 5 {
		t.Error("a late arrival changed the frozen before-and-after")
	}
}
