package workshop

import (
	"strings"
	"testing"
)

func TestReadDateAcceptsCommonForms(t *testing.T) {
	for _, in := range []string{"2026-12-01", "1 December 2026", "1 Dec 2026", "December 1, 2026", "1/12/2026", "01/12/2026", " 1.12.2026 "} {
		if got, err := ReadDate(in); err != nil || got != "2026-12-01" {
			t.Errorf("ReadDate(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ReadDate("someday"); err == nil || !strings.Contains(err.Error(), "someday") {
		t.Errorf("someday: %v", err)
	}
}

func TestLongDate(t *testing.T) {
	if got := Long("2027-03-05"); got != "5 March 2027" {
		t.Errorf("Long = %q", got)
	}
	if got := Long("next week"); got != "next week" {
		t.Errorf("Long of text = %q", got)
	}
}

func TestCloneIsDeep(t *testing.T) {
	c := fixture(t)
	a := mixed(c)
	a.Skills["sk.x"] = SkillRate{Current: 1, Importance: 5}
	a.Delegations = []DelegationRow{{What: "w", Owner: "o", Kind: RowHold}}
	a.Week.Counts = map[Source]int{SourceEscalations: 3}
	a.Tags = map[string][]string{"a.p": {"sk.x"}}
	a.Plan = samplePlan()
	b := a.Clone()
	b.Tags["a.p"][0] = "changed"
	b.Ratings["a.1"] = 5
	b.Delegations[0].What = "changed"
	b.Week.Counts[SourceEscalations] = 9
	b.Plan.Focus[0].Actions[0].Text = "changed"
	b.Plan.Reviews[0] = "changed"
	b.Plan.StopDoing[0] = "changed"
	if a.Ratings["a.1"] != 4 || a.Tags["a.p"][0] != "sk.x" || a.Delegations[0].What != "w" || a.Plan.Focus[0].Actions[0].Text == "changed" ||
		a.Plan.Reviews[0] == "changed" || a.Week.Counts[SourceEscalations] != 3 || a.Plan.StopDoing[0] == "changed" {
		t.Error("changing the clone changed the original")
	}
}

func TestFileStem(t *testing.T) {
	for name, want := range map[string]string{
		"Zoë Müller":       "Zoë-Müller",
		"../../etc/passwd": "etc-passwd",
		"":                 "participant",
		"  ***  ":          "participant",
		"Łukasz Żółć (IT)": "Łukasz-Żółć-IT",
		"a\x00b/c\\d:e":    "a-b-c-d-e",
	} {
		if got := (Participant{Name: name}).FileStem(); got != want {
			t.Errorf("FileStem(%q) = %q, want %q", name, got, want)
		}
	}
}

// A first step that names its own date is not dated again after it.
func TestStepDated(t *testing.T) {
	for _, tc := range []struct {
		step, date string
		want       bool
	}{
		{"Book the talk with Kev.", "2026-12-08", true},
		{"Decide by 8 December 2026 who takes over \"Patching\", and ask them.", "2026-12-08", false},
		{"Book the talk with Kev.", "", false},
	} {
		if got := (FocusArea{FirstStep: tc.step, FirstStepDate: tc.date}).StepDated(); got != tc.want {
			t.Errorf("%q on %q: StepDated %v, want %v", tc.step, tc.date, got, tc.want)
		}
	}
}
