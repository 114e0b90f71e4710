package assets

import (
	"testing"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// Every field the engine drafts fits the field the plan step gives it:
// the person can edit it, and the PDF's page layout, sized from the
// limits, holds.
func TestDraftedFieldsFitTheirFields(t *testing.T) {
	c := builtin(t)
	for _, tr := range readTruths(t) {
		a := loadPersona(t, c, tr.name)
		p := analysis.NewPlan(c, a, analysis.Analyze(c, a), a.Created)
		chk := func(what, s string, n int) {
			if utf8.RuneCountInString(s) > n {
				t.Errorf("%s: %s has %d characters, its field holds %d: %s", tr.name, what, utf8.RuneCountInString(s), n, s)
			}
		}
		for _, f := range p.Focus {
			chk("title", f.Title, workshop.PlanLineLimit)
			chk("measure", f.Goal.Measurable, workshop.PlanLineLimit)
			chk("support", f.Support, workshop.PlanLineLimit)
			chk("goal", f.Goal.Specific, workshop.PlanTextLimit)
			chk("ifthen", f.IfThen, workshop.PlanTextLimit)
			chk("first", f.FirstStep, workshop.PlanTextLimit)
			for _, x := range f.Actions {
				chk("action", x.Text, workshop.PlanTextLimit)
			}
		}
		chk("shift", p.Shift, workshop.PlanTextLimit)
		for _, o := range p.Obstacles {
			chk("obstacle", o.Obstacle, workshop.PlanTextLimit)
			chk("response", o.Response, workshop.PlanTextLimit)
		}
		for _, s := range p.StopDoing {
			chk("stop", s, workshop.PlanListLimit)
		}
	}
}
