package planpdf

import (
	"fmt"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

func TestHy(t *testing.T) {
	f, _ := sfnt.Parse(goregular.TTF)
	var b sfnt.Buffer
	for _, r := range []rune{'-', '\u2010', '\u2011', '\u2013', '\u2014', '\u2212', 'n', '\u00ad'} {
		g, _ := f.GlyphIndex(&b, r)
		adv, _ := f.GlyphAdvance(&b, g, fixed.I(1000), font.HintingNone)
		fmt.Printf("%U glyph %d adv %v\n", r, g, adv)
	}
}
