package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2/dialog"

	"github.com/leadshift/leadshift/workshop"
	filestore "github.com/leadshift/leadshift/workshop/storage"
)

// heldRoomKey carries, in an export's context, the hosted room the export
// reads from: picked on the UI goroutine, and held open until it is done.
type heldRoomKey struct{}

// withStore runs f with the workshop's room store: the hosted room's own
// (as picked when the export started), or one opened just for f.
func (ui *App) withStore(ctx context.Context, s *workshop.Setup, f func(store workshop.RoomStore) error) error {
	if r, _ := ctx.Value(heldRoomKey{}).(*controlRoom); r != nil && r.setup.ID == s.ID {
		return f(r.store)
	}
	dir, err := ui.deps.Library.Dir(s.ID)
	if err != nil {
		return err
	}
	store, err := ui.deps.OpenRoom(ctx, dir)
	if err != nil {
		return err
	}
	defer store.Close()
	return f(store)
}

// roomAnswers reads the workshop's content and answers: every member's, or
// only those shared for printing.
func roomAnswers(ctx context.Context, store workshop.RoomStore, sharedOnly bool) (*workshop.Content, []*workshop.Answers, []error, error) {
	room, err := store.LoadRoom(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	c, err := workshop.RoomContent(room)
	if err != nil {
		return nil, nil, nil, err
	}
	all, problems, err := workshop.StoredAnswers(ctx, store, sharedOnly)
	return c, all, problems, err
}

// exportFile asks where to save, then builds the file off the UI goroutine.
func (ui *App) exportFile(name string, build func(ctx context.Context) ([]byte, string, error)) {
	ui.chooseSave(name, func(path string) {
		// The hosted room, if any, is read here on the UI goroutine and
		// kept open until the export is done: stopping the room waits.
		ctx := context.Background()
		if r := ui.room; r != nil {
			r.exports.Add(1)
			ctx = context.WithValue(ctx, heldRoomKey{}, r)
		}
		ui.background(func() func() {
			data, summary, err := build(ctx)
			if r, _ := ctx.Value(heldRoomKey{}).(*controlRoom); r != nil {
				r.exports.Done()
			}
			if err == nil {
				// Every export may hold personal data: readable by its owner only.
				err = filestore.WriteAtomic(path, data, filestore.Private)
			}
			return func() {
				ui.lastExport = exportResult{path: path, summary: summary, err: err}
				if err != nil {
					ui.showError("The file could not be made", err)
					return
				}
				dialog.ShowInformation("Saved", summary+"\n\nSaved as "+filepath.Base(path)+".", ui.win)
			}
		})
	})
}

// exportResult is the last export's outcome, for tests.
type exportResult struct {
	path, summary string
	err           error
}

// exportPrintPack prints the plans participants shared, each on an odd page.
func (ui *App) exportPrintPack(s *workshop.Setup) {
	paper := s.Paper
	ui.exportFile(workshop.Participant{Name: s.Title}.FileStem()+"-plans.pdf", func(ctx context.Context) ([]byte, string, error) {
		var buf bytes.Buffer
		var summary string
		err := ui.withStore(ctx, s, func(store workshop.RoomStore) error {
			c, all, problems, err := roomAnswers(ctx, store, true)
			if err != nil {
				return err
			}
			if len(all) == 0 {
				return errors.New("no participant has shared their plan yet: each participant ticks \"Share my plan with the facilitator\" on the last step")
			}
			summary = fmt.Sprintf("%d shared plans, each starting on an odd page for duplex printing.", len(all))
			if len(problems) > 0 {
				summary += fmt.Sprintf("\n%d could not be read: %v", len(problems), errors.Join(problems...))
			}
			return ui.deps.RenderPack(&buf, c, all, Print{Paper: paper, Title: s.Title})
		})
		return buf.Bytes(), summary, err
	})
}

// exportCSV writes the room's anonymous aggregates: while the room runs,
// the very figures of the current phase the projector shows, so that two
// exports cannot be differenced either.
func (ui *App) exportCSV(s *workshop.Setup) {
	var hosted *workshop.RoomAggregates
	if ui.room != nil && ui.room.setup.ID == s.ID {
		agg := ui.room.host.Aggregates()
		hosted = &agg
	}
	ui.exportFile(workshop.Participant{Name: s.Title}.FileStem()+"-room.csv", func(ctx context.Context) ([]byte, string, error) {
		var buf bytes.Buffer
		var summary string
		err := ui.withStore(ctx, s, func(store workshop.RoomStore) error {
			agg := hosted
			if agg == nil {
				c, all, _, err := roomAnswers(ctx, store, false)
				if err != nil {
					return err
				}
				a := workshop.Aggregate(c, all)
				agg = &a
			}
			summary = fmt.Sprintf("Anonymous room figures from %d participants, as the projector shows them: a figure needs %d answers, the lowest and highest scores %d, and a group of fewer than %d people is not counted.",
				agg.Participants, workshop.MinGroup, workshop.MinRange, workshop.MinCategory)
			return agg.WriteCSV(&buf)
		})
		return buf.Bytes(), summary, err
	})
}

// exportArchive writes the whole workshop to one file for another machine.
func (ui *App) exportArchive(s *workshop.Setup) {
	ui.exportFile(workshop.Participant{Name: s.Title}.FileStem()+".leadshift.json", func(ctx context.Context) ([]byte, string, error) {
		var buf bytes.Buffer
		err := ui.withStore(ctx, s, func(store workshop.RoomStore) error {
			return filestore.WriteArchive(ctx, &buf, s, store)
		})
		summary := "The workshop, to open in LeadShift on another computer (Run a workshop, Open an archive), with the answers of the participants who shared them."
		if err == nil {
			if ar, rerr := filestore.ReadArchive(bytes.NewReader(buf.Bytes())); rerr == nil && ar.Omitted != "" {
				summary += "\n" + ar.Omitted
			}
		}
		return buf.Bytes(), summary, err
	})
}
