package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// screen is one step's view.
type screen interface {
	view() fyne.CanvasObject
}

// journey is the stepper around the solo journey's screens: the step list,
// progress, back and next, and the message when something is missing.
type journey struct {
	ui   *App
	s    *session
	live *liveLink // nil on one's own

	content  fyne.CanvasObject
	nav      []*widget.Button
	heading  *widget.Label
	progress *widget.ProgressBar
	body     *fyne.Container
	problem  *widget.Label
	back     *widget.Button
	next     *widget.Button
	current  screen
	penDown  bool // the current exercise is locked by the facilitator
}

func newJourney(ui *App, s *session, live *liveLink) *journey {
	j := &journey{ui: ui, s: s, live: live}
	j.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	j.heading.SizeName = theme.SizeNameSubHeadingText
	j.progress = &widget.ProgressBar{Max: float64(len(workshop.Steps))}
	j.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
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
	home := &widget.Button{Text: "Home", Icon: theme.HomeIcon(), Importance: widget.LowImportance, OnTapped: ui.showStart}
	side := container.NewBorder(nil, home, nil, nil, steps)

	top := container.NewVBox(j.heading, j.progress)
	if live != nil {
		top = container.NewVBox(live.banner, j.heading, j.progress)
		live.onState = j.onRoom
		live.onConflict = j.onConflict
	}
	bottom := container.NewBorder(nil, nil, j.back, j.next, j.problem)
	main := container.NewBorder(top, bottom, nil, nil, j.body)
	j.content = container.NewBorder(nil, nil, container.NewHBox(side, widget.NewSeparator()), nil, main)

	onChange := s.onChange
	s.onChange = func() {
		onChange()
		j.refreshNav()
	}
	j.show(s.answers.Step)
	if live != nil && len(live.state.Agenda) > 0 {
		j.onRoom(workshop.RoomState{}) // late joiners land on the room's phase
	}
	return j
}

// reachable is the furthest step that may be opened: on one's own, the
// first step with something missing; in a live room, whatever the room has
// opened, so late joiners can catch up in any order.
func (j *journey) reachable() int {
	if j.live != nil {
		return j.roomLimit()
	}
	return j.firstIncomplete()
}

// firstIncomplete is the first step with something missing, or the last step.
func (j *journey) firstIncomplete() int {
	for i, st := range workshop.Steps {
		if len(j.s.answers.Missing(j.s.content, st)) > 0 {
			return i
		}
	}
	return len(workshop.Steps) - 1
}

// roomLimit is the last step the room lets the participant open.
func (j *journey) roomLimit() int {
	last := len(workshop.Steps) - 1
	if j.live == nil {
		return last
	}
	for last > 0 && !j.live.state.Reachable(workshop.Steps[last]) {
		last--
	}
	return last
}

// onRoom follows a change of the room: in a paced room everyone moves to
// a newly opened phase; a lock or unlock redraws the current step.
func (j *journey) onRoom(prev workshop.RoomState) {
	st := j.live.state
	if (prev.Locked && !st.Locked) || st.Phase != prev.Phase {
		// Answers the room refused while the phase was locked go through now.
		j.live.push(j.s.answers)
	}
	switch {
	case st.Pacing == workshop.Paced && len(st.Agenda) > 0 && (st.Phase != prev.Phase || len(prev.Agenda) == 0):
		first := st.Current().Steps[0]
		if j.s.answers.Step.Index() < first.Index() || st.Phase != prev.Phase {
			j.show(first)
			return
		}
		j.show(j.s.answers.Step)
	case st.Locked != prev.Locked || st.Pacing != prev.Pacing:
		j.show(j.s.answers.Step)
	default:
		j.refreshNav()
	}
}

func (j *journey) refreshNav() {
	limit, done := j.reachable(), j.firstIncomplete()
	cur := j.s.answers.Step.Index()
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
func (j *journey) show(st workshop.Step) {
	if st.Index() < 0 {
		st = workshop.StepCheckIn
	}
	if j.s.answers.Step != st {
		j.s.answers.Step = st
		j.s.changed()
	}
	if limit := j.roomLimit(); st.Index() > limit {
		st = workshop.Steps[limit]
	}
	j.current = j.newScreen(st)
	view := j.current.view()
	j.penDown = j.live != nil && !j.live.state.Editable(st) && isExercise(st)
	if j.penDown {
		view = lockedView()
	}
	j.body.Objects = []fyne.CanvasObject{view}
	j.body.Refresh()
	i := st.Index()
	j.heading.SetText(fmt.Sprintf("Step %d of %d · %s", i+1, len(workshop.Steps), st.Title()))
	j.progress.SetValue(float64(i + 1))
	j.problem.SetText("")
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

func (j *journey) newScreen(st workshop.Step) screen {
	switch st {
	case workshop.StepAssess:
		return newAssessScreen(j.s)
	case workshop.StepProfile:
		return newProfileScreen(j.s)
	case workshop.StepExpect:
		return newExpectScreen(j.s)
	case workshop.StepAlign:
		return newAlignScreen(j.s)
	case workshop.StepSkills:
		return newSkillsScreen(j.s)
	case workshop.StepGaps:
		return newGapsScreen(j.s)
	case workshop.StepDelegate:
		return newDelegateScreen(j.s)
	case workshop.StepPlan:
		return newPlanScreen(j.s)
	case workshop.StepFinish:
		return newFinishScreen(j.ui, j.s)
	}
	return newCheckInScreen(j.s)
}

func (j *journey) onBack() {
	if i := j.s.answers.Step.Index(); i > 0 {
		j.show(workshop.Steps[i-1])
	}
}

func (j *journey) onNext() {
	st := j.s.answers.Step
	if missing := j.s.answers.Missing(j.s.content, st); len(missing) > 0 {
		j.problem.SetText("Before you go on, please add: " + strings.Join(missing, "; ") + ".")
		return
	}
	i := st.Index()
	if i < len(workshop.Steps)-1 && i+1 > j.roomLimit() {
		j.problem.SetText("Well done. The facilitator will open the next phase for the whole room.")
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

// lockedView replaces an exercise the facilitator has locked.
func lockedView() fyne.CanvasObject {
	return container.NewCenter(container.NewVBox(
		heading("Pens down"),
		para("The facilitator has closed this exercise for now. Your answers are saved; look up and join the discussion."),
	))
}
