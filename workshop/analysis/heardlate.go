package analysis

import (
	"regexp"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// lateNews is what my words say reached people late: who heard what, and
// from where ("" when they do not say).
type lateNews struct{ who, what, from string }

// heardAbout finds "… the KL team found out about the patch freeze from
// the build bot" in a sentence: what was heard, who heard it (the last
// "the …" before the verb) and from where.
var heardAbout = regexp.MustCompile(`(?i)^(.*)\b(?:found out|heard|learned|learnt|read) about (the [^,;:.!?]+?)(?: from ([^,;:.!?]+?))?\s*(?:[,;:.!?].*)?$`)

// groupNouns end a group of people the team's news is for: "the KL team",
// "the service desk", "the night shift".
var groupNouns = regexp.MustCompile(`(?i)\b(team|teams|office|offices|desk|shift|site|sites|staff|folks|crew|group|squad|department|lads|people|engineers|technicians)$`)

// maxWho is how many words a group that heard late runs to ("the night
// shift in Leeds"); more is a clause, not a group.
const maxWho = 5

// heardLate reads the first sentence of the texts that says a group of
// people heard about something late: a group ("the KL team", "the service
// desk"), never I, a single person or a customer, and a thing ("the patch
// freeze"), never "it".
func heardLate(texts []string) (lateNews, bool) {
	for _, text := range texts {
		for _, s := range sentences(text) {
			m := heardAbout.FindStringSubmatch(s.text)
			if m == nil {
				continue
			}
			at := strings.LastIndex(strings.ToLower(" "+m[1]), " the ")
			if at < 0 {
				continue
			}
			who := strings.TrimSpace(m[1][at:])
			if n := len(strings.Fields(who)); n < 2 || n > maxWho || !groupNouns.MatchString(who) {
				continue // a customer or a manager who heard late is not the team's news
			}
			return lateNews{who: lowerFirst(who), what: strings.TrimSpace(m[2]), from: strings.TrimSpace(m[3])}, true
		}
	}
	return lateNews{}, false
}

// fill writes a sentence of the pack's HeardLate from the news.
func (n lateNews) fill(s string) string {
	from := n.from
	if from == "" {
		from = "anyone else"
	}
	return strings.NewReplacer("{who}", n.who, "{what}", n.what, "{from}", from).Replace(s)
}

// fromHeardLate writes a focus area's goal, if-then and actions from my
// own words about news that reached people late, when the skill has
// sentences for it and my words for the focus say so.
func fromHeardLate(sk *workshop.Skill, a *workshop.Answers, ev []Evidence, f *workshop.FocusArea) {
	if sk == nil || sk.HeardLate == nil || f.Turn != "" || f.Under {
		return
	}
	n, ok := heardLate(strings.Split(wordsBehind(a, ev), "\n"))
	if !ok {
		return
	}
	h := sk.HeardLate
	f.Goal.Specific, f.IfThen = n.fill(h.Goal), n.fill(h.IfThen)
	for i, x := range f.Actions {
		switch x.Kind {
		case workshop.Experience:
			f.Actions[i].Text = n.fill(h.Action)
		case workshop.People:
			f.Actions[i].Text = n.fill(h.Ask)
		}
	}
}
