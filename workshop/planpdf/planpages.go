package planpdf

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// planPages draws the plan itself, which a participant takes to their
// manager: who it belongs to, the shift, the focus areas, what to build on
// and stop, the milestones, the obstacles, the manager's commitments, the
// signatures and the progress log.
func (d *doc) planPages() {
	d.masthead()
	d.shift()
	if len(d.p.Focus) == 0 {
		d.para(d.noFocus())
	}
	for i, f := range d.p.Focus {
		d.focusArea(i+1, f)
	}
	d.list("Strengths to build on", d.p.Strengths)
	d.list("What I will stop doing myself", d.p.StopDoing)
	d.milestones()
	d.datesToKeep()
	d.obstacles()
	if d.compact {
		d.list("To talk through with my manager", d.p.Talk)
	}
	d.conversation()
	d.managerBox()
	d.signatures()
	d.progressLog()
}

// masthead is the top of page 1: the title, the participant and, for a
// drafted plan, what the draft is.
func (d *doc) masthead() {
	p := d.a.Participant
	d.text(marginX, d.cw, "Personal development plan: the next 90 days", "B", 18, 8.5, accent)
	name := strings.TrimSpace(p.Name)
	if name == "" {
		name = "Participant"
	}
	d.text(marginX, d.cw, name, "B", 13, 6.5, ink)
	var who []string
	for _, s := range []string{p.Role, teamSize(p.TeamSize), leadershipTime(p.LeadershipTime), managerOf(p.Manager)} {
		if s = strings.TrimSpace(s); s != "" {
			who = append(who, s)
		}
	}
	if len(who) > 0 {
		d.text(marginX, d.cw, strings.Join(who, " · "), "", smallSize, smallLine, muted)
	}
	if d.draft {
		d.pdf.SetY(d.pdf.GetY() + 2)
		d.callout("This is a draft suggested from your answers. Change what does not fit, then agree it with your manager.")
	}
	d.pdf.SetY(d.pdf.GetY() + 2)
}

// callout prints a short note in a tinted box across the content width.
func (d *doc) callout(s string) {
	ls := d.lines(s, "", bodySize, d.cw-6)
	h := float64(len(ls))*bodyLine + 3
	d.need(h)
	y := d.pdf.GetY()
	d.pdf.SetFillColor(tint.r, tint.g, tint.b)
	d.pdf.Rect(marginX, y, d.cw, h, "F")
	d.pdf.SetY(y + 1.5)
	d.text(marginX+3, d.cw-6, s, "", bodySize, bodyLine, ink)
	d.pdf.SetY(y + h)
}

// teamSize says how many people the participant leads.
func teamSize(n int) string {
	switch {
	case n <= 0:
		return ""
	case n == 1:
		return "team of 1"
	}
	return fmt.Sprintf("team of %d", n)
}

// leadershipTime words the check-in choice for the masthead.
func leadershipTime(s string) string {
	switch strings.TrimSpace(s) {
	case "":
		return ""
	case "Not yet":
		return "not leading a team yet"
	}
	return strings.ToLower(s[:1]) + s[1:] + " in leadership"
}

func managerOf(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return ""
	}
	return "manager " + s
}

// noFocus says why the plan has no focus area, in words that fit the case.
func (d *doc) noFocus() string {
	if n := strings.TrimSpace(d.p.Note); n != "" {
		return n
	}
	switch {
	case !d.r.Answered.Some():
		return "Nothing has been answered yet, so there is no focus area to suggest. Work through the self-assessment first: the plan is built from your own answers."
	case !d.draft:
		return "No focus area has been chosen yet. Pick one or two with your manager and write them in."
	case d.r.Has(analysis.FlagTooFew):
		return "You answered too few statements for a focus area to stand out. Finish the self-assessment, or choose a focus area with your manager from what you already know about your work."
	}
	return "Your answers do not point clearly to one focus area yet. Choose one with your manager, starting from the things to talk through in this document."
}

// shift prints the one-line statement of the change.
func (d *doc) shift() {
	s := strings.TrimSpace(d.p.Shift)
	if s == "" {
		return
	}
	d.sub("The shift I am making", 0)
	d.text(marginX, d.cw, s, "I", 11, 5.6, ink)
	d.pdf.SetY(d.pdf.GetY() + 1)
}

// focusArea draws one focus area as a goal: why, level, the SMART goal,
// one action of each 70-20-10 kind, the if-then plan, support and the
// first step.
func (d *doc) focusArea(n int, f workshop.FocusArea) {
	const indent = 9.0
	x, w := marginX+indent, d.cw-indent
	title := fmt.Sprintf("Focus area %d", n)
	if t := strings.TrimSpace(f.Title); t != "" {
		title += ": " + t
	}
	fields := d.focusFields(f)
	keep := float64(len(d.lines(title, "B", 12, w)))*6 + 4
	for _, fl := range fields[:min(3, len(fields))] {
		keep += d.fieldHeight(w, fl[0], fl[1])
	}
	d.need(min(keep, 80))
	d.pdf.SetY(d.pdf.GetY() + 3)
	y := d.pdf.GetY()
	d.pdf.SetFillColor(accent.r, accent.g, accent.b)
	d.pdf.Circle(marginX+3.2, y+3, 3.2, "F")
	d.style("B", 10.5, white)
	d.pdf.SetXY(marginX, y+0.6)
	d.pdf.CellFormat(6.4, 5, strconv.Itoa(n), "", 0, "C", false, 0, "")
	d.pdf.SetY(y)
	d.text(x, w, title, "B", 12, 6, ink)
	d.pdf.SetY(d.pdf.GetY() + 1)
	for _, fl := range fields {
		d.fieldAt(x, w, fl[0], fl[1])
	}
}

// focusFields are a focus area's labelled lines, in plan order; empty ones
// are left out when printed, and so is a line that only repeats another.
func (d *doc) focusFields(f workshop.FocusArea) [][2]string {
	g := f.Goal
	level := d.levels(f)
	achievable := strings.TrimSpace(g.Achievable)
	if f.Target <= f.Current && achievable != "" {
		level = "" // no step up to state: the line says what to do instead
	}
	switch {
	case level == "":
	case achievable == "" || d.restatesLevels(f, achievable):
		achievable = level // the level step is what makes the goal achievable
	case d.startsFromToday(f, achievable):
		// The line names the step from today's anchor in its own words
		// (a story's aim): it says the step, and the anchor would not.
	default:
		achievable = strings.TrimRight(level, ".") + ". " + achievable
	}
	relevant := strings.TrimSpace(g.Relevant)
	if r := strings.TrimSuffix(relevant, "."); r != "" && strings.Contains(f.Why, r) {
		relevant = "" // the why above already says it, in the same words
	}
	indicator := strings.TrimSpace(g.Measurable)
	switch {
	case indicator == "":
		indicator = strings.TrimSpace(f.Measure)
	case g.Baseline != "" && g.Target != "":
		indicator = fmt.Sprintf("%s. Today %s, target %s.", strings.TrimRight(indicator, "."), g.Baseline, g.Target)
	case g.Target != "" && g.Tally:
		indicator = fmt.Sprintf("%s. Today: my first weeks' tally, target %s.", strings.TrimRight(indicator, "."), g.Target)
	case g.Tally:
		indicator = fmt.Sprintf("%s. Today: my first weeks' tally; the target agreed from it at day 30.", strings.TrimRight(indicator, "."))
	case g.Target != "":
		indicator = fmt.Sprintf("%s. Target %s.", strings.TrimRight(indicator, "."), g.Target)
	case g.Baseline != "":
		indicator = fmt.Sprintf("%s. Today %s; the target agreed with my manager from the week I log.", strings.TrimRight(indicator, "."), g.Baseline)
	}
	by := longDate(g.By)
	if by == "" {
		by = strings.TrimSpace(g.TimeBound)
	}
	fields := [][2]string{{"Why this, why now", f.Why}, {"Goal", g.Specific}, {"Measured by", indicator},
		{"Achievable", achievable}, {"Relevant", relevant}, {"Done by", by}}
	var first string
	for _, k := range workshop.Kinds {
		var texts []string
		for _, a := range f.ActionsOf(k) {
			if t := strings.TrimSpace(a.Text); t != "" {
				texts = append(texts, t)
			}
		}
		fields = append(fields, [2]string{k.Label(), strings.Join(texts, "\n")})
		if k == workshop.Experience && len(texts) > 0 {
			first = texts[0]
		}
	}
	// Actions of a kind the plan does not know are kept, not lost.
	for _, a := range f.Actions {
		if a.Kind != workshop.Experience && a.Kind != workshop.People && a.Kind != workshop.Courses {
			fields = append(fields, [2]string{"Action", a.Text})
		}
	}
	step := strings.TrimSpace(f.FirstStep)
	if step != "" && step == first {
		step = "Start the 70% action above"
	}
	if date := longDate(f.FirstStepDate); step != "" && date != "" && f.StepDated() {
		step = strings.TrimRight(step, ".") + ", by " + date + "."
	}
	return append(fields, [2]string{"If-then plan", f.IfThen}, [2]string{"Support", f.Support},
		[2]string{"First step", step})
}

// startsFromToday reports whether s names the focus area's level today
// by its anchor: a step of its own, from where the person is.
func (d *doc) startsFromToday(f workshop.FocusArea, s string) bool {
	sk := d.c.Skill(f.Skill)
	if sk == nil || f.Current < 1 || f.Current > len(sk.Levels) {
		return false
	}
	return strings.Contains(s, "\""+strings.TrimSuffix(strings.TrimSpace(sk.Levels[f.Current-1]), ".")+"\"")
}

// restatesLevels reports whether s only repeats the level anchors of the
// focus area's step, as a drafted plan's "achievable" line does.
func (d *doc) restatesLevels(f workshop.FocusArea, s string) bool {
	sk := d.c.Skill(f.Skill)
	if sk == nil || f.Current < 1 || f.Target < 1 || f.Current > len(sk.Levels) || f.Target > len(sk.Levels) {
		return false
	}
	anchor := func(levels []string, l int) string { return strings.TrimSuffix(strings.TrimSpace(levels[l-1]), ".") }
	return strings.Contains(s, anchor(sk.Levels, f.Current)) && strings.Contains(s, anchor(sk.LevelsFor(f.Turn), f.Target))
}

// levels is "from level 2 to level 3" with the level anchors, for a skill.
func (d *doc) levels(f workshop.FocusArea) string {
	sk := d.c.Skill(f.Skill)
	if sk == nil || f.Current < 1 || f.Target < 1 || f.Current > len(sk.Levels) || f.Target > len(sk.Levels) {
		return ""
	}
	if f.Target == f.Current {
		return fmt.Sprintf("Stay at level %d and make it a habit: %s", f.Current, quoteLevel(sk.Levels[f.Current-1]))
	}
	up := "One level up" // two when the person's own words put them below their rating
	if f.Target-f.Current == 2 {
		up = "Two levels up"
	}
	return fmt.Sprintf("%s in 90 days, from level %d to level %d: %s.", up, f.Current, f.Target,
		quoteLevel(sk.LevelsFor(f.Turn)[f.Target-1]))
}

// quoteLevel puts a level anchor in quotation marks without its full stop.
func quoteLevel(s string) string {
	return "\u201c" + strings.TrimSuffix(strings.TrimSpace(s), ".") + "\u201d"
}

// list prints a titled bullet list; an empty list prints nothing.
func (d *doc) list(title string, items []string) {
	d.listSized(title, items, bodySize, bodyLine)
}

// listSized is list in a given type size and line height.
func (d *doc) listSized(title string, items []string, size, lh float64) {
	var keep []string
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			keep = append(keep, s)
		}
	}
	if len(keep) == 0 {
		return
	}
	first := float64(min(2, len(d.lines(keep[0], "", size, d.cw-5)))) * lh
	d.sub(title, first)
	for _, s := range keep {
		d.bulletSized(marginX, d.cw, s, size, lh)
	}
}

// review is the review date of milestone i (0, 1, 2), in long form.
func (d *doc) review(i int) string {
	if i < len(d.p.Reviews) {
		return longDate(d.p.Reviews[i])
	}
	return ""
}

// milestones prints the 30-60-90 milestones with their review dates.
func (d *doc) milestones() {
	ms := []string{d.p.Day30, d.p.Day60, d.p.Day90}
	var rows [][]string
	for i, m := range ms {
		if strings.TrimSpace(m) == "" {
			continue
		}
		when := fmt.Sprintf("Day %d", 30*(i+1))
		if r := d.review(i); r != "" {
			when += "\n" + r
		}
		rows = append(rows, []string{when, m})
	}
	if len(rows) == 0 {
		return
	}
	cols := []column{{"When", 0.2, "L"}, {"What will have happened", 0.8, "L"}}
	d.sub("30-60-90 days", d.tableKeep(cols, rows))
	d.table("30-60-90 days", cols, rows)
}

// obstacles prints what may get in the way and how the participant will
// handle it.
func (d *doc) obstacles() {
	var rows [][]string
	for _, o := range d.p.Obstacles {
		if strings.TrimSpace(o.Obstacle+o.Response) != "" {
			rows = append(rows, []string{o.Obstacle, o.Response})
		}
	}
	if len(rows) == 0 {
		if len(d.p.Focus) > 0 { // nothing in the answers named one: the person writes their own
			d.ruledBox("Obstacles and how I will handle them", "What is most likely to get in the way of this plan, and what I will do then.")
		}
		return
	}
	cols := []column{{"What may get in the way", 0.45, "L"}, {"How I will handle it", 0.55, "L"}}
	d.sub("Obstacles and how I will handle them", d.tableKeep(cols, rows))
	d.table("Obstacles", cols, rows)
}

// writeLines is how many ruled lines a box to write in gets.
const writeLines = 4

// managerBox is a framed box for what the manager commits to: the text
// when the plan has it, ruled lines to write on when it does not.
func (d *doc) managerBox() {
	if m := d.r.Manager; m != nil && len(m.Response.Commitments) > 0 {
		d.commitments(m)
		return
	}
	title := "What my manager commits to"
	text := strings.TrimSpace(d.p.Manager)
	if text == "" {
		d.ruledBox(title, "Time, mandate, introductions, feedback: what you will do to support this plan.")
		return
	}
	h := float64(len(d.lines(text, "", bodySize, d.cw-8)))*bodyLine + 4
	d.sub(title, min(h, 60))
	y, page := d.pdf.GetY(), d.pdf.PageNo()
	d.pdf.SetY(y + 2)
	d.text(marginX+4, d.cw-8, text, "", bodySize, bodyLine, ink)
	d.frame(y, d.pdf.GetY()+2-y, page)
}

// ruledBox is a framed box under a heading with ruled lines to write on,
// for a part of the plan that is the person's to fill in by hand.
func (d *doc) ruledBox(title, intro string) {
	const lineGap = 7.5
	d.sub(title, min(float64(len(d.lines(intro, "", smallSize, d.cw-8)))*smallLine+writeLines*lineGap+3, 60))
	y, page := d.pdf.GetY(), d.pdf.PageNo()
	d.pdf.SetY(y + 1.5)
	d.text(marginX+4, d.cw-8, intro, "", smallSize, smallLine, muted)
	ly := d.pdf.GetY()
	d.pdf.SetDrawColor(greyRule.r, greyRule.g, greyRule.b)
	d.pdf.SetLineWidth(0.2)
	for i := 1; i <= writeLines; i++ {
		d.pdf.Line(marginX+4, ly+float64(i)*lineGap, d.pageW-marginX-4, ly+float64(i)*lineGap)
	}
	d.frame(y, ly+writeLines*lineGap+3-y, page)
}

// frame draws the border of a box from y, h high, when it stayed on the
// page it began on, and moves below it.
func (d *doc) frame(y, h float64, page int) {
	if d.pdf.PageNo() == page {
		d.pdf.SetDrawColor(muted.r, muted.g, muted.b)
		d.pdf.SetLineWidth(0.3)
		d.pdf.Rect(marginX, y, d.cw, h, "D")
	}
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetY(y + h)
}

// signatures draws lines for the participant and the manager to sign and
// date, kept on one page with their heading.
func (d *doc) signatures() {
	const lineGap = 10.0
	text := "We have agreed this plan and will review it on the dates below."
	colW := (d.cw - 12) / 2
	p := d.a.Participant
	names := []string{"Participant", "Manager"}
	if s := strings.TrimSpace(p.Name); s != "" {
		names[0] += ": " + s
	}
	if s := strings.TrimSpace(p.Manager); s != "" {
		names[1] += ": " + s
	}
	nameH := 0.0
	for _, n := range names {
		nameH = max(nameH, float64(len(d.lines(n, "", smallSize, colW)))*smallLine)
	}
	d.sub("Signatures", bodyLine+2*lineGap+nameH+smallLine+4)
	d.para(text)
	top := d.pdf.GetY() + 1
	bottom := top
	for i, n := range names {
		x := marginX + float64(i)*(colW+12)
		y := top + lineGap
		d.pdf.SetDrawColor(ink.r, ink.g, ink.b)
		d.pdf.SetLineWidth(0.3)
		d.pdf.Line(x, y, x+colW, y)
		d.pdf.SetXY(x, y+1)
		d.text(x, colW, n, "", smallSize, smallLine, muted)
		y = d.pdf.GetY() + lineGap - smallLine
		d.pdf.Line(x, y, x+colW*0.6, y)
		d.pdf.SetXY(x, y+1)
		d.text(x, colW, "Date", "", smallSize, smallLine, muted)
		bottom = max(bottom, d.pdf.GetY())
	}
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetY(bottom)
}

// progressLog is a table to fill in at each review: one row per review
// date with empty cells to write in, then the day-90 re-assessment.
func (d *doc) progressLog() {
	const rowH = 13.0
	cols := []column{{"Review date", 0.19, "L"}, {"What I did", 0.33, "L"}, {"Indicator now", 0.18, "L"}, {"Next step", 0.30, "L"}}
	var dates []string
	for _, r := range d.p.Reviews {
		if s := longDate(r); s != "" {
			dates = append(dates, s)
		}
	}
	if len(dates) == 0 {
		dates = []string{"", "", ""}
	}
	widths, titles, headH := d.tableHead(cols)
	note := "Fill in a row at each review, with your manager or on your own."
	d.sub("Progress log", d.noteHeight(note)+1+headH+rowH*float64(len(dates)))
	d.note(note)
	d.pdf.SetY(d.pdf.GetY() + 1)
	y := d.pdf.GetY()
	d.pdf.SetFillColor(tint.r, tint.g, tint.b)
	d.pdf.Rect(marginX, y, d.cw, headH, "F")
	d.style("B", smallSize, ink)
	x := marginX
	for i := range cols {
		for j, l := range titles[i] {
			d.pdf.SetXY(x+padX, y+padY+float64(j)*smallLine)
			d.pdf.CellFormat(widths[i]-2*padX, smallLine, l, "", 0, "L", false, 0, "")
		}
		x += widths[i]
	}
	y += headH
	d.pdf.SetDrawColor(greyRule.r, greyRule.g, greyRule.b)
	d.pdf.SetLineWidth(0.2)
	for _, date := range dates {
		d.style("", smallSize, ink)
		d.pdf.SetXY(marginX+padX, y+padY)
		d.pdf.CellFormat(widths[0]-2*padX, smallLine, date, "", 0, "L", false, 0, "")
		d.pdf.Rect(marginX, y, d.cw, rowH, "D")
		x := marginX
		for _, w := range widths[:len(widths)-1] {
			x += w
			d.pdf.Line(x, y, x, y+rowH)
		}
		y += rowH
	}
	d.pdf.SetY(y + 2)
	d.reassess()
}

// reassess is the day-90 re-assessment line: re-take the situations and
// count the indicators again.
func (d *doc) reassess() {
	var ind []string
	for _, f := range d.p.Focus {
		if m := strings.TrimRight(strings.TrimSpace(f.Goal.MeasureName()), "."); m != "" && !containsFold(ind, lowerFirst(m)) {
			ind = append(ind, lowerFirst(m))
		}
	}
	s := "On day 90"
	if r := d.review(2); r != "" {
		s += ", " + r
	}
	s += ": re-take the situations of the self-assessment and count the indicators again"
	if len(ind) > 0 {
		s += " (" + strings.Join(ind, "; ") + ")"
	}
	s += ". Compare them with where you started, and write the next plan from there."
	d.para(s)
}

func containsFold(xs []string, s string) bool {
	for _, x := range xs {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func lowerFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "I ") {
		return s
	}
	r := []rune(s)
	if len(r) > 1 && r[1] >= 'A' && r[1] <= 'Z' {
		return s // an acronym
	}
	return strings.ToLower(string(r[:1])) + string(r[1:])
}
