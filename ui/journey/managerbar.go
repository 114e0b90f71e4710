package journey

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/service"
)

// managerBar is the participant's way to their real manager, on the
// expectation, alignment and plan steps: ask them (a request file), add
// the answers they send back, or type in answers they wrote on paper.
// What went wrong is said on the bar, in a plain sentence; nothing
// changes then.
type managerBar struct {
	j *Journey
	s *Session

	Content fyne.CanvasObject
	ask     *widget.Button
	add     *widget.Button
	paper   *widget.Button
	guide   *widget.Button // the one-page guide for managers, as a PDF
	held    *widget.Label  // whose answers are in the plan
	status  *widget.Label  // how the last act went; red for a problem
	dialog  *askDialog     // the request dialog, while it shows
}

func newManagerBar(j *Journey) *managerBar {
	b := &managerBar{j: j, s: j.s, held: widgets.Note(""), status: &widget.Label{Wrapping: fyne.TextWrapWord}}
	b.ask = &widget.Button{Text: "Ask my manager…", Icon: theme.MailSendIcon(), OnTapped: b.onAsk}
	b.add = &widget.Button{Text: "Add my manager's answers…", Icon: theme.FolderOpenIcon(), OnTapped: b.onAdd}
	b.paper = &widget.Button{Text: "My manager answered on paper: type their answers", Icon: theme.DocumentCreateIcon(),
		Importance: widget.LowImportance, OnTapped: b.onPaper}
	b.guide = &widget.Button{Text: "The guide for my manager (PDF)…", Icon: theme.DocumentPrintIcon(), Importance: widget.LowImportance,
		OnTapped: func() {
			b.savePDF("leadshift-guide-for-managers.pdf", "The guide for your manager was", func(path string, p service.Print) error {
				return b.j.files.SaveGuide(path, b.s.Content, p)
			})
		}}
	b.status.Hide()
	b.showHeld()
	b.Content = widget.NewCard("Your manager", "", container.NewVBox(b.withPairRow(2,
		widgets.Para("Your beliefs about what your organisation expects are guesses until your manager answers. "+
			"Ask them: they answer on their own computer with LeadShift, or on paper."),
		container.NewHBox(b.ask, b.add), container.NewHBox(b.paper, b.guide), b.held, b.status)...))
	return b
}

// compact is the bar as one line under a step's introduction: the way
// to ask, and how it went.
func (b *managerBar) compact() fyne.CanvasObject {
	return container.NewVBox(b.withPairRow(1, container.NewBorder(nil, nil, b.ask, nil,
		widgets.Para("Your manager can answer the same statements, on their own computer with LeadShift or on paper.")), b.status)...)
}

// showHeld says whose answers the plan uses.
func (b *managerBar) showHeld() {
	r := b.s.Manager
	if r == nil {
		say(b.held, "")
		return
	}
	say(b.held, fmt.Sprintf("Your plan uses the answers of %s, saved on %s. Only you see them: never the facilitator, the projector or the room.",
		managerName(r), r.Updated.Local().Format(workshop.LongDate)))
}

// tell shows how an act went, in red for a problem.
func (b *managerBar) tell(text string, bad bool) {
	b.status.Importance = widget.MediumImportance
	if bad {
		b.status.Importance = widget.DangerImportance
	}
	say(b.status, text)
}

// onAdd opens a manager's response file and applies it.
func (b *managerBar) onAdd() {
	b.j.shell.ChooseOpen(func(path string) {
		r, err := b.j.files.OpenResponse(path)
		if err != nil {
			b.tell(ResponseProblem(err), true)
			return
		}
		b.apply(r)
	})
}

// apply adds response r to the participant's answers: at once when none
// is held, after the participant confirms when it replaces another (the
// confirmation defaults to Cancel), and not at all when it is not theirs
// or not newer. Applying the same response again changes nothing.
func (b *managerBar) apply(r *manager.Response) {
	if manager.CanCarryOver(r, b.s.Answers, b.s.OwnAnswers) {
		b.carryOver(r)
		return
	}
	next, err := manager.Apply(b.s.Answers, b.s.Manager, r, false)
	var replace *manager.ReplaceError
	switch {
	case errors.As(err, &replace) && errors.Is(err, manager.ErrConfirmReplace):
		held := b.s.Manager
		b.s.Confirm("Replace your manager's answers?", fmt.Sprintf("Your plan uses the answers of %s saved on %s. "+
			"The file you chose was saved on %s: it replaces them everywhere in your plan. Keep the older file if you may want them back.",
			managerName(held), held.Updated.Local().Format(workshop.LongDate), r.Updated.Local().Format(workshop.LongDate)),
			func(ok bool) {
				if b.j.closed {
					return // the participant has left this journey meanwhile
				}
				if !ok {
					b.tell("Nothing was changed: your plan keeps the answers you added before.", false)
					return
				}
				if next, err := manager.Apply(b.s.Answers, held, r, true); err != nil {
					b.tell(ResponseProblem(err), true)
				} else {
					b.keep(next)
				}
			})
	case err != nil:
		b.tell(ResponseProblem(err), true)
	case next == b.s.Manager:
		b.tell("These answers are already in your plan: nothing changed.", false)
	default:
		b.keep(next)
	}
}

// carryOver applies response r, made for the participant's other
// answers on this laptop (a request made before the workshop), to these
// answers once they confirm; the same answers again need no confirming.
func (b *managerBar) carryOver(r *manager.Response) {
	carried := manager.CarriedOver(r, b.s.Answers)
	if held := b.s.Manager; held != nil && held.ID == r.ID {
		b.apply(carried)
		return
	}
	b.s.Confirm("Use your manager's answers here?", fmt.Sprintf("%s answered a request you made on this laptop from your other answers "+
		"(before this workshop, for example). Use their answers, saved on %s, with the answers you are working on now?",
		managerName(r), r.Updated.Local().Format(workshop.LongDate)), func(ok bool) {
		if b.j.closed {
			return
		}
		if !ok {
			b.tell("Nothing was changed: your manager's answers stay with your other answers.", false)
			return
		}
		b.j.managerBar().apply(carried)
	})
}

// keep makes r the manager's response of these answers, and redraws the
// step so it shows them.
func (b *managerBar) keep(r *manager.Response) {
	if err := b.s.KeepManager(r); err != nil {
		b.tell("Your manager's answers could not be kept on this computer, so nothing was changed. Check that the disk is not full, and try again.", true)
		return
	}
	b.s.Manager = r
	b.j.show(b.s.Answers.Step)
	b.j.managerBar().tell(fmt.Sprintf("The answers of %s were added. The alignment step compares them with yours; "+
		"on the plan step, draft the plan again to build on them.", managerName(r)), false)
}

// onPaper opens the manager's form for the participant to type in what
// their manager wrote on the printed request, then applies it.
func (b *managerBar) onPaper() {
	q, err := manager.NewRequest(b.s.Content, b.s.Answers, manager.Include{}, b.s.Now())
	if err != nil {
		b.tell("Your answers have no ID yet, so your manager's answers could not be tied to them. Go back to the check-in and try again.", true)
		return
	}
	b.j.shell.TypeManagerAnswers(q, func(r *manager.Response) {
		if b.j.closed {
			return
		}
		b.j.managerBar().apply(r)
	})
}

// managerName is the manager's name, or "your manager".
func managerName(r *manager.Response) string {
	if r.Manager == "" {
		return "your manager"
	}
	return r.Manager
}
