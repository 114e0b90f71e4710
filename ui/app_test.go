package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestWindowSizeIsRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	data := t.TempDir()
	first := newTestUIOn(t, a, data, t.TempDir())
	first.win.Resize(fyne.NewSize(900, 640))
	first.win.Close()
	again := newTestUIOn(t, a, data, t.TempDir())
	if got := again.win.Canvas().Size(); got != fyne.NewSize(900, 640) {
		t.Errorf("window reopened at %v, want the 900x640 it closed at", got)
	}
}
