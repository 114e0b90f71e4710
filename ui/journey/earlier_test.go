package journey

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
)

func TestEarlierPlanIsShownFoldedAndPrints(t *testing.T) {
	out := t.TempDir()
	j, sh := newTestJourney(t, out)
	j.s.Answers.Participant.Name = "Noor"
	j.s.Answers.History = &workshop.History{Plan: &workshop.Plan{Shift: "From firefighting to leading",
		Focus: []workshop.FocusArea{{Title: "Old focus on delegation", Goal: workshop.Goal{Specific: "Hand over the change board", By: "2026-03-02"},
			FirstStep: "Ask Priya", FirstStepDate: "2026-01-12"}},
		Reviews: []string{"2026-02-02"}}}
	j.show(workshop.StepPlan)
	p := j.current.(*planScreen)
	var fold *widget.Accordion
	uitest.Visit(p.box, func(o fyne.CanvasObject) {
		if a, ok := o.(*widget.Accordion); ok && a.Items[0].Title == earlierTitle {
			fold = a
		}
	})
	if fold == nil || fold.Items[0].Open {
		t.Fatalf("the earlier plan: %v", fold)
	}
	text := uitest.Texts(fold.Items[0].Detail)
	for _, want := range []string{"Old focus on delegation", "Hand over the change board", "Done by 2 March 2026", "Ask Priya, by 12 January 2026", "2 February 2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("the earlier plan lacks %q:\n%s", want, text)
		}
	}
	test.Tap(p.printEarlier)
	sh.tasks.Wait()
	if !strings.HasPrefix(p.earlierStatus.Text, "Your earlier plan was saved") || len(sh.errs) > 0 {
		t.Fatalf("after printing: %q, errors %v", p.earlierStatus.Text, sh.errs)
	}
	pdf := pdfText(t, filepath.Join(out, "Noor-earlier-plan.pdf"))
	for _, want := range []string{"Old focus on delegation", "Hand over the change board"} {
		if !strings.Contains(pdf, want) {
			t.Errorf("the printed earlier plan lacks %q", want)
		}
	}
}

func TestNoEarlierPlanNoSection(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	j.show(workshop.StepPlan)
	if p := j.current.(*planScreen); p.printEarlier != nil || strings.Contains(uitest.Texts(p.box), earlierTitle) {
		t.Error("an earlier plan is offered with no history")
	}
}

// A plan whose answers name no obstacle drafts none: the obstacles card
// says so, offers the pack's usual one as an example, and adds a field
// to write one.
func TestNoObstacleIsMadeUpButOneIsOffered(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	sk := j.s.Content.Skills[0]
	j.s.Answers.Plan = &workshop.Plan{Focus: []workshop.FocusArea{{Skill: sk.ID, Title: sk.Name}}, Edited: []string{workshop.PlanObstacles}}
	j.show(workshop.StepPlan)
	p := j.current.(*planScreen)
	text := uitest.Texts(p.box)
	if !strings.Contains(text, "Nothing in your answers names what may get in the way") || !strings.Contains(text, strings.TrimRight(sk.Obstacle, ".")) {
		t.Fatalf("no hint with the usual obstacle %q:\n%s", sk.Obstacle, text)
	}
	var add *widget.Button
	uitest.Visit(p.box, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Add an obstacle" {
			add = b
		}
	})
	test.Tap(add)
	if got := j.s.Answers.Plan.Obstacles; len(got) != 1 || got[0].Obstacle != "" {
		t.Fatalf("obstacles after Add: %+v, want one empty to write in", got)
	}
	if text := uitest.Texts(p.box); !strings.Contains(text, "Obstacle 1") || strings.Contains(text, "Nothing in your answers names") {
		t.Errorf("after Add, the card shows:\n%s", text)
	}
}
