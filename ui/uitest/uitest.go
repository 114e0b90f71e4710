// Package uitest helps the screens' tests: it walks what a window draws
// to find text, buttons and entries, and runs the UI updates of background
// work on the test's own goroutine. Only tests import it.
package uitest

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/bridge"
)

// Visit calls f for every object drawn under o, widgets' insides included.
func Visit(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			Visit(c, f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			Visit(c, f)
		}
	}
}

// Texts collects every piece of text o shows, one a line.
func Texts(o fyne.CanvasObject) string {
	var b strings.Builder
	Visit(o, func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *canvas.Text:
			b.WriteString(v.Text + "\n")
		case *widget.Label:
			b.WriteString(v.Text + "\n")
		case *widget.Button:
			b.WriteString(v.Text + "\n")
		}
	})
	return b.String()
}

// FindButton finds a button by its text, failing the test without one.
func FindButton(t testing.TB, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	Visit(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no %q button", text)
	}
	return found
}

// FindEntry finds an entry by its placeholder, failing the test without one.
func FindEntry(t testing.TB, o fyne.CanvasObject, placeholder string) *widget.Entry {
	t.Helper()
	var found *widget.Entry
	Visit(o, func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == placeholder {
			found = e
		}
	})
	if found == nil {
		t.Fatalf("no entry for %q", placeholder)
	}
	return found
}

// Queue runs every UI update from background goroutines on the test's
// goroutine, as the real app runs them on the Fyne goroutine: widgets are
// then only ever touched by one goroutine, and the race detector can
// check the rest.
type Queue struct{ ch chan func() }

// NewQueue routes the bridge through a queue until the test ends.
func NewQueue(t testing.TB) *Queue {
	q := &Queue{ch: make(chan func(), 1024)}
	restore := bridge.Replace(func(f func()) { q.ch <- f }, func(f func()) {
		done := make(chan struct{})
		q.ch <- func() { f(); close(done) }
		<-done
	})
	t.Cleanup(restore)
	return q
}

// Until runs queued updates until cond holds.
func (q *Queue) Until(t testing.TB, what string, cond func() bool) {
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

// Settle runs queued updates until tasks are done.
func (q *Queue) Settle(t testing.TB, tasks *bridge.Tasks) {
	t.Helper()
	done := make(chan struct{})
	go func() { tasks.Wait(); close(done) }()
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
