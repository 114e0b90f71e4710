package ui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// exportResult is the last export's outcome, for tests.
type exportResult struct {
	path, summary string
	err           error
}

// exportFile asks where to save, then has write make the file off the UI
// goroutine and says what it holds.
func (ui *App) exportFile(name string, write func(ctx context.Context, path string) (summary string, err error)) {
	ui.chooseSave(name, func(path string) {
		ui.tasks.Run(func() func() {
			summary, err := write(context.Background(), path)
			return func() {
				ui.lastExport = exportResult{path: path, summary: summary, err: err}
				if err != nil {
					ui.ShowError("The file could not be made", err)
					return
				}
				dialog.ShowInformation("Saved", summary+"\n\nSaved as "+filepath.Base(path)+".", ui.win)
			}
		})
	})
}

// ExportPrintPack asks whether to print the plans only or each with the
// evidence behind it, then prints the plans participants shared, each on
// an odd page.
func (ui *App) ExportPrintPack(s *workshop.Setup) {
	ui.choosePack(func(compact bool) {
		ui.exportFile(workshop.Participant{Name: s.Title}.FileStem()+"-plans.pdf", func(ctx context.Context, path string) (string, error) {
			return ui.workshops.PrintPack(ctx, s, path, compact)
		})
	})
}

// ExportCSV writes the room's anonymous aggregates.
func (ui *App) ExportCSV(s *workshop.Setup) {
	ui.exportFile(workshop.Participant{Name: s.Title}.FileStem()+"-room.csv", func(ctx context.Context, path string) (string, error) {
		return ui.workshops.RoomCSV(ctx, s, path)
	})
}

// ExportArchive writes the whole workshop to one file for another machine.
func (ui *App) ExportArchive(s *workshop.Setup) {
	ui.exportFile(workshop.Participant{Name: s.Title}.FileStem()+".leadshift.json", func(ctx context.Context, path string) (string, error) {
		return ui.workshops.Archive(ctx, s, path)
	})
}

// printFolder asks for a folder of exported answers and a file name, then
// prints every plan into one PDF for duplex printing.
func (ui *App) printFolder() {
	ui.chooseFolder(func(dir string) {
		ui.chooseSave("print-pack.pdf", func(path string) {
			paper, files := ui.Paper(), ui.files
			ui.tasks.Run(func() func() {
				res, err := files.PrintFolder(dir, path, paper)
				return func() { ui.packDone(res, err) }
			})
		})
	})
}

func (ui *App) packDone(res service.PackResult, err error) {
	ui.lastPack = res
	if err != nil {
		ui.ShowError("The print pack could not be made", errors.Join(append([]error{err}, res.Problems...)...))
		return
	}
	msg := fmt.Sprintf("%d plans printed into %s, each starting on an odd page.", res.Printed, filepath.Base(res.Path))
	if len(res.Problems) > 0 {
		var lines []string
		for _, p := range res.Problems {
			lines = append(lines, "• "+p.Error())
		}
		msg += fmt.Sprintf("\n\n%d files were skipped:\n%s", len(res.Problems), strings.Join(lines, "\n"))
	}
	dialog.ShowInformation("Print pack ready", msg, ui.win)
}
