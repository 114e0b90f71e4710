package journey

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// customFocus is the choice for a focus area that is not one of the skills.
const customFocus = "Something else (write your own)"

// planScreen edits the development plan. It starts from the plan the
// analysis drafts and lets the person change everything.
type planScreen struct {
	j       *Journey // the shell and files, to print the earlier plan
	s       *Session
	report  *analysis.Report
	intro   *widget.Label // what the page is, or why the plan has no focus
	box     *fyne.Container
	focus   []*focusEditor
	addSel  *widget.Select
	redraft *widget.Button
	undo    *fyne.Container // "Focus area removed. Undo", while there is one to bring back
	removed *removedFocus
	swap    *swappedIn // the last candidate put in, while it can be undone
	// printEarlier prints the plan kept from before the content was
	// updated; earlierStatus says how that went.
	printEarlier  *widget.Button
	earlierStatus *widget.Label
	manager       *managerBar
	calendar      *calendarCard // the dates to save as a calendar file
	// banner says, at the top, what a redraft from changed answers
	// changed and kept, and that the plan is drafted from part of the
	// answers while exercises are unfinished.
	banner    *fyne.Container
	redrafted *analysis.Redrafted
	scroll    *container.Scroll
	// marked is set once Next has asked for what is missing: from then on
	// each field's message follows what is typed.
	marked bool
}

// removedFocus is the last focus area removed, kept for undo.
type removedFocus struct {
	at   int
	area workshop.FocusArea
}

// focusEditor holds one focus area's main entries, for tests.
type focusEditor struct {
	title, measurable, baseline, target *widgets.Entry
	specific, firstStep                 *widgets.Entry
	firstDate                           *checkedDate
	remove                              *widget.Button
	// problems are the one-line messages under the fields Next asks for,
	// by the field's name (workshop.Area*).
	problems map[string]*widget.Label
	fields   map[string]fyne.CanvasObject // each field with its message
}

func newPlanScreen(j *Journey, s *Session) *planScreen {
	p := &planScreen{j: j, s: s, report: s.analyze(), intro: widgets.Para(""), box: container.NewVBox(), undo: container.NewHBox(),
		earlierStatus: &widget.Label{Wrapping: fyne.TextWrapWord}, banner: container.NewVBox(), manager: newManagerBar(j)}
	p.earlierStatus.Hide()
	p.keepUp()
	p.addSel = &widget.Select{PlaceHolder: "Add a focus area…", OnChanged: p.onAdd}
	p.redraft = &widget.Button{Text: "Draft the plan again from my answers", Icon: theme.ViewRefreshIcon(), OnTapped: p.onRedraft}
	p.rebuild()
	return p
}

func (p *planScreen) bar() *managerBar { return p.manager }

func (p *planScreen) view() fyne.CanvasObject {
	p.scroll = widgets.Scroll(p.banner, p.intro, p.box).(*container.Scroll)
	return p.scroll
}

// showsNote reports whether the page opens with the plan's own note: a
// plan that chose no focus says why.
func (p *planScreen) showsNote() bool {
	return len(p.plan().Focus) == 0 && strings.TrimSpace(p.plan().Note) != ""
}

// showIntro says what the page is, or why the plan has no focus.
func (p *planScreen) showIntro() {
	text := "Your plan for the next 90 days, drafted from your answers. Change anything. Each focus area needs a specific goal, " +
		"something you will count with a target (today's number, or a tally you start with the first step), and a first step with a date."
	switch {
	case p.showsNote():
		text = p.plan().Note
	case len(p.report.Focus) == 0 && len(p.plan().Focus) == 0:
		text = "Your answers do not point to a focus area yet: " + noFocusReason(p.report) + " Add one yourself below, or go back and answer more."
	}
	p.intro.SetText(text)
}

// noFocusReason says, for the case at hand, why nothing was suggested.
func noFocusReason(r *analysis.Report) string {
	switch {
	case !r.Answered.Some():
		return "nothing has been answered yet."
	case r.Has(analysis.FlagTooFew):
		return "too few statements are answered to read a pattern."
	}
	return "nothing in them stands out."
}

func (p *planScreen) plan() *workshop.Plan { return p.s.Answers.Plan }

// planText is a long field of the plan, taking workshop.PlanTextLimit
// characters so that a full plan prints on a few pages.
func planText(value, placeholder string, drafted bool, onChange func(string)) *widgets.Entry {
	return widgets.LimitedText(value, placeholder, limitFor(workshop.PlanTextLimit, value, drafted), onChange)
}

// planList is a field of the plan the draft fills from the delegation
// map (a list, a milestone), taking workshop.PlanListLimit characters.
func planList(value, placeholder string, drafted bool, onChange func(string)) *widgets.Entry {
	return widgets.LimitedText(value, placeholder, limitFor(workshop.PlanListLimit, value, drafted), onChange)
}

// planLine is a one-line field of the plan, taking workshop.PlanLineLimit
// characters.
func planLine(value, placeholder string, drafted bool, onChange func(string)) *widgets.Entry {
	return widgets.LineText(value, placeholder, limitFor(workshop.PlanLineLimit, value, drafted), onChange)
}

// limitFor is a field's limit: the limit for what the person writes, or
// the length of the draft's own text when that is longer, so the app
// never asks to shorten what it wrote itself (the pack's texts are
// bounded by the persona tests, not by the field).
func limitFor(limit int, value string, drafted bool) int {
	if n := utf8.RuneCountInString(value); drafted && n > limit {
		return n
	}
	return limit
}

// bind makes an entry's changes write to a field of the plan that is
// never drafted (what the manager commits to, the dates).
func (p *planScreen) bind(field *string) func(string) {
	return func(v string) { *field = v; p.s.changed() }
}

// bindPlan makes an entry's changes write to a drafted field of the plan,
// named name, and marks it as the person's, so a redraft keeps it.
func (p *planScreen) bindPlan(name string, field *string) func(string) {
	return func(v string) { *field = v; p.plan().MarkEdited(name); p.s.changed() }
}

// bindArea is bindPlan for a field of focus area f.
func (p *planScreen) bindArea(f *workshop.FocusArea, name string, field *string) func(string) {
	return func(v string) {
		*field = v
		f.MarkEdited(name)
		p.s.changed()
		if p.marked {
			p.showProblems()
		}
	}
}

// rebuild redraws the whole editor from the plan.
func (p *planScreen) rebuild() {
	p.box.RemoveAll()
	p.focus = nil
	p.showIntro()
	p.showBanner()
	pl := p.plan()
	// The answers asked again come first: the candidates depend on them.
	if again := p.reaskedCard(); again != nil {
		p.box.Add(again)
	}
	p.box.Add(p.candidatesCard())
	if earlier := p.earlierCard(); earlier != nil {
		p.box.Add(earlier)
	}
	p.box.Add(widget.NewCard("The shift I am making", "From what to what, in one line",
		planText(pl.Shift, "From doing the work myself to…", !pl.IsEdited(workshop.PlanShift), p.bindPlan(workshop.PlanShift, &pl.Shift))))
	for i := range pl.Focus {
		if p.removed != nil && p.removed.at == i {
			p.box.Add(p.undo) // the Undo stands where the removed area stood
		}
		p.box.Add(p.focusCard(i))
	}
	if p.removed != nil && p.removed.at >= len(pl.Focus) {
		p.box.Add(p.undo)
	}
	taken := map[string]bool{}
	for _, f := range pl.Focus {
		taken[f.Skill] = true
	}
	var options []string
	if !taken[p.s.Content.RoleFocus.ID] {
		options = append(options, p.s.Content.RoleFocus.Title)
	}
	for _, sk := range p.s.Content.Skills {
		if !taken[sk.ID] {
			options = append(options, sk.Name)
		}
	}
	p.addSel.Options = append(options, customFocus)
	p.addSel.ClearSelected()
	if len(pl.Focus) >= workshop.MaxFocus {
		p.addSel.Disable()
	} else {
		p.addSel.Enable()
	}
	p.box.Add(container.NewHBox(p.addSel, p.redraft))
	p.box.Add(p.listsCard())
	p.box.Add(p.milestones())
	p.box.Add(p.calendarCard())
	p.box.Add(p.obstaclesCard())
	p.box.Add(p.manager.Content)
	if r := p.s.Manager; r != nil && len(r.Commitments) > 0 {
		p.box.Add(widget.NewCard("What "+managerName(r)+" commits to", "From their answers; printed in its own box, with a line for both signatures",
			widgets.Para("• "+strings.Join(r.Commitments, "\n• "))))
	}
	p.box.Add(widget.NewCard("What my manager commits to", "Time, mandate, introductions, feedback: fill in together, or leave it for the printed page",
		planText(pl.Manager, "My manager will…", false, p.bind(&pl.Manager))))
	if len(pl.Talk) > 0 {
		p.box.Add(widget.NewCard("Worth talking through", "From your answers; printed with the plan", widgets.Para("• "+strings.Join(pl.Talk, "\n• "))))
	}
}

func (p *planScreen) focusCard(i int) fyne.CanvasObject {
	f := &p.plan().Focus[i]
	fe := &focusEditor{
		title:      planLine(f.Title, "Focus area", !f.IsEdited(workshop.AreaTitle), p.bindArea(f, workshop.AreaTitle, &f.Title)),
		specific:   planText(f.Goal.Specific, "What exactly will you do differently?", !f.IsEdited(workshop.AreaSpecific), p.bindArea(f, workshop.AreaSpecific, &f.Goal.Specific)),
		measurable: planLine(f.Goal.Measurable, "What will you count to see progress?", !f.IsEdited(workshop.AreaMeasurable), p.bindArea(f, workshop.AreaMeasurable, &f.Goal.Measurable)),
		baseline:   planLine(f.Goal.Baseline, baselineHint(f.Goal), !f.IsEdited(workshop.AreaBaseline), p.bindArea(f, workshop.AreaBaseline, &f.Goal.Baseline)),
		target:     planLine(f.Goal.Target, targetHint(f.Goal), !f.IsEdited(workshop.AreaTarget), p.bindArea(f, workshop.AreaTarget, &f.Goal.Target)),
		firstStep:  planText(f.FirstStep, "The very first thing you will do", !f.IsEdited(workshop.AreaFirstStep), p.bindArea(f, workshop.AreaFirstStep, &f.FirstStep)),
		problems:   map[string]*widget.Label{},
		fields:     map[string]fyne.CanvasObject{},
	}
	fe.firstDate = newCheckedDate(f.FirstStepDate, "First step on", func(v string) {
		f.FirstStepDate = v
		p.s.changed()
		if p.marked {
			p.showProblems()
		}
	})
	// under puts the message of field name under obj.
	under := func(name string, obj fyne.CanvasObject) fyne.CanvasObject {
		msg := &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
		msg.Hide()
		fe.problems[name] = msg
		fe.fields[name] = container.NewVBox(obj, msg)
		return fe.fields[name]
	}
	fe.remove = &widget.Button{Text: "Remove this focus area", Icon: theme.DeleteIcon(), Importance: widget.LowImportance,
		OnTapped: func() { p.onRemove(i) }}
	p.focus = append(p.focus, fe)
	form := widget.NewForm(
		widget.NewFormItem("Focus area", under(workshop.AreaTitle, fe.title)),
		widget.NewFormItem("Goal", under(workshop.AreaSpecific, fe.specific)),
		widget.NewFormItem("I will count", under(workshop.AreaMeasurable, fe.measurable)),
		widget.NewFormItem("Today and target", container.NewGridWithColumns(2,
			under(workshop.AreaBaseline, container.NewBorder(nil, nil, widget.NewLabel("Today"), nil, fe.baseline)),
			under(workshop.AreaTarget, container.NewBorder(nil, nil, widget.NewLabel("Target in 90 days"), nil, fe.target)))),
		widget.NewFormItem("Achievable", planText(f.Goal.Achievable, "Why is this realistic for you now?", !f.IsEdited(workshop.AreaAchievable), p.bindArea(f, workshop.AreaAchievable, &f.Goal.Achievable))),
		widget.NewFormItem("Relevant", planText(f.Goal.Relevant, "Why does it matter for your team and role?", !f.IsEdited(workshop.AreaRelevant), p.bindArea(f, workshop.AreaRelevant, &f.Goal.Relevant))),
		widget.NewFormItem("Done by", newCheckedDate(f.Goal.By, "Done by", p.bind(&f.Goal.By)).box()),
	)
	// Forms are built whole: each Append would lay out every wrapped entry
	// again before the form has its width, which is slow.
	var acts []*widget.FormItem
	for j := range f.Actions {
		a := &f.Actions[j]
		acts = append(acts, widget.NewFormItem(a.Kind.Label(), planText(a.Text, "An action", !f.IsEdited(workshop.AreaAction+string(a.Kind)), p.bindArea(f, workshop.AreaAction+string(a.Kind), &a.Text))))
	}
	actions := widget.NewForm(acts...)
	after := widget.NewForm(
		widget.NewFormItem("If-then plan", planText(f.IfThen, "When … happens, I will …", !f.IsEdited(workshop.AreaIfThen), p.bindArea(f, workshop.AreaIfThen, &f.IfThen))),
		widget.NewFormItem("Support", planLine(f.Support, "Mentor, coach, manager, peers", !f.IsEdited(workshop.AreaSupport), p.bindArea(f, workshop.AreaSupport, &f.Support))),
		widget.NewFormItem("First step", under(workshop.AreaFirstStep, fe.firstStep)),
		widget.NewFormItem("First step by", under(workshop.AreaFirstStepDate, fe.firstDate.box())),
	)
	sub := f.Why
	if f.Current > 0 && f.Target > f.Current {
		sub = fmt.Sprintf("From level %d to level %d in 90 days. %s", f.Current, f.Target, f.Why)
	}
	return widget.NewCard(fmt.Sprintf("Focus area %d: %s", i+1, f.Title), "",
		container.NewVBox(&widget.Label{Text: sub, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}},
			form, widgets.Heading("Development actions: 70% on the job, 20% with others, 10% reading"), actions, after,
			container.NewHBox(fe.remove)))
}

// listsCard edits the strengths and the stop-doing list, one per line.
func (p *planScreen) listsCard() fyne.CanvasObject {
	pl := p.plan()
	lines := func(name string, field *[]string) func(string) {
		return func(v string) {
			pl.MarkEdited(name)
			*field = nil
			for _, l := range strings.Split(v, "\n") {
				if l = strings.TrimSpace(l); l != "" {
					*field = append(*field, l)
				}
			}
			p.s.changed()
		}
	}
	return widget.NewCard("Build on, and stop doing", "One per line", widget.NewForm(
		widget.NewFormItem("Strengths to build on", planList(strings.Join(pl.Strengths, "\n"), "What already works for you", !pl.IsEdited(workshop.PlanStrengths), lines(workshop.PlanStrengths, &pl.Strengths))),
		widget.NewFormItem("What I will stop doing myself", planList(strings.Join(pl.StopDoing, "\n"), "From your delegation map", !pl.IsEdited(workshop.PlanStopDoing), lines(workshop.PlanStopDoing, &pl.StopDoing))),
	))
}

func (p *planScreen) milestones() fyne.CanvasObject {
	pl := p.plan()
	items := []*widget.FormItem{
		widget.NewFormItem("By day 30", planList(pl.Day30, "e.g. first two tasks handed over, weekly one-to-ones running", !pl.IsEdited(workshop.PlanDay30), p.bindPlan(workshop.PlanDay30, &pl.Day30))),
		widget.NewFormItem("By day 60", planList(pl.Day60, "e.g. the team handles escalations without me", !pl.IsEdited(workshop.PlanDay60), p.bindPlan(workshop.PlanDay60, &pl.Day60))),
		widget.NewFormItem("By day 90", planList(pl.Day90, "e.g. the goals above reached and reviewed with my manager", !pl.IsEdited(workshop.PlanDay90), p.bindPlan(workshop.PlanDay90, &pl.Day90))),
	}
	for i := range pl.Reviews {
		items = append(items, widget.NewFormItem(fmt.Sprintf("Review %d", i+1), newCheckedDate(pl.Reviews[i], "Review on", p.bind(&pl.Reviews[i])).box()))
	}
	return widget.NewCard("30-60-90 days", "Milestones and the dates you will review this plan with your manager", widget.NewForm(items...))
}

func (p *planScreen) obstaclesCard() fyne.CanvasObject {
	pl := p.plan()
	var items []*widget.FormItem
	for i := range pl.Obstacles {
		o := &pl.Obstacles[i]
		items = append(items,
			widget.NewFormItem(fmt.Sprintf("Obstacle %d", i+1), planText(o.Obstacle, "What may get in the way", !pl.IsEdited(workshop.PlanObstacles), p.bindPlan(workshop.PlanObstacles, &o.Obstacle))),
			widget.NewFormItem("How I will handle it", planText(o.Response, "What I will do then", !pl.IsEdited(workshop.PlanObstacles), p.bindPlan(workshop.PlanObstacles, &o.Response))))
	}
	form := widget.NewForm(items...)
	add := &widget.Button{Text: "Add an obstacle", Icon: theme.ContentAddIcon(), Importance: widget.LowImportance, OnTapped: func() {
		if len(pl.Obstacles) >= workshop.MaxObstacles {
			return
		}
		pl.Obstacles = append(pl.Obstacles, workshop.Obstacle{})
		pl.MarkEdited(workshop.PlanObstacles)
		p.s.changed()
		p.rebuild()
	}}
	sub := ""
	body := container.NewVBox(form, container.NewHBox(add))
	switch {
	case len(pl.Obstacles) >= workshop.MaxObstacles:
		add.Disable()
		sub = fmt.Sprintf("At most %d, so the plan stays a few pages: the ones most likely to get in the way", workshop.MaxObstacles)
	case len(pl.Obstacles) == 0 && len(pl.Focus) > 0:
		hint := "Nothing in your answers names what may get in the way, so the plan names nothing for you. Add the one most likely to, in your own words."
		if ex := p.usualObstacle(pl.Focus[0].Skill); ex != "" {
			hint += " For example: \u201c" + strings.TrimRight(ex, ".") + "\u201d"
		}
		body.Objects = append([]fyne.CanvasObject{widget.NewLabelWithStyle(hint, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})}, body.Objects...)
		body.Objects[0].(*widget.Label).Wrapping = fyne.TextWrapWord
	}
	return widget.NewCard("Obstacles and how I will handle them", sub, body)
}

// usualObstacle is the pack's usual obstacle for a focus area, offered
// as an example, never drafted into the plan.
func (p *planScreen) usualObstacle(skill string) string {
	if sk := p.s.Content.Skill(skill); sk != nil {
		return sk.Obstacle
	}
	if skill == p.s.Content.RoleFocus.ID {
		return p.s.Content.RoleFocus.Obstacle
	}
	return ""
}

func (p *planScreen) onAdd(choice string) {
	if choice == "" || len(p.plan().Focus) >= workshop.MaxFocus {
		return
	}
	sug := analysis.Suggestion{Why: "My own choice."}
	if choice == p.s.Content.RoleFocus.Title {
		sug.ID, sug.Title = p.s.Content.RoleFocus.ID, choice
	}
	for _, sk := range p.s.Content.Skills {
		if sk.Name == choice {
			sug.ID, sug.Title = sk.ID, sk.Name
			if r := p.report.Skill(sk.ID); r != nil {
				sug.Current, sug.Target = r.Current, min(workshop.Scale, r.Current+1)
			}
		}
	}
	n := len(p.plan().Focus)
	p.plan().Focus = append(p.plan().Focus, analysis.NewFocusArea(p.s.Content, p.s.Answers, sug, n, p.s.Now()))
	p.followFocus()
	p.rebuild()
}

// followFocus records the choice of focus areas as the person's, and
// drafts again what follows from it (the shift line, the milestones, the
// obstacles) unless the person wrote it.
func (p *planScreen) followFocus() {
	pl := p.plan()
	pl.MarkEdited(workshop.PlanFocus)
	p.s.Answers.Plan = analysis.Redraft(p.s.Content, p.s.Answers, p.report, pl, p.s.Now()).Plan
	p.s.changed()
}

// onRemove takes a focus area out and offers to bring it back, where it
// stood.
func (p *planScreen) onRemove(i int) {
	f := p.plan().Focus
	p.removed = &removedFocus{at: i, area: f[i]}
	p.plan().Focus = append(f[:i:i], f[i+1:]...)
	p.followFocus()
	text := fmt.Sprintf("Focus area \"%s\" removed.", p.removed.area.Title)
	if !p.plan().IsEdited(workshop.PlanShift) {
		text += " The shift line and the milestones now follow the areas left."
	}
	p.undo.Objects = []fyne.CanvasObject{container.NewBorder(nil, nil, nil,
		&widget.Button{Text: "Undo", Icon: theme.ContentUndoIcon(), Importance: widget.HighImportance, OnTapped: p.onUndo},
		widgets.Para(text))}
	p.undo.Refresh()
	p.rebuild()
}

func (p *planScreen) onUndo() {
	if p.removed == nil || len(p.plan().Focus) >= workshop.MaxFocus {
		return
	}
	f := p.plan().Focus
	at := min(p.removed.at, len(f))
	p.plan().Focus = append(f[:at:at], append([]workshop.FocusArea{p.removed.area}, f[at:]...)...)
	p.removed = nil
	p.undo.Objects = nil
	p.followFocus()
	p.rebuild()
}

func (p *planScreen) onRedraft() {
	p.s.Confirm("Draft the plan again?", "This replaces everything on this page with a fresh draft from your answers, "+
		"including what you wrote yourself. Your answers to the exercises stay as they are.", func(ok bool) {
		if ok {
			p.report = p.s.analyze()
			p.s.Answers.Plan = analysis.Draft(p.s.Content, p.s.Answers, p.report, p.s.Now())
			p.redrafted = nil
			p.s.changed()
			p.rebuild()
		}
	})
}

// targetHint is what an empty target says: a number, or, for a count
// not known at the workshop, that it is agreed from the first weeks'
// tally.
func targetHint(g workshop.Goal) string {
	if g.Tally {
		return "Agreed at day 30 from your tally (or type a number)"
	}
	return "Target, as a number"
}

// baselineHint is what an empty "today" field says: a number, or, for a
// count not known at the workshop, that the first weeks' tally gives it.
func baselineHint(g workshop.Goal) string {
	if g.Tally {
		return "Counted from your first step (or type today's number)"
	}
	return "Today, as a number"
}
