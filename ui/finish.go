package ui

import (
	"bytes"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	filestore "github.com/leadshift/leadshift/workshop/storage"
)

const paperPref = "paper"

var paperLabels = map[string]string{"a4": "A4", "letter": "Letter"}

// finishScreen saves the plan as a PDF and exports the answers.
type finishScreen struct {
	ui *App
	s  *session

	paper      *widget.RadioGroup
	savePDF    *widget.Button
	exportJSON *widget.Button
	share      *widget.Check // in a live room only
	receives   *widget.Label // in a live room only: what the facilitator receives
	status     *widget.Label
}

func newFinishScreen(ui *App, s *session) *finishScreen {
	f := &finishScreen{ui: ui, s: s, status: &widget.Label{Wrapping: fyne.TextWrapWord}}
	f.paper = &widget.RadioGroup{Options: []string{"A4", "Letter"}, Horizontal: true,
		Selected:  paperLabels[ui.fyneApp.Preferences().StringWithFallback(paperPref, ui.deps.Paper)],
		OnChanged: func(v string) { ui.fyneApp.Preferences().SetString(paperPref, strings.ToLower(v)) }}
	f.savePDF = &widget.Button{Text: "Save my plan as PDF", Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: f.onSavePDF}
	f.exportJSON = &widget.Button{Text: "Export my answers", Icon: theme.UploadIcon(), OnTapped: f.onExport}
	if ui.live != nil {
		f.share = &widget.Check{Text: "Share my plan with the facilitator for printing (only the plan's owner and the facilitator see it)",
			Checked: s.answers.Share}
		f.share.OnChanged = f.onShare
		f.receives = &widget.Label{Wrapping: fyne.TextWrapWord}
		f.showReceives()
	}
	return f
}

// onShare records the choice in the answers: it reaches the room with
// them, in order, and is kept for this workshop only.
func (f *finishScreen) onShare(share bool) {
	if f.s.answers.Share == share {
		return
	}
	f.s.answers.Share = share
	f.s.changed()
	f.showReceives()
}

// showReceives says what the facilitator will receive from this
// participant.
func (f *finishScreen) showReceives() {
	text := "The facilitator receives your name, step and progress, and room figures that include you anonymously; never your answers or your plan."
	if f.s.answers.Share {
		text = "The facilitator receives your name, step and progress, and your action plan to print for you; never your other answers."
	}
	f.receives.SetText(text)
}

func (f *finishScreen) view() fyne.CanvasObject {
	name := f.s.answers.Participant.Name
	objs := []fyne.CanvasObject{
		heading(fmt.Sprintf("Well done, %s. Your plan is ready to take home.", name)),
		para("Save it as a PDF to print and discuss with your manager. Export your answers to keep a copy, " +
			"move them to another computer, or print the plan later with the leadshift command line."),
		container.NewHBox(widget.NewLabel("Paper size"), f.paper),
		container.NewHBox(f.savePDF, f.exportJSON),
	}
	if f.share != nil {
		objs = append(objs, f.share, f.receives)
	}
	objs = append(objs,
		f.status,
		widget.NewSeparator(),
		heading("Your first steps"),
	)
	if pl := f.s.answers.Plan; pl != nil {
		for _, fa := range pl.Focus {
			objs = append(objs, para(fmt.Sprintf("%s: %s (by %s)", fa.Title, fa.FirstStep, fa.FirstStepDate)))
		}
	}
	return scroll(objs...)
}

func (f *finishScreen) onSavePDF() {
	f.ui.chooseSave(f.s.answers.Participant.FileStem()+"-action-plan.pdf", func(path string) {
		snap, paper := f.s.answers.Clone(), strings.ToLower(f.paper.Selected)
		title := "" // on one's own: the default title
		if f.ui.live != nil {
			title = f.ui.live.state.Title
		}
		f.status.SetText("Saving your plan…")
		f.ui.background(func() func() {
			var buf bytes.Buffer
			err := f.ui.deps.RenderPlan(&buf, f.s.content, snap, Print{Paper: paper, Title: title})
			if err == nil {
				err = filestore.WriteAtomic(path, buf.Bytes(), filestore.Private)
			}
			return func() { f.pdfSaved(path, err) }
		})
	})
}

func (f *finishScreen) pdfSaved(path string, err error) {
	if err != nil {
		f.status.SetText("")
		f.ui.showError("Your plan could not be saved", err)
		return
	}
	f.status.SetText("Your plan was saved to " + path)
	dialog.ShowConfirm("Plan saved", "Saved to "+filepath.Base(path)+". Open it now?", func(open bool) {
		if open {
			if err := f.ui.fyneApp.OpenURL(&url.URL{Scheme: "file", Path: path}); err != nil {
				f.ui.showError("The PDF could not be opened", err)
			}
		}
	}, f.ui.win)
}

func (f *finishScreen) onExport() {
	f.ui.chooseSave(f.s.answers.Participant.FileStem()+"-answers.json", func(path string) {
		snap := f.s.answers.Clone()
		f.ui.background(func() func() {
			err := filestore.WriteAnswers(path, snap)
			return func() {
				if err != nil {
					f.ui.showError("Your answers could not be exported", err)
					return
				}
				f.status.SetText("Your answers were exported to " + path)
			}
		})
	})
}

// chooseSaveDialog asks where to save a file with a native-looking dialog.
func chooseSaveDialog(win fyne.Window, name string, done func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(err, win)
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		w.Close()
		done(path)
	}, win)
	d.SetFileName(name)
	if ext := filepath.Ext(name); ext != "" {
		d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	}
	d.Show()
}
