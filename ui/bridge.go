package ui

import "fyne.io/fyne/v2"

// onMain runs f on the Fyne goroutine. It is the one bridge from background
// goroutines (the autosaver, file writers) to widgets.
func onMain(f func()) { fyne.Do(f) }
