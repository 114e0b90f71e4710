package planpdf

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// evidence draws what the plan rests on, all read from the one analysis:
// the readiness profile, the things to talk through, the expectations and
// the questions for the manager, the skills, the delegation map, the week
// and the reflections.
func (d *doc) evidence() {
	intro := "What follows is what the plan rests on: your own answers, read together. It is a mirror for a conversation, not a verdict."
	d.pending = &pendingSection{"The evidence behind the plan", intro}
	d.talk()
	d.profile()
	d.expectations()
	d.skills()
	d.delegation()
	d.week()
	d.reflections()
	d.pending = nil
}

// profile draws the readiness profile: the radar and a table of each
// dimension's score and what its band means.
func (d *doc) profile() {
	prof := d.r.Dimensions
	if len(prof) == 0 {
		return
	}
	intro := fmt.Sprintf("Each dimension is scored from 0 to 100 from your own answers. A dimension needs at least %d answers for a score; with fewer it says \"%s\" and the chart leaves a gap.", workshop.MinItems, notEnough)
	keep := d.noteHeight(intro) + 3*smallLine
	if len(prof) >= 3 {
		keep = d.noteHeight(intro) + d.radarHeight(prof)
	}
	d.sub("Readiness profile", keep)
	d.note(intro)
	if len(prof) >= 3 {
		d.radar(prof)
	}
	if d.r.Flat {
		d.para("Your scores lie close together: no single dimension stands out. Read the texts as a whole rather than as a ranking.")
		d.pdf.SetY(d.pdf.GetY() + 1)
	}
	for _, p := range prof {
		d.dimension(p)
	}
}

// dimension prints one dimension's name and score in bold, followed by
// what its band says; one without a score says so and why.
func (d *doc) dimension(p workshop.DimensionResult) {
	head := fmt.Sprintf("%s, %s. ", p.Name, scoreText(p))
	text := p.Text
	if p.Score == nil {
		head = fmt.Sprintf("%s: %s. ", p.Name, notEnough)
		text = fmt.Sprintf("You answered %d of its %d statements, and a score needs at least %d.", p.Answered, p.Total, workshop.MinItems)
	}
	// The heading is set as the first words of the paragraph: bold, then
	// the text in regular type, wrapped together.
	d.need(2 * smallLine)
	d.pdf.SetY(d.pdf.GetY() + 1)
	d.style("B", smallSize, ink)
	d.pdf.SetX(marginX)
	d.pdf.SetLeftMargin(marginX)
	d.pdf.SetRightMargin(marginX)
	d.pdf.Write(smallLine, clean(head))
	d.style("", smallSize, ink)
	d.pdf.Write(smallLine, clean(text))
	d.pdf.Ln(smallLine)
}

// talk lists the patterns in the answers worth talking through.
func (d *doc) talk() {
	var texts []string
	for _, f := range d.r.Flags {
		texts = append(texts, f.Text)
	}
	// What the participant added to the plan's list is kept too.
	for _, s := range d.p.Talk {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(texts, s) {
			texts = append(texts, s)
		}
	}
	d.listSized("Things to talk through", texts, smallSize, smallLine)
}

// expectations draws each statement rated twice with its quadrant's
// label, then what to do about each kind of difference.
func (d *doc) expectations() {
	if d.r.Manager != nil {
		d.threeWay(d.r.Manager)
		return
	}
	var expects, provides, aligned [][]string
	for _, e := range d.r.Expectations {
		if !e.Mismatch() {
			aligned = append(aligned, []string{strings.TrimSuffix(e.Expectation.Statement, "."), fmt.Sprintf("%d / %d", e.Me, e.Org)})
			continue
		}
		row := []string{e.Expectation.Statement, strconv.Itoa(e.Me), strconv.Itoa(e.Org), e.Label}
		if e.Expectation.Provides {
			provides = append(provides, row)
		} else {
			expects = append(expects, row)
		}
	}
	if len(expects)+len(provides)+len(aligned) == 0 {
		return
	}
	intro := "Each statement rated twice, from 1 (not at all) to 5 (very much): how much you expect it of the role, and how much you believe your organisation expects it. The second rating is your own view of the organisation, so check it with your manager."
	if len(expects)+len(provides) == 0 {
		d.dense = true
		keep := d.tableKeep(alignedCols, pairUp(aligned))
		d.dense = false
		d.sub("What the role is, and what I expect of it", d.noteHeight(intro)+keep)
		d.note(intro)
		d.alignedTable(aligned)
		d.para("No statement differs by two points or more between you and what you believe your organisation expects. Check with your manager that they see it the same way.")
		return
	}
	cols := func(org string) []column {
		return []column{{"Statement", 0.42, "L"}, {"I expect", 0.1, "C"}, {org, 0.2, "C"}, {"What it means", 0.28, "L"}}
	}
	rows, org := expects, "What I believe my organisation expects"
	if len(expects) == 0 {
		rows, org = provides, "What I believe my organisation will provide"
	} else if len(provides) > 0 {
		// Statements about what the role gives are rated against what
		// the organisation will provide: they follow under a row that
		// says so.
		rows = append(rows, []string{"For the statements below, the second rating is what I believe my organisation will provide."})
		rows = append(rows, provides...)
	}
	d.sub("What the role is, and what I expect of it", d.noteHeight(intro)+d.tableKeep(cols(org), rows))
	d.note(intro)
	d.pdf.SetY(d.pdf.GetY() + 1)
	d.table("Expectations", cols(org), rows)
	d.alignedTable(aligned)
	seen := map[workshop.Quadrant]bool{}
	var next []string
	for _, e := range d.r.Mismatches() {
		if !seen[e.Quadrant] {
			seen[e.Quadrant] = true
			next = append(next, e.Label+". "+e.Next)
		}
	}
	d.pdf.SetY(d.pdf.GetY() + 1)
	for _, s := range next {
		d.bulletSized(marginX, d.cw, s, smallSize, smallLine)
	}
}

// alignedCols are the columns of the statements rated within a point of
// each other: two statements side by side, each with both ratings.
var alignedCols = []column{{"Within a point of each other", 0.41, "L"}, {"I / org.", 0.09, "C"},
	{"", 0.41, "L"}, {"I / org.", 0.09, "C"}}

// alignedTable draws the statements rated within a point of each other
// as a small table, two to a row, instead of a paragraph of number pairs.
func (d *doc) alignedTable(aligned [][]string) {
	if len(aligned) == 0 {
		return
	}
	d.pdf.SetY(d.pdf.GetY() + 1)
	d.dense = true // short entries: rules between rows, little padding
	d.table("Within a point of each other", alignedCols, pairUp(aligned))
	d.dense = false
	d.pdf.SetY(d.pdf.GetY() + 1)
}

// pairUp puts rows of two cells two to a row: the first half of the
// list down the left, the second down the right.
func pairUp(rows [][]string) [][]string {
	half := (len(rows) + 1) / 2
	out := make([][]string, half)
	for i := range half {
		out[i] = append([]string{}, rows[i]...)
		if j := half + i; j < len(rows) {
			out[i] = append(out[i], rows[j]...)
		} else {
			out[i] = append(out[i], "", "")
		}
	}
	return out
}

// numbered prints one item of a numbered list.
func (d *doc) numbered(n int, s string) {
	d.need(smallLine * float64(min(len(d.lines(s, "", smallSize, d.cw-7)), 2)))
	y := d.pdf.GetY()
	d.style("B", smallSize, accent)
	d.pdf.SetXY(marginX, y)
	d.pdf.CellFormat(7, smallLine, strconv.Itoa(n)+".", "", 0, "L", false, 0, "")
	d.text(marginX+7, d.cw-7, s, "", smallSize, smallLine, ink)
	d.pdf.SetY(d.pdf.GetY() + 0.3)
}

// skills draws the rated skills below the level a first-line lead needs
// as a table, and names the others after it.
func (d *doc) skills() {
	if d.r.Manager != nil {
		d.skillsWithManager(d.r.Manager)
		return
	}
	var rows [][]string
	var met, more []string
	for _, s := range d.r.Skills {
		g := s.Gap()
		if g == 0 {
			met = append(met, fmt.Sprintf("%s (%d)", s.Skill.Name, s.Current))
			continue
		}
		if len(rows) == maxSkillRows { // the biggest gaps get a row, the rest a line
			more = append(more, fmt.Sprintf("%s (%d, needs %d)", s.Skill.Name, s.Current, s.Needed))
			continue
		}
		gap := fmt.Sprintf("%d level", g)
		if g > 1 {
			gap += "s"
		}
		imp := ""
		if s.Importance > 0 {
			imp = fmt.Sprintf("%d of 5", s.Importance)
		}
		rows = append(rows, []string{s.Skill.Name, strconv.Itoa(s.Current), strconv.Itoa(s.Needed), gap, imp})
	}
	if len(rows)+len(met) == 0 {
		return
	}
	cols := []column{{"Skill", 0.36, "L"}, {"Level today", 0.14, "C"}, {"Level a first-line lead needs", 0.2, "C"},
		{"Gap", 0.13, "C"}, {"Importance for my role", 0.17, "C"}}
	intro := "Levels run from 1 to 5; each level adds one observable behaviour. A 90-day target is one level up; two where your own words put you below your own rating."
	keep := d.noteHeight(intro) + 3*bodyLine
	if len(rows) > 0 {
		keep = d.noteHeight(intro) + d.tableKeep(cols, rows)
	}
	d.sub("Skills", keep)
	d.note(intro)
	d.pdf.SetY(d.pdf.GetY() + 1)
	if len(rows) > 0 {
		d.table("Skills", cols, rows)
		d.pdf.SetY(d.pdf.GetY() + 1.5)
	} else {
		d.para("None of the skills you rated is below the level a first-line lead needs.")
	}
	if len(more) > 0 {
		d.para("Also below the level a first-line lead needs: " + strings.Join(more, ", ") + ".")
	}
	if len(met) > 0 {
		d.para("At or above the level a first-line lead needs, with your level today: " + strings.Join(met, ", ") + ".")
	}
}

// maxSkillRows is how many of the biggest skill gaps get a table row.
const maxSkillRows = 4

// delegation draws the delegation map.
func (d *doc) delegation() {
	var rows [][]string
	for _, r := range d.a.Delegations {
		if strings.TrimSpace(r.What+r.Type+r.Owner+r.Support+r.By) == "" {
			continue
		}
		level := ""
		if r.Level > 0 && r.Level <= len(d.c.Delegation.Levels) {
			level = d.c.Delegation.Levels[r.Level-1]
		}
		rows = append(rows, []string{r.What, r.Type, r.Owner, level, r.Support, longDate(r.By)})
	}
	if len(rows) == 0 {
		return
	}
	cols := []column{
		{"What lands on me", 0.26, "L"}, {"Type", 0.11, "L"}, {"Who could own it", 0.15, "L"},
		{"How much I hand over", 0.17, "L"}, {"Support they need", 0.17, "L"}, {"Hand over by", 0.14, "L"},
	}
	cols, rows = dropEmpty(cols, rows)
	d.sub("Delegation map", d.tableKeep(cols, rows))
	d.table("Delegation map", cols, rows)
}

// dropEmpty leaves out the columns no row has anything in, giving their
// width to the first column.
func dropEmpty(cols []column, rows [][]string) ([]column, [][]string) {
	var keep []int
	spare := 0.0
	for i, c := range cols {
		used := false
		for _, r := range rows {
			used = used || (i < len(r) && strings.TrimSpace(r[i]) != "")
		}
		if used {
			keep = append(keep, i)
		} else {
			spare += c.share
		}
	}
	if len(keep) == len(cols) || len(keep) == 0 {
		return cols, rows
	}
	outCols := make([]column, len(keep))
	for j, i := range keep {
		outCols[j] = cols[i]
	}
	for j := range outCols {
		outCols[j].share /= 1 - spare // the space left is shared out
	}
	outRows := make([][]string, len(rows))
	for k, r := range rows {
		for _, i := range keep {
			cell := ""
			if i < len(r) {
				cell = r[i]
			}
			outRows[k] = append(outRows[k], cell)
		}
	}
	return outCols, outRows
}

// week draws the hours of the week today and as wanted in 90 days, and
// the counts that show how necessary the participant has become.
func (d *doc) week() {
	w := d.a.Week
	var counts [][2]string
	for _, s := range slices.Concat(workshop.CountSources, workshop.BehaviourSources) {
		if v, ok := w.Counts[s]; ok {
			counts = append(counts, [2]string{s.CountQuestion(), strconv.Itoa(v)})
		}
	}
	if w.Today.Total()+w.Target.Total() == 0 && len(counts) == 0 {
		return
	}
	d.sub("My week", 3*bodyLine)
	if w.Today.Total() > 0 {
		// One line per week: the hours by kind of work, today and as wanted.
		line := func(h workshop.Hours) string {
			return fmt.Sprintf("%d technical, %d people, %d planning, %d users and other teams: %d in all",
				h.Technical, h.People, h.Planning, h.Stakeholders, h.Total())
		}
		d.fieldWide("Hours a week today: "+line(w.Today), "")
		if w.Target.Total() > 0 {
			d.fieldWide("Hours a week in 90 days: "+line(w.Target), "")
		}
		d.pdf.SetY(d.pdf.GetY() + 1)
	}
	for _, c := range counts {
		d.fieldWide(c[0], c[1])
	}
}

// fieldWide prints a long label with a short value at the right.
func (d *doc) fieldWide(label, value string) {
	const valueW = 20.0
	ls := d.lines(label, "", bodySize, d.cw-valueW)
	d.need(float64(len(ls)) * bodyLine)
	y := d.pdf.GetY()
	d.style("B", bodySize, ink)
	d.pdf.SetXY(d.pageW-marginX-valueW, y)
	d.pdf.CellFormat(valueW, bodyLine, value, "", 0, "R", false, 0, "")
	d.pdf.SetY(y)
	d.text(marginX, d.cw-valueW, label, "", bodySize, bodyLine, ink)
	d.pdf.SetY(d.pdf.GetY() + 0.8)
}

// reflections quotes the participant's answers to the reflection prompts,
// each under its prompt.
func (d *doc) reflections() {
	type reflection struct{ prompt, answer string }
	var all []reflection
	for _, dim := range d.c.Dimensions {
		for _, p := range dim.Prompts {
			if ans := strings.TrimSpace(d.a.Reflections[p.ID]); ans != "" {
				all = append(all, reflection{p.Text, ans})
			}
		}
	}
	if len(all) == 0 {
		return
	}
	d.sub("My reflections", 3*smallLine)
	for _, r := range all {
		d.need(2 * smallLine)
		d.pdf.SetY(d.pdf.GetY() + 1)
		d.text(marginX, d.cw, r.prompt+" \u201c"+r.answer+"\u201d", "", smallSize, smallLine, ink)
	}
}
