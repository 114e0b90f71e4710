package journey

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// customFocus is the choice for a focus area that is not one of the skills.
const customFocus = "Something else (write your own)"

// planScreen edits the action plan. It starts from the suggestions and
// lets the person change everything.
type planScreen struct {
	s      *Session
	box    *fyne.Container
	focus  []*focusEditor
	addSel *widget.Select
	reset  *widget.Button
}

// focusEditor holds one focus area's main entries, for tests.
type focusEditor struct {
	title, specific, firstStep, firstDate *widget.Entry
}

func newPlanScreen(s *Session) *planScreen {
	if s.Answers.Plan == nil {
		s.Answers.Plan = workshop.NewPlan(s.Content, workshop.Suggest(s.Content, s.Answers), s.Now())
		s.changed()
	}
	p := &planScreen{s: s, box: container.NewVBox()}
	p.addSel = &widget.Select{PlaceHolder: "Add a focus area…", OnChanged: p.onAdd}
	p.reset = &widget.Button{Text: "Start again from the suggestions", Icon: theme.ViewRefreshIcon(), OnTapped: p.onReset}
	p.rebuild()
	return p
}

func (p *planScreen) view() fyne.CanvasObject {
	return widgets.Scroll(widgets.Para("Your plan starts from what your answers point to: up to three focus areas, each with development actions split 70-20-10 "+
		"(on the job, with other people, courses). Make every goal SMART: specific, measurable, achievable, relevant and time-bound. Change anything."),
		p.box)
}

func (p *planScreen) plan() *workshop.Plan { return p.s.Answers.Plan }

// rebuild redraws the whole editor from the plan.
func (p *planScreen) rebuild() {
	p.box.RemoveAll()
	p.focus = nil
	for i := range p.plan().Focus {
		p.box.Add(p.focusCard(i))
	}
	var options []string
	taken := map[string]bool{}
	for _, f := range p.plan().Focus {
		taken[f.Skill] = true
	}
	for _, sk := range p.s.Content.Skills {
		if !taken[sk.ID] {
			options = append(options, sk.Name)
		}
	}
	p.addSel.Options = append(options, customFocus)
	p.addSel.ClearSelected()
	if len(p.plan().Focus) >= workshop.MaxFocus {
		p.addSel.Disable()
	} else {
		p.addSel.Enable()
	}
	p.box.Add(container.NewHBox(p.addSel, p.reset))
	p.box.Add(p.milestones())
}

func (p *planScreen) focusCard(i int) fyne.CanvasObject {
	f := &p.plan().Focus[i]
	ch := p.s.changed
	bind := func(field *string) func(string) { return func(v string) { *field = v; ch() } }
	fe := &focusEditor{
		title:     widgets.TextEntry(f.Title, "Focus area", false, bind(&f.Title)),
		specific:  widgets.TextEntry(f.Goal.Specific, "What exactly will you do differently?", true, bind(&f.Goal.Specific)),
		firstStep: widgets.TextEntry(f.FirstStep, "The very first thing you will do", false, bind(&f.FirstStep)),
		firstDate: widgets.TextEntry(f.FirstStepDate, "YYYY-MM-DD", false, bind(&f.FirstStepDate)),
	}
	fe.firstDate.Validator = func(s string) error { _, err := workshop.ParseDate("date", s); return err }
	p.focus = append(p.focus, fe)
	form := widget.NewForm(
		widget.NewFormItem("Focus area", fe.title),
		widget.NewFormItem("Specific", fe.specific),
		widget.NewFormItem("Measurable", widgets.TextEntry(f.Goal.Measurable, "How will you and others see progress?", false, bind(&f.Goal.Measurable))),
		widget.NewFormItem("Achievable", widgets.TextEntry(f.Goal.Achievable, "Why is this realistic for you now?", false, bind(&f.Goal.Achievable))),
		widget.NewFormItem("Relevant", widgets.TextEntry(f.Goal.Relevant, "Why does it matter for your team and role?", false, bind(&f.Goal.Relevant))),
		widget.NewFormItem("Time-bound", widgets.TextEntry(f.Goal.TimeBound, "By when?", false, bind(&f.Goal.TimeBound))),
	)
	actions := container.NewVBox()
	for _, k := range workshop.Kinds {
		actions.Add(widget.NewLabelWithStyle(k.Label(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for j := range f.Actions {
			if f.Actions[j].Kind == k {
				actions.Add(p.actionRow(i, j))
			}
		}
		actions.Add(&widget.Button{Text: "Add an action", Icon: theme.ContentAddIcon(), Importance: widget.LowImportance,
			OnTapped: func() { p.onAddAction(i, k) }})
	}
	after := widget.NewForm(
		widget.NewFormItem("Success measure", widgets.TextEntry(f.Measure, "What will be true when you succeed?", false, bind(&f.Measure))),
		widget.NewFormItem("Support", widgets.TextEntry(f.Support, "Mentor, coach, manager, peers", false, bind(&f.Support))),
		widget.NewFormItem("First step", fe.firstStep),
		widget.NewFormItem("First step date", fe.firstDate),
	)
	remove := &widget.Button{Text: "Remove this focus area", Icon: theme.DeleteIcon(), Importance: widget.LowImportance,
		OnTapped: func() { p.onRemove(i) }}
	return widget.NewCard(fmt.Sprintf("Focus area %d: %s", i+1, f.Title), f.Why,
		container.NewVBox(form, widgets.Heading("Development actions"), actions, after, container.NewHBox(remove)))
}

func (p *planScreen) actionRow(i, j int) fyne.CanvasObject {
	a := &p.plan().Focus[i].Actions[j]
	e := widgets.TextEntry(a.Text, "An action", true, func(v string) { a.Text = v; p.s.changed() })
	del := &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() {
		acts := p.plan().Focus[i].Actions
		p.plan().Focus[i].Actions = append(acts[:j:j], acts[j+1:]...)
		p.s.changed()
		p.rebuild()
	}}
	return container.NewBorder(nil, nil, nil, del, e)
}

func (p *planScreen) milestones() fyne.CanvasObject {
	pl := p.plan()
	ch := p.s.changed
	bind := func(field *string) func(string) { return func(v string) { *field = v; ch() } }
	form := widget.NewForm(
		widget.NewFormItem("By day 30", widgets.TextEntry(pl.Day30, "e.g. first two tasks handed over, weekly one-to-ones running", true, bind(&pl.Day30))),
		widget.NewFormItem("By day 60", widgets.TextEntry(pl.Day60, "e.g. the team handles escalations without me", true, bind(&pl.Day60))),
		widget.NewFormItem("By day 90", widgets.TextEntry(pl.Day90, "e.g. the goals above reached and reviewed with my manager", true, bind(&pl.Day90))),
	)
	for i := range pl.Reviews {
		e := widgets.TextEntry(pl.Reviews[i], "YYYY-MM-DD", false, bind(&pl.Reviews[i]))
		e.Validator = func(s string) error { _, err := workshop.ParseDate("date", s); return err }
		form.Append(fmt.Sprintf("Review %d", i+1), e)
	}
	return widget.NewCard("30-60-90 days", "Milestones and the dates you will review this plan with your manager", form)
}

func (p *planScreen) onAdd(choice string) {
	if choice == "" || len(p.plan().Focus) >= workshop.MaxFocus {
		return
	}
	sug := workshop.Suggestion{Title: "", Why: "Your own choice."}
	for _, sk := range p.s.Content.Skills {
		if sk.Name == choice {
			sug = workshop.Suggestion{Skill: sk.ID, Title: sk.Name, Why: "Your own choice."}
		}
	}
	p.plan().Focus = append(p.plan().Focus, workshop.NewFocusArea(p.s.Content, sug, p.s.Now()))
	p.s.changed()
	p.rebuild()
}

func (p *planScreen) onRemove(i int) {
	f := p.plan().Focus
	p.plan().Focus = append(f[:i:i], f[i+1:]...)
	p.s.changed()
	p.rebuild()
}

func (p *planScreen) onAddAction(i int, k workshop.Kind) {
	p.plan().Focus[i].Actions = append(p.plan().Focus[i].Actions, workshop.PlanAction{Kind: k})
	p.s.changed()
	p.rebuild()
}

func (p *planScreen) onReset() {
	p.s.Confirm("Start the plan again?", "This replaces your plan with fresh suggestions from your answers.", func(ok bool) {
		if ok {
			p.s.Answers.Plan = workshop.NewPlan(p.s.Content, workshop.Suggest(p.s.Content, p.s.Answers), p.s.Now())
			p.s.changed()
			p.rebuild()
		}
	})
}
