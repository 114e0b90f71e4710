package journey

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// shownCandidates is how many of the ranked candidates the plan step
// lists, best first; one the plan holds further down is listed too.
const shownCandidates = 4

// swappedIn is the last candidate the participant put into the plan, kept
// so the Undo beside it can put back what was there.
type swappedIn struct {
	id   string              // the candidate's skill or role focus ID
	at   int                 // the focus area it became
	prev *workshop.FocusArea // what it replaced; nil when it was added
}

// evidenceSources names where a piece of evidence comes from, for people.
var evidenceSources = map[string]string{
	"self-rating": "your skill rating", "dimension": "your readiness profile", "statement": "a statement you rated",
	"scenario": "a situation you answered", "expectation": "your expectations", "week": "your week",
	"delegation": "your delegation map", "reflection": "your words", "tag": "your words, as you tagged them",
	"check-in": "your check-in",
}

// candidatesCard is "What your answers point to": the top candidates with
// their evidence, a mark on those in the plan, and one click to put
// another in.
func (p *planScreen) candidatesCard() fyne.CanvasObject {
	r := p.report
	// A candidate no answer points to is not worth offering.
	cands := slices.DeleteFunc(slices.Clone(r.Candidates), func(c analysis.Candidate) bool { return len(c.Evidence) == 0 })
	if len(cands) == 0 {
		return widget.NewCard("What your answers point to", "", widgets.Para(
			"Nothing in your answers stands out yet, so no focus is drawn from them."))
	}
	var objs []fyne.CanvasObject
	if r.HeldBack != "" {
		text := "Your answers follow a pattern that means no focus can be drawn from them yet. " + heldBackText(r)
		if !p.showsNote() {
			text += " Talk your answers through with the facilitator or your manager first, and take the self-assessment again in a few weeks."
		}
		objs = append(objs, widgets.Para(text), widgets.Heading("If you want to pick one yourself"))
	}
	for i, c := range cands {
		if i < shownCandidates || p.inPlan(c.ID) >= 0 {
			objs = append(objs, widget.NewSeparator(), p.candidate(i, c))
		}
	}
	return widget.NewCard("What your answers point to", "Ranked by the evidence in your answers, strongest first", container.NewVBox(objs...))
}

// heldBackText is what the report says of the pattern that held the
// focus back.
func heldBackText(r *analysis.Report) string {
	for _, f := range r.Flags {
		if f.Kind == r.HeldBack {
			return f.Text
		}
	}
	return ""
}

// keepsDraft reports whether the plan holds the focus areas the analysis
// chose, and no others.
func (p *planScreen) keepsDraft() bool {
	chosen := 0
	for _, c := range p.report.Candidates {
		if c.Chosen {
			if p.inPlan(c.ID) < 0 {
				return false
			}
			chosen++
		}
	}
	return chosen == len(p.plan().Focus)
}

// inPlan is the index of the plan's focus area on skill id, or -1.
func (p *planScreen) inPlan(id string) int {
	return slices.IndexFunc(p.plan().Focus, func(f workshop.FocusArea) bool { return f.Skill == id })
}

// candidate draws one candidate: its rank and title and whether the plan
// holds it, what can be done with it, then why, and its evidence folded.
func (p *planScreen) candidate(rank int, c analysis.Candidate) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(fmt.Sprintf("%d. %s", rank+1, c.Title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name := container.NewHBox(title)
	at := p.inPlan(c.ID)
	if at >= 0 {
		name.Add(widget.NewIcon(theme.ConfirmIcon()))
		name.Add(widget.NewLabel(fmt.Sprintf("In your plan, focus area %d", at+1)))
	}
	why := &widget.Label{Text: c.Why, Truncation: fyne.TextTruncateEllipsis} // one line: the evidence below says it all
	// The actions get a line of their own, so the longest titles and
	// buttons fit a small laptop at every text size.
	objs := []fyne.CanvasObject{name}
	if actions := p.candidateActions(c, at); actions != nil {
		objs = append(objs, actions)
	}
	objs = append(objs, why)
	// The reason speaks of the draft: it holds while the plan keeps the
	// draft's focus areas; held back, the section says why, once.
	if at < 0 && c.Reason != "" && p.report.HeldBack == "" && p.keepsDraft() {
		objs = append(objs, widgets.Note("Not in the draft: "+c.Reason))
	}
	if len(c.Evidence) > 0 {
		lines := make([]string, len(c.Evidence))
		for i, e := range c.Evidence {
			lines[i] = "• " + capitalise(e.Text)
			if src := evidenceSources[e.Source]; src != "" {
				lines[i] += " (" + src + ")"
			}
		}
		objs = append(objs, widget.NewAccordion(widget.NewAccordionItem(
			fmt.Sprintf("The evidence (%d)", len(c.Evidence)), widgets.Para(strings.Join(lines, "\n")))))
	}
	return container.NewVBox(objs...)
}

// candidateActions is the Undo of the candidate just put in, or the
// buttons that put it in; nil when there is nothing to do.
func (p *planScreen) candidateActions(c analysis.Candidate, at int) fyne.CanvasObject {
	undo := &widget.Button{Text: "Undo", Icon: theme.ContentUndoIcon(), OnTapped: p.onUndoSwap}
	if sw := p.swap; sw != nil && sw.id == c.ID && at == sw.at {
		text := fmt.Sprintf("Added to your plan as focus area %d.", at+1)
		if sw.prev != nil {
			text = fmt.Sprintf("Now in your plan instead of \"%s\".", focusName(*sw.prev, at))
		}
		return container.NewHBox(widget.NewLabel(text), undo)
	}
	if at >= 0 {
		return nil
	}
	focus := p.plan().Focus
	if len(focus) < workshop.MaxSuggested {
		return container.NewHBox(&widget.Button{Text: "Add as a focus", Icon: theme.ContentAddIcon(),
			OnTapped: func() { p.onUse(c, len(focus)) }})
	}
	box := container.NewHBox()
	for i, f := range focus {
		box.Add(&widget.Button{Text: "Use this instead of " + focusName(f, i), Icon: theme.ViewRefreshIcon(),
			OnTapped: func() { p.onUse(c, i) }})
	}
	return box
}

// capitalise starts s with a capital letter.
func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// focusName is a focus area's title, or its number when it has none.
func focusName(f workshop.FocusArea, i int) string {
	if t := strings.TrimSpace(f.Title); t != "" {
		return t
	}
	return fmt.Sprintf("focus area %d", i+1)
}

// onUse puts candidate c into the plan as focus area i: in place of the
// one there, or added when i is past the last.
func (p *planScreen) onUse(c analysis.Candidate, i int) {
	pl := p.plan()
	area := analysis.NewFocusArea(p.s.Content, p.s.Answers, c.Suggestion, i, p.s.Now())
	p.swap = &swappedIn{id: c.ID, at: i}
	if i < len(pl.Focus) {
		prev := pl.Focus[i]
		p.swap.prev = &prev
		pl.Focus[i] = area
	} else {
		pl.Focus = append(pl.Focus, area)
	}
	p.followFocus()
	p.rebuild()
}

// onUndoSwap puts back what the last candidate put in replaced, or takes
// out what it added.
func (p *planScreen) onUndoSwap() {
	sw, pl := p.swap, p.plan()
	p.swap = nil
	if sw == nil || sw.at >= len(pl.Focus) || pl.Focus[sw.at].Skill != sw.id {
		p.rebuild()
		return
	}
	if sw.prev != nil {
		pl.Focus[sw.at] = *sw.prev
	} else {
		pl.Focus = slices.Delete(pl.Focus, sw.at, sw.at+1)
	}
	p.followFocus()
	p.rebuild()
}
