package planpdf

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
)

// FuzzRender feeds arbitrary text and ratings into a complete plan: the
// renderer must never panic and must always produce a PDF.
func FuzzRender(f *testing.F) {
	f.Add("Zoë Müller", "Team lead", "I keep fixing things myself.", "Weekly report", 3, 4, "Hold one-to-ones.", "2026-03-20")
	f.Add("", "", "", "", 0, -7, "", "")
	f.Add("😀\x00\r\n\t", "\xff\xfe", strings.Repeat("w", 500), "中文", 99, 5, "\u202e\u200d", "not a date")
	f.Add(strings.Repeat("Ж", 200), "  ", strings.Repeat("line\n", 300), "(((\\)))", 5, 1, "%PDF-1.7 ) Tj ET", "2026-02-30")
	c := testContent(f)
	f.Fuzz(func(t *testing.T, name, role, reflection, what string, rating, other int, goal, date string) {
		for _, s := range []string{name, role, reflection, what, goal, date} {
			if utf8.RuneCountInString(s) > workshop.MaxText {
				return // longer than an answers file may hold: outside what the renderer gets
			}
		}
		a := zoe()
		a.Participant = workshop.Participant{Name: name, Role: role, TeamSize: other, LeadershipTime: what, Manager: reflection}
		a.Reflections["lg-p1"] = reflection
		a.Ratings["lg-1"], a.Ratings["rl-1"] = rating, other
		a.Expectations["ex-tech"] = workshop.Pair{Me: rating, Org: other}
		a.Skills["coaching"] = workshop.SkillRate{Current: rating, Importance: other}
		a.Delegations = append(a.Delegations, workshop.DelegationRow{What: what, Type: role, Owner: name, Support: goal, By: date})
		a.Plan.Focus[0].Title, a.Plan.Focus[0].Goal.Specific, a.Plan.Focus[0].FirstStepDate = what, goal, date
		a.Plan.Focus[1].Actions = append(a.Plan.Focus[1].Actions, workshop.PlanAction{Text: goal, Kind: workshop.Kind(role)})
		a.Plan.Reviews = append(a.Plan.Reviews, date)
		var buf bytes.Buffer
		if err := Render(&buf, c, a, Options{Title: role}); err != nil {
			t.Fatalf("Render: %v", err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF")) {
			t.Fatalf("output does not start with %%PDF: %q", buf.Bytes()[:min(buf.Len(), 20)])
		}
	})
}
