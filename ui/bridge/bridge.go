// Package bridge is the one place that turns work on other goroutines (the
// autosaver, file writers, the network) into widget updates: nothing else
// in LeadShift calls fyne.Do. Background work reports through plain
// callbacks; the screens wrap them with Do.
package bridge

import (
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
)

// runners is how UI updates reach the Fyne goroutine.
type runners struct {
	onMain    func(func()) // run f on the Fyne goroutine, without waiting
	doAndWait func(func()) // run f on the Fyne goroutine and wait for it
}

var current atomic.Pointer[runners]

func init() { current.Store(&runners{onMain: fyne.Do, doAndWait: fyne.DoAndWait}) }

// Do runs f on the Fyne goroutine, without waiting for it.
func Do(f func()) { current.Load().onMain(f) }

// Replace makes Do and Tasks run UI updates through main and wait instead
// of Fyne's goroutine, and returns a function that restores them. Tests use
// it to run every update on the test's own goroutine, so the race detector
// can check that no other goroutine touches a widget.
func Replace(main, wait func(func())) (restore func()) {
	old := current.Swap(&runners{onMain: main, doAndWait: wait})
	return func() { current.Store(old) }
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
		current.Load().doAndWait(update)
	}()
}

// Wait blocks until every task started with Run is done.
func (t *Tasks) Wait() { t.wg.Wait() }
