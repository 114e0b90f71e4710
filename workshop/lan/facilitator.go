package lan

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// The facilitator's operations. Each saves the new state in the store and
// only then sends it to every participant; a change that changes nothing
// is neither saved nor sent.

// GoTo opens phase i (counted from 0), unlocked, with its time box on the
// timer. It returns workshop.ErrNoPhase when there is no phase i.
func (h *Host) GoTo(ctx context.Context, i int) error {
	return h.change(ctx, func(s *workshop.RoomState, now time.Time) error { return s.GoTo(i, now) })
}

// Next opens the phase after the current one; workshop.ErrNoPhase after
// the last.
func (h *Host) Next(ctx context.Context) error {
	return h.change(ctx, func(s *workshop.RoomState, now time.Time) error { return s.GoTo(s.Phase+1, now) })
}

// SetLocked closes (true) or reopens the answers of the current phase and
// every earlier one. Pens down is when the room discusses the phase, so
// locking also shows the phase's results (ShowResults) once enough
// people have answered.
func (h *Host) SetLocked(ctx context.Context, locked bool) error {
	err := h.change(ctx, func(s *workshop.RoomState, _ time.Time) error {
		s.Locked = locked
		return nil
	})
	if err != nil || !locked {
		return err
	}
	if err := h.ShowResults(ctx); !errors.Is(err, workshop.ErrTooFewAnswers) {
		return err
	}
	return nil
}

// SetJoinOpen lets new participants join (true) or turns them away.
// Members who already joined keep their access either way. Opening
// clears the alert about wrong codes (JoinAlert).
func (h *Host) SetJoinOpen(ctx context.Context, open bool) error {
	err := h.change(ctx, func(s *workshop.RoomState, _ time.Time) error {
		s.JoinOpen = open
		return nil
	})
	if err == nil && open {
		h.gate.Clear()
		h.gate.SetGuardCode(NewGuardCode(h.record.Code))
		h.changed()
	}
	return err
}

// JoinAlert is what the facilitator should know about attempts to join:
// a sentence when so many wrong join codes came in that the room is on
// guard against guessing (workshop.WrongCodeLockout), "" otherwise.
// SetJoinOpen(true) clears it.
func (h *Host) JoinAlert() string { return h.gate.Alert() }

// GuardCode is the longer code newcomers type while the room is on guard
// (GuardCodeLength characters, normalised), for the facilitator's screens
// and the projector; "" while it is not needed. It stays until
// SetJoinOpen(true) clears the alert; the next guard has a new one.
func (h *Host) GuardCode() string { return h.gate.GuardCode() }

// SetPacing switches between workshop.Paced and workshop.SelfPaced.
func (h *Host) SetPacing(ctx context.Context, p workshop.Pacing) error {
	if err := checkPacing(p); err != nil {
		return err
	}
	return h.change(ctx, func(s *workshop.RoomState, _ time.Time) error {
		s.Pacing = p
		return nil
	})
}

// TimerAdd extends the countdown by d (shortens it when d is negative).
func (h *Host) TimerAdd(ctx context.Context, d time.Duration) error {
	return h.change(ctx, func(s *workshop.RoomState, now time.Time) error {
		s.Timer.Add(d, now)
		return nil
	})
}

// TimerPause stops the countdown.
func (h *Host) TimerPause(ctx context.Context) error {
	return h.change(ctx, func(s *workshop.RoomState, now time.Time) error {
		s.Timer.Pause(now)
		return nil
	})
}

// TimerResume restarts a paused countdown.
func (h *Host) TimerResume(ctx context.Context) error {
	return h.change(ctx, func(s *workshop.RoomState, now time.Time) error {
		s.Timer.Resume(now)
		return nil
	})
}

// change applies f to the state and tells the caller when that changed
// anything.
func (h *Host) change(ctx context.Context, f func(s *workshop.RoomState, now time.Time) error) error {
	changed, err := h.apply(ctx, f)
	if changed {
		h.changed()
	}
	return err
}

// apply applies f to a copy of the state; if that changes anything, it
// saves the result with the next revision and publishes it.
func (h *Host) apply(ctx context.Context, f func(s *workshop.RoomState, now time.Time) error) (changed bool, err error) {
	h.stateMu.Lock()
	defer h.stateMu.Unlock()
	cur := h.snap.Load().state
	next := cloneState(cur)
	if err := f(&next, h.now()); err != nil {
		return false, err
	}
	next.Rev = cur.Rev
	if reflect.DeepEqual(next, cur) {
		return false, nil
	}
	next.Rev++
	snap, err := newSnapshot(next)
	if err != nil {
		return false, err
	}
	rec := h.record
	rec.State = next
	if err := h.store.SaveRoom(ctx, &rec); err != nil {
		return false, fmt.Errorf("saving the room: %w", err)
	}
	h.publish(snap)
	return true, nil
}
