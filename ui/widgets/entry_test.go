package widgets

import (
	"strings"
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

// TestLongTextCountsToItsLimit: the counter follows the text; typing stops
// at TextLimit; a longer text, as pasted or loaded, is kept whole and the
// counter says to shorten it.
func TestLongTextCountsToItsLimit(t *testing.T) {
	test.NewTempApp(t)
	var stored string
	e := LongText("", "", func(s string) { stored = s })
	w := test.NewTempWindow(t, e)
	w.Resize(fyne.NewSize(400, 200))
	test.Type(e, "Zoë")
	if e.Counter() != "3 / 600" || stored != "Zoë" {
		t.Errorf("after 3 characters: counter %q, stored %q", e.Counter(), stored)
	}
	e.SetText(strings.Repeat("a", TextLimit-1))
	test.Type(e, "bcd")
	if n := len([]rune(stored)); n != TextLimit || e.Counter() != "600 / 600" {
		t.Errorf("typing past the limit: %d characters stored, counter %q", n, e.Counter())
	}
	e.SetText(strings.Repeat("a", 2670))
	if len(stored) != 2670 || !strings.HasPrefix(e.Counter(), "2670 / 600: shorten it") {
		t.Errorf("a longer text: %d kept, counter %q", len(stored), e.Counter())
	}
	// The counter sits under the field, inside the entry's size.
	if c := e.counter; c.Position().Y+c.Size().Height > e.Size().Height+0.5 || c.Position().Y < e.Size().Height/2 {
		t.Errorf("counter at %v %v in an entry of %v", c.Position(), c.Size(), e.Size())
	}
}

// TestLineTextCountsToItsOwnLimit: a one-line field counts against its
// own limit and stops typing there.
func TestLineTextCountsToItsOwnLimit(t *testing.T) {
	test.NewTempApp(t)
	var stored string
	e := LineText(strings.Repeat("a", 9), "", 10, func(s string) { stored = s })
	w := test.NewTempWindow(t, e)
	w.Resize(fyne.NewSize(400, 100))
	if e.Counter() != "9 / 10" || e.MultiLine {
		t.Errorf("counter %q, multi-line %v", e.Counter(), e.MultiLine)
	}
	test.Type(e, "bc")
	if len(stored) != 10 || !strings.Contains(stored, "b") || strings.Contains(stored, "c") || e.Counter() != "10 / 10" {
		t.Errorf("typing past the limit: stored %q, counter %q", stored, e.Counter())
	}
}
