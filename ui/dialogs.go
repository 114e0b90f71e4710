package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
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
		container.NewVBox(widget.NewLabel("The projector shows a phrase under the join code. Does it read:"), msg), done, win)
}
