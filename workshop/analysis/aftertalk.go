package analysis

import (
	"fmt"
	"slices"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// standardTalk is the first step about a standard someone is not meeting,
// taken on date: the conversation with them, or booking it when the row's
// own date, later, is when it is held.
func standardTalk(r workshop.DelegationRow, p workshop.Participant, date string) string {
	who := concerned(r, p)
	if r.By > date {
		return fmt.Sprintf("Book the talk with %s about \"%s\" for %s at the latest: the standard, what I have seen, and what happens next.", who, rowName(r.What), workshop.Long(r.By))
	}
	return fmt.Sprintf("Talk with %s about \"%s\": the standard, what I have seen, and what happens next, instead of letting it go on.", who, rowName(r.What))
}

// talkOpening is the standard row a focus area's first step is the
// conversation about, if it is.
func talkOpening(c *workshop.Content, a *workshop.Answers, f workshop.FocusArea) (workshop.DelegationRow, bool) {
	standard := a.RowsOf(workshop.RowStandard)
	if !slices.Contains(c.Routes.Standards, f.Skill) || len(standard) == 0 || !strings.HasPrefix(f.FirstStep, standardTalk(standard[0], a.Participant, f.FirstStepDate)) {
		return workshop.DelegationRow{}, false
	}
	return standard[0], true
}

// afterTalk gives f the step after the conversation an earlier focus
// area already opens with (workshop.Guide.FirstStepAfterTalk): two focus
// areas never open with the same act. It is dated no earlier than the
// talk is due.
func afterTalk(c *workshop.Content, a *workshop.Answers, ev []Evidence, earlier []workshop.FocusArea, f *workshop.FocusArea) {
	g := guideOf(c, *f)
	if g.FirstStepAfterTalk == "" {
		return
	}
	for _, e := range earlier {
		row, ok := talkOpening(c, a, e)
		if !ok {
			continue
		}
		person := concerned(row, a.Participant)
		affected := slices.DeleteFunc(namedIn(wordsBehind(a, ev), teamNames(a)), func(n string) bool { return hasWord(person, n) })
		others := listAnd(affected)
		if others == "" {
			others = "the people it affects"
		}
		step := strings.NewReplacer("{person}", person, "{row}", rowName(row.What), "{affected}", others).Replace(g.FirstStepAfterTalk)
		step = strings.TrimRight(step, ".") + "."
		if ind := indicatorOf(c, a, *f); ind.Source != "" {
			step += " From today I " + ind.TallyWords() + "."
		}
		f.FirstStep = step
		if row.By > f.FirstStepDate {
			f.FirstStepDate = row.By // the step after the talk comes after it
		}
		return
	}
}

// wordsBehind is everything I wrote that a focus area's evidence rests
// on: its quotes and the whole of the reflections they come from.
func wordsBehind(a *workshop.Answers, ev []Evidence) string {
	var out []string
	for _, e := range ev {
		out = append(out, e.Quotes...)
		for _, id := range e.Items {
			if r, ok := a.Reflections[id]; ok {
				out = append(out, r)
			}
		}
	}
	return strings.Join(out, "\n")
}
