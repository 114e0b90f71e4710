// Package bridge is the one place that turns work on other goroutines (the
// autosaver, file writers, the network) into widget updates: nothing else
// in LeadShift calls fyne.Do. Background work reports through plain
// callbacks; the screens wrap them with Do.
package bridge

import (
	"sync"

	"fyne.io/fyne/v2"
)

var (
	onMain    = fyne.Do        // run f on the Fyne goroutine, without waiting
	doAndWait = fyne.DoAndWait // run f on the Fyne goroutine and wait for it
)

// Do runs f on the Fyne goroutine, without waiting for it.
func Do(f func()) { onMain(f) }

// Replace makes Do and Tasks run UI updates through main and wait instead
// of Fyne's goroutine, and returns a function that restores them. Tests use
// it to run every update on the test's own goroutine, so the race detector
// can check that no other goroutine touches a widget.
func Replace(main, wait func(func())) (restore func()) {
	oldMain, oldWait := onMain, doAndWait
	onMain, doAndWait = main, wait
	return func() { onMain, doAndWait = oldMain, oldWait }
}

// Tasks runs work off the UI goroutine and counts what is in flight, so
// tests can wait for it.
type Tasks struct{ wg sync.WaitGroup }

// Run runs work on a new goroutine, then the UI update it returns on the
// UI goroutine.
func (t *Tasks) Run(work func() (update func())) {
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		update := work()
		doAndWait(update)
	}()
}

// Wait blocks until every task started with Run is done.
func (t *Tasks) Wait() { t.wg.Wait() }
