package workshop

import (
	"fmt"
	"strings"
)

// Evidence weights: how much each kind of answer counts towards a focus.
const (
	wLowDimension = 3.0 // a linked dimension under LowBand
	wMidDimension = 1.0 // a linked dimension under lowishBand
	lowishBand    = 55
	wItem         = 1.0 // an item answered on the less ready side (1.5 at the extreme)
	wExpectation  = 2.0 // a role gap, or a myth I hold more than my organisation
	wMythHeld     = 1.0 // a myth I expect a lot (4 or 5), whatever my organisation thinks
	wWeek         = 1.5 // a count of my week past its threshold
	wRow          = 0.5 // a row of the delegation map
	maxRows       = 2.0 // the most the delegation map adds to one skill
	wReflection   = 1.5 // my own words naming the pattern
)

func gapEvidence(cs candidates, r *Report) {
	for _, sr := range r.Skills {
		if sr.Gap() == 0 {
			continue
		}
		imp := sr.Importance
		if imp == 0 {
			imp = 3
		}
		cs.add(sr.ID, Evidence{Source: "self-rating", Items: []string{sr.ID},
			Weight: float64(sr.Gap()) * (0.6 + 0.2*float64(imp)),
			Text: fmt.Sprintf("you rated yourself at level %d of 5 for %s (\"%s\"), where a first-line lead needs level %d",
				sr.Current, strings.ToLower(sr.Skill.Name), sr.Skill.Levels[sr.Current-1], sr.Needed)})
	}
}

func dimensionEvidence(cs candidates, r *Report) {
	for _, d := range r.Dimensions {
		if !d.Scored() {
			continue
		}
		w := 0.0
		switch {
		case *d.Score < LowBand:
			w = wLowDimension
		case *d.Score < lowishBand:
			w = wMidDimension
		}
		cs.add(d.Dimension.Skill, Evidence{Source: "dimension", Items: []string{d.ID}, Weight: w,
			Text: fmt.Sprintf("%s scored %d of 100", d.Name, *d.Score)})
	}
}

// itemEvidence reads every item answered on the less ready side: the
// statements I rated against readiness, the situations where I would step
// in though the team could handle it, and those where I would not though
// stepping in was right.
func itemEvidence(cs candidates, c *Content, a *Answers) {
	type group struct {
		items    []string
		weight   float64
		quotes   []string
		rescued  []string // scenarios where I step in and the team could cope
		withheld []string // step-in scenarios where I leave it to the team
	}
	groups := map[string]*group{}
	var order []string
	rescued, teamable := 0, 0
	for _, d := range c.Dimensions {
		for _, it := range d.Items {
			target := orElse(it.Skill, d.Skill)
			g := groups[target]
			if g == nil {
				g = &group{}
				groups[target] = g
				order = append(order, target)
			}
			v, ok := validRating(a.Ratings[it.ID])
			if !ok {
				continue
			}
			rd := readiness(it, v)
			if it.IsScenario() && !it.StepIn {
				teamable++
				rescued += b2i(rd <= 2)
			}
			if rd > 2 {
				continue
			}
			g.items = append(g.items, it.ID)
			g.weight += wItem * (1 + 0.5*float64(b2i(rd == 1)))
			switch {
			case it.IsScenario() && it.StepIn:
				g.withheld = append(g.withheld, it.Text)
			case it.IsScenario():
				g.rescued = append(g.rescued, it.Text)
			default:
				g.quotes = append(g.quotes, fmt.Sprintf("\"%s\" %d", strings.TrimRight(it.Text, "."), v))
			}
		}
	}
	for _, target := range order {
		g := groups[target]
		if len(g.items) == 0 {
			continue
		}
		var parts []string
		source := "statement"
		if len(g.rescued) > 0 {
			source = "scenario"
			parts = append(parts, fmt.Sprintf("you chose to step in yourself in %d of %d situations the team could handle, among them \"%s\"",
				rescued, teamable, strings.Join(g.rescued, "\" and \"")))
		}
		if len(g.withheld) > 0 {
			source = "scenario"
			parts = append(parts, fmt.Sprintf("you would leave it with the team in \"%s\", where stepping in is the lead's call",
				strings.Join(g.withheld, "\"; \"")))
		}
		if len(g.quotes) > 0 {
			parts = append(parts, "you rated "+strings.Join(g.quotes[:min(2, len(g.quotes))], " and "))
		}
		cs.add(target, Evidence{Source: source, Items: g.items, Weight: g.weight, Text: strings.Join(parts, ", and ")})
	}
}

func expectationEvidence(cs candidates, r *Report) {
	for _, e := range r.Expectations {
		ex := e.Expectation
		w := 0.0
		var text string
		switch {
		case e.Quadrant == RoleGap:
			w = wExpectation
			text = fmt.Sprintf("you expect \"%s\" less (%d of 5) than you believe your organisation does (%d)", strings.TrimRight(ex.Statement, "."), e.Me, e.Org)
		case e.Polarity == Myth && e.Me >= 4:
			w = wMythHeld + wExpectation*float64(b2i(e.Quadrant == MythHeld))
			text = fmt.Sprintf("you expect \"%s\" (%d of 5)", strings.TrimRight(ex.Statement, "."), e.Me)
			if e.Quadrant == MythHeld {
				text += fmt.Sprintf(", more than you believe your organisation does (%d)", e.Org)
			}
		}
		cs.add(ex.Skill, Evidence{Source: "expectation", Items: []string{ex.ID}, Weight: w, Text: text})
	}
}

// weekThresholds are the counts of a week that say I have become too
// necessary, and the words for them.
var weekThresholds = []struct {
	src   Source
	least int
	text  string
}{
	{SourceEscalations, 5, "you counted %d escalations that came straight to you last week"},
	{SourceWaiting, 3, "%d decisions waited for you last week"},
	{SourceAfterHours, 3, "you worked %d evenings or weekend days in the last four weeks"},
}

func weekEvidence(cs candidates, c *Content, a *Answers) {
	for _, t := range weekThresholds {
		v, ok := a.Week.Counts[t.src]
		if !ok || v < t.least {
			continue
		}
		for _, id := range skillsBySource(c, t.src) {
			cs.add(id, Evidence{Source: "week", Weight: wWeek, Text: fmt.Sprintf(t.text, v)})
		}
	}
	today := a.Week.Today
	if total := today.Total(); total > 0 && today.Technical*10 >= total*6 {
		text := fmt.Sprintf("%d of your %d hours a week go to hands-on technical work", today.Technical, total)
		for _, id := range append(skillsBySource(c, SourceTechnical), skillsBySource(c, SourceHandovers)...) {
			cs.add(id, Evidence{Source: "week", Weight: wWeek, Text: text})
		}
	}
}

func delegationEvidence(cs candidates, c *Content, a *Answers) {
	rows := a.filledDelegations()
	if len(rows) == 0 {
		return
	}
	text := fmt.Sprintf("your delegation map lists %d things that land on you, such as \"%s\"", len(rows), rows[0].What)
	for _, id := range skillsBySource(c, SourceHandovers) {
		cs.add(id, Evidence{Source: "delegation", Weight: min(maxRows, wRow*float64(len(rows))), Text: text})
	}
	var escalations []DelegationRow
	for _, r := range rows {
		if strings.Contains(strings.ToLower(r.Type), "escalat") {
			escalations = append(escalations, r)
		}
	}
	if len(escalations) > 0 {
		for _, id := range skillsBySource(c, SourceEscalations) {
			cs.add(id, Evidence{Source: "delegation", Weight: min(maxRows, wRow*float64(len(escalations))),
				Text: fmt.Sprintf("escalations such as \"%s\" still land on you", escalations[0].What)})
		}
	}
}

// reflectionEvidence looks for each focus's cue words in what I wrote and
// quotes the sentence that holds the strongest one found.
func reflectionEvidence(cs candidates, c *Content, a *Answers) {
	var prompts []string
	for _, d := range c.Dimensions {
		for _, p := range d.Prompts {
			if strings.TrimSpace(a.Reflections[p.ID]) != "" {
				prompts = append(prompts, p.ID)
			}
		}
	}
	type cued struct {
		id   string
		cues []string
	}
	all := []cued{{c.RoleFocus.ID, c.RoleFocus.Cues}}
	for _, s := range c.Skills {
		all = append(all, cued{s.ID, s.Cues})
	}
	for _, f := range all {
	cue: // the pack lists each focus's cues strongest first
		for _, cue := range f.cues {
			for _, p := range prompts {
				text := a.Reflections[p]
				if i := strings.Index(strings.ToLower(text), strings.ToLower(cue)); cue != "" && i >= 0 {
					cs.add(f.id, Evidence{Source: "reflection", Items: []string{p}, Weight: wReflection,
						Text: fmt.Sprintf("you wrote \"%s\"", sentenceAt(text, i))})
					break cue
				}
			}
		}
	}
}

// sentenceAt returns the sentence of text around byte offset i, trimmed to
// a quotable length.
func sentenceAt(text string, i int) string {
	start := strings.LastIndexAny(text[:i], ".!?\n") + 1
	end := len(text)
	if j := strings.IndexAny(text[i:], ".!?\n"); j >= 0 {
		end = i + j
	}
	s := strings.TrimSpace(text[start:end])
	if r := []rune(s); len(r) > 140 {
		s = string(r[:137]) + "..."
	}
	return s
}

func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
