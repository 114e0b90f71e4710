package ui

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	filestore "github.com/leadshift/leadshift/workshop/storage"
)

// packResult is what printing a folder of answers produced.
type packResult struct {
	path     string
	printed  int
	problems []error
}

// printFolder asks for a folder of exported answers and a file name, then
// prints every plan into one PDF for duplex printing.
func (ui *App) printFolder() {
	ui.chooseFolder(func(dir string) {
		ui.chooseSave("print-pack.pdf", func(path string) {
			paper := ui.paper()
			ui.background(func() func() {
				res, err := buildPack(ui.deps, dir, path, paper)
				return func() { ui.packDone(res, err) }
			})
		})
	})
}

func buildPack(deps Deps, dir, path, paper string) (packResult, error) {
	res := packResult{path: path}
	files, err := filestore.AnswersFilesIn(dir)
	if err != nil {
		return res, err
	}
	all, problems := filestore.LoadAnswersFiles(deps.Content, files)
	res.printed, res.problems = len(all), problems
	if len(all) == 0 {
		return res, fmt.Errorf("no usable answers files in %s", dir)
	}
	var buf bytes.Buffer
	if err := deps.RenderPack(&buf, deps.Content, all, Print{Paper: paper}); err != nil {
		return res, err
	}
	return res, filestore.WriteAtomic(path, buf.Bytes(), filestore.Private)
}

func (ui *App) packDone(res packResult, err error) {
	ui.lastPack = res
	if err != nil {
		ui.showError("The print pack could not be made", errors.Join(append([]error{err}, res.problems...)...))
		return
	}
	msg := fmt.Sprintf("%d plans printed into %s, each starting on an odd page.", res.printed, filepath.Base(res.path))
	if len(res.problems) > 0 {
		var lines []string
		for _, p := range res.problems {
			lines = append(lines, "• "+p.Error())
		}
		msg += fmt.Sprintf("\n\n%d files were skipped:\n%s", len(res.problems), strings.Join(lines, "\n"))
	}
	dialog.ShowInformation("Print pack ready", msg, ui.win)
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
