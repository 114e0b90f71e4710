package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

// movedAhead is a participant the room moved ahead: their situations and
// skills point to sk.y (escalations), but they have not filled in their
// week, so the plan has no baseline.
func movedAhead(c *workshop.Content) *workshop.Answers {
	a := mixed(c)
	a.Skills["sk.y"] = workshop.SkillRate{Current: 1, Importance: 5}
	a.Ratings["b.1"], a.Ratings["b.2"] = 1, 1
	return a
}

// fillWeek adds the week's counts they skipped.
func fillWeek(a *workshop.Answers) {
	a.Week.Counts = map[workshop.Source]int{workshop.SourceEscalations: 18}
	a.Week.Today = workshop.Hours{Technical: 30, People: 5, Planning: 3, Stakeholders: 2}
}

// pointElsewhere changes the answers so sk.x (hand-overs), not sk.y, is
// the gap.
func pointElsewhere(a *workshop.Answers) {
	a.Skills["sk.y"] = workshop.SkillRate{Current: 4, Importance: 3}
	a.Ratings["b.1"], a.Ratings["b.2"] = 4, 4
	a.Skills["sk.x"] = workshop.SkillRate{Current: 1, Importance: 5}
	a.Ratings["a.1"], a.Ratings["a.3"] = 1, 1
	a.Reflections["a.p"] = "Every weekend I am the one they call."
}

func TestRedraft(t *testing.T) {
	c := fixture(t)
	const myGoal = "Send every escalation back to the person on call first, twice a day"
	tests := []struct {
		name   string
		edit   func(p *workshop.Plan)          // what the person wrote before the answers changed
		change func(a *workshop.Answers)       // how the answers changed
		check  func(t *testing.T, r Redrafted) // what the redraft must hold
	}{
		{
			name:   "an unedited baseline fills in from the week's counts",
			change: fillWeek,
			check: func(t *testing.T, r Redrafted) {
				g := r.Plan.Focus[0].Goal
				if g.Baseline != "18" || g.Target != "9" {
					t.Errorf("baseline and target = %q, %q; want 18 and 9 from the week's count", g.Baseline, g.Target)
				}
				if !strings.Contains(r.Plan.Day30, "18") {
					t.Errorf("day 30 %q does not confirm the new baseline", r.Plan.Day30)
				}
				wantLine(t, r.Changed, "Focus area 1 (Skill sk.y): today and target are filled in from your week: 18 now, 9 by the end")
				wantLine(t, r.Changed, "30-60-90 milestones follow your new answers")
				if len(r.Kept) != 0 {
					t.Errorf("kept %q, but the person wrote nothing", r.Kept)
				}
			},
		},
		{
			name: "edited fields are kept while the rest is drafted again",
			edit: func(p *workshop.Plan) {
				p.Shift = "From firefighter to the person who makes the team fireproof."
				p.MarkEdited(workshop.PlanShift)
				p.Focus[0].Goal.Specific = myGoal
				p.Focus[0].MarkEdited(workshop.AreaSpecific)
			},
			change: fillWeek,
			check: func(t *testing.T, r Redrafted) {
				f := r.Plan.Focus[0]
				if f.Goal.Specific != myGoal || !strings.HasPrefix(r.Plan.Shift, "From firefighter") {
					t.Errorf("the person's goal %q and shift %q were drafted over", f.Goal.Specific, r.Plan.Shift)
				}
				if f.Goal.Baseline != "18" {
					t.Errorf("the unedited baseline %q was not drafted again", f.Goal.Baseline)
				}
				if !f.IsEdited(workshop.AreaSpecific) || !r.Plan.IsEdited(workshop.PlanShift) {
					t.Error("the redraft forgot which fields the person wrote")
				}
				if want := []string{"the shift line", "in focus area 1, the goal"}; !slices.Equal(r.Kept, want) {
					t.Errorf("kept = %q, want %q", r.Kept, want)
				}
			},
		},
		{
			name: "a baseline the person typed stays though the week says otherwise",
			edit: func(p *workshop.Plan) {
				p.Focus[0].Goal.Baseline = "12"
				p.Focus[0].MarkEdited(workshop.AreaBaseline)
			},
			change: fillWeek,
			check: func(t *testing.T, r Redrafted) {
				if g := r.Plan.Focus[0].Goal; g.Baseline != "12" || g.Target != "9" {
					t.Errorf("baseline, target = %q, %q; want the person's 12 and the drafted 9", g.Baseline, g.Target)
				}
				wantLine(t, r.Kept, "in focus area 1, today's number")
			},
		},
		{
			name:   "an unedited focus area follows the answers elsewhere, and the shift line with it",
			change: pointElsewhere,
			check: func(t *testing.T, r Redrafted) {
				if skills := skillsOf(r.Plan); slices.Contains(skills, "sk.y") || !slices.Contains(skills, "sk.x") {
					t.Errorf("focus areas %v; want sk.x in place of sk.y", skills)
				}
				if strings.Contains(r.Plan.Shift, "sk.y") {
					t.Errorf("the shift line %q still names the old focus", r.Plan.Shift)
				}
				wantLine(t, r.Changed, "Focus area 1 is now \u201cSkill sk.x\u201d")
				wantLine(t, r.Changed, "\u201cSkill sk.y\u201d is no longer a focus area")
			},
		},
		{
			name: "a focus area the person wrote in stays in its place",
			edit: func(p *workshop.Plan) {
				p.Focus[0].Goal.Specific = myGoal
				p.Focus[0].MarkEdited(workshop.AreaSpecific)
			},
			change: pointElsewhere,
			check: func(t *testing.T, r Redrafted) {
				if skills := skillsOf(r.Plan); len(skills) == 0 || skills[0] != "sk.y" || r.Plan.Focus[0].Goal.Specific != myGoal {
					t.Errorf("focus areas %v: the area the person wrote in was replaced", skills)
				}
				if strings.Contains(r.Plan.Focus[0].Why, "level 1 of 5") {
					t.Errorf("the why %q still quotes the old self-rating", r.Plan.Focus[0].Why)
				}
			},
		},
		{
			name: "focus areas the person chose stay, and their own area is kept whole",
			edit: func(p *workshop.Plan) {
				p.Focus = append(p.Focus, workshop.FocusArea{Title: "Learn the budget cycle", Why: "My own choice."})
				p.MarkEdited(workshop.PlanFocus)
			},
			change: pointElsewhere,
			check: func(t *testing.T, r Redrafted) {
				if skills := skillsOf(r.Plan); !slices.Equal(skills, []string{"sk.y", ""}) {
					t.Errorf("focus areas %v; want the person's choice sk.y and their own area", skills)
				}
				if r.Plan.Focus[1].Title != "Learn the budget cycle" {
					t.Errorf("the person's own area became %q", r.Plan.Focus[1].Title)
				}
				wantLine(t, r.Kept, "your choice of focus areas")
			},
		},
		{
			name:   "answers that change nothing in the plan say nothing",
			change: func(a *workshop.Answers) { a.Participant.TeamSize = 7 },
			check: func(t *testing.T, r Redrafted) {
				if len(r.Changed) != 0 {
					t.Errorf("changed = %q; want nothing", r.Changed)
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := movedAhead(c)
			p := Draft(c, a, Analyze(c, a), today)
			if tc.edit != nil {
				tc.edit(p)
			}
			tc.change(a)
			if !Stale(a, p) {
				t.Fatal("the plan is not stale after its answers changed")
			}
			r := Redraft(c, a, Analyze(c, a), p, today)
			if Stale(a, r.Plan) {
				t.Error("the redrafted plan is still stale")
			}
			if r.Plan.Reviews[0] != p.Reviews[0] {
				t.Errorf("the review date moved from %s to %s", p.Reviews[0], r.Plan.Reviews[0])
			}
			tc.check(t, r)
		})
	}
}

// TestAdoptEdits: a plan saved before plans kept track of edits keeps
// everything that differs from today's draft, and nothing empty counts.
func TestAdoptEdits(t *testing.T) {
	c := fixture(t)
	a := movedAhead(c)
	r := Analyze(c, a)
	p := NewPlan(c, a, r, today)
	p.Shift = "My own shift."
	p.Focus[0].FirstStep = "Call Ana on Monday."
	p.Day30 = ""
	AdoptEdits(c, a, r, p, today)
	if !slices.Equal(p.Edited, []string{workshop.PlanShift}) {
		t.Errorf("plan edited = %q; want only the shift line (day 30 is empty, the rest as drafted)", p.Edited)
	}
	if !slices.Equal(p.Focus[0].Edited, []string{workshop.AreaFirstStep}) {
		t.Errorf("area edited = %q; want only the first step", p.Focus[0].Edited)
	}
	fillWeek(a)
	rd := Redraft(c, a, Analyze(c, a), p, today)
	if rd.Plan.Shift != "My own shift." || rd.Plan.Focus[0].FirstStep != "Call Ana on Monday." || rd.Plan.Focus[0].Goal.Baseline != "18" {
		t.Errorf("after adopting: shift %q, first step %q, baseline %q", rd.Plan.Shift, rd.Plan.Focus[0].FirstStep, rd.Plan.Focus[0].Goal.Baseline)
	}
}

func skillsOf(p *workshop.Plan) []string {
	var out []string
	for _, f := range p.Focus {
		out = append(out, f.Skill)
	}
	return out
}

// wantLine fails unless one of lines contains part.
func wantLine(t *testing.T, lines []string, part string) {
	t.Helper()
	for _, l := range lines {
		if strings.Contains(l, part) {
			return
		}
	}
	t.Errorf("no line says %q in %q", part, lines)
}
