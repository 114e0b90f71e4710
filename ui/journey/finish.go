package journey

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// PaperPref is the preference holding the paper size chosen last.
const PaperPref = "paper"

// PaperLabels names the paper sizes for people.
var PaperLabels = map[string]string{"a4": "A4", "letter": "Letter"}

// finishScreen saves the plan as a PDF and exports the answers.
type finishScreen struct {
	j *Journey
	s *Session

	paper      *widget.RadioGroup
	savePDF    *widget.Button
	exportJSON *widget.Button
	share      *widget.Check // in a live room only
	receives   *widget.Label // in a live room only: what the facilitator receives
	status     *widget.Label
}

func newFinishScreen(j *Journey, s *Session) *finishScreen {
	f := &finishScreen{j: j, s: s, status: &widget.Label{Wrapping: fyne.TextWrapWord}}
	prefs := j.shell.App().Preferences()
	f.paper = &widget.RadioGroup{Options: []string{"A4", "Letter"}, Horizontal: true,
		Selected:  PaperLabels[prefs.StringWithFallback(PaperPref, j.paper)],
		OnChanged: func(v string) { prefs.SetString(PaperPref, strings.ToLower(v)) }}
	f.savePDF = &widget.Button{Text: "Save my plan as PDF", Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: f.onSavePDF}
	f.exportJSON = &widget.Button{Text: "Export my answers", Icon: theme.UploadIcon(), OnTapped: f.onExport}
	if j.live != nil {
		f.share = &widget.Check{Text: "Share my plan with the facilitator for printing (only the plan's owner and the facilitator see it)",
			Checked: s.Answers.Share}
		f.share.OnChanged = f.onShare
		f.receives = &widget.Label{Wrapping: fyne.TextWrapWord}
		f.showReceives()
	}
	return f
}

// onShare records the choice in the answers: it reaches the room with
// them, in order, and is kept for this workshop only.
func (f *finishScreen) onShare(share bool) {
	if f.s.Answers.Share == share {
		return
	}
	f.s.Answers.Share = share
	f.s.changed()
	f.showReceives()
}

// showReceives says what the facilitator will receive from this
// participant.
func (f *finishScreen) showReceives() {
	text := "The facilitator receives your name, step and progress, and room figures that include you anonymously; never your answers or your plan."
	if f.s.Answers.Share {
		text = "The facilitator receives your name, step and progress, and your action plan to print for you; never your other answers."
	}
	f.receives.SetText(text)
}

func (f *finishScreen) view() fyne.CanvasObject {
	name := f.s.Answers.Participant.Name
	objs := []fyne.CanvasObject{
		widgets.Heading(fmt.Sprintf("Well done, %s. Your plan is ready to take home.", name)),
		widgets.Para("Save it as a PDF to print and discuss with your manager. Export your answers to keep a copy, " +
			"move them to another computer, or print the plan later with the leadshift command line."),
		container.NewHBox(widget.NewLabel("Paper size"), f.paper),
		container.NewHBox(f.savePDF, f.exportJSON),
	}
	if f.share != nil {
		objs = append(objs, f.share, f.receives)
	}
	if card := f.followUpCard(); card != nil {
		objs = append(objs, card)
	}
	objs = append(objs,
		f.status,
		widget.NewSeparator(),
		widgets.Heading("Your first steps"),
	)
	if pl := f.s.Answers.Plan; pl != nil {
		for _, fa := range pl.Focus {
			step := strings.TrimRight(fa.FirstStep, ".")
			if fa.StepDated() {
				step += fmt.Sprintf(" (by %s)", workshop.Long(fa.FirstStepDate))
			}
			objs = append(objs, widgets.Para(fa.Title+": "+step))
		}
	}
	return widgets.Scroll(objs...)
}

func (f *finishScreen) onSavePDF() {
	f.j.shell.ChooseSave(f.s.Answers.Participant.FileStem()+"-action-plan.pdf", func(path string) {
		snap, paper, held := f.s.Answers.Clone(), strings.ToLower(f.paper.Selected), f.s.Manager
		title := "" // on one's own: the default title
		if f.j.live != nil {
			title = f.j.live.State().Title
		}
		f.status.SetText("Saving your plan…")
		content, files := f.s.Content, f.j.files
		f.j.shell.Tasks().Run(func() func() {
			err := files.SavePlan(path, content, snap, service.Print{Paper: paper, Title: title, Manager: held})
			return func() { f.pdfSaved(path, err) }
		})
	})
}

func (f *finishScreen) pdfSaved(path string, err error) {
	if err != nil {
		f.status.SetText("")
		f.j.shell.ShowError("Your plan could not be saved", err)
		return
	}
	f.status.SetText("Your plan was saved to " + path)
	dialog.ShowConfirm("Plan saved", "Saved to "+filepath.Base(path)+". Open it now?", func(open bool) {
		if open {
			if err := f.j.shell.App().OpenURL(&url.URL{Scheme: "file", Path: path}); err != nil {
				f.j.shell.ShowError("The PDF could not be opened", err)
			}
		}
	}, f.j.shell.Window())
}

func (f *finishScreen) onExport() {
	f.j.shell.ChooseSave(f.s.Answers.Participant.FileStem()+"-answers.json", func(path string) {
		snap, files := f.s.Answers.Clone(), f.j.files
		f.j.shell.Tasks().Run(func() func() {
			err := files.ExportAnswers(path, snap)
			return func() {
				if err != nil {
					f.j.shell.ShowError("Your answers could not be exported", err)
					return
				}
				f.status.SetText("Your answers were exported to " + path)
			}
		})
	})
}
