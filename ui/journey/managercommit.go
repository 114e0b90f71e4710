package journey

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/leadshift/leadshift/ui/widgets"
)

// commitmentHints suggest what a manager can commit to, one field each;
// the manager writes in their own words, and may use the fields for
// anything else.
var commitmentHints = []string{
	"Time: e.g. a one-to-one every second week, and an hour when something big comes up",
	"Introductions: e.g. to the heads of the teams we depend on, and to other leads",
	"Budget: e.g. a course this year, or tools for the team",
	"A mentor: e.g. someone who led a team here before",
}

// commitView asks what the manager commits to.
func (f *ManagerForm) commitView() fyne.CanvasObject {
	text := fmt.Sprintf("What you will do to help %s succeed in the next 90 days: your time, introductions, budget, a mentor, "+
		"one commitment a field. Leave a field empty if it does not apply; your commitments print in their own box on the plan, "+
		"with a line for both signatures.", f.person())
	if f.set.Paper {
		text = "What your manager committed to, in their words, one commitment a field."
	}
	objs := []fyne.CanvasObject{widgets.Para(text)}
	for i, v := range commitmentSlots(f.r.Commitments) {
		hint := "Anything else you will do"
		if i < len(commitmentHints) {
			hint = commitmentHints[i]
		}
		e := widgets.LongText(v, hint, func(string) { f.keepCommitments() })
		f.commitments = append(f.commitments, e)
		objs = append(objs, widgets.Heading(fmt.Sprintf("Commitment %d", i+1)), e)
	}
	return widgets.Scroll(objs...)
}

// keepCommitments writes the fields back to the response, in order, the
// empty ones left out.
func (f *ManagerForm) keepCommitments() {
	out := []string{}
	for _, e := range f.commitments {
		if v := strings.TrimSpace(e.Text); v != "" {
			out = append(out, v)
		}
	}
	f.r.Commitments = out
	f.changed()
}

// commitmentSlots are the fields for the commitments kept: one each, in
// order, and empty ones to add to, at least one and up to one per hint.
func commitmentSlots(kept []string) []string {
	n := max(len(commitmentHints), len(kept)+1)
	return append(append([]string{}, kept...), make([]string, n-len(kept))...)
}
