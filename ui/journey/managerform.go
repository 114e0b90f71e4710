package journey

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop/manager"
)

// FormSetup is what the manager's form works on and how it ends.
type FormSetup struct {
	Request  *manager.Request
	Response *manager.Response // the answers so far: a new one, or a draft kept
	Now      func() time.Time
	// OnChange keeps the answers after every change (a draft on this
	// computer), so a crash loses nothing.
	OnChange func()
	// Paper is set when the participant types in the answers their
	// manager wrote on the printed request: the wording speaks of the
	// manager, and Finish adds the answers to the participant's own.
	Paper bool
	// Live is set for a manager paired in a live room: Finish sends the
	// answers to the team member instead of saving a file.
	Live bool
	// Leave is the button that leaves the form ("Home"), OnLeave what it does.
	Leave   string
	OnLeave func()
	// Finish names the last part's button; OnFinish does it, and says how
	// it went through say (bad for a problem).
	Finish   string
	OnFinish func(r *manager.Response, say func(text string, bad bool))
}

// formPart is one part of the manager's form.
type formPart struct {
	title string
	view  func() fyne.CanvasObject
}

// ManagerForm is the manager's answers to a team member's request, a part
// at a time like the journey's steps: who answers, what I expect of you
// in this role, the level each skill needs, the five conversation
// questions, what I commit to, and saving the answers to send back.
type ManagerForm struct {
	Content fyne.CanvasObject
	set     FormSetup
	q       *manager.Request
	r       *manager.Response

	parts    []formPart
	part     int
	nav      []*widget.Button
	heading  *widget.Label
	progress *widget.ProgressBar
	body     *fyne.Container
	back     *widget.Button
	next     *widget.Button

	// The widgets of the part shown, for tests.
	name        *widget.Entry
	expect      *managerExpect
	skills      *managerSkills
	answers     map[string]*widgets.Entry // by question ID
	commitments []*widgets.Entry          // time, introductions, budget, a mentor, something else…
	finish      *widget.Button
	status      *widget.Label
}

// NewManagerForm shows the form for set.Request, opened on its first part.
func NewManagerForm(set FormSetup) *ManagerForm {
	f := &ManagerForm{set: set, q: set.Request, r: set.Response, answers: map[string]*widgets.Entry{}}
	f.parts = []formPart{
		{"Who answers", f.introView},
		{"What I expect of you", f.expectView},
		{"Skills this role needs", f.skillsView},
		{"Our conversation", f.talkView},
		{"What I commit to", f.commitView},
		{"Save and send back", f.finishView},
	}
	if set.Paper {
		f.parts[len(f.parts)-1].title = "Add to my plan"
	}
	if set.Live {
		f.parts[len(f.parts)-1].title = "Send to " + f.person()
	}
	f.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.heading.SizeName = theme.SizeNameSubHeadingText
	f.progress = &widget.ProgressBar{Max: float64(len(f.parts))}
	f.body = container.NewStack()
	f.back = &widget.Button{Text: "Back", Icon: theme.NavigateBackIcon(), OnTapped: func() { f.show(f.part - 1) }}
	f.next = &widget.Button{Text: "Next", Icon: theme.NavigateNextIcon(), IconPlacement: widget.ButtonIconTrailingText,
		Importance: widget.HighImportance, OnTapped: func() { f.show(f.part + 1) }}
	list := container.NewVBox()
	for i, p := range f.parts {
		b := &widget.Button{Text: p.title, Alignment: widget.ButtonAlignLeading, Importance: widget.LowImportance, OnTapped: func() { f.show(i) }}
		f.nav = append(f.nav, b)
		list.Add(b)
	}
	leave := &widget.Button{Text: set.Leave, Icon: theme.HomeIcon(), Importance: widget.LowImportance, OnTapped: set.OnLeave}
	side := container.NewBorder(nil, leave, nil, nil, list)
	main := container.NewBorder(container.NewVBox(f.heading, f.progress), container.NewBorder(nil, nil, f.back, f.next), nil, nil, f.body)
	f.Content = container.NewBorder(nil, nil, container.NewHBox(side, widget.NewSeparator()), nil, main)
	f.show(0)
	return f
}

// Response is the answers being written.
func (f *ManagerForm) Response() *manager.Response { return f.r }

// changed records a change and keeps the answers.
func (f *ManagerForm) changed() {
	f.r.Touch(f.set.Now())
	f.set.OnChange()
}

// show opens part i.
func (f *ManagerForm) show(i int) {
	f.part = min(max(i, 0), len(f.parts)-1)
	f.name, f.expect, f.skills, f.finish, f.status = nil, nil, nil, nil, nil
	clear(f.answers)
	f.commitments = nil
	f.body.Objects = []fyne.CanvasObject{f.parts[f.part].view()}
	f.body.Refresh()
	f.heading.SetText(fmt.Sprintf("%s · part %d of %d · %s", f.title(), f.part+1, len(f.parts), f.parts[f.part].title))
	f.progress.SetValue(float64(f.part + 1))
	setEnabled(f.back, f.part > 0)
	if f.part == len(f.parts)-1 {
		f.next.Hide()
	} else {
		f.next.Show()
	}
	for j, b := range f.nav {
		b.Importance = widget.LowImportance
		if j == f.part {
			b.Importance = widget.HighImportance
		}
		b.Refresh()
	}
}

// title names whose request this is.
func (f *ManagerForm) title() string {
	if f.set.Paper {
		return "My manager's answers"
	}
	return "Answering " + f.person()
}

// person is the team member's name, or a stand-in when the request has none.
func (f *ManagerForm) person() string {
	if f.q.Name == "" {
		return "your team member"
	}
	return f.q.Name
}

// introView says what the request is and asks who answers.
func (f *ManagerForm) introView() fyne.CanvasObject {
	f.name = widgets.TextEntry(f.r.Manager, "Your name, as your team member knows you", false, func(v string) {
		f.r.Manager = v
		f.changed()
	})
	role := ""
	if f.q.Role != "" {
		role = " (" + f.q.Role + ")"
	}
	text := fmt.Sprintf("%s%s is working on their first months as a team lead with LeadShift, and asks what you expect of them. "+
		"Answer the statements, the level each skill needs in this role, five questions for your next conversation, and what you can commit to. "+
		"Skip anything you would rather talk about; there are no right answers. Your answers are kept on this computer as you type: "+
		"close the window at any time and open the same request again to go on. At the end you save one file to send back.", f.person(), role)
	label := "Your name"
	if f.set.Paper {
		text = "Type in what your manager wrote on the printed request, part by part, in their words. " +
			"The answers are kept on this computer as you type; at the end you add them to your plan."
		label = "My manager's name"
		f.name.PlaceHolder = "As you call them"
	}
	objs := []fyne.CanvasObject{widgets.Para(text), widget.NewForm(widget.NewFormItem(label, f.name))}
	if !f.set.Paper && (len(f.q.SelfExpectations) > 0 || len(f.q.SelfSkills) > 0) {
		objs = append(objs, widgets.Note(f.person()+" chose to share their own answers: you see them beside each statement and skill."))
	}
	objs = append(objs, widgets.Note("Only "+f.person()+" receives your answers, in the file you send back. They are never shown in a workshop room or to the facilitator."))
	return widgets.Scroll(objs...)
}

// expectView rates the statements: what I expect of you in this role.
func (f *ManagerForm) expectView() fyne.CanvasObject {
	f.expect = newManagerExpect(f)
	return f.expect.view()
}

// skillsView sets the level each skill needs, and where the person is.
func (f *ManagerForm) skillsView() fyne.CanvasObject {
	f.skills = newManagerSkills(f)
	return f.skills.view()
}
