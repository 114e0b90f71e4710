package service

import (
	"context"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// OpenFollowUp turns the held workshop s into a follow-up session, ready
// to host again: its stored room gains the follow-up phase and opens on it
// (workshop.RoomRecord.OpenFollowUp). Stop hosting it first.
func (w *Workshops) OpenFollowUp(ctx context.Context, s *workshop.Setup, now time.Time) error {
	return w.withStore(ctx, s, func(store workshop.RoomStore) error {
		rec, err := store.LoadRoom(ctx)
		if err != nil {
			return err
		}
		rec.OpenFollowUp(now)
		return store.SaveRoom(ctx, rec)
	})
}
