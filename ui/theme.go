package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Preferences kept per user for how the app looks.
const (
	textScalePref  = "textScale"  // 1 is Fyne's size; every size is multiplied
	appearancePref = "appearance" // "", "light" or "dark"
)

// appTheme is Fyne's default theme made readable by everyone: body text
// at least 4.5:1 and the outline of empty radio buttons, check boxes and
// entries at least 3:1 against the background in both variants, a focus
// that can be seen, and every size times the person's text size.
type appTheme struct {
	fyne.Theme
	scale   float32
	variant string // "", "light" or "dark"; "" follows the system
}

func newAppTheme(p fyne.Preferences) *appTheme {
	return &appTheme{Theme: theme.DefaultTheme(),
		scale:   float32(p.FloatWithFallback(textScalePref, 1)),
		variant: p.StringWithFallback(appearancePref, "")}
}

var (
	// Light: on white (#ffffff) and the input background (#f3f3f3).
	lightText        = color.NRGBA{0x1f, 0x1f, 0x1f, 0xff} // 16:1 on white
	lightOutline     = color.NRGBA{0x6b, 0x6b, 0x6b, 0xff} // 5.3:1 on white, 4.8:1 on #f3f3f3
	lightPlaceholder = color.NRGBA{0x63, 0x63, 0x63, 0xff} // 5.4:1 on #f3f3f3
	lightFocus       = color.NRGBA{0x00, 0x5a, 0xd0, 0x80}
	// Dark: on #171718 and the input background (#202023).
	darkOutline = color.NRGBA{0x9a, 0x9a, 0x9e, 0xff} // 6.2:1 on #171718, 5.7:1 on #202023
	darkFocus   = color.NRGBA{0x6c, 0xb4, 0xff, 0x8c}
)

func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.variant {
	case "light":
		v = theme.VariantLight
	case "dark":
		v = theme.VariantDark
	}
	light := v == theme.VariantLight
	switch n {
	case theme.ColorNameForeground:
		if light {
			return lightText
		}
	case theme.ColorNameInputBorder:
		if light {
			return lightOutline
		}
		return darkOutline
	case theme.ColorNamePlaceHolder:
		if light {
			return lightPlaceholder
		}
	case theme.ColorNameFocus:
		if light {
			return lightFocus
		}
		return darkFocus
	}
	return t.Theme.Color(n, v)
}

func (t *appTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	if n == theme.SizeNameInputBorder {
		s = max(s, 2) // a focus and an outline that can be seen
	}
	return s * t.scale
}

// textSizes are the text sizes offered, smallest first.
var textSizes = []struct {
	name  string
	scale float64
}{{"Normal", 1}, {"Large", 1.15}, {"Larger", 1.3}, {"Largest", 1.5}}

var appearances = []struct{ name, value string }{{"Like this computer", ""}, {"Light", "light"}, {"Dark", "dark"}}

// applyLook sets the app's theme from the person's preferences.
func (ui *App) applyLook() {
	ui.fyneApp.Settings().SetTheme(newAppTheme(ui.fyneApp.Preferences()))
}

// showSettings lets the person choose the text size and light or dark;
// the choice applies at once and is kept for the next launch.
func (ui *App) showSettings() {
	p := ui.fyneApp.Preferences()
	size := &widget.RadioGroup{}
	for _, s := range textSizes {
		size.Options = append(size.Options, s.name)
		if float64(float32(s.scale)) == float64(float32(p.FloatWithFallback(textScalePref, 1))) {
			size.Selected = s.name
		}
	}
	size.OnChanged = func(name string) {
		for _, s := range textSizes {
			if s.name == name {
				p.SetFloat(textScalePref, s.scale)
			}
		}
		ui.applyLook()
	}
	look := &widget.RadioGroup{}
	for _, a := range appearances {
		look.Options = append(look.Options, a.name)
		if a.value == p.String(appearancePref) {
			look.Selected = a.name
		}
	}
	look.OnChanged = func(name string) {
		for _, a := range appearances {
			if a.name == name {
				p.SetString(appearancePref, a.value)
			}
		}
		ui.applyLook()
	}
	ui.settings = size
	form := widget.NewForm(widget.NewFormItem("Text size", size), widget.NewFormItem("Colours", look))
	dialog.ShowCustom("Settings", "Close", container.NewVBox(form,
		&widget.Label{Text: "The projector window uses the same colours, with extra contrast.", Wrapping: fyne.TextWrapWord}), ui.win)
}
