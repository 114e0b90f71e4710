package uitest

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// Laptop is the window size the golden screens are drawn at.
var Laptop = fyne.NewSize(1280, 800)

// variantTheme is Fyne's default theme held to one variant, light or dark.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// AssertGolden draws w at laptop size in the light and the dark theme and
// compares each drawing's markup with testdata/<name>-light.xml and
// testdata/<name>-dark.xml. A missing or different master fails the test
// and writes what was drawn to testdata/failed/, to review and copy over.
func AssertGolden(t *testing.T, name string, w fyne.Window) {
	t.Helper()
	w.Resize(Laptop)
	for _, v := range []struct {
		name    string
		variant fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
		test.ApplyTheme(t, variantTheme{Theme: theme.DefaultTheme(), variant: v.variant})
		test.AssertRendersToMarkup(t, name+"-"+v.name+".xml", w.Canvas())
	}
}
