package ui

import (
	"bytes"
	"fmt"
	"os"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// setupScreen creates or edits a workshop: title, date, venue, content,
// agenda with time boxes, pacing and paper.
type setupScreen struct {
	ui    *App
	s     *workshop.Setup
	title *widget.Entry
	date  *widget.Entry
	venue *widget.Entry

	contentLabel *widget.Label
	minutes      []*widget.Entry
	total        *widget.Label
	pacing       *widget.RadioGroup
	paper        *widget.RadioGroup
	problem      *widget.Label
	save, host   *widget.Button
}

func (ui *App) showSetup(s *workshop.Setup) {
	ui.leave()
	cp := *s
	cp.Agenda = append([]workshop.Phase(nil), s.Agenda...)
	v := &setupScreen{ui: ui, s: &cp}
	ui.setup = v
	ui.win.SetContent(v.view())
}

func (v *setupScreen) view() fyne.CanvasObject {
	s := v.s
	v.title = textEntry(s.Title, "e.g. New team leads, spring cohort", false, func(t string) { s.Title = t })
	v.date = textEntry(s.Date, "YYYY-MM-DD", false, func(t string) { s.Date = t })
	v.date.Validator = func(t string) error { _, err := workshop.ParseDate("date", t); return err }
	v.venue = textEntry(s.Venue, "e.g. Hotel Bristol, room 2", false, func(t string) { s.Venue = t })
	v.contentLabel = widget.NewLabel(v.contentName())
	chooseContent := &widget.Button{Text: "Use a custom pack…", Icon: theme.FolderOpenIcon(), OnTapped: v.onChooseContent}
	builtin := &widget.Button{Text: "Use the built-in pack", OnTapped: func() { s.ContentFile = ""; v.contentLabel.SetText(v.contentName()) }}
	v.pacing = &widget.RadioGroup{Options: []string{"Paced by me", "Self-paced"}, Horizontal: true, Selected: "Paced by me",
		OnChanged: func(o string) {
			s.Pacing = workshop.Paced
			if o == "Self-paced" {
				s.Pacing = workshop.SelfPaced
			}
		}}
	if s.Pacing == workshop.SelfPaced {
		v.pacing.Selected = "Self-paced"
	}
	v.paper = &widget.RadioGroup{Options: []string{"A4", "Letter"}, Horizontal: true, Selected: paperLabels[s.Paper],
		OnChanged: func(o string) { s.Paper = map[string]string{"A4": "a4", "Letter": "letter"}[o] }}
	form := widget.NewForm(
		widget.NewFormItem("Title", v.title),
		widget.NewFormItem("Date", v.date),
		widget.NewFormItem("Venue", v.venue),
		widget.NewFormItem("Content", container.NewHBox(v.contentLabel, chooseContent, builtin)),
		widget.NewFormItem("Pacing", v.pacing),
		widget.NewFormItem("Paper for printing", v.paper),
	)
	v.total = widget.NewLabel("")
	agenda := container.New(&twoColumns{})
	v.minutes = nil
	for i := range s.Agenda {
		p := &s.Agenda[i]
		e := textEntry(strconv.Itoa(p.Minutes), "minutes", false, func(t string) {
			if n, err := strconv.Atoi(t); err == nil {
				p.Minutes = n
			} else {
				p.Minutes = 0
			}
			v.paintTotal()
		})
		v.minutes = append(v.minutes, e)
		agenda.Add(widget.NewLabel(fmt.Sprintf("%d. %s", i+1, p.Title)))
		agenda.Add(container.NewBorder(nil, nil, nil, widget.NewLabel("minutes"), e))
	}
	v.paintTotal()
	v.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	v.save = &widget.Button{Text: "Save draft", Icon: theme.DocumentSaveIcon(), OnTapped: v.onSave}
	v.host = &widget.Button{Text: "Start hosting", Icon: theme.MediaPlayIcon(), Importance: widget.HighImportance, OnTapped: v.onHost}
	back := &widget.Button{Text: "Back", Icon: theme.NavigateBackIcon(), OnTapped: v.ui.showLibrary}
	return container.NewBorder(nil, container.NewBorder(nil, nil, back, container.NewHBox(v.save, v.host), v.problem), nil, nil,
		scroll(heading("Set up the workshop"), form, widget.NewSeparator(), heading("Agenda"), agenda, v.total))
}

func (v *setupScreen) paintTotal() {
	n := v.s.TotalMinutes()
	v.total.SetText(fmt.Sprintf("In all: %d h %02d min, plus breaks.", n/60, n%60))
}

func (v *setupScreen) contentName() string {
	if v.s.ContentFile == "" {
		return "Built-in: " + v.ui.deps.Content.Title
	}
	return "Custom: " + v.s.ContentFile
}

func (v *setupScreen) onChooseContent() {
	v.ui.chooseOpen(func(path string) {
		if _, err := loadContentFile(path); err != nil {
			v.problem.SetText(err.Error())
			return
		}
		v.s.ContentFile = path
		v.contentLabel.SetText(v.contentName())
		v.problem.SetText("")
	})
}

// loadContentFile reads and validates a custom content pack.
func loadContentFile(path string) (*workshop.Content, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("the content pack cannot be read: %w", err)
	}
	c, err := workshop.DecodeContent(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s is not a usable content pack: %w", path, err)
	}
	return c, nil
}

// check validates the form and reports the first problem.
func (v *setupScreen) check() bool {
	if err := v.s.Check(); err != nil {
		v.problem.SetText("Please fix: " + err.Error())
		return false
	}
	v.problem.SetText("")
	return true
}

func (v *setupScreen) onSave() {
	if !v.check() {
		return
	}
	if err := v.ui.deps.Library.Save(v.s); err != nil {
		v.ui.showError("The workshop could not be saved", err)
		return
	}
	v.ui.showLibrary()
}

func (v *setupScreen) onHost() {
	if !v.check() {
		return
	}
	v.ui.startHosting(v.s)
}
