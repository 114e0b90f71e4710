package ui

import (
	"image/color"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

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

// chooseFolderDialog asks for a folder.
func chooseFolderDialog(win fyne.Window, done func(dir string)) {
	dialog.ShowFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(err, win)
			return
		}
		if l != nil {
			done(l.Path())
		}
	}, win)
}

// chooseOpenDialog asks for a file to open.
func chooseOpenDialog(win fyne.Window, done func(path string)) {
	dialog.ShowFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, win)
			return
		}
		if r != nil {
			r.Close()
			done(r.URI().Path())
		}
	}, win)
}

// confirmRoomDialog shows the fingerprint phrase to compare with the projector.
func confirmRoomDialog(win fyne.Window, phrase string, done func(ok bool)) {
	msg := widget.NewLabelWithStyle(phrase, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	dialog.ShowCustomConfirm("Is this the right room?", "It matches", "It does not",
		container.NewVBox(widget.NewLabel("The projector shows a check phrase of six words. Compare every word. Does it read:"), msg,
			widget.NewLabel("Your join code and name are sent only if it matches.")), done, win)
}

// confirmDialog asks before a step that cannot be taken back. The
// destructive button is named after the action (the title without its
// question mark, "Remove Ana Silva") in the danger style; Cancel is the
// default: it has the keyboard, and Enter, Space or Escape choose it.
func confirmDialog(win fyne.Window, title, message string, done func(ok bool)) {
	var d *dialog.CustomDialog
	answered := false
	answer := func(ok bool) {
		if answered {
			return
		}
		answered = true
		d.Hide()
		done(ok)
	}
	cancel := newSafeButton("Cancel", func() { answer(false) })
	act := &widget.Button{Text: actionLabel(title), Icon: theme.WarningIcon(), Importance: widget.DangerImportance,
		OnTapped: func() { answer(true) }}
	msg := &widget.Label{Text: message, Wrapping: fyne.TextWrapWord}
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(420, 0))
	d = dialog.NewCustomWithoutButtons(title, container.NewStack(width, msg), win)
	d.SetButtons([]fyne.CanvasObject{cancel, act})
	d.SetOnClosed(func() {
		if !answered { // closed another way: the safe answer
			answered = true
			done(false)
		}
	})
	d.Show()
	win.Canvas().Focus(cancel)
}

// actionLabel names a confirmation's action from its question: "Stop
// hosting?" gives "Stop hosting"; a long question gives its verb ("Delete").
func actionLabel(title string) string {
	words := strings.Fields(strings.TrimSuffix(strings.TrimSpace(title), "?"))
	switch {
	case len(words) == 0:
		return "Yes"
	case len(words) > 5:
		return words[0]
	}
	return strings.Join(words, " ")
}

// safeButton is a dialog's default button: Enter and Escape press it too.
type safeButton struct{ widget.Button }

func newSafeButton(text string, tapped func()) *safeButton {
	b := &safeButton{Button: widget.Button{Text: text, Icon: theme.CancelIcon(), OnTapped: tapped}}
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button on Enter, Return, Space and Escape.
func (b *safeButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyEscape:
		b.Tapped(nil)
	default:
		b.Button.TypedKey(ev)
	}
}

// The print pack's two forms, as the facilitator chooses between them.
const (
	packCompact = "The plans only: about 3 pages a person"
	packFull    = "Each plan with the evidence behind it: about 6 pages a person"
)

// choosePackDialog asks what the print pack holds, the plans only being
// the first choice; Cancel prints nothing.
func choosePackDialog(win fyne.Window, done func(compact bool)) {
	choice := widget.NewRadioGroup([]string{packCompact, packFull}, nil)
	choice.SetSelected(packCompact)
	// One line: a wrapped label in a dialog is measured before it has its
	// width, and would run into the buttons.
	note := widget.NewLabel("Participants can save their plan with its evidence at Take it home.")
	dialog.ShowCustomConfirm("Print pack", "Print", "Cancel", container.NewVBox(choice, note), func(ok bool) {
		if ok {
			done(choice.Selected != packFull)
		}
	}, win)
}
