package analysis

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// A story is what went wrong as the person tells it (workshop.Story):
// "my boss heard about it from Finance before she heard it from me". A
// focus area on the usual side of its skill that a sentence of mine
// tells a story for counts what the story is about, triggers on the
// moment my own words name, quotes my sentence in its why, and starts
// from the level my words show when they contradict my rating.

// told is a story a sentence of mine tells: the pack's story, my
// sentence, and the moment my words name ("a delivery date is at risk"),
// "" when they name none.
type told struct {
	workshop.Story
	said, what string
	more       []string // my other sentences that tell the same story
}

// storyOf is the first of the skill's stories a sentence of my
// reflections tells, the reflections read in the order of their IDs. A
// story about my manager (workshop.Story.Manager) is told only in a
// reflection that names them.
func storyOf(sk *workshop.Skill, a *workshop.Answers) (told, bool) {
	if sk == nil {
		return told{}, false
	}
	ids := make([]string, 0, len(a.Reflections))
	for id := range a.Reflections {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, st := range sk.Stories {
		var t told
		for _, id := range ids {
			text := a.Reflections[id]
			if st.Manager && !namesMyManager(text, a.Participant) {
				continue
			}
			for _, s := range sentences(text) {
				switch {
				case s.hits(st.Cues) == 0:
				case t.said == "":
					t = told{Story: st, said: s.text, what: momentOf(s.text, a)}
				default:
					t.more = append(t.more, s.text)
				}
			}
		}
		if t.said != "" {
			return t, true
		}
	}
	return told{}, false
}

// namesMyManager reports whether my words are about my manager: their
// first name, or "my boss", "my manager".
func namesMyManager(text string, p workshop.Participant) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(bracketed.ReplaceAllString(p.Manager, "")), " ")
	if first = strings.Trim(first, ",;:."); first != "" && hasWord(text, first) {
		return true
	}
	return slices.ContainsFunc(sentences(text), func(s sentence) bool { return s.hits([]string{"my boss", "my manager", "my line manager"}) > 0 })
}

// momentOf is the moment my own words name for a story: the "when" of
// a row of my map about my manager ("Telling Helen when a delivery date
// is at risk"), else what my sentence says I never told ("… that the
// close doesn't fit in the hours we have"); "" when neither.
func momentOf(said string, a *workshop.Answers) string {
	for _, r := range a.FilledRows() {
		if !namesManager(r, a.Participant) {
			continue
		}
		if m := whenClause.FindStringSubmatch(r.What); m != nil && short(m[1]) {
			return strings.TrimSpace(m[1])
		}
	}
	if m := thatClause.FindStringSubmatch(said); m != nil && short(m[1]) {
		return presentTense(strings.TrimSpace(m[1])) // "that it was late": the moment, each time it comes
	}
	return ""
}

// short reports whether a moment is short enough to name in a measure
// and a trigger; a longer one is a story to quote, not to count by.
func short(moment string) bool { return len(strings.Fields(moment)) <= maxMomentWords }

// maxMomentWords is the longest moment a measure names.
const maxMomentWords = 12

var (
	whenClause = regexp.MustCompile(`(?i)\bwhen\s+([^,;.!?()]{6,})`)
	thatClause = regexp.MustCompile(`(?i)\btold\s+(?:\S+\s+){1,3}?that\s+([^,;.!?()]{6,})`)
)

// fill writes one of the story's texts for me: with the moment my words
// name when the text has a place for it and they name one, else its Any
// form.
func (t told) fill(with, without string, manager string) string {
	s := without
	if t.what != "" {
		s = with
	}
	return strings.NewReplacer("{what}", t.what, "{whatPast}", pastTense(t.what), "{manager}", manager).Replace(s)
}

// presentTense puts a moment told in the past ("the plan was late")
// in the present, for a trigger that comes again.
func presentTense(s string) string {
	for _, p := range [][2]string{{" was ", " is "}, {" were ", " are "}, {" didn't ", " doesn't "}, {" did not ", " does not "}} {
		if strings.Contains(" "+s+" ", p[0]) {
			return strings.TrimSpace(strings.Replace(" "+s+" ", p[0], p[1], 1))
		}
	}
	return s
}

// pastTense puts a moment as a row names it ("an install is going to
// slip") in the past, for a count of what happened.
func pastTense(s string) string {
	for _, p := range [][2]string{{" is ", " was "}, {" are ", " were "}, {" doesn't ", " didn't "}, {" does not ", " did not "}, {" don't ", " didn't "}} {
		if strings.Contains(" "+s+" ", p[0]) {
			return strings.TrimSpace(strings.Replace(" "+s+" ", p[0], p[1], 1))
		}
	}
	return s
}

// tellStory writes a focus area on the usual side of its skill from the
// story a sentence of mine tells: its goal, its measure, from the
// story's baseline to its target, its if-then, and the first step's
// tally.
func tellStory(c *workshop.Content, a *workshop.Answers, f *workshop.FocusArea) {
	t, ok := storyFor(c, a, *f)
	if !ok {
		return
	}
	manager := managerOf(a)
	src := guideOf(c, *f).Indicator.Source
	f.Goal.Measurable = capitalise(t.fill(t.Measure, t.MeasureAny, manager))
	f.Goal.Baseline, f.Goal.Target, f.Goal.Tally = t.Baseline, t.Target, false
	f.IfThen = capitalise(t.fill(t.IfThen, t.IfThenAny, manager))
	if t.Goal != "" {
		f.Goal.Specific = capitalise(t.fill(t.Goal, t.GoalAny, manager))
	}
	if src.CountedFromFirstStep() {
		f.FirstStep = strings.Replace(f.FirstStep, "From today I "+src.Tally()+".", "From today I "+t.fill(t.Tally, t.TallyAny, manager)+".", 1)
	}
}

// storyFor is the story a focus area is written from: on the usual side
// of its skill only (a turn has its own measure).
func storyFor(c *workshop.Content, a *workshop.Answers, f workshop.FocusArea) (told, bool) {
	if f.Turn != "" || f.Under {
		return told{}, false
	}
	return storyOf(c.Skill(f.Skill), a)
}

// storyMilestones are the 30-60-90 lines of a focus area written from a
// story, when its measure is still the story's: the story's own lines,
// else counted from the first step, on the way, at the target.
func storyMilestones(c *workshop.Content, a *workshop.Answers, f workshop.FocusArea) (d30, d60, d90 string, ok bool) {
	t, ok := storyFor(c, a, f)
	if !ok || f.Goal.Measurable != capitalise(t.fill(t.Measure, t.MeasureAny, managerOf(a))) {
		return "", "", "", false
	}
	if len(t.Milestones) == 3 {
		fill := strings.NewReplacer("{manager}", managerOf(a)).Replace
		return fill(t.Milestones[0]), fill(t.Milestones[1]), fill(t.Milestones[2]), true
	}
	what := lowerFirst(f.Goal.Measurable)
	return fmt.Sprintf("%s counted since %s and looked at with %s", what, workshop.Long(f.FirstStepDate), managerOf(a)),
		fmt.Sprintf("%s on the way to %s", what, f.Goal.Target),
		fmt.Sprintf("%s: %s", what, f.Goal.Target), true
}

// storyLevel is the level my words show when they contradict my
// rating: a story of the skill that contradicts a level (Story.Below),
// on the usual side of the skill only, else my sentence with a cue of the
// lowest rung the skill's Contradicts name at or under my rating. It
// returns the level below the rung contradicted, my sentence and whether
// a story tells it; false when my words contradict no rung I rated
// myself at.
func storyLevel(sk *workshop.Skill, a *workshop.Answers, rated int, usual bool) (level int, said string, story, ok bool) {
	if sk == nil {
		return 0, "", false, false
	}
	if t, ok := storyOf(sk, a); usual && ok && t.Below >= 2 {
		return t.Below - 1, t.said, true, rated >= t.Below
	}
	rung := 0
	for _, w := range sk.Contradicts {
		if rated < w.Level || rung != 0 && w.Level >= rung {
			continue
		}
		if s := firstSaying(a, w.Cues); s != "" {
			rung, said = w.Level, s
		}
	}
	return rung - 1, said, false, said != ""
}

// firstSaying is the first sentence of my reflections, read in the order
// of their IDs, with one of cues, quoted with what it needs to say what
// it means (quoteFrom: "I avoid." with the sentence after it); "" when
// none has.
func firstSaying(a *workshop.Answers, cues []string) string {
	ids := make([]string, 0, len(a.Reflections))
	for id := range a.Reflections {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		ss := sentences(a.Reflections[id])
		for i, s := range ss {
			if s.hits(cues) > 0 {
				return quoteFrom(ss, i).text
			}
		}
	}
	return ""
}

// toldElsewhere are the sentences of mine that tell the stories of the
// chosen focus areas other than s, on the side each is taught from: each
// is quoted where its story is.
func toldElsewhere(c *workshop.Content, a *workshop.Answers, r *Report, chosen []*Suggestion, s *Suggestion) []string {
	var out []string
	for _, o := range chosen {
		sk := c.Skill(o.ID)
		if o.ID == s.ID || sk == nil {
			continue
		}
		turn, under := sideOf(sk, a, r, o.Evidence)
		if t, ok := storyFor(c, a, workshop.FocusArea{Skill: o.ID, Turn: turn, Under: under}); ok {
			out = append(out, t.said)
		}
	}
	return out
}

// aimOf is the 90-day level a focus area names: the story's own words
// for it when my words tell a story whose level is the target
// (workshop.Story.Aim), else the anchor.
func aimOf(c *workshop.Content, a *workshop.Answers, f workshop.FocusArea, target int, anchor string) string {
	if t, ok := storyFor(c, a, f); ok && t.Aim != "" && t.Below == target {
		return t.Aim
	}
	return anchor
}
