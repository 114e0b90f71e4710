package ui

import "fyne.io/fyne/v2"

// This file is the one bridge from background goroutines (the autosaver,
// file writers, the network) to widgets: nothing else calls fyne.Do.

// onMain runs f on the Fyne goroutine without waiting for it.
func onMain(f func()) { fyne.Do(f) }

// background runs work off the UI goroutine, then the UI update it returns
// on the UI goroutine. Tests wait for every task with ui.tasks.Wait().
func (ui *App) background(work func() (update func())) {
	ui.tasks.Add(1)
	go func() {
		defer ui.tasks.Done()
		update := work()
		fyne.DoAndWait(update)
	}()
}
