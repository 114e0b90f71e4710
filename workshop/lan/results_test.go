package lan

import (
	"bytes"
	"encoding/csv"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/memstore"
)

// moderate is the example participant with every rating drawn from 2 to
// 4: someone in the middle of the room.
func moderate(t *testing.T, rng *rand.Rand) *workshop.Answers {
	a := exampleAnswers(t)
	for id := range a.Ratings {
		a.Ratings[id] = 2 + rng.IntN(3)
	}
	return a
}

// extreme is the example participant with every rating at 1 or 5,
// whichever takes the own readiness scores further from the middle: a
// newcomer who becomes the room's lowest or highest in most dimensions.
func extreme(t *testing.T, c *workshop.Content) *workshop.Answers {
	a := exampleAnswers(t)
	far := func() int {
		d := 0
		for _, dim := range workshop.ReadProfile(c, a).Dimensions {
			if dim.Scored() {
				d += max(*dim.Score-50, 50-*dim.Score)
			}
		}
		return d
	}
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for id := range a.Ratings {
			if !yield(id) {
				return
			}
		}
	}) {
		a.Ratings[id] = 1
		low := far()
		a.Ratings[id] = 5
		if far() < low {
			a.Ratings[id] = 1
		}
	}
	return a
}

// TestNoScoreOfANewcomerAcrossAPhaseChange repeats the room test's attack
// (N7): the results of one phase are shown, one person with extreme
// answers joins, the room moves on and the next phase's results are
// shown. At 10, 20 and 40 people the next phase's figures are the same
// as the first's, every figure and count of them, so their difference
// tells nothing of the newcomer (workshop.NextCohort); the newcomer is
// counted once four more people have joined, and then none of their
// readiness scores appears among the figures or in the room CSV, though
// they are the room's new lowest or highest in several dimensions (which
// the old minimum and maximum showed exactly).
func TestNoScoreOfANewcomerAcrossAPhaseChange(t *testing.T) {
	for _, n := range []int{10, 20, 40} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			h, addr := startHost(t, HostOptions{Pacing: workshop.Paced})
			rng := rand.New(rand.NewPCG(uint64(n), 7))
			var others []*workshop.Answers
			push := func(name string, a *workshop.Answers) {
				c, _ := join(t, addr, h.Code(), name)
				if _, err := c.PushAnswers(ctx(t), Version{}, a); err != nil {
					t.Fatal(err)
				}
			}
			for i := range n {
				a := moderate(t, rng)
				others = append(others, a)
				push("P"+strconv.Itoa(i), a)
			}
			if err := h.GoTo(ctx(t), 1); err != nil {
				t.Fatal(err)
			}
			if err := h.ShowResults(ctx(t)); err != nil {
				t.Fatal(err)
			}
			before := h.Aggregates()
			newcomer := extreme(t, h.Content())
			push("Newcomer", newcomer)
			if err := h.Next(ctx(t)); err != nil {
				t.Fatal(err)
			}
			if err := h.ShowResults(ctx(t)); err != nil {
				t.Fatal(err)
			}
			if next := h.Aggregates(); !reflect.DeepEqual(next, before) {
				t.Errorf("one newcomer changed the next phase's figures:\nbefore %+v\nafter  %+v", before, next)
			}
			for i := range workshop.MinGroup - 1 {
				a := moderate(t, rng)
				others = append(others, a)
				push("Later "+strconv.Itoa(i), a)
			}
			if err := h.Next(ctx(t)); err != nil {
				t.Fatal(err)
			}
			if err := h.ShowResults(ctx(t)); err != nil {
				t.Fatal(err)
			}
			after := h.Aggregates()
			if after.Participants != n+workshop.MinGroup || len(after.Dimensions) == 0 {
				t.Fatalf("after %d joined: %d participants, %d dimensions", workshop.MinGroup, after.Participants, len(after.Dimensions))
			}
			var csvOut bytes.Buffer
			if err := after.WriteCSV(&csvOut); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(&csvOut).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			own := workshop.ReadProfile(h.Content(), newcomer)
			extremes := 0
			for _, d := range after.Dimensions {
				x := *own.Dimension(d.ID).Score
				var room []int
				for _, a := range others {
					if s := workshop.ReadProfile(h.Content(), a).Dimension(d.ID).Score; s != nil {
						room = append(room, *s)
					}
				}
				if x > slices.Max(room) || x < slices.Min(room) {
					extremes++
				}
				for _, v := range []int{d.Median, d.Mean, d.Low, d.High} {
					if v == x {
						t.Errorf("%s: the newcomer's score %d is shown (%+v)", d.ID, x, d.Spread)
					}
				}
				for _, row := range rows {
					if row[0] == "readiness" && row[1] == d.ID && row[5] == strconv.Itoa(x) {
						t.Errorf("%s: the room CSV shows the newcomer's score %d as its %s", d.ID, x, row[4])
					}
				}
			}
			if extremes < 3 {
				t.Errorf("the newcomer is the room's lowest or highest in only %d dimensions: the test shows nothing", extremes)
			}
		})
	}
}

// TestResultsStayFrozenForThePhase: once a phase's results are shown,
// every way of looking again (showing again, another phase and back, a
// restart of the host) gives the figures as first shown, though people
// joined since; the stored record holds them for the CSV after hosting.
func TestResultsStayFrozenForThePhase(t *testing.T) {
	store := memstore.New()
	h := newHost(t, store, HostOptions{Pacing: workshop.Paced})
	addr := serve(t, h, "127.0.0.1:0")
	rng := rand.New(rand.NewPCG(1, 2))
	add := func(name string) {
		c, _ := join(t, addr, h.Code(), name)
		if _, err := c.PushAnswers(ctx(t), Version{}, moderate(t, rng)); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"Ana", "Ben", "Cleo", "Dan", "Eve", "Finn"} {
		add(name)
	}
	if err := h.GoTo(ctx(t), 2); err != nil {
		t.Fatal(err)
	}
	if err := h.ShowResults(ctx(t)); err != nil {
		t.Fatal(err)
	}
	shown := h.Aggregates()
	add("Gus")
	add("Hana")
	if err := h.ShowResults(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(h.Aggregates(), shown) {
		t.Error("showing again recomputed the figures")
	}
	if err := h.Next(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if err := h.GoTo(ctx(t), 2); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(h.Aggregates(), shown) || !h.ResultsShown() {
		t.Error("next and back recomputed the figures")
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	h2 := newHost(t, store, HostOptions{})
	if got := h2.Aggregates(); !reflect.DeepEqual(got, shown) {
		t.Errorf("after a restart:\n%+v\nwant\n%+v", got, shown)
	}
	if err := h2.ShowResults(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if got, _ := h2.LatestResults(); got.Participants != 6 {
		t.Errorf("after a restart, showing again counted %d people, want the 6 first shown", got.Participants)
	}
	rec, err := store.LoadRoom(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	stored, ok := workshop.LatestResults(rec.Results)
	stored.Bind(h2.Content())
	if !ok || !reflect.DeepEqual(stored, shown) {
		t.Errorf("the stored results (for the CSV after hosting) differ:\n%+v\nwant\n%+v", stored, shown)
	}
}
