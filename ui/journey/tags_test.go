package journey

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// reflectionTags opens the reflections page and returns the first
// prompt's ID and its tag picker.
func reflectionTags(t *testing.T, j *Journey) (string, *tagPicker) {
	t.Helper()
	j.show(workshop.StepAssess)
	as := j.current.(*assessScreen)
	as.show(as.pages() - 1)
	id := j.s.Content.Dimensions[0].Prompts[0].ID
	tp := as.tags[id]
	if tp == nil || len(as.tags) != len(as.reflections) {
		t.Fatalf("%d tag pickers for %d reflections", len(as.tags), len(as.reflections))
	}
	return id, tp
}

// check ticks or unticks the box named name.
func check(t *testing.T, tp *tagPicker, name string) {
	t.Helper()
	for _, c := range tp.checks {
		if c.Text == name {
			test.Tap(c)
			return
		}
	}
	t.Fatalf("no %q box", name)
}

func TestReflectionTagsAreStoredAndNamed(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	id, tp := reflectionTags(t, j)
	changes := 0
	j.s.OnChange = func() { changes++ }
	if tp.fold.Items[0].Title != "What is this about?" || tp.fold.Items[0].Open {
		t.Fatalf("a new picker: %q, open %v", tp.fold.Items[0].Title, tp.fold.Items[0].Open)
	}
	if n := len(tp.checks); n != len(j.s.Content.Skills)+1 || tp.checks[n-1].Text != "Something else" {
		t.Fatalf("%d choices, the last %q", n, tp.checks[n-1].Text)
	}
	coaching, delegation := j.s.Content.Skills[10], j.s.Content.Skills[1]
	check(t, tp, coaching.Name)
	check(t, tp, "Something else")
	check(t, tp, delegation.Name)
	want := []string{delegation.ID, coaching.ID, workshop.TagOther} // in the pack's order
	if got := j.s.Answers.Tags[id]; !slices.Equal(got, want) || changes != 3 {
		t.Fatalf("tags %v after %d changes, want %v", got, changes, want)
	}
	if title := tp.fold.Items[0].Title; !strings.Contains(title, delegation.Name) || !strings.HasSuffix(title, "and 1 more") {
		t.Errorf("title %q", title)
	}
	check(t, tp, coaching.Name)
	check(t, tp, "Something else")
	check(t, tp, delegation.Name)
	if _, ok := j.s.Answers.Tags[id]; ok {
		t.Errorf("all unticked: tags %v", j.s.Answers.Tags)
	}
}

func TestReflectionTagsStopAtTheMost(t *testing.T) {
	j, _ := newTestJourney(t, t.TempDir())
	id, tp := reflectionTags(t, j)
	for _, c := range tp.checks[:workshop.MaxTags] {
		test.Tap(c)
	}
	next := tp.checks[workshop.MaxTags]
	test.Tap(next)
	if got := j.s.Answers.Tags[id]; len(got) != workshop.MaxTags || next.Checked || !next.Disabled() {
		t.Fatalf("a tag past the most: %v, checked %v, disabled %v", got, next.Checked, next.Disabled())
	}
	if !tp.hint.Visible() || !strings.Contains(tp.hint.Text, "untick one") {
		t.Errorf("no word on the most: %q", tp.hint.Text)
	}
	test.Tap(tp.checks[0])
	if next.Disabled() || tp.hint.Visible() {
		t.Errorf("after unticking one: next disabled %v, hint %q", next.Disabled(), tp.hint.Text)
	}
	_, again := reflectionTags(t, j)
	if n := len(slices.DeleteFunc(slices.Clone(again.checks), func(c *widget.Check) bool { return !c.Checked })); n != workshop.MaxTags-1 {
		t.Errorf("shown again: %d ticked, want %d", n, workshop.MaxTags-1)
	}
}
