package ui

import (
	"context"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
	filestore "github.com/leadshift/leadshift/workshop/storage"
)

// libraryScreen lists the facilitator's workshops: new, drafts, running
// and past ones, with what can be done with each.
type libraryScreen struct {
	ui      *App
	content fyne.CanvasObject
	create  *widget.Button
	rows    map[string]*libraryRow // by workshop ID
}

// libraryRow holds one workshop's buttons, for tests.
type libraryRow struct {
	open, print, csv, archive, remove *widget.Button
}

func (ui *App) showLibrary() {
	ui.leave()
	l := &libraryScreen{ui: ui, rows: map[string]*libraryRow{}}
	l.create = &widget.Button{Text: "New workshop", Icon: theme.ContentAddIcon(), Importance: widget.HighImportance,
		OnTapped: func() { ui.showSetup(workshop.NewSetup(ui.deps.Now(), ui.paper())) }}
	importBtn := &widget.Button{Text: "Open an archive…", Icon: theme.FolderOpenIcon(), OnTapped: ui.importArchive}
	back := &widget.Button{Text: "Home", Icon: theme.HomeIcon(), OnTapped: ui.showStart}
	list := container.NewVBox()
	setups, problems := ui.deps.Library.List()
	for _, s := range setups {
		list.Add(l.row(s))
	}
	if len(setups) == 0 {
		list.Add(note("No workshops yet. Create one: give it a title and a date, check the agenda, then start hosting."))
	}
	for _, p := range problems {
		list.Add(&widget.Label{Text: "Could not read a workshop: " + p.Error(), Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord})
	}
	l.content = container.NewBorder(container.NewVBox(heading("Your workshops"), container.NewHBox(l.create, importBtn)),
		container.NewHBox(back), nil, nil, container.NewVScroll(list))
	ui.library = l
	ui.win.SetContent(l.content)
}

func (l *libraryScreen) row(s *workshop.Setup) fyne.CanvasObject {
	ui := l.ui
	r := &libraryRow{}
	l.rows[s.ID] = r
	state := "Draft"
	switch {
	case s.Imported:
		state = "Opened from an archive"
	case s.Running:
		state = "Running: resume hosting to carry on"
	case s.Hosted:
		state = "Held"
	}
	line := fmt.Sprintf("%s · %s · %s", s.Date, orDash(s.Venue), state)
	r.open = &widget.Button{Text: "Set up", Icon: theme.DocumentCreateIcon(), OnTapped: func() { ui.showSetup(s) }}
	if s.Hosted {
		r.open = &widget.Button{Text: "Resume hosting", Icon: theme.MediaPlayIcon(), OnTapped: func() { ui.startHosting(s) }}
		if s.Imported {
			r.open.Disable()
		}
	}
	r.print = &widget.Button{Text: "Print pack", Icon: theme.DocumentPrintIcon(), OnTapped: func() { ui.exportPrintPack(s) }}
	r.csv = &widget.Button{Text: "Room CSV", Icon: theme.GridIcon(), OnTapped: func() { ui.exportCSV(s) }}
	r.archive = &widget.Button{Text: "Archive", Icon: theme.DownloadIcon(), OnTapped: func() { ui.exportArchive(s) }}
	r.remove = &widget.Button{Text: "Delete", Icon: theme.DeleteIcon(), Importance: widget.DangerImportance, OnTapped: func() { l.onDelete(s) }}
	if !s.Hosted {
		r.print.Disable()
		r.csv.Disable()
		r.archive.Disable()
	}
	return widget.NewCard(s.Title, line, container.NewHBox(r.open, r.print, r.csv, r.archive, r.remove))
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "no venue"
	}
	return s
}

func (l *libraryScreen) onDelete(s *workshop.Setup) {
	l.ui.confirm("Delete "+s.Title+"?",
		"This wipes the workshop and every participant's answers in it from this computer. It cannot be undone.\n"+
			"Export an archive first if you may need it again.", func(ok bool) {
			if ok {
				l.deleteNow(s)
			}
		})
}

func (l *libraryScreen) deleteNow(s *workshop.Setup) {
	if l.ui.room != nil && l.ui.room.setup.ID == s.ID {
		l.ui.room.close()
		l.ui.room = nil
	}
	if err := l.ui.deps.Library.Delete(s.ID); err != nil {
		l.ui.showError("The workshop could not be deleted", err)
	}
	l.ui.showLibrary()
}

// importArchive opens a workshop archive from another machine.
func (ui *App) importArchive() {
	ui.chooseOpen(func(path string) {
		ui.background(func() func() {
			f, err := os.Open(path)
			if err != nil {
				return func() { ui.showError("The archive could not be opened", err) }
			}
			defer f.Close()
			ar, err := filestore.ReadArchive(f)
			if err == nil {
				_, err = ui.deps.Library.Import(context.Background(), ar, ui.deps.OpenRoom)
			}
			return func() {
				if err != nil {
					ui.showError("The archive could not be opened", err)
				}
				ui.showLibrary()
			}
		})
	})
}
