package planpdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/leadshift/leadshift/workshop/analysis"
)

// threeWay draws every statement three ways: what I expect, what I
// believed my organisation expects, and what my manager says, with what
// the differences mean.
func (d *doc) threeWay(m *analysis.ManagerView) {
	cmp := m.Comparison
	var rows [][]string
	var aligned []string
	for _, s := range cmp.Statements {
		if s.BlindSpot == "aligned" && !s.Misreading {
			aligned = append(aligned, fmt.Sprintf("%s (%s, %s, %d)", strings.TrimSuffix(s.Expectation.Statement, "."), rating(s.Me), rating(s.Org), s.Manager))
			continue
		}
		meaning := s.Label
		if s.Misreading {
			meaning += ". " + s.Reading
		}
		rows = append(rows, []string{s.Expectation.Statement, rating(s.Me), rating(s.Org), strconv.Itoa(s.Manager), meaning + "."})
	}
	intro := fmt.Sprintf("Each statement three ways, from 1 (not at all) to 5 (very much): what you expect of the role, what you believed your organisation expects, and what %s expects of you in this role. You against your manager shows blind spots; your belief against your manager shows what you read differently.", d.managerName())
	if m.Note != "" {
		intro += " " + m.Note
	}
	cols := []column{{"Statement", 0.36, "L"}, {"I expect", 0.09, "C"}, {"I believed my organisation expects", 0.14, "C"},
		{"My manager expects", 0.11, "C"}, {"What it means", 0.30, "L"}}
	alignedNote := ""
	if len(aligned) > 0 {
		alignedNote = "The same three ways, within a point (you, your belief, your manager): " + strings.Join(aligned, "; ") + "."
	}
	title := "What the role is: me, my belief, my manager"
	if len(rows) == 0 {
		d.sub(title, d.noteHeight(intro)+d.noteHeight(alignedNote))
		d.note(intro)
		d.para("You and your manager see every statement the same way, within a point.")
		d.note(alignedNote)
		return
	}
	d.sub(title, d.noteHeight(intro)+d.tableKeep(cols, rows))
	d.note(intro)
	d.pdf.SetY(d.pdf.GetY() + 1)
	d.table("Me, my belief, my manager", cols, rows)
	if alignedNote != "" {
		d.pdf.SetY(d.pdf.GetY() + 1)
		d.note(alignedNote)
	}
}

// skillsWithManager draws every skill with the manager's view next to
// mine and the level needed in this role, the manager's when given.
func (d *doc) skillsWithManager(m *analysis.ManagerView) {
	var rows [][]string
	var flags []string
	for _, s := range m.Comparison.Skills {
		if s.Self == 0 && s.Today == 0 {
			continue
		}
		needed := strconv.Itoa(s.Needed)
		if s.ManagerNeeded {
			needed += " (manager)"
		}
		rows = append(rows, []string{s.Name, rating(s.Self), rating(s.Today), needed})
		if s.Differs {
			flags = append(flags, s.Name+": "+s.Note+". Agree today's level together, with examples you both know.")
		}
	}
	if len(rows) == 0 {
		return
	}
	intro := "Levels run from 1 to 5; each level adds one observable behaviour. The level needed is your manager's where they gave one, else the level a first-line lead needs."
	cols := []column{{"Skill", 0.43, "L"}, {"My level today", 0.17, "C"}, {"My manager sees me at", 0.19, "C"}, {"Level needed in this role", 0.21, "C"}}
	d.sub("Skills: my view and my manager's", d.noteHeight(intro)+d.tableKeep(cols, rows))
	d.note(intro)
	d.pdf.SetY(d.pdf.GetY() + 1)
	d.table("Skills", cols, rows)
	d.pdf.SetY(d.pdf.GetY() + 1.5)
	for _, f := range flags {
		d.bulletSized(marginX, d.cw, f, smallSize, smallLine)
	}
}

// rating prints a rating, or a dash when there is none.
func rating(v int) string {
	if v == 0 {
		return "-"
	}
	return strconv.Itoa(v)
}
