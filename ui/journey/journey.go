package journey

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/live"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// screen is one step's view.
type screen interface {
	view() fyne.CanvasObject
}

// paged is a screen of pages (a pager) that can take the person to its
// first unanswered item.
type paged interface {
	onFirstOpen()
}

// checker is a screen that holds input it could not store (text where a
// number belongs): it says so, field by field, and Next waits.
type checker interface {
	invalid() []string
}

// Journey is the stepper around the journey's screens: the step list,
// progress, back and next, and the message when something is missing.
type Journey struct {
	shell Shell
	files Files
	s     *Session
	live  Room // nil on one's own
	// paired is the pairing with the manager in the room (managerpair.go).
	paired *roomPairing
	paper  string // the locale's default paper size

	Content  fyne.CanvasObject
	nav      []*widget.Button
	heading  *widget.Label
	progress *widget.ProgressBar
	body     *fyne.Container
	problem  *widget.Label // in red: what keeps the person from going on
	status   *widget.Label // plain: the room's state, a word of progress
	back     *widget.Button
	next     *widget.Button
	current  screen
	penDown  bool // the current exercise is locked by the facilitator
	closed   bool // the journey no longer shows
	// partnered is the live room when it tells about trios and buddies,
	// trio the screen of a practice phase (practice.go).
	partnered Partnered
	trio      *live.TrioView
	rehearse  *rehearsal     // the written practice beside the step, on one's own (rehearse.go)
	toTrio    *widget.Button // back to the trio screen from a step, during a practice
}

// New shows the journey of s at its saved step, following the live room
// when live is not nil. paper is the locale's default paper size.
func New(shell Shell, files Files, paper string, s *Session, live Room) *Journey {
	j := &Journey{shell: shell, files: files, paper: paper, s: s, live: live}
	j.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	j.heading.SizeName = theme.SizeNameSubHeadingText
	j.progress = &widget.ProgressBar{Max: float64(len(workshop.Steps))}
	j.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	j.status = &widget.Label{Wrapping: fyne.TextWrapWord}
	j.problem.Hide()
	j.status.Hide()
	j.back = &widget.Button{Text: "Back", Icon: theme.NavigateBackIcon(), OnTapped: j.onBack}
	j.next = &widget.Button{Text: "Next", Icon: theme.NavigateNextIcon(), IconPlacement: widget.ButtonIconTrailingText,
		Importance: widget.HighImportance, OnTapped: j.onNext}
	j.body = container.NewStack()

	steps := container.NewVBox()
	for _, st := range workshop.Steps {
		b := &widget.Button{Text: st.Title(), Alignment: widget.ButtonAlignLeading, Importance: widget.LowImportance,
			OnTapped: func() { j.show(st) }}
		j.nav = append(j.nav, b)
		steps.Add(b)
	}
	home := &widget.Button{Text: "Home", Icon: theme.HomeIcon(), Importance: widget.LowImportance, OnTapped: shell.Home}
	side := container.NewBorder(nil, home, nil, nil, steps)

	top := container.NewVBox(j.heading, j.progress)
	if live != nil {
		top = container.NewVBox(live.Banner(), j.heading, j.progress)
		live.SetOnState(j.onRoom)
		live.SetOnConflict(j.onConflict)
		j.followPartners()
	}
	j.toTrio = &widget.Button{Text: "Back to my trio", Icon: theme.AccountIcon(), Importance: widget.HighImportance, OnTapped: j.showPractice}
	j.toTrio.Hide()
	bottom := container.NewBorder(nil, nil, j.back, j.next, container.NewVBox(j.problem, j.status, j.toTrio))
	main := container.NewBorder(top, bottom, nil, nil, j.body)
	j.Content = container.NewBorder(nil, nil, container.NewHBox(side, widget.NewSeparator()), nil, main)

	onChange := s.OnChange
	s.OnChange = func() {
		onChange()
		j.refreshNav()
		if j.problem.Text != "" {
			say(j.problem, j.missingText()) // the message follows the answers, and goes when all is there
		}
	}
	s.Next = j.onNext
	j.show(s.Answers.Step)
	if live != nil && len(live.State().Agenda) > 0 {
		j.onRoom(workshop.RoomState{}) // late joiners land on the room's phase
	}
	return j
}

// onConflict settles a conflict when the room holds other answers than
// this laptop (another laptop of the participant's): both sides are
// combined answer by answer, and only the answers changed on both sides
// are put in front of the participant, both values side by side. Nothing
// is replaced before they choose.
func (j *Journey) onConflict(c *service.Conflict) {
	merged, clashes, err := j.live.Merge(c, j.s.Answers)
	if err != nil {
		j.shell.ShowError("Your answers could not be combined with the room's", err)
		return
	}
	if len(clashes) == 0 {
		j.adopt(merged)
		return
	}
	j.shell.ChooseAnswers(j.s.Content, clashes, func(takeRoom []bool) {
		if j.closed {
			return // the participant has left this journey meanwhile
		}
		choice := map[string]bool{}
		for i, cl := range clashes {
			choice[cl.Key()] = i < len(takeRoom) && takeRoom[i]
		}
		a, err := j.live.Settle(c, j.s.Answers, choice)
		if err != nil {
			j.shell.ShowError("Your answers could not be combined with the room's", err)
			return
		}
		j.adopt(a)
	})
}

// adopt puts answers settled with the room on screen and on this laptop.
func (j *Journey) adopt(a *workshop.Answers) {
	j.s.Answers = a
	if j.s.Keep != nil {
		j.s.Keep()
	}
	j.refreshNav()
	j.show(a.Step)
}

// Close tells the journey it no longer shows: a choice the participant
// makes afterwards in a dialog it opened changes nothing.
func (j *Journey) Close() { j.closed = true }

// reachable is the furthest step that may be opened: on one's own, the
// first step with something missing, or the step after the furthest
// finished exercise when that is further, so an edit to an earlier step
// (a delegation row removed) never locks a finished plan; in a live room,
// whatever the room has opened, so late joiners can catch up in any order.
func (j *Journey) reachable() int {
	if j.live != nil {
		return j.roomLimit()
	}
	limit := j.firstIncomplete()
	for i, st := range workshop.Steps {
		if isExercise(st) && len(j.s.Answers.Missing(j.s.Content, st)) == 0 {
			limit = max(limit, min(i+1, len(workshop.Steps)-1))
		}
	}
	return limit
}

// firstIncomplete is the first step with something missing, or the last step.
func (j *Journey) firstIncomplete() int {
	for i, st := range workshop.Steps {
		if len(j.s.Answers.Missing(j.s.Content, st)) > 0 {
			return i
		}
	}
	return len(workshop.Steps) - 1
}

// roomLimit is the last step the room lets the participant open.
func (j *Journey) roomLimit() int {
	last := len(workshop.Steps) - 1
	if j.live == nil {
		return last
	}
	for last > 0 && !j.live.State().Reachable(workshop.Steps[last]) {
		last--
	}
	return last
}

// onRoom follows a change of the room: in a paced room everyone moves to
// a newly opened phase; a lock or unlock redraws the current step.
func (j *Journey) onRoom(prev workshop.RoomState) {
	st := j.live.State()
	if (prev.Locked && !st.Locked) || st.Phase != prev.Phase {
		// Answers the room refused while the phase was locked go through now.
		j.live.Push(j.s.Answers)
	}
	switch {
	case j.practising() && (j.current == nil || st.Phase != prev.Phase || st.Round != prev.Round || len(prev.Agenda) == 0):
		j.showPractice() // a new round, or the practice screen redrawn
	case st.Pacing == workshop.Paced && len(st.Agenda) > 0 && (st.Phase != prev.Phase || len(prev.Agenda) == 0):
		first := st.Current().Steps[0]
		if j.s.Answers.Step.Index() < first.Index() || st.Phase != prev.Phase {
			j.show(first)
			return
		}
		j.show(j.s.Answers.Step)
	case st.Locked != prev.Locked || st.Pacing != prev.Pacing || st.Managers != prev.Managers || j.current == nil: // nil: a practice is over
		j.show(j.s.Answers.Step)
	default:
		j.refreshNav()
	}
}

func (j *Journey) refreshNav() {
	limit, done := j.reachable(), j.firstIncomplete()
	cur := j.s.Answers.Step.Index()
	for i, b := range j.nav {
		b.Importance = widget.LowImportance
		b.Icon = nil
		if i < done && i != cur {
			b.Icon = theme.ConfirmIcon()
		}
		if i == cur {
			b.Importance = widget.HighImportance
		}
		if i > limit && i > cur {
			b.Disable()
		} else {
			b.Enable()
		}
		b.Refresh()
	}
}

// show opens step st, building its screen from the current answers.
func (j *Journey) show(st workshop.Step) {
	if st.Index() < 0 {
		st = workshop.StepCheckIn
	}
	if j.s.Answers.Step != st {
		j.s.Answers.Step = st
		j.s.changed()
	}
	if limit := j.roomLimit(); st.Index() > limit {
		st = workshop.Steps[limit]
	}
	j.takeBuddy()
	if j.practising() {
		j.toTrio.Show()
	} else {
		j.toTrio.Hide()
	}
	j.current = j.newScreen(st)
	view := j.withRehearsal(st, j.current.view())
	j.penDown = j.live != nil && !j.live.State().Editable(st) && isExercise(st)
	say(j.status, "")
	if j.penDown {
		view = lockedView()
		say(j.status, "Pens down: the facilitator has paused this exercise. Your answers are saved.")
	}
	j.body.Objects = []fyne.CanvasObject{view}
	j.body.Refresh()
	i := st.Index()
	j.heading.SetText(fmt.Sprintf("Step %d of %d · %s", i+1, len(workshop.Steps), st.Title()))
	j.progress.SetValue(float64(i + 1))
	say(j.problem, "")
	if i == 0 {
		j.back.Disable()
	} else {
		j.back.Enable()
	}
	if i == len(workshop.Steps)-1 {
		j.next.Hide()
	} else {
		j.next.Show()
	}
	j.refreshNav()
}

func (j *Journey) newScreen(st workshop.Step) screen {
	switch st {
	case workshop.StepAssess:
		return newAssessScreen(j.s)
	case workshop.StepProfile:
		return newProfileScreen(j.s)
	case workshop.StepExpect:
		return newExpectScreen(j, j.s)
	case workshop.StepAlign:
		return newAlignScreen(j, j.s)
	case workshop.StepSkills:
		return newSkillsScreen(j.s)
	case workshop.StepGaps:
		return newGapsScreen(j.s)
	case workshop.StepDelegate:
		return newDelegateScreen(j.s)
	case workshop.StepPlan:
		return newPlanScreen(j, j.s)
	case workshop.StepFinish:
		return newFinishScreen(j, j.s)
	}
	return newCheckInScreen(j.s)
}

func (j *Journey) onBack() {
	if i := j.s.Answers.Step.Index(); i > 0 {
		j.show(workshop.Steps[i-1])
	}
}

// missingText says what keeps the person on this step, or "".
func (j *Journey) missingText() string {
	var out []string
	if c, ok := j.current.(checker); ok {
		out = append(out, c.invalid()...)
	}
	missing := j.s.Answers.Missing(j.s.Content, j.s.Answers.Step)
	if f, ok := j.current.(fieldChecker); ok && len(missing) > 0 {
		if text := f.fieldProblems(); text != "" {
			return strings.Join(append(out, text), " ") // each field says what it needs
		}
	}
	if len(missing) > 0 {
		out = append(out, "Before you go on, please add: "+strings.Join(missing, "; ")+".")
	}
	return strings.Join(out, " ")
}

func (j *Journey) onNext() {
	st := j.s.Answers.Step
	if text := j.missingText(); text != "" {
		say(j.problem, text)
		if p, ok := j.current.(paged); ok {
			p.onFirstOpen() // the message takes the person to what is missing
		}
		return
	}
	say(j.problem, "")
	i := st.Index()
	if i < len(workshop.Steps)-1 && i+1 > j.roomLimit() {
		say(j.status, "Well done. The facilitator will open the next phase for the whole room.")
		return
	}
	if i < len(workshop.Steps)-1 {
		j.show(workshop.Steps[i+1])
	}
}

// isExercise reports whether a step asks for answers.
func isExercise(st workshop.Step) bool {
	switch st {
	case workshop.StepProfile, workshop.StepAlign, workshop.StepGaps, workshop.StepFinish:
		return false
	}
	return true
}

// lockedView replaces an exercise the facilitator has locked: centred
// lines that wrap at the window's width, with the navigation kept below.
func lockedView() fyne.CanvasObject {
	heading := &widget.Label{Text: "Pens down", Alignment: fyne.TextAlignCenter, SizeName: theme.SizeNameHeadingText, TextStyle: fyne.TextStyle{Bold: true}}
	text := &widget.Label{Text: "The facilitator has closed this exercise for now. Your answers are saved; look up and join the discussion.",
		Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	return container.NewVBox(layout.NewSpacer(), heading, text, layout.NewSpacer())
}

// Session is the answers the journey works on.
func (j *Journey) Session() *Session { return j.s }

// say shows text on a message line, and hides the line when there is
// nothing to say, so it takes no room beside the buttons.
func say(l *widget.Label, text string) {
	l.SetText(text)
	if text == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// managerBar is the manager bar of the step shown, or one not shown when
// the step has none.
func (j *Journey) managerBar() *managerBar {
	if m, ok := j.current.(interface{ bar() *managerBar }); ok {
		return m.bar()
	}
	return newManagerBar(j)
}
