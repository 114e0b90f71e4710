package journey

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/workshop"
)

// Each row asks what it is; the owner field's hint follows the answer, and
// a row not yet sorted says so on the row.
func TestRowKindIsChosenOnTheRow(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	j.show(workshop.StepDelegate)
	dl := j.current.(*delegateScreen)
	if dl.kind[0].Selected != "" || dl.kind[0].PlaceHolder != "What is this row?" {
		t.Fatalf("a new row's kind: %q, placeholder %q", dl.kind[0].Selected, dl.kind[0].PlaceHolder)
	}
	if n := shownLabels(dl.rows, "Not sorted yet"); n != len(dl.kind) {
		t.Fatalf("%d unsorted notes for %d new rows", n, len(dl.kind))
	}
	want := map[workshop.RowKind]string{workshop.RowHold: "Who could own it", workshop.RowStandard: "Who it concerns",
		workshop.RowHanded: "Who owns it now", workshop.RowNote: "Who it involves"}
	for _, k := range workshop.RowKinds {
		dl.kind[0].SetSelected(k.Label())
		if got := j.s.Answers.Delegations[0].Kind; got != k {
			t.Errorf("chose %q: the answers hold %q", k.Label(), got)
		}
		if got := dl.owner[0].PlaceHolder; got != want[k] {
			t.Errorf("%s: owner hint %q, want %q", k, got, want[k])
		}
		var by *widget.DateEntry
		uitest.Visit(dl.rows, func(o fyne.CanvasObject) {
			if d, ok := o.(*widget.DateEntry); ok && by == nil {
				by = d
			}
		})
		// The hint says what the date is for, and keeps the format beside it.
		if by.PlaceHolder != byHint(k)+", "+localeOrder().Pattern() || k == workshop.RowStandard && !strings.HasPrefix(by.PlaceHolder, "Talk it through by, ") {
			t.Errorf("%s: date hint %q", k, by.PlaceHolder)
		}
	}
	if n := shownLabels(dl.rows, "Not sorted yet"); n != len(dl.kind)-1 {
		t.Errorf("after sorting one row: %d unsorted notes, want %d", n, len(dl.kind)-1)
	}
	added := len(dl.kind)
	test.Tap(dl.add)
	if len(dl.kind) != added+1 || dl.kind[added].Selected != "" || j.s.Answers.Delegations[0].Kind != workshop.RowNote {
		t.Errorf("after adding a row: %d kinds, new %q, first kept %q", len(dl.kind), dl.kind[added].Selected, j.s.Answers.Delegations[0].Kind)
	}
	again := newDelegateScreen(j.s)
	if again.kind[0].Selected != workshop.RowNote.Label() || again.owner[0].PlaceHolder != "Who it involves" {
		t.Errorf("shown again: kind %q, owner hint %q", again.kind[0].Selected, again.owner[0].PlaceHolder)
	}
}

// Fewer rows than the pack asks for is a plain warning on the screen,
// and the journey goes on.
func TestShortDelegationMapWarnsButGoesOn(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	j.show(workshop.StepDelegate)
	dl := j.current.(*delegateScreen)
	if !dl.short.Visible() || !strings.Contains(dl.short.Text, "You can go on now") {
		t.Fatalf("an empty map: warning shown %v, %q", dl.short.Visible(), dl.short.Text)
	}
	for _, e := range dl.week.hours {
		test.Type(e[0], "10")
	}
	for _, src := range workshop.CountSources {
		test.Type(dl.week.counts[src], "2")
	}
	for i := range j.s.Content.Delegation.MinRow {
		test.Type(dl.what[i], "Approving firewall changes")
		test.Type(dl.owner[i], "Priya")
	}
	if dl.short.Visible() {
		t.Errorf("the warning stays with %d filled rows: %q", j.s.Content.Delegation.MinRow, dl.short.Text)
	}
	dl.what[0].SetText("")
	if !dl.short.Visible() || !strings.Contains(dl.short.Text, "1 more") {
		t.Errorf("one row emptied: warning shown %v, %q", dl.short.Visible(), dl.short.Text)
	}
	test.Tap(j.next)
	if _, ok := j.current.(*planScreen); !ok {
		t.Fatalf("Next with a short map: %T, problem %q", j.current, j.problem.Text)
	}
}

// shownLabels counts the labels under o that show, starting with prefix.
func shownLabels(o fyne.CanvasObject, prefix string) int {
	n := 0
	uitest.Visit(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.HasPrefix(l.Text, prefix) {
			n++
		}
	})
	return n
}

// TestAnUnreadableRowDateSaysWhyUnderIt: a date the map cannot read
// keeps its one-line message under the field, whatever the row is, and
// Next says which row.
func TestAnUnreadableRowDateSaysWhyUnderIt(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	j.s.Answers.Delegations = []workshop.DelegationRow{{ID: "r1", What: "Approving changes", Owner: "Priya", Kind: workshop.RowHold}}
	j.show(workshop.StepDelegate)
	dl := j.current.(*delegateScreen)
	dl.kind[0].SetSelected(workshop.RowStandard.Label()) // the hint changes; the message must not go
	test.Type(dl.by[0], "31/02/2027")
	test.Tap(j.next)
	msg := dl.by[0].check.Message
	if !msg.Visible() || !strings.Contains(msg.Text, "no day 31") || strings.Contains(msg.Text, "\n") {
		t.Errorf("under the date: %q (shown %v), want one line saying why", msg.Text, msg.Visible())
	}
	if !strings.Contains(j.problem.Text, "Row 1: the date is not one the map can read") {
		t.Errorf("beside Next: %q", j.problem.Text)
	}
	if _, ok := j.current.(*delegateScreen); !ok {
		t.Errorf("Next went on to %T past an unreadable date", j.current)
	}
}
