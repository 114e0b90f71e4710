package ui

import (
	"testing"
	"time"
)

// uiQueue runs every UI update from background goroutines on the test's
// goroutine, as the real app runs them on the Fyne goroutine: widgets are
// then only ever touched by one goroutine, and the race detector can
// check the rest.
type uiQueue struct{ ch chan func() }

func queueUI(t *testing.T) *uiQueue {
	q := &uiQueue{ch: make(chan func(), 1024)}
	oldMain, oldWait := onMain, doAndWait
	onMain = func(f func()) { q.ch <- f }
	doAndWait = func(f func()) {
		done := make(chan struct{})
		q.ch <- func() { f(); close(done) }
		<-done
	}
	t.Cleanup(func() { onMain, doAndWait = oldMain, oldWait })
	return q
}

// until runs queued updates until cond holds.
func (q *uiQueue) until(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.After(15 * time.Second)
	for !cond() {
		select {
		case f := <-q.ch:
			f()
		case <-deadline:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// settle runs queued updates until the app's background tasks are done.
func (q *uiQueue) settle(t *testing.T, ui *App) {
	t.Helper()
	done := make(chan struct{})
	go func() { ui.tasks.Wait(); close(done) }()
	deadline := time.After(15 * time.Second)
	for {
		select {
		case f := <-q.ch:
			f()
		case <-done:
			return
		case <-deadline:
			t.Fatal("timed out waiting for background tasks")
		}
	}
}
