package console

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/leadshift/leadshift/workshop"
)

// act runs a facilitator action off the UI goroutine: it writes to disk.
func (r *Console) act(what string, f func(ctx context.Context) error) {
	r.shell.Tasks().Run(func() func() {
		err := f(context.Background())
		return func() {
			if err != nil {
				r.shell.ShowError(what, err)
			}
			r.refresh()
		}
	})
}

// onNext opens the next phase with its countdown paused, as the first
// phase's is: the facilitator starts it when the room is ready.
func (r *Console) onNext() {
	r.act("The next phase could not be opened", func(ctx context.Context) error {
		if err := r.room.Next(ctx); err != nil {
			return err
		}
		return r.pauseTimer(ctx)
	})
}

func (r *Console) onPrev() {
	r.act("The previous phase could not be opened", func(ctx context.Context) error {
		if err := r.room.GoTo(ctx, r.room.State().Phase-1); err != nil {
			return err
		}
		return r.pauseTimer(ctx)
	})
}

// pauseTimer pauses the countdown unless it already is.
func (r *Console) pauseTimer(ctx context.Context) error {
	if r.room.State().Timer.Paused {
		return nil
	}
	return r.room.TimerPause(ctx)
}

func (r *Console) onLock() {
	r.act("The phase could not be locked", func(ctx context.Context) error {
		return r.room.SetLocked(ctx, !r.room.State().Locked)
	})
}

// onShowResults freezes the current phase's figures and puts its chart on
// the projector.
func (r *Console) onShowResults() {
	r.act("The room's results could not be shown", r.room.ShowResults)
}

func (r *Console) onPlusMinute() {
	r.act("The timer could not be changed", func(ctx context.Context) error { return r.room.TimerAdd(ctx, time.Minute) })
}

func (r *Console) onPause() {
	r.act("The timer could not be changed", func(ctx context.Context) error {
		if r.room.State().Timer.Paused {
			return r.room.TimerResume(ctx)
		}
		return r.room.TimerPause(ctx)
	})
}

func (r *Console) onPacing() {
	r.act("The pacing could not be changed", func(ctx context.Context) error {
		p := workshop.Paced
		if r.room.State().Pacing == workshop.Paced {
			p = workshop.SelfPaced
		}
		return r.room.SetPacing(ctx, p)
	})
}

func (r *Console) onJoinOpen() {
	r.act("The room could not be changed", func(ctx context.Context) error {
		return r.room.SetJoinOpen(ctx, !r.room.State().JoinOpen)
	})
}

// onLetBack lets a removed participant join again with the code.
func (r *Console) onLetBack(id string) {
	r.act("The participant could not be let back", func(ctx context.Context) error { return r.room.LetBack(ctx, id) })
}

func (r *Console) onRemove(id string) {
	name := id
	for _, m := range r.room.Members() {
		if m.ID == id {
			name = m.Name
		}
	}
	r.shell.Confirm("Remove "+name+"?", "They leave the room, its figures, the print pack and the archive, and cannot join again with this name or laptop until you let them back.\n"+
		"Their answers stay on their own laptop.",
		func(ok bool) {
			if ok {
				r.act("The participant could not be removed", func(ctx context.Context) error { return r.room.Remove(ctx, id) })
			}
		})
}

// onStop stops hosting, after asking when people are connected: they are
// told that the room has ended.
func (r *Console) onStop() {
	connected := 0
	for _, m := range r.room.Members() {
		if m.Connected && !m.Removed {
			connected++
		}
	}
	if connected == 0 {
		r.stopNow()
		return
	}
	people := fmt.Sprintf("%d people are connected: they will see that the room has ended.", connected)
	if connected == 1 {
		people = "1 person is connected: they will see that the room has ended."
	}
	r.shell.Confirm("Stop hosting?", people+"\nTheir answers stay on their laptops, and you can resume hosting from the library.",
		func(ok bool) {
			if ok {
				r.stopNow()
			}
		})
}

func (r *Console) stopNow() {
	if err := r.room.Stop(); err != nil {
		r.shell.ShowError("The workshop could not be saved", err)
	}
	r.Close()
	r.shell.Stopped()
}

// addShortcuts binds the keyboard shortcuts for pacing the room.
func (r *Console) addShortcuts(c fyne.Canvas) {
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
