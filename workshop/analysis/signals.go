package analysis

import (
	"fmt"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// FlagKind names a pattern in the answers worth talking through.
type FlagKind string

// The flag kinds.
const (
	FlagNothing       FlagKind = "nothing-answered"
	FlagTooFew        FlagKind = "too-few-answers"
	FlagContradiction FlagKind = "contradiction"
	FlagAcquiescence  FlagKind = "agrees-with-everything"
	FlagAllMiddle     FlagKind = "all-middle"
	FlagItem          FlagKind = "item"             // one answer the pack marks as worth a talk
	FlagSelfRating    FlagKind = "self-rating"      // a skill rated high against other evidence
	FlagFlat          FlagKind = "flat"             // every answer level: nothing stands out either way
	FlagStepIn        FlagKind = "left-to-the-team" // a step-in situation left to the team
	FlagImportance    FlagKind = "importance"       // a chosen focus rated less important than most skills
)

// Flag is one pattern in the answers, with the items it rests on and what
// to say about it.
type Flag struct {
	Kind  FlagKind `json:"kind"`
	Items []string `json:"items,omitempty"`
	Text  string   `json:"text"`
	// Count of Of answers follow the pattern, where it is a share.
	Count int `json:"count,omitempty"`
	Of    int `json:"of,omitempty"`
}

// Thresholds of the answer-pattern flags.
const (
	minForPattern  = 6    // ratings needed before a pattern counts
	middleShare    = 0.75 // share of 3s that reads as all-middle
	agreeShare     = 0.85 // share of 4s and 5s that reads as agreeing with everything
	reverseAgreed  = 2    // reversed statements agreed with, on top of agreeShare
	strongEvidence = 3.0  // other evidence that questions a high self-rating
)

func flags(c *workshop.Content, a *workshop.Answers, r *Report) []Flag {
	var out []Flag
	n := r.Answered
	switch {
	case !n.Some():
		return []Flag{{Kind: FlagNothing, Text: "Nothing has been answered yet, so there is nothing to read. Start with the self-assessment: the plan is built from your own answers."}}
	case n.Items < n.ItemsTotal/2:
		var thin []string
		for _, d := range r.Dimensions {
			if !d.Scored() {
				thin = append(thin, d.ID)
			}
		}
		open := "parts of your profile are"
		if 2*len(thin) > len(r.Dimensions) {
			open = "most of your profile is"
		}
		out = append(out, Flag{Kind: FlagTooFew, Items: thin, Text: fmt.Sprintf(
			"You answered %d of %d self-assessment statements. A dimension needs at least %d answers before it says anything about you, so %s left open until you finish.",
			n.Items, n.ItemsTotal, workshop.MinItems, open)})
	}
	out = append(out, contradictions(c, a)...)
	out = append(out, patterns(c, a)...)
	if f, ok := flatPattern(r); ok {
		out = append(out, f)
	}
	if w := r.Judgement.Withheld; len(w) > 0 {
		out = append(out, Flag{Kind: FlagStepIn, Items: w, Text: fmt.Sprintf(
			"You would leave it with the team in %s. In these, stepping in is the lead's call: the stakes are high or the person is new to it. Stepping in here is not rescuing; talk through with your manager when you take command and how you hand back.",
			listAnd(quoted(situations(c, w))))})
	}
	for _, d := range c.Dimensions {
		for _, it := range d.Items {
			if it.Flag != "" && a.Ratings[it.ID] >= 4 {
				out = append(out, Flag{Kind: FlagItem, Items: []string{it.ID}, Text: it.Flag})
			}
		}
	}
	return out
}

func contradictions(c *workshop.Content, a *workshop.Answers) []Flag {
	var out []Flag
	for _, p := range c.Contradictions {
		if a.Ratings[p.A] >= 4 && a.Ratings[p.B] >= 4 {
			out = append(out, Flag{Kind: FlagContradiction, Items: []string{p.A, p.B},
				Text: fmt.Sprintf("You agreed with both \"%s\" and \"%s\". %s",
					strings.TrimRight(itemText(c, p.A), "."), strings.TrimRight(itemText(c, p.B), "."), p.Text)})
		}
	}
	return out
}

// patterns detects all-middle and agree-with-everything answering across
// every rating the participant gave.
func patterns(c *workshop.Content, a *workshop.Answers) []Flag {
	var all, middle, agree, reversedAgreed int
	for _, d := range c.Dimensions {
		for _, it := range d.Items {
			v, ok := workshop.ValidRating(a.Ratings[it.ID])
			if !ok {
				continue
			}
			all++
			middle += b2i(v == 3)
			agree += b2i(v >= 4)
			reversedAgreed += b2i(it.Reverse && v >= 4)
		}
	}
	for _, p := range a.Expectations {
		for _, v := range []int{p.Me, p.Org} {
			if _, ok := workshop.ValidRating(v); ok {
				all++
				middle += b2i(v == 3)
			}
		}
	}
	for _, s := range a.Skills {
		if _, ok := workshop.ValidRating(s.Current); ok {
			all++
			middle += b2i(s.Current == 3)
		}
	}
	var out []Flag
	if all >= minForPattern && float64(middle) >= middleShare*float64(all) {
		out = append(out, Flag{Kind: FlagAllMiddle, Count: middle, Of: all, Text: fmt.Sprintf(
			"You chose the middle of the scale in %d of %d answers. That often means \"it depends\" or \"I am not sure yet\": worth talking through with your manager or a coach, who can help you say where you really stand.",
			middle, all)})
	}
	rated, agreed := 0, 0
	for _, d := range c.Dimensions {
		for _, it := range d.Items {
			if !it.IsScenario() && a.Ratings[it.ID] != 0 {
				rated++
				agreed += b2i(a.Ratings[it.ID] >= 4)
			}
		}
	}
	if rated >= minForPattern && float64(agree) >= agreeShare*float64(rated) && reversedAgreed >= reverseAgreed {
		out = append(out, Flag{Kind: FlagAcquiescence, Count: agreed, Of: rated, Text: fmt.Sprintf(
			"You agreed with %s statement, %d of %d, including ones that point in opposite directions. The scores cannot separate what you believe from the habit of agreeing, so read them with care and talk them through.",
			nearlyEvery(agreed, rated), agreed, rated)})
	}
	return out
}

// quoted puts each title in quotation marks, to be listed in a sentence.
func quoted(titles []string) []string {
	out := make([]string, len(titles))
	for i, t := range titles {
		out[i] = "\"" + t + "\""
	}
	return out
}

// nearlyEvery says "every" only when the count is all of them.
func nearlyEvery(count, of int) string {
	if count >= of {
		return "every"
	}
	return "nearly every"
}

// flatPattern reads answers that come out level everywhere: dimension
// scores within FlatSpread of each other, every skill rated within one
// level, and no expectation apart. Such answers say nothing stands out,
// which is worth a conversation rather than a focus.
func flatPattern(r *Report) (Flag, bool) {
	if !r.Flat || len(r.Skills) < minForPattern || len(r.Mismatches()) > 0 {
		return Flag{}, false
	}
	lo, hi := workshop.Scale, 1
	for _, s := range r.Skills {
		lo, hi = min(lo, s.Current), max(hi, s.Current)
	}
	if hi-lo > 1 {
		return Flag{}, false
	}
	return Flag{Kind: FlagFlat, Text: "Your answers come out level everywhere: no part of the profile, no skill and no expectation stands apart from the rest. That can mean a steady all-rounder, or answers given without much thought; talk them through with your manager or a coach before choosing a focus."}, true
}

func itemText(c *workshop.Content, id string) string {
	for _, d := range c.Dimensions {
		for _, it := range d.Items {
			if it.ID == id {
				return it.Text
			}
		}
	}
	return id
}

// Has reports whether the report carries a flag of the kind.
func (r *Report) Has(k FlagKind) bool {
	for _, f := range r.Flags {
		if f.Kind == k {
			return true
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
