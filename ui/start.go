package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
	"github.com/leadshift/leadshift/workshop/storage"
)

// startScreen is where a person chooses how to use LeadShift.
type startScreen struct {
	ui      *App
	saved   *workshop.Answers
	content fyne.CanvasObject

	facilitate *widget.Button // run a workshop
	join       *widget.Button // join a workshop on the network
	rejoin     *widget.Button // only when a joined workshop is saved
	forget     *widget.Button // removes the joined workshop from this laptop
	solo       *widget.Button // start, or continue when answers are saved
	startNew   *widget.Button // only when answers are saved
	resume     *widget.Label  // where the saved journey is
	print      *widget.Button // print plans from a folder of exported answers
	settings   *widget.Button // text size and colours
	about      *widget.Button // version, licences, where the data is kept
	answer     *widget.Button // for managers: answer a team member's request
	drafts     []*widget.Button
	problem    *widget.Label // in red: why a file could not be opened
}

func newStartScreen(ui *App, saved *workshop.Answers, live *service.LiveFile, running []*workshop.Setup, drafts []storage.Draft) *startScreen {
	s := &startScreen{ui: ui, saved: saved}
	title := widget.NewLabelWithStyle("LeadShift", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	intro := widget.NewLabelWithStyle("From technician to team lead: assess where you stand, align expectations,\n"+
		"find your skill gaps, map what to delegate, and leave with a personal action plan.",
		fyne.TextAlignCenter, fyne.TextStyle{})

	s.facilitate = &widget.Button{Text: "Run a workshop", Icon: theme.ComputerIcon(), Importance: widget.HighImportance, OnTapped: ui.ShowLibrary}
	s.join = &widget.Button{Text: "Join a workshop", Icon: theme.LoginIcon(), Importance: widget.HighImportance, OnTapped: ui.showJoin}
	s.solo = &widget.Button{Text: "Work on my own", Icon: theme.AccountIcon(), Importance: widget.HighImportance, OnTapped: s.onSolo}
	roles := container.NewGridWithColumns(3,
		role(s.facilitate, "For facilitators: set up a session, pace the room from this laptop and a projector, print every plan."),
		role(s.join, "For participants: join the session running in this room with the code on the projector."),
		role(s.solo, "Go through every exercise at your own pace and save your plan as a PDF."))
	more := container.NewVBox()
	top := []fyne.CanvasObject{title, intro, widget.NewSeparator()}
	if live != nil {
		// A returning participant rejoins: the first and loudest choice,
		// so they do not join again as someone new.
		s.join.Importance = widget.MediumImportance
		s.rejoin = &widget.Button{Text: "Rejoin " + live.Title, Icon: theme.MediaReplayIcon(), Importance: widget.HighImportance,
			OnTapped: func() { ui.rejoin(live) }}
		s.forget = &widget.Button{Text: "Forget this workshop", Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: s.onForget}
		top = append(top, container.NewCenter(container.NewHBox(s.rejoin, s.forget)),
			&widget.Label{Text: "You joined this workshop on this laptop: rejoin it with your answers, no code needed.", Alignment: fyne.TextAlignCenter},
			widget.NewSeparator())
	}
	for _, w := range running {
		more.Add(&widget.Button{Text: "Resume hosting " + w.Title, Icon: theme.MediaPlayIcon(), Importance: widget.HighImportance,
			OnTapped: func() { ui.StartHosting(w) }})
	}
	if saved != nil {
		s.solo.Text = "Continue on my own"
		s.startNew = &widget.Button{Text: "Start my own journey again", Icon: theme.ContentClearIcon(), Importance: widget.LowImportance, OnTapped: s.onStartNew}
		s.resume = widget.NewLabel("Your own journey: " + resumeLabel(saved))
		more.Add(container.NewHBox(s.resume, s.startNew))
	}
	more.Add(s.managerRow(drafts))
	if plans := ui.myPlans(saved, live); plans != nil {
		more.Add(plans)
	}
	s.print = &widget.Button{Text: "Print plans from exported answers…", Icon: theme.DocumentPrintIcon(), Importance: widget.LowImportance, OnTapped: ui.printFolder}
	s.settings = &widget.Button{Text: "Text size and colours…", Icon: theme.SettingsIcon(), Importance: widget.LowImportance, OnTapped: ui.showSettings}
	s.about = &widget.Button{Text: "About LeadShift…", Icon: theme.InfoIcon(), Importance: widget.LowImportance, OnTapped: ui.showAbout}
	more.Add(container.NewHBox(s.print, s.settings, s.about))
	privacy := widgets.Note("Everything stays in this room: no cloud, no accounts. Your answers are saved on this computer after every change.")
	s.content = container.NewCenter(container.NewVBox(append(top, roles, widget.NewSeparator(), more, privacy)...))
	return s
}

// role is a choice on the start screen: a button and what it is for, at
// least a comfortable reading width.
func role(b *widget.Button, help string) fyne.CanvasObject {
	l := &widget.Label{Text: help, Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(280, 0))
	return container.NewVBox(b, container.NewStack(width, l))
}

func resumeLabel(a *workshop.Answers) string {
	name := a.Participant.Name
	if name == "" {
		name = "unnamed"
	}
	return fmt.Sprintf("%s, at %s", name, a.Step.Title())
}

func (s *startScreen) onSolo() {
	a := s.saved
	if a == nil {
		a = workshop.NewAnswers(s.ui.deps.Content.ID, s.ui.deps.Now())
	}
	s.ui.openSolo(a)
}

func (s *startScreen) onStartNew() {
	s.ui.confirm("Start again?",
		"This clears the answers saved on this computer.\nExport them first from the last step if you want to keep them.",
		func(ok bool) {
			if ok {
				s.ui.openSolo(workshop.NewAnswers(s.ui.deps.Content.ID, s.ui.deps.Now()))
			}
		})
}

func (s *startScreen) onForget() {
	s.ui.confirm("Forget this workshop?",
		"This removes the workshop and your answers in it from this laptop. Save your plan as a PDF first if you want to keep it.",
		func(ok bool) {
			if !ok {
				return
			}
			if err := s.ui.participant.Forget(); err != nil {
				s.ui.ShowError("The workshop could not be forgotten", err)
			}
			s.ui.showStart()
		})
}

// managerRow is the managers' way in: answer a request a team member sent,
// or go on with answers begun on this computer.
func (s *startScreen) managerRow(drafts []storage.Draft) fyne.CanvasObject {
	s.answer = &widget.Button{Text: "Answer a request from my team member", Icon: theme.MailReplyIcon(), OnTapped: s.ui.answerRequest}
	s.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	s.problem.Hide()
	row := container.NewBorder(nil, nil, container.NewCenter(s.answer), nil, widgets.Para("For managers: answer what a team member asks you in a file from LeadShift."))
	objs := []fyne.CanvasObject{row, s.problem}
	for _, d := range drafts {
		name := d.Request.Name
		if name == "" {
			name = "a team member"
		}
		b := &widget.Button{Text: "Go on answering " + name + "'s request", Icon: theme.MailReplyIcon(), Importance: widget.LowImportance,
			OnTapped: func() { s.ui.openRequest(d.Request) }}
		s.drafts = append(s.drafts, b)
		objs = append(objs, container.NewCenter(b))
	}
	return container.NewVBox(objs...)
}

// sayProblem shows why a file could not be opened, in red, under the
// managers' button.
func (s *startScreen) sayProblem(text string) {
	s.problem.SetText(text)
	s.problem.Show()
}
