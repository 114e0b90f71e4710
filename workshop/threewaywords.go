package workshop

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// ThreeWayWords label the three-way comparison of a statement: me, what I
// believed my organisation expects, and what my manager says. They are
// content, so a pack in another language or for another audience words
// them its own way.
type ThreeWayWords struct {
	// BlindSpots label a statement by where my manager stands against me,
	// read with its polarity: one label for each quadrant.
	BlindSpots map[Quadrant]string `json:"blindSpots"`
	// ProvidesBlindSpots replace the myth-held and myth-pushed labels for
	// statements about what the role provides (pay, status).
	ProvidesBlindSpots map[Quadrant]string `json:"providesBlindSpots"`
	// MisreadingMore and MisreadingLess say how my belief about my
	// organisation differs from what my manager says, with {org} and
	// {manager} standing for the two ratings.
	MisreadingMore string `json:"misreadingMore"`
	MisreadingLess string `json:"misreadingLess"`
}

// Quadrants are the quadrants, aligned first.
var Quadrants = []Quadrant{Aligned, NotSupported, RoleGap, MythHeld, MythPushed}

// providesQuadrants are the quadrants a statement about what the role
// provides is labelled its own way in.
var providesQuadrants = []Quadrant{MythHeld, MythPushed}

// BlindSpot is the label of a statement in quadrant q of me against my
// manager; provides marks a statement about what the role provides.
func (w *ThreeWayWords) BlindSpot(q Quadrant, provides bool) string {
	if l, ok := w.ProvidesBlindSpots[q]; ok && provides {
		return l
	}
	return w.BlindSpots[q]
}

// Misreading says that I believed my organisation expects a statement at
// org while my manager says m.
func (w *ThreeWayWords) Misreading(org, m int) string {
	s := w.MisreadingMore
	if org < m {
		s = w.MisreadingLess
	}
	return strings.NewReplacer("{org}", strconv.Itoa(org), "{manager}", strconv.Itoa(m)).Replace(s)
}

// threeWayWords checks the pack's three-way labels: one for every
// quadrant, the two for what the role provides, and the two misreading
// sentences with both ratings in them.
func (v *validator) threeWayWords(w ThreeWayWords) {
	labels := func(field string, m map[Quadrant]string, want []Quadrant) {
		for _, q := range want {
			v.text("", fmt.Sprintf("threeWay.%s[%q]", field, q), m[q])
		}
		for _, q := range slices.Sorted(maps.Keys(m)) {
			if !slices.Contains(want, q) {
				v.fail("", "threeWay."+field, fmt.Sprintf("has %q, want only %v", q, want))
			}
		}
	}
	labels("blindSpots", w.BlindSpots, Quadrants)
	labels("providesBlindSpots", w.ProvidesBlindSpots, providesQuadrants)
	sentence := func(field, s string) {
		if !strings.Contains(s, "{org}") || !strings.Contains(s, "{manager}") {
			v.fail("", "threeWay."+field, "must give both ratings, with {org} and {manager}")
		}
	}
	sentence("misreadingMore", w.MisreadingMore)
	sentence("misreadingLess", w.MisreadingLess)
}
