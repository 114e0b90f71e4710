package journey

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/leadshift/leadshift/ui/widgets"
)

// commitmentKinds are what a manager can commit to, each a field; a
// commitment is kept as "Kind: text", so it reads on its own in the plan
// and comes back to its field.
var commitmentKinds = []struct{ kind, hint string }{
	{"Time", "e.g. a one-to-one every second week, and an hour when something big comes up"},
	{"Introductions", "e.g. to the heads of the teams we depend on, and to other leads"},
	{"Budget", "e.g. a course this year, or tools for the team"},
	{"A mentor", "e.g. someone who led a team here before"},
}

// otherCommitment is the field for anything else.
const otherCommitment = "Something else"

// commitView asks what the manager commits to.
func (f *ManagerForm) commitView() fyne.CanvasObject {
	text := fmt.Sprintf("What you will do to help %s succeed in the next 90 days. Leave a field empty if it does not apply; "+
		"your commitments print in their own box on the plan, with a line for both signatures.", f.person())
	if f.set.Paper {
		text = "What your manager committed to, in their words."
	}
	slots := commitmentSlots(f.r.Commitments)
	objs := []fyne.CanvasObject{widgets.Para(text)}
	for i, v := range slots {
		label, hint := otherCommitment, "Anything else you will do"
		if i < len(commitmentKinds) {
			label, hint = commitmentKinds[i].kind, commitmentKinds[i].hint
		}
		e := widgets.LongText(v, hint, func(string) { f.keepCommitments() })
		f.commitments = append(f.commitments, e)
		objs = append(objs, widgets.Heading(label), e)
	}
	return widgets.Scroll(objs...)
}

// keepCommitments writes the fields back to the response, the empty
// ones left out.
func (f *ManagerForm) keepCommitments() {
	out := []string{}
	for i, e := range f.commitments {
		v := strings.TrimSpace(e.Text)
		if v == "" {
			continue
		}
		if i < len(commitmentKinds) {
			v = commitmentKinds[i].kind + ": " + v
		}
		out = append(out, v)
	}
	f.r.Commitments = out
	f.changed()
}

// commitmentSlots puts kept commitments back in their fields: one per
// kind, then every other commitment, then an empty one to add to.
func commitmentSlots(kept []string) []string {
	slots := make([]string, len(commitmentKinds))
	var others []string
	for _, c := range kept {
		placed := false
		for i, k := range commitmentKinds {
			if rest, ok := strings.CutPrefix(c, k.kind+": "); ok && slots[i] == "" {
				slots[i], placed = rest, true
				break
			}
		}
		if !placed {
			others = append(others, c)
		}
	}
	return append(append(slots, others...), "")
}
