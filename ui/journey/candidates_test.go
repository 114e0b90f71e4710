package journey

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// rankedPlan shows the plan step with a hand-built report of five ranked
// candidates, the first two chosen, and a plan holding the first focusN.
func rankedPlan(t *testing.T, focusN int) (*Journey, *planScreen) {
	t.Helper()
	j, _ := newTestJourney(t, t.TempDir())
	j.show(workshop.StepPlan)
	p := j.current.(*planScreen)
	c := j.s.Content
	r := &analysis.Report{}
	for i, id := range []string{"skill.delegation", "skill.coaching", "skill.managing-up", "skill.conflict", "skill.steady"} {
		sk := c.Skill(id)
		cand := analysis.Candidate{Suggestion: analysis.Suggestion{ID: id, Title: sk.Name, Why: "Why " + sk.Name + ".", Score: float64(10 - i),
			Evidence: []analysis.Evidence{{Source: "week", Text: "18 escalations straight to you", Weight: 2}, {Source: "reflection", Text: "\"only I know\"", Weight: 1}}}}
		cand.Chosen = i < 2
		if !cand.Chosen {
			cand.Reason = "outranked"
		}
		r.Candidates = append(r.Candidates, cand)
	}
	p.report = r
	j.s.Answers.Plan = &workshop.Plan{}
	for i, cand := range r.Candidates[:focusN] {
		j.s.Answers.Plan.Focus = append(j.s.Answers.Plan.Focus, analysis.NewFocusArea(c, j.s.Answers, cand.Suggestion, i, j.s.Now()))
	}
	p.rebuild()
	return j, p
}

// buttons finds the buttons under o with the given text, in drawing order.
func buttons(o fyne.CanvasObject, text string) []*widget.Button {
	var out []*widget.Button
	uitest.Visit(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			out = append(out, b)
		}
	})
	return out
}

func TestPlanListsTheTopCandidatesWithTheirEvidence(t *testing.T) {
	_, p := rankedPlan(t, 2)
	text := uitest.Texts(p.box)
	for _, want := range []string{"What your answers point to", "1. Delegation", "2. Coaching instead of fixing", "3. Managing up", "4. Handling conflict",
		"Why Managing up.", "Not in the draft: outranked", "The evidence (2)", "In your plan, focus area 1", "In your plan, focus area 2"} {
		if !strings.Contains(text, want) {
			t.Errorf("the plan step lacks %q", want)
		}
	}
	if strings.Contains(text, "5. Staying steady") {
		t.Error("the fifth candidate is listed though the plan does not hold it")
	}
	// Two candidates outside the plan, each offered in place of either area.
	if n := len(buttons(p.box, "Use this instead of Delegation")); n != 2 {
		t.Errorf("%d \"Use this instead of Delegation\" buttons, want 2", n)
	}
	ev := p.box.Objects[0].(*widget.Card).Content
	var fold *widget.Accordion
	uitest.Visit(ev, func(o fyne.CanvasObject) {
		if a, ok := o.(*widget.Accordion); ok && fold == nil {
			fold = a
		}
	})
	if fold == nil || fold.Items[0].Open || !strings.Contains(uitest.Texts(fold.Items[0].Detail), "18 escalations straight to you (your week)") {
		t.Errorf("the first candidate's evidence: %v", fold)
	}
}

func TestUseThisInsteadSwapsAndUndoPutsItBack(t *testing.T) {
	j, p := rankedPlan(t, 2)
	j.s.Answers.Plan.Focus[1].Goal.Specific = "My own words for coaching"
	j.s.Answers.Plan.Focus[1].MarkEdited(workshop.AreaSpecific) // as typing it does
	before := j.s.Answers.Plan.Focus[1]
	changes := 0
	j.s.OnChange = func() { changes++ }
	test.Tap(buttons(p.box, "Use this instead of Coaching instead of fixing")[0]) // on Managing up
	f := j.s.Answers.Plan.Focus
	if len(f) != 2 || f[0].Skill != "skill.delegation" || f[1].Skill != "skill.managing-up" || f[1].Why != "Why Managing up." || changes != 1 {
		t.Fatalf("after the swap: %d areas, %s and %s (%q), %d changes", len(f), f[0].Skill, f[1].Skill, f[1].Why, changes)
	}
	text := uitest.Texts(p.box)
	if !strings.Contains(text, "Now in your plan instead of \"Coaching instead of fixing\".") || !strings.Contains(text, "Focus area 2: Managing up") {
		t.Fatalf("after the swap the screen says:\n%s", text)
	}
	if strings.Contains(text, "Not in the draft: outranked") {
		t.Error("after the swap the draft's reasons are still given")
	}
	undo := buttons(p.box, "Undo")
	if len(undo) != 1 || len(p.undo.Objects) != 0 {
		t.Fatalf("%d Undo buttons beside the candidates, %d at the top", len(undo), len(p.undo.Objects))
	}
	test.Tap(undo[0])
	if got := j.s.Answers.Plan.Focus[1]; !reflect.DeepEqual(got, before) {
		t.Fatalf("after undo: %+v, want the coaching area as it was", got)
	}
	if len(buttons(p.box, "Undo")) != 0 || len(buttons(p.box, "Use this instead of Coaching instead of fixing")) != 2 {
		t.Error("after undo the candidates are not offered again")
	}
}

func TestAddAsAFocusWhenThePlanHasOne(t *testing.T) {
	j, p := rankedPlan(t, 1)
	add := buttons(p.box, "Add as a focus")
	if len(add) != 3 || len(buttons(p.box, "Use this instead of Delegation")) != 0 {
		t.Fatalf("%d \"Add as a focus\" buttons, want 3", len(add))
	}
	test.Tap(add[0]) // Coaching
	if f := j.s.Answers.Plan.Focus; len(f) != 2 || f[1].Skill != "skill.coaching" {
		t.Fatalf("after adding: %+v", f)
	}
	if !strings.Contains(uitest.Texts(p.box), "Added to your plan as focus area 2.") {
		t.Error("no word where the candidate was added")
	}
	test.Tap(buttons(p.box, "Undo")[0])
	if f := j.s.Answers.Plan.Focus; len(f) != 1 || f[0].Skill != "skill.delegation" {
		t.Fatalf("after undo: %+v", f)
	}
}

func TestHeldBackPatternDrawsNoFocus(t *testing.T) {
	_, p := rankedPlan(t, 0)
	p.report.HeldBack = analysis.FlagAllMiddle
	p.report.Flags = []analysis.Flag{{Kind: analysis.FlagAllMiddle, Text: "Nearly all your answers sit in the middle."}}
	p.rebuild()
	text := uitest.Texts(p.box)
	for _, want := range []string{"no focus can be drawn from them yet", "Nearly all your answers sit in the middle.",
		"Talk your answers through", "take the self-assessment again", "If you want to pick one yourself"} {
		if !strings.Contains(text, want) {
			t.Errorf("a held-back plan lacks %q", want)
		}
	}
	if n := len(buttons(p.box, "Add as a focus")); n != shownCandidates {
		t.Errorf("%d candidates offered to pick, want %d", n, shownCandidates)
	}
	// A plan that says why it has no focus opens with that, said once.
	p.plan().Note = "Talk it through first, and re-take the assessment by 6 January 2027."
	p.rebuild()
	if p.intro.Text != p.plan().Note || strings.Contains(uitest.Texts(p.box), "Talk your answers through") {
		t.Errorf("with the plan's note: intro %q, section:\n%s", p.intro.Text, uitest.Texts(p.box))
	}
	test.Tap(buttons(p.box, "Add as a focus")[0])
	if strings.Contains(p.intro.Text, "Talk it through first") {
		t.Errorf("with a focus chosen the intro still says %q", p.intro.Text)
	}
}

func TestNoCandidatesSaysNothingStandsOut(t *testing.T) {
	_, p := rankedPlan(t, 0)
	p.report = &analysis.Report{}
	p.rebuild()
	if text := uitest.Texts(p.box); !strings.Contains(text, "Nothing in your answers stands out yet") || strings.Contains(text, "1. ") {
		t.Errorf("no candidates:\n%s", text)
	}
	// Candidates no answer points to count as none.
	p.report = &analysis.Report{Candidates: []analysis.Candidate{{Suggestion: analysis.Suggestion{ID: "skill.conflict", Title: "Handling conflict", Why: "."}}}}
	p.rebuild()
	if text := uitest.Texts(p.box); !strings.Contains(text, "Nothing in your answers stands out yet") || strings.Contains(text, "Handling conflict") {
		t.Errorf("a candidate without evidence:\n%s", text)
	}
}

func TestAnswersToRewordedItemsAreListedWithAWayToEachStep(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	c := j.s.Content
	a := j.s.Answers
	a.History = &workshop.History{Reasked: []string{c.Skills[0].ID, c.Expectations[0].ID}, Edition: "2026.1"}
	j.show(workshop.StepPlan)
	p := j.current.(*planScreen)
	card, ok := p.reaskedCard().(*widget.Card)
	if !ok {
		t.Fatal("no card for the answers asked again")
	}
	var buttons []*widget.Button
	for _, o := range card.Content.(*fyne.Container).Objects {
		if box, ok := o.(*fyne.Container); ok {
			for _, b := range box.Objects {
				if b, ok := b.(*widget.Button); ok {
					buttons = append(buttons, b)
				}
			}
		}
	}
	if len(buttons) != 2 || !strings.Contains(buttons[0].Text, workshop.StepSkills.Title()) {
		t.Fatalf("buttons %v", buttons)
	}
	test.Tap(buttons[0])
	if _, ok := j.current.(*skillsScreen); !ok || j.s.Answers.Step != workshop.StepSkills {
		t.Errorf("tapping %q opened %T at %s", buttons[0].Text, j.current, j.s.Answers.Step)
	}
	a.Skills[c.Skills[0].ID] = workshop.SkillRate{Current: 2, Importance: 3}
	a.Expectations[c.Expectations[0].ID] = workshop.Pair{Me: 2, Org: 3}
	if p.reaskedCard() != nil {
		t.Error("the card stays once everything is answered again")
	}
}
