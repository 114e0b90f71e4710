package ui

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/uitest"
	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

// TestEveryStepFitsASmallLaptop: at every text size, every step of a
// finished journey, its manager's answers added, fits a 1366x768 laptop (a 1366x710 window under a
// title bar and a panel): the window never needs to be wider than the
// screen, and nothing shown reaches past its right edge.
func TestEveryStepFitsASmallLaptop(t *testing.T) {
	data, err := os.ReadFile("../docs/examples/answers.json")
	if err != nil {
		t.Fatal(err)
	}
	const screenW = 1366
	for _, size := range textSizes {
		t.Run(size.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Preferences().SetFloat(textScalePref, size.scale)
			ui := newTestUIOn(t, a, t.TempDir(), t.TempDir())
			answers, err := workshop.DecodeAnswers(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			r, err := storage.ReadResponse("../docs/examples/manager/response.json")
			if err != nil {
				t.Fatal(err)
			}
			if err := ui.deps.Store.SaveManager(r); err != nil {
				t.Fatal(err)
			}
			ui.openSolo(answers)
			if ui.journey.Session().Manager == nil {
				t.Fatal("the example manager's response is not read with the example answers")
			}
			defer ui.win.Close() // flushes the autosaver before the folder goes
			ui.win.Resize(fyne.NewSize(screenW, 710))
			for _, st := range workshop.Steps {
				test.Tap(uitest.FindButton(t, ui.win.Content(), st.Title()))
				if w := ui.win.Content().MinSize().Width; w > screenW {
					t.Errorf("%s: the window needs %.0f px, wider than the %d px screen", st.Title(), w, screenW)
				}
				cut := cutOff(a, ui.win.Content(), screenW)
				if len(cut) > 0 {
					t.Errorf("%s at %s: %d objects are cut off at the right edge: %s", st.Title(), size.name, len(cut), strings.Join(cut[:min(3, len(cut))], "; "))
				}
			}
		})
	}
}

// TestTheManagersFormFitsASmallLaptop: at every text size, every part of
// the manager's form fits a 1366x768 laptop, as the journey's steps do.
func TestTheManagersFormFitsASmallLaptop(t *testing.T) {
	q, err := storage.ReadRequest("../docs/examples/manager/request.json")
	if err != nil {
		t.Fatal(err)
	}
	const screenW = 1366
	for _, size := range textSizes {
		t.Run(size.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Preferences().SetFloat(textScalePref, size.scale)
			ui := newTestUIOn(t, a, t.TempDir(), t.TempDir())
			ui.openRequest(q)
			defer ui.leave() // flushes the draft before the folder goes
			ui.win.Resize(fyne.NewSize(screenW, 710))
			for _, part := range []string{"Who answers", "What I expect of you", "Skills this role needs", "Our conversation", "What I commit to", "Save and send back"} {
				test.Tap(uitest.FindButton(t, ui.win.Content(), part))
				if w := ui.win.Content().MinSize().Width; w > screenW {
					t.Errorf("%s: the window needs %.0f px, wider than the %d px screen", part, w, screenW)
				}
				if cut := cutOff(a, ui.win.Content(), screenW); len(cut) > 0 {
					t.Errorf("%s at %s: %d objects are cut off at the right edge: %s", part, size.name, len(cut), strings.Join(cut[:min(3, len(cut))], "; "))
				}
			}
		})
	}
}

// cutOff lists what is shown under o past the right edge of a screen
// screenW wide.
func cutOff(a fyne.App, o fyne.CanvasObject, screenW float32) []string {
	var cut []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() || o.Size().Width == 0 {
			return
		}
		pos := a.Driver().AbsolutePositionForObject(o)
		if right := pos.X + o.Size().Width; right > screenW+1 { // a pixel of rounding
			cut = append(cut, fmt.Sprintf("%T ending at %.0f (%q)", o, right, uitest.Texts(o)))
		}
		switch v := o.(type) {
		case *widget.Entry, *widgets.Entry:
			// an entry scrolls its own text
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case *container.Scroll:
			walk(v.Content)
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return cut
}
