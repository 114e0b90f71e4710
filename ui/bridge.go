package ui

import "fyne.io/fyne/v2"

// This file is the one bridge from background goroutines (the autosaver,
// file writers, the network) to widgets: nothing else calls fyne.Do.
// Tests replace the two functions to run every update on the test's own
// goroutine.
var (
	onMain    = fyne.Do        // run f on the Fyne goroutine, without waiting
	doAndWait = fyne.DoAndWait // run f on the Fyne goroutine and wait for it
)

// background runs work off the UI goroutine, then the UI update it returns
// on the UI goroutine. Tests wait for every task with ui.tasks.Wait().
func (ui *App) background(work func() (update func())) {
	ui.tasks.Add(1)
	go func() {
		defer ui.tasks.Done()
		update := work()
		doAndWait(update)
	}()
}
