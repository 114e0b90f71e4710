package planpdf

import (
	"bytes"
	_ "embed"
	"strings"
	"sync"
	"unicode"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// family is the name the fonts are registered under in every document.
const family = "noto"

// The PDF body fonts: Noto Sans (SIL Open Font License 1.1), the copy
// Fyne bundles, so the licence is the one THIRD_PARTY_LICENSES.md already
// carries. Its figures are lining and its zero is plain (the Go fonts'
// zero is slashed, "9Ø days" in a document for one's manager), and its
// hyphen is a hyphen.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	notoRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	notoBold []byte
	//go:embed fonts/NotoSans-Italic.ttf
	notoItalic []byte
)

// styles maps gofpdf style letters to the TrueType bytes embedded for them.
var styles = []struct {
	style string
	ttf   []byte
}{
	{"", notoRegular},
	{"B", notoBold},
	{"I", notoItalic},
}

// addFonts registers the UTF-8 fonts; gofpdf embeds only the glyphs a
// document uses. Each document gets its own copy of the font bytes:
// gofpdf's subsetter appends padding to slices of the bytes it is given,
// which writes into the shared font arrays and races when plans are
// rendered at the same time (found by the race detector).
func addFonts(pdf *gofpdf.Fpdf) {
	for _, s := range styles {
		pdf.AddUTF8FontFromBytes(family, s.style, bytes.Clone(s.ttf))
	}
}

// coverage knows which runes all three fonts can draw. The fonts are
// parsed once; each rune outside printable ASCII is looked up once and the
// answer cached.
var coverage struct {
	once        sync.Once
	fonts       []*sfnt.Font
	known       sync.Map // rune -> bool
	replacement rune     // printed instead of a rune the fonts lack
}

// initCoverage parses the three fonts once and picks the replacement mark:
// U+FFFD when every font has it, "?" otherwise.
func initCoverage() {
	for _, s := range styles {
		f, err := sfnt.Parse(s.ttf)
		if err != nil {
			panic("planpdf: built-in font does not parse: " + err.Error())
		}
		coverage.fonts = append(coverage.fonts, f)
	}
	coverage.replacement = '?'
	if lookup(unicode.ReplacementChar) {
		coverage.replacement = unicode.ReplacementChar
	}
}

// lookup asks every font for a glyph for r.
func lookup(r rune) bool {
	var buf sfnt.Buffer
	for _, f := range coverage.fonts {
		if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
			return false
		}
	}
	return true
}

// printable reports whether the fonts draw r. gofpdf only handles the
// Basic Multilingual Plane.
func printable(r rune) bool {
	if r >= 0x20 && r < 0x7f {
		return true
	}
	if r > 0xFFFF {
		return false
	}
	if v, ok := coverage.known.Load(r); ok {
		return v.(bool)
	}
	coverage.once.Do(initCoverage)
	v := lookup(r)
	coverage.known.Store(r, v)
	return v
}

// replacementRune is the visible stand-in for a rune the fonts lack.
func replacementRune() rune {
	coverage.once.Do(initCoverage)
	return coverage.replacement
}

// clean makes text safe to print: it composes accents (NFC), turns line
// and paragraph separators into newlines and other spaces into plain
// spaces, drops control and invisible formatting characters, and replaces
// every character the fonts cannot draw with a visible mark, so nothing is
// lost silently.
func clean(s string) string {
	if plainASCII(s) {
		return s
	}
	repl := replacementRune()
	s = norm.NFC.String(strings.ReplaceAll(s, "\r\n", "\n"))
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\u2010' || r == '\u2011':
			// Hyphen and non-breaking hyphen, as word processors type
			// them: "-" looks the same and stays searchable.
			b.WriteByte('-')
		case r == '\t' || (unicode.IsSpace(r) && !printable(r)):
			b.WriteByte(' ')
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r):
			// invisible: dropping it loses nothing a reader could see
		case printable(r):
			b.WriteRune(r)
		default:
			b.WriteRune(repl)
		}
	}
	return b.String()
}

// plainASCII reports whether s is printable ASCII and newlines only.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\n') || c >= 0x7f {
			return false
		}
	}
	return true
}
