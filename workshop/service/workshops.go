package service

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/storage"
)

// Workshops is the facilitator's side: the library of workshops, hosting
// one of them, and the files made from a workshop's answers.
type Workshops struct {
	Library    *storage.Library
	Content    *workshop.Content // the built-in pack
	RenderPack RenderPack
	// OpenStore opens the database of a hosted workshop in dir.
	OpenStore func(ctx context.Context, dir string) (workshop.RoomStore, error)
	// Announce tells the network about a hosted workshop until ctx ends;
	// nil for none.
	Announce func(ctx context.Context, a lan.Announcement) error
	HostAddr string // where a hosted workshop listens, e.g. ":47320"
	Now      func() time.Time

	mu     sync.Mutex
	hosted *Room // the workshop being hosted, if any
}

// List is every workshop in the library, and the ones that cannot be read.
func (w *Workshops) List() ([]*workshop.Setup, []error) { return w.Library.List() }

// Save keeps a workshop's setup.
func (w *Workshops) Save(s *workshop.Setup) error { return w.Library.Save(s) }

// Delete wipes a workshop and every answer in it from this computer.
func (w *Workshops) Delete(id string) error { return w.Library.Delete(id) }

// Dir is the folder a workshop is kept in.
func (w *Workshops) Dir(id string) (string, error) { return w.Library.Dir(id) }

// Import opens a workshop archive from another machine into the library.
func (w *Workshops) Import(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	ar, err := storage.ReadArchive(f)
	if err != nil {
		return err
	}
	_, err = w.Library.Import(ctx, ar, w.OpenStore)
	return err
}

// withStore runs f with the workshop's room store: the hosted room's own,
// or one opened just for f. A hosted room is held open until f is done:
// stopping it waits (Room.Close).
func (w *Workshops) withStore(ctx context.Context, s *workshop.Setup, f func(store workshop.RoomStore) error) error {
	if hosted := w.hold(s.ID); hosted != nil {
		defer hosted.exports.Done()
		return f(hosted.Store())
	}
	dir, err := w.Library.Dir(s.ID)
	if err != nil {
		return err
	}
	store, err := w.OpenStore(ctx, dir)
	if err != nil {
		return err
	}
	defer store.Close()
	return f(store)
}

// hold is the hosted room of workshop id, held open for an export (call
// exports.Done when finished), or nil when id is not hosted.
func (w *Workshops) hold(id string) *Room {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.hosted == nil || w.hosted.Setup.ID != id {
		return nil
	}
	w.hosted.exports.Add(1)
	return w.hosted
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

// writeFile builds a file's bytes and writes them to path atomically.
// Every export may hold personal data: readable by its owner only.
func writeFile(path string, build func(buf *bytes.Buffer) (summary string, err error)) (string, error) {
	var buf bytes.Buffer
	summary, err := build(&buf)
	if err != nil {
		return summary, err
	}
	return summary, storage.WriteAtomic(path, buf.Bytes(), storage.Private)
}

// PrintPack prints the plans participants shared into path, each on an odd
// page, and says what it printed; compact leaves out the evidence behind
// each plan.
func (w *Workshops) PrintPack(ctx context.Context, s *workshop.Setup, path string, compact bool) (string, error) {
	return writeFile(path, func(buf *bytes.Buffer) (string, error) {
		var summary string
		err := w.withStore(ctx, s, func(store workshop.RoomStore) error {
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
			if compact {
				summary += " Only the plans: the evidence behind them is left out."
			}
			return w.RenderPack(buf, c, all, Print{Paper: s.Paper, Title: s.Title, Compact: compact})
		})
		return summary, err
	})
}

// RoomCSV writes the room's anonymous aggregates to path: the figures
// the room was shown last (a phase's frozen results), hosted or not, and
// never a fresh computation, so that two exports cannot be differenced.
func (w *Workshops) RoomCSV(ctx context.Context, s *workshop.Setup, path string) (string, error) {
	return writeFile(path, func(buf *bytes.Buffer) (string, error) {
		var agg workshop.RoomAggregates
		var shown bool
		if hosted := w.hold(s.ID); hosted != nil {
			agg, shown = hosted.LatestResults()
			hosted.exports.Done()
		} else {
			err := w.withStore(ctx, s, func(store workshop.RoomStore) error {
				rec, err := store.LoadRoom(ctx)
				if err != nil {
					return err
				}
				c, err := workshop.RoomContent(rec)
				if err != nil {
					return err
				}
				if agg, shown = workshop.LatestResults(rec.Results); shown {
					agg.Bind(c)
				}
				return nil
			})
			if err != nil {
				return "", err
			}
		}
		if !shown {
			return "", errors.New("the room has not been shown any results yet: show the room's results on the control window first (or lock a phase's answers)")
		}
		summary := fmt.Sprintf("The anonymous room figures shown last, from %d participants: a figure needs %d answers, the mean and the middle half of the room %d, and a group of fewer than %d people is not counted.",
			agg.Participants, workshop.MinGroup, workshop.MinRange, workshop.MinCategory)
		return summary, agg.WriteCSV(buf)
	})
}

// Archive writes the workshop to path, to open on another machine, with
// the answers of the participants who shared them; the summary says what
// it leaves out.
func (w *Workshops) Archive(ctx context.Context, s *workshop.Setup, path string) (string, error) {
	return writeFile(path, func(buf *bytes.Buffer) (string, error) {
		err := w.withStore(ctx, s, func(store workshop.RoomStore) error {
			return storage.WriteArchive(ctx, buf, s, store)
		})
		summary := "The workshop, to open in LeadShift on another computer (Run a workshop, Open an archive), with the answers of the participants who shared them."
		if err == nil {
			if ar, rerr := storage.ReadArchive(bytes.NewReader(buf.Bytes())); rerr == nil && ar.Omitted != "" {
				summary += "\n" + ar.Omitted
			}
		}
		return summary, err
	})
}

// CheckContent reads a custom content pack and says what is wrong with it.
func (w *Workshops) CheckContent(path string) error {
	_, err := LoadContentFile(path)
	return err
}
