package analysis

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// weekWeight is the weight a candidate draws from the counts of the week,
// and the texts of that evidence.
func weekWeight(r *Report, id string) (float64, []string) {
	w := 0.0
	var texts []string
	for _, cand := range r.Candidates {
		if cand.ID != id {
			continue
		}
		for _, e := range cand.Evidence {
			if e.Source == "week" {
				w += e.Weight
				texts = append(texts, e.Text)
			}
		}
	}
	return w, texts
}

func chosenIDs(r *Report) []string {
	var out []string
	for _, f := range r.Focus {
		out = append(out, f.ID)
	}
	return out
}

// escalated returns answers that show no gap anywhere but 15 escalations
// straight to me last week: the count, and nothing else, speaks.
func escalated(c *workshop.Content) *workshop.Answers {
	a := mixed(c)
	a.Week.Counts = map[workshop.Source]int{workshop.SourceEscalations: 15}
	return a
}

// holdsTheFirstCall adds what explains the escalations by handing over:
// a row I still hold that is an escalation, and words of mine about it.
func holdsTheFirstCall(a *workshop.Answers) {
	a.Delegations = []workshop.DelegationRow{{What: "First call for the storage alerts", Type: "Escalation", Owner: "Piet", Kind: workshop.RowHold}}
	a.Reflections["a.p"] = "I spent the weekend on the storage alerts again, and nobody else looks at them."
}

func TestACountNothingExplainsOpensItsOwnFocus(t *testing.T) {
	c := fixture(t)
	r := Analyze(c, escalated(c))
	own, _ := weekWeight(r, "sk.y")
	if want := countWeight(15, 5); own != want {
		t.Errorf("the skill the count measures draws %.2f from it, want all of it (%.2f)", own, want)
	}
	if other, _ := weekWeight(r, "sk.x"); other != 0 {
		t.Errorf("handing over draws %.2f from a count nothing on the map explains", other)
	}
	if ids := chosenIDs(r); !slices.Equal(ids, []string{"sk.y"}) {
		t.Errorf("focus %v, want the count's own skill", ids)
	}
}

func TestACountMyRowsAndWordsExplainSupportsThatFocus(t *testing.T) {
	c := fixture(t)
	a := escalated(c)
	holdsTheFirstCall(a)
	r := Analyze(c, a)
	held, texts := weekWeight(r, "sk.x")
	if want := countWeight(15, 5); math.Abs(held-want) > 1e-9 {
		t.Errorf("handing over draws %.2f from the count, want all of it (%.2f): only my row and words explain it", held, want)
	}
	if len(texts) != 1 || texts[0] != "15 escalations came straight to you last week" {
		t.Errorf("the count is said as %q, want it once", texts)
	}
	if own, _ := weekWeight(r, "sk.y"); own != 0 {
		t.Errorf("the count's own skill draws %.2f though nothing else of mine points there", own)
	}
	if ids := chosenIDs(r); len(ids) == 0 || ids[0] != "sk.x" {
		t.Errorf("focus %v, want handing over first", ids)
	}
}

func TestARowOfAnotherKindDoesNotExplainACount(t *testing.T) {
	c := fixture(t)
	a := escalated(c)
	holdsTheFirstCall(a)
	a.Delegations[0].Type, a.Delegations[0].What = "Decision", "Choosing the next backup tool"
	r := Analyze(c, a)
	if held, _ := weekWeight(r, "sk.x"); held != 0 {
		t.Errorf("handing over draws %.2f from escalations, though the row I hold is a decision my words do not name", held)
	}
}

func TestACountTwoFociExplainIsShared(t *testing.T) {
	c := fixture(t)
	a := escalated(c)
	holdsTheFirstCall(a)
	a.Ratings["b.1"], a.Ratings["b.2"] = 1, 1 // I step in myself where the team could handle it
	r := Analyze(c, a)
	held, _ := weekWeight(r, "sk.x")
	own, _ := weekWeight(r, "sk.y")
	if held <= 0 || own <= 0 {
		t.Fatalf("shares %.2f (handing over) and %.2f (own), want both: each is explained", held, own)
	}
	if sum, want := held+own, countWeight(15, 5); math.Abs(sum-want) > 1e-9 {
		t.Errorf("the shares add up to %.2f, want the count's weight %.2f: a count is read once", sum, want)
	}
}

func TestATaggedReflectionCountsOnceForItsFocus(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Reflections["a.p"] = "I worked every weekend this month on the storage alerts."
	a.Tags = map[string][]string{"a.p": {"sk.x"}}
	r := Analyze(c, a)
	for _, cand := range r.Candidates {
		if cand.ID != "sk.x" {
			continue
		}
		var sources []string
		for _, e := range cand.Evidence {
			sources = append(sources, e.Source)
		}
		if !slices.Contains(sources, "tag") || slices.Contains(sources, "reflection") {
			t.Errorf("evidence from %v, want my tag once, not the same words again", sources)
		}
		return
	}
	t.Fatal("no candidate for the tagged focus")
}

func TestACountAnotherFocusExplainsBringsNoStockObstacle(t *testing.T) {
	c := fixture(t)
	c.CountObstacles = []workshop.CountObstacle{{Source: workshop.SourceEscalations,
		Obstacle: "{n} escalations came straight to me: the team asks me first.", Response: "I hand them back."}}
	for _, explained := range []bool{false, true} {
		a := escalated(c)
		if explained {
			holdsTheFirstCall(a)
		}
		r := Analyze(c, a)
		p := NewPlan(c, a, r, today)
		stock := false
		for _, o := range p.Obstacles {
			stock = stock || strings.HasPrefix(o.Obstacle, "15 escalations came straight to me")
		}
		if stock == explained {
			t.Errorf("explained by a held row %v: the count's own cause printed %v, want %v (focus %v)", explained, stock, !explained, chosenIDs(r))
		}
	}
}

func TestMyWordsAboutTheEveningsNameTheRowThatExplainsThem(t *testing.T) {
	c := fixture(t)
	evenings := c.Skills[1]
	evenings.ID, evenings.Indicator.Source, evenings.Cues = "sk.b", workshop.SourceAfterHours, []string{"evening"}
	c.Skills = append(c.Skills, evenings)
	for _, tt := range []struct {
		words string
		named bool
	}{
		{"Sunday evening I was checking the batch jobs again so nothing failed on Monday.", true},
		{"Sunday evening I was answering the team chat again.", false},
	} {
		a := mixed(c)
		a.Week.Counts = map[workshop.Source]int{workshop.SourceAfterHours: 12}
		a.Ratings["a.1"], a.Ratings["a.3"] = 1, 1 // handing over has reasons of its own
		a.Delegations = []workshop.DelegationRow{{What: "Checking the batch jobs", Type: "Task", Owner: "Lucy", Kind: workshop.RowHold}}
		a.Reflections["a.p"] = tt.words
		r := Analyze(c, a)
		held, _ := weekWeight(r, "sk.x")
		own, _ := weekWeight(r, "sk.b")
		if named := held > 0; named != tt.named {
			t.Errorf("%q: handing over draws %.2f of the evenings, own skill %.2f; want the row explaining them %v", tt.words, held, own, tt.named)
		}
		if !tt.named && own != countWeight(12, 3) {
			t.Errorf("%q: the evenings count %.2f for their own skill, want all of them", tt.words, own)
		}
	}
}
