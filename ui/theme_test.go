package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// contrast is the WCAG contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, b, _ := c.RGBA()
		lin := func(v uint32) float64 {
			s := float64(v) / 0xffff
			if s <= 0.03928 {
				return s / 12.92
			}
			return math.Pow((s+0.055)/1.055, 2.4)
		}
		return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
	}
	la, lb := lum(a), lum(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestThemeIsReadableByEveryone(t *testing.T) {
	th := newAppTheme(test.NewTempApp(t).Preferences())
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		bg, input := th.Color(theme.ColorNameBackground, v), th.Color(theme.ColorNameInputBackground, v)
		for _, c := range []struct {
			what   string
			fg, bg color.Color
			want   float64
		}{
			{"body text", th.Color(theme.ColorNameForeground, v), bg, 4.5},
			{"text in an entry", th.Color(theme.ColorNameForeground, v), input, 4.5},
			{"a placeholder", th.Color(theme.ColorNamePlaceHolder, v), input, 4.5},
			{"an empty radio or check box", th.Color(theme.ColorNameInputBorder, v), bg, 3},
			{"an empty radio's ring on its fill", th.Color(theme.ColorNameInputBorder, v), input, 3},
		} {
			if got := contrast(c.fg, c.bg); got < c.want {
				t.Errorf("variant %d: %s has contrast %.2f:1, want at least %.1f:1", v, c.what, got, c.want)
			}
		}
	}
}

func TestTextSizeAndWindowSizeAreRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	ui := newTestUIOn(t, a, t.TempDir(), t.TempDir())
	if s := ui.win.Canvas().Size(); s.Width > 1280 || s.Height > 720 {
		t.Errorf("the window opens at %v, too large for a 1366x768 laptop", s)
	}
	normal := theme.TextSize()
	test.Tap(ui.start.settings)
	ui.settings.SetSelected("Larger")
	if got := a.Settings().Theme().Size(theme.SizeNameText); got < normal*1.29 {
		t.Errorf("larger text is %.1f, want 1.3 × %.1f", got, normal)
	}
	ui.win.Resize(fyne.NewSize(1000, 600))
	ui.win.Close()

	again := newTestUIOn(t, a, t.TempDir(), t.TempDir())
	if got := a.Settings().Theme().Size(theme.SizeNameText); got < normal*1.29 {
		t.Errorf("after a restart the text is %.1f, want the larger size kept", got)
	}
	if s := again.win.Canvas().Size(); s.Width != 1000 || s.Height != 600 {
		t.Errorf("after a restart the window is %v, want the 1000x600 it had", s)
	}
}

func TestConfirmNamesTheActionAndDefaultsToCancel(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(800, 600))
	var got []bool
	confirmDialog(w, "Stop hosting?", "5 people are connected: they will see that the room has ended.", func(ok bool) { got = append(got, ok) })
	focused, ok := w.Canvas().Focused().(*safeButton)
	if !ok || focused.Text != "Cancel" {
		t.Fatalf("the focus is on %T, want the Cancel button", w.Canvas().Focused())
	}
	var action *widget.Button
	for _, o := range w.Canvas().Overlays().List() {
		visitButtons(o, func(b *widget.Button) {
			if b.Text == "Stop hosting" {
				action = b
			}
		})
	}
	if action == nil || action.Importance != widget.DangerImportance {
		t.Fatalf("no danger-styled Stop hosting button: %+v", action)
	}
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(got) != 1 || got[0] {
		t.Errorf("Enter answered %v, want one safe 'no'", got)
	}
	if actionLabel("Delete Ops team leads, Kraków, winter?") != "Delete" || actionLabel("Remove Ana?") != "Remove Ana" {
		t.Error("action labels")
	}
}

func visitButtons(o fyne.CanvasObject, f func(*widget.Button)) {
	switch v := o.(type) {
	case *widget.Button:
		f(v)
	case *fyne.Container:
		for _, c := range v.Objects {
			visitButtons(c, f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			visitButtons(c, f)
		}
	}
}
