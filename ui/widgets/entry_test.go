package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

func TestTheWheelScrollsThePageUntilTheEntryIsClicked(t *testing.T) {
	test.NewTempApp(t)
	e := LongText("a reflection", "", func(string) {})
	spacer := canvas.NewRectangle(nil)
	spacer.SetMinSize(fyne.NewSize(10, 600))
	page := container.NewVScroll(container.NewVBox(e, spacer))
	w := test.NewTempWindow(t, page)
	w.Resize(fyne.NewSize(400, 300))
	over := fyne.NewPos(20, 20) // on the entry

	test.Scroll(w.Canvas(), over, 0, -40)
	if page.Offset.Y == 0 {
		t.Fatal("the wheel over a text box did not scroll the page")
	}
	if e.AcceptsTab() {
		t.Error("a multi-line field keeps Tab for itself")
	}

	page.ScrollToTop()
	w.Canvas().Focus(e)
	test.Scroll(w.Canvas(), over, 0, -40)
	if page.Offset.Y != 0 {
		t.Errorf("after a click into the text box the wheel still scrolls the page (offset %v)", page.Offset.Y)
	}
	w.Canvas().Unfocus()
	test.Scroll(w.Canvas(), over, 0, -40)
	if page.Offset.Y == 0 {
		t.Error("after leaving the text box the wheel does not scroll the page again")
	}
}
