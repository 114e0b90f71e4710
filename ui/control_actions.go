package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/leadshift/leadshift/workshop"
)

// act runs a facilitator action off the UI goroutine: it writes to disk.
func (r *controlRoom) act(what string, f func(ctx context.Context) error) {
	r.ui.background(func() func() {
		err := f(context.Background())
		return func() {
			if err != nil {
				r.ui.showError(what, err)
			}
			r.refresh()
		}
	})
}

func (r *controlRoom) onNext() { r.act("The next phase could not be opened", r.host.Next) }

func (r *controlRoom) onPrev() {
	r.act("The previous phase could not be opened", func(ctx context.Context) error {
		return r.host.GoTo(ctx, r.host.State().Phase-1)
	})
}

func (r *controlRoom) onLock() {
	r.act("The phase could not be locked", func(ctx context.Context) error {
		return r.host.SetLocked(ctx, !r.host.State().Locked)
	})
}

func (r *controlRoom) onPlusMinute() {
	r.act("The timer could not be changed", func(ctx context.Context) error { return r.host.TimerAdd(ctx, time.Minute) })
}

func (r *controlRoom) onPause() {
	r.act("The timer could not be changed", func(ctx context.Context) error {
		if r.host.State().Timer.Paused {
			return r.host.TimerResume(ctx)
		}
		return r.host.TimerPause(ctx)
	})
}

func (r *controlRoom) onPacing() {
	r.act("The pacing could not be changed", func(ctx context.Context) error {
		p := workshop.Paced
		if r.host.State().Pacing == workshop.Paced {
			p = workshop.SelfPaced
		}
		return r.host.SetPacing(ctx, p)
	})
}

func (r *controlRoom) onJoinOpen() {
	r.act("The room could not be changed", func(ctx context.Context) error {
		return r.host.SetJoinOpen(ctx, !r.host.State().JoinOpen)
	})
}

func (r *controlRoom) onRemove(id string) {
	name := id
	for _, m := range r.host.Members() {
		if m.ID == id {
			name = m.Name
		}
	}
	r.ui.confirm("Remove "+name+"?", "They leave the room, its figures, the print pack and the archive, and cannot join again with this name or laptop until you let them back.",
		func(ok bool) {
			if ok {
				r.act("The participant could not be removed", func(ctx context.Context) error { return r.host.Remove(ctx, id) })
			}
		})
}

func (r *controlRoom) onStop() {
	r.setup.Running = false
	if err := r.ui.deps.Library.Save(r.setup); err != nil {
		r.ui.showError("The workshop could not be saved", err)
	}
	r.close()
	r.ui.room = nil
	r.ui.showLibrary()
}

// addShortcuts binds the keyboard shortcuts for pacing the room.
func (r *controlRoom) addShortcuts(c fyne.Canvas) {
	bind := func(key fyne.KeyName, f func()) {
		sc := &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierControl}
		c.AddShortcut(sc, func(fyne.Shortcut) { f() })
		r.shortcuts = append(r.shortcuts, sc)
	}
	bind(fyne.KeyRight, r.onNext)
	bind(fyne.KeyLeft, r.onPrev)
	bind(fyne.KeyUp, r.onPlusMinute)
	bind(fyne.KeyP, r.onPause)
	bind(fyne.KeyL, r.onLock)
}
