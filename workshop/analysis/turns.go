package analysis

import (
	"maps"
	"slices"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// turnOf is the side of the skill the person's answers point to, "" for
// the usual side. First the evidence for the skill: the turn whose items
// and words carry at least two thirds of the evidence that shows a side
// (what I chose, stated, wrote and mapped). Then my map: a turn for rows
// of a kind I put on it (a standard someone is not meeting is a
// conversation to hold). Last, when the evidence leaves the side open
// (a rating and a count say nothing of which; a third to two thirds of
// it about a turn says too little), everything I wrote and put on my
// map, read by the same two thirds.
func turnOf(sk *workshop.Skill, ev []Evidence, a *workshop.Answers) string {
	most, shown := 0.0, 0.0
	for _, t := range sk.Turns {
		on, all := evidenceSide(t, ev)
		if all > 0 && on*3 >= all*2 {
			return t.ID
		}
		most, shown = max(most, on), all
	}
	usual := shown > 0 && most*3 < shown // under a third about any turn
	for _, t := range sk.Turns {
		if slices.ContainsFunc(t.Rows, func(k workshop.RowKind) bool { return len(a.RowsOf(k)) > 0 }) {
			return t.ID
		}
	}
	if usual {
		return ""
	}
	return wordsSide(sk, a)
}

// evidenceSide weighs the evidence that shows a side of the skill (all
// of it but ratings, counts and pictures of the role) and the part of
// it that is about the turn's items or quotes my words with its cues.
func evidenceSide(t workshop.Turn, ev []Evidence) (on, all float64) {
	for _, e := range ev {
		if slices.Contains([]string{"self-rating", "dimension", "week", "expectation"}, e.Source) {
			continue // a rating, a count or a picture of the role says nothing of which side
		}
		all += e.Weight
		var hits, of int
		for _, id := range e.Items {
			if strings.HasPrefix(id, "reflect.") {
				continue // a reflection is read by its words below
			}
			of++
			if slices.Contains(t.Items, id) {
				hits++
			}
		}
		for _, q := range e.Quotes {
			of++
			if slices.ContainsFunc(sentences(q), func(s sentence) bool { return s.hits(t.Cues) > 0 }) {
				hits++
			}
		}
		if of > 0 {
			on += e.Weight * float64(hits) / float64(of)
		}
	}
	return on, all
}

// wordsSide reads every sentence I wrote and every row of my map that
// has a cue of the skill or of one of its turns: the turn whose cues at
// least two thirds of them have, with one at least; "" otherwise.
func wordsSide(sk *workshop.Skill, a *workshop.Answers) string {
	var said []sentence
	for _, id := range slices.Sorted(maps.Keys(a.Reflections)) {
		said = append(said, sentences(a.Reflections[id])...)
	}
	for _, r := range a.FilledRows() {
		said = append(said, sentence{text: r.What, clauses: clauses(r.What)})
	}
	shows := func(s sentence) bool {
		return s.hits(sk.Cues) > 0 || slices.ContainsFunc(sk.Turns, func(t workshop.Turn) bool { return s.hits(t.Cues) > 0 })
	}
	shown := 0
	for _, s := range said {
		if shows(s) {
			shown++
		}
	}
	for _, t := range sk.Turns {
		on := 0
		for _, s := range said {
			if s.hits(t.Cues) > 0 {
				on++
			}
		}
		if on > 0 && on*3 >= shown*2 {
			return t.ID
		}
	}
	return ""
}

// pushedTurn is the skill's turn for a picture of the role my
// organisation pushes and I do not hold (workshop.Turn.Pushed), when my
// expectations show one; "" otherwise.
func pushedTurn(sk *workshop.Skill, r *Report) string {
	pushed := slices.ContainsFunc(r.Expectations, func(e workshop.ExpectationResult) bool {
		return !e.Expectation.Provides && e.Quadrant == workshop.MythPushed
	})
	for _, t := range sk.Turns {
		if t.Pushed && pushed {
			return t.ID
		}
	}
	return ""
}

// notYetTurn is the skill's turn for someone not leading a team yet
// (workshop.Turn.NotYet), when I said so; "" otherwise.
func notYetTurn(sk *workshop.Skill, a *workshop.Answers) string {
	if !notYetLeading(a) {
		return ""
	}
	for _, t := range sk.Turns {
		if t.NotYet {
			return t.ID
		}
	}
	return ""
}
