package library

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// Setup creates or edits a workshop: title, date, venue, content,
// agenda with time boxes, pacing and paper.
type Setup struct {
	shell   Shell
	ws      Workshops
	builtin string // the built-in content pack's title
	s       *workshop.Setup
	Content fyne.CanvasObject
	Title   *widget.Entry
	Date    *widget.Entry
	// checked are the title, the date and the minutes with their
	// messages, in the order of the form.
	checked []*widgets.Checked
	venue   *widget.Entry

	contentLabel *widget.Label
	Minutes      []*widget.Entry
	Keep         []*widget.Check // one for each practice phase (practice.go)
	total        *widget.Label
	pacing       *widget.RadioGroup
	paper        *widget.RadioGroup
	Problem      *widget.Label
	Save, Host   *widget.Button
}

// NewSetup edits a copy of s; builtin is the built-in content pack's title.
func NewSetup(shell Shell, ws Workshops, builtin string, s *workshop.Setup) *Setup {
	cp := *s
	cp.Agenda = append([]workshop.Phase(nil), s.Agenda...)
	v := &Setup{shell: shell, ws: ws, builtin: builtin, s: &cp}
	v.Content = v.view()
	return v
}

// Setup is the workshop as edited so far.
func (v *Setup) Setup() *workshop.Setup { return v.s }

func (v *Setup) view() fyne.CanvasObject {
	s := v.s
	v.Title = widgets.TextEntry(s.Title, "e.g. New team leads, spring cohort", false, func(t string) { s.Title = t })
	v.Title.Validator = func(t string) error {
		if strings.TrimSpace(t) == "" {
			return errors.New("give the workshop a title")
		}
		return nil
	}
	shown := s.Date
	if s.Date != "" {
		shown = workshop.Long(s.Date)
	}
	v.Date = widgets.TextEntry(shown, "e.g. 5 March 2027 or 5/3/2027", false, func(t string) {
		s.Date = t // kept as typed when it is not a date, so the check can name it
		if stored, err := workshop.ReadDate(t); err == nil {
			s.Date = stored
		}
	})
	v.Date.Validator = func(t string) error {
		if _, err := workshop.ReadDate(t); err != nil {
			return fmt.Errorf("%q is not a date: type it like 5 March 2027 or 2027-03-05", strings.TrimSpace(t))
		}
		return nil
	}
	title, date := widgets.WithMessage(v.Title), widgets.WithMessage(v.Date)
	v.checked = []*widgets.Checked{title, date}
	v.venue = widgets.TextEntry(s.Venue, "e.g. Hotel Bristol, room 2", false, func(t string) { s.Venue = t })
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
		widget.NewFormItem("Title", title.Box),
		widget.NewFormItem("Date", date.Box),
		widget.NewFormItem("Venue", v.venue),
		widget.NewFormItem("Content", container.NewHBox(v.contentLabel, chooseContent, builtin)),
		widget.NewFormItem("Pacing", v.pacing),
		widget.NewFormItem("Paper for printing", v.paper),
	)
	v.total = widget.NewLabel("")
	agenda := container.New(&widgets.TwoColumns{})
	v.Minutes, v.Keep = nil, nil
	for i := range s.Agenda {
		p := &s.Agenda[i]
		e := widgets.TextEntry(strconv.Itoa(p.Minutes), "minutes", false, func(t string) {
			if n, err := strconv.Atoi(t); err == nil {
				p.Minutes = n
			} else {
				p.Minutes = 0
			}
			v.paintTotal()
		})
		e.Validator = minutesProblem // the field itself shows what is wrong
		v.Minutes = append(v.Minutes, e)
		agenda.Add(widget.NewLabel(fmt.Sprintf("%d. %s", i+1, p.Title)))
		// Wide enough for three digits and the validation mark at any text
		// size, not the window.
		box := container.New(&fieldWidth{chars: 8}, e) // digits plus the check mark the validator draws
		minutes := widgets.WithMessage(e)
		v.checked = append(v.checked, minutes)
		row := container.NewHBox(box, widget.NewLabel("minutes"))
		if p.Practice != "" {
			row.Add(v.keepPractice(p))
		}
		agenda.Add(container.NewVBox(row, minutes.Message))
	}
	v.paintTotal()
	v.Problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	v.Save = &widget.Button{Text: "Save draft", Icon: theme.DocumentSaveIcon(), OnTapped: v.onSave}
	v.Host = &widget.Button{Text: "Start hosting", Icon: theme.MediaPlayIcon(), Importance: widget.HighImportance, OnTapped: v.onHost}
	back := &widget.Button{Text: "Back", Icon: theme.NavigateBackIcon(), OnTapped: v.shell.ShowLibrary}
	return container.NewBorder(nil, container.NewBorder(nil, nil, back, container.NewHBox(v.Save, v.Host), v.Problem), nil, nil,
		widgets.Scroll(widgets.Heading("Set up the workshop"), form, widget.NewSeparator(), widgets.Heading("Agenda"), agenda, v.total))
}

func (v *Setup) paintTotal() {
	n := v.s.TotalMinutes()
	v.total.SetText(fmt.Sprintf("In all: %d h %02d min, plus breaks.", n/60, n%60))
}

func (v *Setup) contentName() string {
	if v.s.ContentFile == "" {
		return "Built-in: " + v.builtin
	}
	return "Custom: " + v.s.ContentFile
}

func (v *Setup) onChooseContent() {
	v.shell.ChooseOpen(func(path string) {
		if err := v.ws.CheckContent(path); err != nil {
			v.Problem.SetText(err.Error())
			return
		}
		v.s.ContentFile = path
		v.contentLabel.SetText(v.contentName())
		v.Problem.SetText("")
	})
}

// check validates the form and shows every problem at once, each under
// its field; the line at the bottom says how many there are.
func (v *Setup) check() bool {
	n := 0
	for _, c := range v.checked {
		if c.Check() != nil {
			n++
		}
	}
	problems := v.s.Problems()
	switch {
	case len(problems) == 0:
		v.Problem.SetText("")
		return true
	case n > 1:
		v.Problem.SetText(fmt.Sprintf("Please fix the %d problems marked in red above.", n))
	default:
		v.Problem.SetText(setupProblem(v.s, problems[0]))
	}
	return false
}

// setupProblem words a setup's problem for people ("field date: ..." is
// for files).
func setupProblem(s *workshop.Setup, err error) string {
	var fe *workshop.FieldError
	if !errors.As(err, &fe) {
		return "Please fix: " + err.Error()
	}
	switch fe.Field {
	case "title":
		return "Give the workshop a title."
	case "date":
		return fmt.Sprintf("The date %q is not a date: type it like 5 March 2027 or 2027-03-05.", s.Date)
	case "minutes":
		for i, p := range s.Agenda {
			if p.ID == fe.ItemID {
				return fmt.Sprintf("Phase %d, %s: give it 1 to 600 minutes.", i+1, p.Title)
			}
		}
	}
	return "Please fix the " + fe.Field + ": " + fe.Problem + "."
}

// minutesProblem marks a minutes field that is not 1 to 600.
func minutesProblem(t string) error {
	if n, err := strconv.Atoi(strings.TrimSpace(t)); err != nil || n < 1 || n > 600 {
		return errors.New("give it 1 to 600 minutes")
	}
	return nil
}

// paperLabels names the paper sizes for people.
var paperLabels = map[string]string{"a4": "A4", "letter": "Letter"}

func (v *Setup) onSave() {
	if !v.check() {
		return
	}
	if err := v.ws.Save(v.s); err != nil {
		v.shell.ShowError("The workshop could not be saved", err)
		return
	}
	v.shell.ShowLibrary()
}

func (v *Setup) onHost() {
	if !v.check() {
		return
	}
	v.shell.StartHosting(v.s)
}

// fieldWidth sizes an entry for a few characters of the current text size.
type fieldWidth struct{ chars int }

func (f *fieldWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := fyne.MeasureText(strings.Repeat("0", f.chars), theme.TextSize(), fyne.TextStyle{}).Width + 4*theme.Padding()
	return fyne.NewSize(w, objs[0].MinSize().Height)
}

func (f *fieldWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
