package planpdf

import (
	"bytes"
	"encoding/binary"
	"strings"
	"sync"
	"unicode"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// family is the name the Go fonts are registered under in every document.
const family = "go"

// styles maps gofpdf style letters to the TrueType bytes embedded for them.
var styles = []struct {
	style string
	ttf   []byte
}{
	{"", goregular.TTF},
	{"B", gobold.TTF},
	{"I", goitalic.TTF},
}

// addFonts registers the UTF-8 Go fonts; gofpdf embeds only the glyphs a
// document uses. Each document gets its own copy of the font bytes:
// gofpdf's subsetter appends padding to slices of the bytes it is given,
// which writes into the shared font arrays and races when plans are
// rendered at the same time (found by the race detector).
func addFonts(pdf *gofpdf.Fpdf) {
	patched.once.Do(patchFonts)
	for i, s := range styles {
		pdf.AddUTF8FontFromBytes(family, s.style, bytes.Clone(patched.ttf[i]))
	}
}

// patched holds the fonts as embedded: the Go fonts with the hyphen
// mapped to a hyphen-sized glyph.
var patched struct {
	once sync.Once
	ttf  [][]byte
}

// patchFonts prepares the embedded fonts once. The Go fonts draw the
// hyphen-minus as a wide minus sign, wider than their en dash, so that
// "on-call" and "2027-02-28" read as if set with dashes. Their soft hyphen
// glyph is a true hyphen: the fonts' character map is rebuilt with "-"
// pointing to it. The text stays a plain hyphen for copying and search.
func patchFonts() {
	for _, s := range styles {
		patched.ttf = append(patched.ttf, withHyphen(s.ttf))
	}
}

// withHyphen returns a copy of a TrueType font whose cmap maps U+002D to
// the glyph of U+00AD, or the font unchanged when it cannot.
func withHyphen(ttf []byte) []byte {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return ttf
	}
	var buf sfnt.Buffer
	glyphs := make([]uint16, 0x10000)
	for r := range rune(0xFFFF) {
		if g, err := f.GlyphIndex(&buf, r); err == nil {
			glyphs[r] = uint16(g)
		}
	}
	hy := glyphs[0xAD]
	if hy == 0 || glyphs['-'] == 0 {
		return ttf
	}
	glyphs['-'] = hy
	cmap := cmapFormat4(glyphs)
	if cmap == nil {
		return ttf
	}
	return replaceTable(ttf, "cmap", cmap)
}

// cmapFormat4 builds a cmap table with one Windows Unicode BMP subtable
// (format 4) mapping each rune to glyphs[rune]; nil if it does not fit.
func cmapFormat4(glyphs []uint16) []byte {
	type seg struct{ start, end, delta uint16 }
	var segs []seg
	for c := 0; c < 0xFFFF; c++ {
		g := glyphs[c]
		if g == 0 {
			continue
		}
		if n := len(segs); n > 0 && int(segs[n-1].end) == c-1 && glyphs[c-1]+1 == g {
			segs[n-1].end = uint16(c)
			continue
		}
		segs = append(segs, seg{uint16(c), uint16(c), g - uint16(c)})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	length := 16 + 8*n
	if length > 0xFFFF {
		return nil
	}
	p := 1
	for p*2 <= n {
		p *= 2
	}
	entry := 0
	for 1<<(entry+1) <= p {
		entry++
	}
	b := make([]byte, 0, 12+length)
	put := func(v ...uint16) {
		for _, x := range v {
			b = binary.BigEndian.AppendUint16(b, x)
		}
	}
	put(0, 1, 3, 1) // version, one subtable: Windows, Unicode BMP
	b = binary.BigEndian.AppendUint32(b, 12)
	put(4, uint16(length), 0, uint16(2*n), uint16(2*p), uint16(entry), uint16(2*n-2*p))
	for _, s := range segs {
		put(s.end)
	}
	put(0)
	for _, s := range segs {
		put(s.start)
	}
	for _, s := range segs {
		put(s.delta)
	}
	for range segs {
		put(0)
	}
	return b
}

// replaceTable returns a copy of the font with the named table replaced:
// the new table is appended and the table directory pointed at it.
func replaceTable(ttf []byte, tag string, table []byte) []byte {
	if len(ttf) < 12 {
		return ttf
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	for i := range n {
		rec := 12 + 16*i
		if rec+16 > len(ttf) || string(ttf[rec:rec+4]) != tag {
			continue
		}
		out := bytes.Clone(ttf)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		off := len(out)
		out = append(out, table...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		var sum uint32
		for j := off; j+4 <= len(out); j += 4 {
			sum += binary.BigEndian.Uint32(out[j:])
		}
		binary.BigEndian.PutUint32(out[rec+4:], sum)
		binary.BigEndian.PutUint32(out[rec+8:], uint32(off))
		binary.BigEndian.PutUint32(out[rec+12:], uint32(len(table)))
		return out
	}
	return ttf
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
			panic("planpdf: built-in Go font does not parse: " + err.Error())
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
			// them: the fonts lack both, and "-" is drawn as a hyphen.
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
