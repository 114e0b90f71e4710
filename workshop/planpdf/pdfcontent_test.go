package planpdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"testing"

	"github.com/leadshift/leadshift/workshop"
)

var (
	streamStart = regexp.MustCompile(`>>\s*stream\r?\n`)
	streamLen   = regexp.MustCompile(`/Length (\d+)`)
	lengthKey   = regexp.MustCompile(`\s*/Length \d+`)
	filterKey   = regexp.MustCompile(`\s*/Filter /FlateDecode`)
	xrefTable   = regexp.MustCompile(`(?s)\nxref\n.*?\ntrailer`)
	startXref   = regexp.MustCompile(`startxref\s*\d+`)
)

// pdfContent is a PDF with every stream inflated and what depends on the
// compressed sizes (stream lengths, the cross-reference table's offsets)
// left out, so golden PDFs compare what is drawn and not how zlib packed
// it: a layout change shows, a compression change does not.
func pdfContent(t testing.TB, pdf []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	rest := pdf
	for {
		m := streamStart.FindIndex(rest)
		if m == nil {
			break
		}
		objAt := bytes.LastIndex(rest[:m[0]], []byte(" 0 obj"))
		if objAt < 0 {
			t.Fatalf("a stream outside an object at byte %d", len(pdf)-len(rest)+m[0])
		}
		dict := rest[objAt : m[0]+2]
		l := streamLen.FindSubmatch(dict)
		if l == nil {
			t.Fatalf("a stream without a length: %q", dict)
		}
		n, _ := strconv.Atoi(string(l[1]))
		if m[1]+n > len(rest) {
			t.Fatalf("a stream of %d bytes runs past the end of the file", n)
		}
		data := rest[m[1] : m[1]+n]
		if bytes.Contains(dict, []byte("/FlateDecode")) {
			zr, err := zlib.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("inflating a stream: %v", err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				t.Fatalf("inflating a stream: %v", err)
			}
		}
		out.Write(rest[:objAt])
		out.Write(filterKey.ReplaceAll(lengthKey.ReplaceAll(dict, nil), nil))
		out.WriteString("\nstream\n")
		out.Write(data)
		rest = rest[m[1]+n:]
	}
	out.Write(startXref.ReplaceAll(xrefTable.ReplaceAll(rest, []byte("\ntrailer")), []byte("startxref")))
	return out.Bytes()
}

func TestPDFContentIgnoresCompression(t *testing.T) {
	c := testContent(t)
	var packed, plain bytes.Buffer
	if _, err := render(&packed, c, []*workshop.Answers{zoe()}, Options{}, false, true); err != nil {
		t.Fatal(err)
	}
	if _, err := render(&plain, c, []*workshop.Answers{zoe()}, Options{}, false, false); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(packed.Bytes(), plain.Bytes()) {
		t.Fatal("compression made no difference to the bytes")
	}
	if !bytes.Equal(pdfContent(t, packed.Bytes()), pdfContent(t, plain.Bytes())) {
		t.Error("the same plan compressed and not differs in content")
	}
	other := renderPDF(t, c, lukasz(), Options{})
	if bytes.Equal(pdfContent(t, packed.Bytes()), pdfContent(t, other)) {
		t.Error("two different plans have the same content")
	}
}
