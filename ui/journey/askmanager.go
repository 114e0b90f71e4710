package journey

import (
	"fmt"
	"image/color"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/service"
)

// askDialog makes the request for the participant's manager: it always
// carries their name and role, the expectation statements, the skills
// with their levels in words and the five questions; their own ratings
// only when ticked.
type askDialog struct {
	b            *managerBar
	d            *dialog.CustomDialog
	skills       *widget.Check // my level in each skill
	expectations *widget.Check // my answers to the statements
	pdf          *widget.Check // a printable version as well
	save, cancel *widget.Button
}

// onAsk shows the request dialog.
func (b *managerBar) onAsk() { b.newAskDialog().d.Show() }

// newAskDialog makes the request dialog, not shown yet.
func (b *managerBar) newAskDialog() *askDialog {
	a := &askDialog{b: b}
	a.skills = widget.NewCheck("My own level in each skill", nil)
	a.expectations = widget.NewCheck("My answers to the statements: what I expect, and what I believe my organisation expects", nil)
	a.pdf = widget.NewCheck("Save a printable version as well (PDF), for a manager who prefers paper", nil)
	a.save = &widget.Button{Text: "Save the request", Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: a.onSave}
	a.cancel = &widget.Button{Text: "Cancel", Icon: theme.CancelIcon(), OnTapped: a.close}
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(520, 0))
	content := container.NewVBox(width,
		widgets.Para("Your manager answers the same statements (what they expect of you in this role), the level each skill needs, "+
			"five questions for your next conversation, and what they commit to."),
		widgets.Para("The request always carries your name and role, the statements, the skills with their levels in words, and the five questions. "+
			"Never your self-assessment or your reflections."),
		widgets.Heading("Share as well, only if you want to:"), a.skills, a.expectations, widget.NewSeparator(), a.pdf)
	a.d = dialog.NewCustomWithoutButtons("Ask my manager", content, b.j.shell.Window())
	a.d.SetButtons([]fyne.CanvasObject{a.cancel, a.save})
	b.dialog = a
	return a
}

func (a *askDialog) close() {
	a.d.Hide()
	a.b.dialog = nil
}

// onSave makes the request and asks where to save it.
func (a *askDialog) onSave() {
	b := a.b
	inc, pdf := manager.Include{SkillRatings: a.skills.Checked, ExpectationAnswers: a.expectations.Checked}, a.pdf.Checked
	a.close()
	q, err := manager.NewRequest(b.s.Content, b.s.Answers, inc, b.s.Now())
	if err != nil {
		b.tell("Your answers have no ID yet, so your manager's answers could not be tied to them. Go back to the check-in and try again.", true)
		return
	}
	stem := b.s.Answers.Participant.FileStem()
	b.j.shell.ChooseSave(stem+"-manager-request.json", func(path string) {
		if err := b.j.files.SaveRequest(path, q); err != nil {
			b.tell("The request could not be saved there. Choose another folder, such as your documents.", true)
			return
		}
		saved := fmt.Sprintf("Saved as %s. Send it to your manager: they open it in LeadShift with \u201cAnswer a request from my team member\u201d "+
			"and send you back a file to add here.", filepath.Base(path))
		b.tell(saved, false)
		if pdf {
			b.savePDF(stem+"-manager-request.pdf", saved+" The printed version is", func(path string, p service.Print) error {
				return b.j.files.SaveRequestPDF(path, b.s.Content, q, p)
			})
		}
	})
}

// savePDF asks where to save a PDF named name, then has write make it
// off the UI goroutine and says how it went, after what.
func (b *managerBar) savePDF(name, what string, write func(path string, p service.Print) error) {
	b.j.shell.ChooseSave(name, func(path string) {
		p := service.Print{Paper: b.j.shell.App().Preferences().StringWithFallback(PaperPref, b.j.paper)}
		b.j.shell.Tasks().Run(func() func() {
			err := write(path, p)
			return func() {
				if err != nil {
					b.tell("The PDF could not be saved there. Choose another folder, such as your documents.", true)
					return
				}
				b.tell(what+" saved as "+filepath.Base(path)+".", false)
			}
		})
	})
}
