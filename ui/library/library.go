// Package library is the facilitator's list of workshops (drafts, running
// and past ones, with what can be done with each) and the setup form that
// creates or edits one. It reads and writes workshops only through the
// Workshops interface (implemented by service.Workshops) and asks the app
// around it for dialogs, hosting and exports through Shell.
package library

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// Shell is what the library and setup screens need from the app.
type Shell interface {
	Home()
	ShowLibrary()
	ShowSetup(s *workshop.Setup)
	StartHosting(s *workshop.Setup)
	// StartFollowUp reopens a held workshop as a follow-up session.
	StartFollowUp(s *workshop.Setup)
	// CloseRoom stops hosting the workshop id, if it is hosted.
	CloseRoom(id string)
	ShowError(title string, err error)
	Confirm(title, message string, done func(ok bool))
	ChooseOpen(done func(path string))
	Tasks() *bridge.Tasks
	Now() time.Time
	Paper() string // the paper size chosen last
	ExportPrintPack(s *workshop.Setup)
	ExportCSV(s *workshop.Setup)
	ExportArchive(s *workshop.Setup)
}

// Workshops keeps the facilitator's workshops; *service.Workshops is one.
type Workshops interface {
	List() ([]*workshop.Setup, []error)
	Save(s *workshop.Setup) error
	Delete(id string) error
	// Import opens an archive file into the library.
	Import(ctx context.Context, path string) error
	// CheckContent reads a custom content pack and says what is wrong.
	CheckContent(path string) error
}

// Library lists the facilitator's workshops: new, drafts, running and
// past ones, with what can be done with each.
type Library struct {
	shell   Shell
	ws      Workshops
	Content fyne.CanvasObject
	Create  *widget.Button
	rows    map[string]*Row // by workshop ID
}

// Row holds one workshop's buttons. Host is nil for a workshop held or
// opened from an archive (Open resumes those).
type Row struct {
	Open, Host, Print, CSV, Archive, Remove *widget.Button
	// FollowUp reopens a held workshop as a follow-up session; nil for
	// a draft or one opened from an archive.
	FollowUp *widget.Button
}

// New lists the workshops.
func New(shell Shell, ws Workshops) *Library {
	l := &Library{shell: shell, ws: ws, rows: map[string]*Row{}}
	l.Create = &widget.Button{Text: "New workshop", Icon: theme.ContentAddIcon(), Importance: widget.HighImportance,
		OnTapped: func() { shell.ShowSetup(workshop.NewSetup(shell.Now(), shell.Paper())) }}
	importBtn := &widget.Button{Text: "Open an archive…", Icon: theme.FolderOpenIcon(), OnTapped: l.onImport}
	back := &widget.Button{Text: "Home", Icon: theme.HomeIcon(), OnTapped: shell.Home}
	list := container.NewVBox()
	setups, problems := ws.List()
	for _, s := range setups {
		list.Add(l.row(s))
	}
	if len(setups) == 0 {
		list.Add(widgets.Note("No workshops yet. Create one: give it a title and a date, check the agenda, then start hosting."))
	}
	for _, p := range problems {
		list.Add(&widget.Label{Text: "Could not read a workshop: " + p.Error(), Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord})
	}
	l.Content = container.NewBorder(container.NewVBox(widgets.Heading("Your workshops"), container.NewHBox(l.Create, importBtn)),
		container.NewHBox(back), nil, nil, container.NewVScroll(list))
	return l
}

// Row is the buttons of workshop id, or nil.
func (l *Library) Row(id string) *Row { return l.rows[id] }

func (l *Library) row(s *workshop.Setup) fyne.CanvasObject {
	sh := l.shell
	r := &Row{}
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
	line := fmt.Sprintf("%s · %s · %s", workshop.Long(s.Date), widgets.OrDash(s.Venue), state)
	r.Open = &widget.Button{Text: "Set up", Icon: theme.DocumentCreateIcon(), OnTapped: func() { sh.ShowSetup(s) }}
	var first []fyne.CanvasObject
	if s.Hosted {
		r.Open = &widget.Button{Text: "Resume hosting", Icon: theme.MediaPlayIcon(), Importance: widget.HighImportance, OnTapped: func() { sh.StartHosting(s) }}
		if s.Imported {
			r.Open.Disable()
		} else {
			r.FollowUp = &widget.Button{Text: "Follow-up session", Icon: theme.HistoryIcon(), OnTapped: func() { l.onFollowUp(s) }}
		}
	} else {
		// A draft is one step from the room.
		r.Host = &widget.Button{Text: "Start hosting", Icon: theme.MediaPlayIcon(), Importance: widget.HighImportance, OnTapped: func() { sh.StartHosting(s) }}
		first = append(first, r.Host)
	}
	first = append(first, r.Open)
	if r.FollowUp != nil {
		first = append(first, r.FollowUp)
	}
	r.Print = &widget.Button{Text: "Print pack", Icon: theme.DocumentPrintIcon(), OnTapped: func() { sh.ExportPrintPack(s) }}
	r.CSV = &widget.Button{Text: "Room CSV", Icon: theme.GridIcon(), OnTapped: func() { sh.ExportCSV(s) }}
	r.Archive = &widget.Button{Text: "Archive", Icon: theme.DownloadIcon(), OnTapped: func() { sh.ExportArchive(s) }}
	// Delete asks first, in the danger style; on the row it is the quietest
	// button, at the far end.
	r.Remove = &widget.Button{Text: "Delete…", Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { l.onDelete(s) }}
	if !s.Hosted {
		r.Print.Disable()
		r.CSV.Disable()
		r.Archive.Disable()
	}
	return widget.NewCard(s.Title, line, container.NewBorder(nil, nil,
		container.NewHBox(append(first, r.Print, r.CSV, r.Archive)...), r.Remove))
}

func (l *Library) onDelete(s *workshop.Setup) {
	l.shell.Confirm("Delete "+s.Title+"?",
		"This wipes the workshop and every participant's answers in it from this computer. It cannot be undone.\n"+
			"Export an archive first if you may need it again.", func(ok bool) {
			if ok {
				l.deleteNow(s)
			}
		})
}

func (l *Library) deleteNow(s *workshop.Setup) {
	l.shell.CloseRoom(s.ID)
	if err := l.ws.Delete(s.ID); err != nil {
		l.shell.ShowError("The workshop could not be deleted", err)
	}
	l.shell.ShowLibrary()
}

// onImport opens a workshop archive from another machine.
func (l *Library) onImport() {
	l.shell.ChooseOpen(func(path string) {
		ws := l.ws
		l.shell.Tasks().Run(func() func() {
			err := ws.Import(context.Background(), path)
			return func() {
				if err != nil {
					l.shell.ShowError("The archive could not be opened", err)
				}
				l.shell.ShowLibrary()
			}
		})
	})
}

// onFollowUp asks first, then reopens a held workshop as a follow-up
// session: the same room, code and cohort, on a phase of its own.
func (l *Library) onFollowUp(s *workshop.Setup) {
	l.shell.Confirm("Run a follow-up session of "+s.Title+"?",
		"The room opens again with the same code, on a follow-up phase: participants rejoin with their saved journeys and do their check-in "+
			"or re-assessment in the room. The projector shows the room's before and after once 5 people have re-assessed, never anyone's own.", func(ok bool) {
			if ok {
				l.shell.StartFollowUp(s)
			}
		})
}
