package workshop

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
)

// oversized are the review's documents (N3), each within the 4 MB a file
// may have, and the field each must be refused for.
var oversized = []struct {
	field string
	edit  func(a *Answers)
}{
	{"plan.strengths", func(a *Answers) { a.Plan.Strengths = copies("x", 900_000) }},
	{"plan.reviews", func(a *Answers) { a.Plan.Reviews = copies("2027-01-01", 300_000) }},
	{"history.ratings", func(a *Answers) {
		a.History = &History{Ratings: map[string]int{}}
		for i := range 200_000 {
			a.History.Ratings["retired-"+strconv.Itoa(i)] = 3
		}
	}},
	{"history.plan.day30", func(a *Answers) { a.History = &History{Plan: &Plan{Day30: strings.Repeat("x", 3_500_000)}} }},
	{"plan.focus[0].actions", func(a *Answers) {
		a.Plan.Focus = []FocusArea{{Actions: make([]PlanAction, MaxEntriesPerList+1)}}
		for i := range a.Plan.Focus[0].Actions {
			a.Plan.Focus[0].Actions[i].Kind = Kinds[0]
		}
	}},
	{"plan.obstacles", func(a *Answers) { a.Plan.Obstacles = make([]Obstacle, MaxEntriesPerList+1) }},
	{"plan.talk", func(a *Answers) { a.Plan.Talk = copies(strings.Repeat("y", MaxText), MaxEntriesPerList) }}, // 120,000 characters and the name
}

func copies(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// compact is a encoded without spaces, as an attacker would send it.
func compact(t *testing.T, a *Answers) []byte {
	t.Helper()
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestOversizedDocumentsAreRefused: every document of the review that
// was accepted and stored is now refused, with an error naming the field.
func TestOversizedDocumentsAreRefused(t *testing.T) {
	c := fixture(t)
	for _, tc := range oversized {
		a := answered(c, 4)
		a.Plan = &Plan{}
		tc.edit(a)
		_, err := DecodeAnswers(bytes.NewReader(compact(t, a)))
		var fe *FieldError
		if !errors.As(err, &fe) || !strings.HasPrefix(fe.Field, tc.field) {
			t.Errorf("%s: %v, want an error naming %s", tc.field, err, tc.field)
		}
	}
}

// TestShapeIsCheckedBeforeDecoding: CheckShape refuses the review's
// documents of hundreds of thousands of entries from their bytes, naming
// the part, and passes a full day's document.
func TestShapeIsCheckedBeforeDecoding(t *testing.T) {
	c := fixture(t)
	for _, tc := range oversized[:3] {
		a := answered(c, 4)
		a.Plan = &Plan{}
		tc.edit(a)
		err := CheckShape(compact(t, a))
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != tc.field {
			t.Errorf("%s: %v, want an error naming %s", tc.field, err, tc.field)
		}
	}
	if err := CheckShape(compact(t, fullDay(c))); err != nil {
		t.Errorf("a full day's document: %v", err)
	}
}

// FuzzCheckShape: CheckShape never panics, and on JSON it agrees with a
// decoder's count of every list's and object's entries.
func FuzzCheckShape(f *testing.F) {
	f.Add([]byte(`{"a":[1,2,3],"b":{"c":"d,\"e"}}`))
	f.Add([]byte(`[[],{},"\\",[1,[2,[3]]]]`))
	f.Add(bytes.Repeat([]byte("[1,"), 400))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := CheckShape(data)
		var v any
		if json.Unmarshal(data, &v) != nil {
			return
		}
		most, total := countEntries(v)
		if over := most > MaxEntriesPerMap || total > MaxEntries; over != (err != nil) {
			t.Fatalf("%d entries at most in one, %d in all: CheckShape says %v", most, total, err)
		}
	})
}

// countEntries is the most entries of one list or object in v, and the
// entries of all of them but the outermost's first, as CheckShape counts.
func countEntries(v any) (most, total int) {
	var walk func(v any)
	walk = func(v any) {
		n := 0
		switch x := v.(type) {
		case []any:
			n = len(x)
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			n = len(x)
			for _, e := range x {
				walk(e)
			}
		default:
			return
		}
		most = max(most, n)
		total += max(n-1, 0)
	}
	walk(v)
	return most, total
}

// TestAFullDaysDocumentFits: a document with every list at its bound, of
// short entries, and every map of a pack far larger than the built-in one,
// is accepted: the bounds are for documents no person types.
func TestAFullDaysDocumentFits(t *testing.T) {
	if _, err := DecodeAnswers(bytes.NewReader(encode(t, fullDay(fixture(t))))); err != nil {
		t.Fatal(err)
	}
}

// fullDay is a document with every list at its bound (the delegation
// map's at its own), of short entries, and history holding a map as large
// as allowed and a long list of answers to ask again.
func fullDay(c *Content) *Answers {
	a := answered(c, 4)
	a.Plan = &Plan{Strengths: copies("Calm in incidents", MaxEntriesPerList), Reviews: copies("2027-01-01", MaxEntriesPerList),
		Talk: copies(strings.Repeat("t", 400), MaxEntriesPerList), Obstacles: make([]Obstacle, MaxEntriesPerList)}
	for range MaxRows {
		a.Delegations = append(a.Delegations, NewDelegationRow())
	}
	a.History = &History{Ratings: map[string]int{}}
	for i := range MaxEntriesPerMap {
		a.History.Ratings["retired."+strconv.Itoa(i)] = 2
	}
	for i := range 120 { // a file of an older edition: every item asked again
		a.History.Reasked = append(a.History.Reasked, "item."+strconv.Itoa(i))
	}
	return a
}

// FuzzAnswersBounds drives the decoder with generated documents: one list
// (chosen by which) of n entries of size characters, or a map of n
// entries. A document past a bound is refused naming the part; one
// accepted is within every bound.
func FuzzAnswersBounds(f *testing.F) {
	f.Add(uint8(0), uint32(201), uint16(1))
	f.Add(uint8(3), uint32(200), uint16(600))
	f.Add(uint8(5), uint32(1001), uint16(0))
	f.Add(uint8(6), uint32(1), uint16(4001))
	c := fixture(f)
	f.Fuzz(func(t *testing.T, which uint8, n uint32, size uint16) {
		n %= 3000
		a := answered(c, 3)
		a.Plan = &Plan{}
		chars := int(size) % 5000
		text := strings.Repeat("é", chars)
		key := strings.Repeat("k", chars%150)
		most := MaxEntriesPerList
		lists := []*[]string{&a.Plan.Strengths, &a.Plan.StopDoing, &a.Plan.Talk, &a.Plan.Reviews}
		field := ""
		switch w := int(which) % 7; {
		case w < len(lists):
			*lists[w] = copies(text, int(n))
			field = "plan." + []string{"strengths", "stopDoing", "talk", "reviews"}[w]
		case w == 4:
			a.Plan.Obstacles = make([]Obstacle, n)
			for i := range a.Plan.Obstacles {
				a.Plan.Obstacles[i].Response = text
			}
			field = "plan.obstacles"
		case w == 5:
			a.History = &History{Ratings: map[string]int{}}
			for i := range int(n) {
				a.History.Ratings["r"+strconv.Itoa(i)+key] = 1
			}
			field, most = "history.ratings", MaxEntriesPerMap
		default:
			a.History = &History{Plan: &Plan{Shift: text, Day30: text, Day60: text}}
			field, n = "history.plan", 1
		}
		got, err := DecodeAnswers(bytes.NewReader(compact(t, a)))
		if err != nil {
			var fe *FieldError
			if errors.As(err, &fe) && strings.HasPrefix(fe.Field, field) {
				return
			}
			if !strings.Contains(err.Error(), "larger than") { // past the 4 MB of a file
				t.Fatalf("%s: %v, want an error naming it", field, err)
			}
			return
		}
		switch {
		case int(n) > most:
			t.Fatalf("accepted %s with %d entries", field, n)
		case n > 0 && chars > MaxText && field != "history.ratings":
			t.Fatalf("accepted %s with a text of %d characters", field, chars)
		case field == "history.ratings" && n > 0 && len(key)+len("r0") > MaxKey:
			t.Fatalf("accepted %s with a key of %d characters", field, len(key)+2)
		case int(n)*chars > MaxAllText && field != "history.ratings":
			t.Fatalf("accepted %s with %d characters in all", field, int(n)*chars)
		}
		if err := checkBounds(got); err != nil {
			t.Fatalf("accepted a document past a bound: %v", err)
		}
	})
}
