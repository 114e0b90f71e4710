package planpdf

import (
	"bytes"
	"fmt"
	"image"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// TestDraftHeader: without a written plan the document prints the plan
// NewPlan drafts, and every page's header says it is a draft.
func TestDraftHeader(t *testing.T) {
	c := testContent(t)
	const draft = "draft suggested from your answers"
	pdf := renderPDF(t, c, lukasz(), Options{})
	pages, _ := pdfInfo(t, pdf)
	for p := 1; p <= pages; p++ {
		if text := flat(pdfText(t, pdf, p, p)); !strings.Contains(text, DefaultTitle+" - "+draft) {
			t.Errorf("page %d: header does not say the plan is a draft:\n%s", p, text)
		}
	}
	if first := flat(pdfText(t, pdf, 1, 1)); !strings.Contains(first, "Focus area 1: Giving feedback") {
		t.Errorf("the drafted plan's focus area is missing from page 1:\n%s", first)
	}
	if text := pdfText(t, renderPDF(t, c, zoe(), Options{}), 0, 0); strings.Contains(text, draft) {
		t.Error("a written plan is called a draft")
	}
}

// TestPlanOnPageOne: the plan itself opens the document; the evidence
// comes after it.
func TestPlanOnPageOne(t *testing.T) {
	c := testContent(t)
	for name, a := range map[string]*workshop.Answers{"written": zoe(), "draft": lukasz(), "long": longAnswers()} {
		t.Run(name, func(t *testing.T) {
			pdf := renderPDF(t, c, a, Options{})
			first := flat(pdfText(t, pdf, 1, 1))
			for i, w := range []string{"Personal development plan: the next 90 days", "Focus area 1:", "Goal", "70% - on the job", "First step"} {
				if name == "long" && i > 2 {
					break // 2000 characters of why and goal fill page 1
				}
				if !strings.Contains(first, w) {
					t.Errorf("page 1: %q missing", w)
				}
			}
			all := flat(pdfText(t, pdf, 0, 0))
			plan, evidence := strings.Index(all, "Signatures"), strings.Index(all, "The evidence behind the plan")
			if plan < 0 || evidence < 0 || evidence < plan {
				t.Errorf("the evidence (at %d) should follow the signatures (at %d)", evidence, plan)
			}
		})
	}
}

// emptyFields is a written plan with every optional field left empty.
func emptyFields() *workshop.Answers {
	a := zoe()
	a.Participant.Role, a.Participant.Manager, a.Participant.LeadershipTime, a.Participant.TeamSize = "", "", "", 0
	a.Reflections = map[string]string{}
	a.Delegations = nil
	a.Week = workshop.Week{}
	a.Plan = &workshop.Plan{Focus: []workshop.FocusArea{{Title: "Coaching"}, {Skill: "delegating"}},
		Obstacles: []workshop.Obstacle{{}}, StopDoing: []string{" "}, Reviews: []string{""}}
	return a
}

// TestEmptyFieldsLeftOut: an empty field is left out, label and all; the
// document never says "not filled in" or prints a label with nothing.
// Obstacles are the exception: a plan with a focus gets a box to write
// them in.
func TestEmptyFieldsLeftOut(t *testing.T) {
	c := testContent(t)
	for name, a := range map[string]*workshop.Answers{"empty fields": emptyFields(), "written": zoe(), "draft": lukasz(), "long": longAnswers()} {
		t.Run(name, func(t *testing.T) {
			text := flat(pdfText(t, renderPDF(t, c, a, Options{}), 0, 0))
			for _, w := range []string{"not filled in", "not answered", "no date", "none planned", "Manager:  ", "· ·"} {
				if strings.Contains(strings.ToLower(text), strings.ToLower(w)) {
					t.Errorf("%q printed", w)
				}
			}
		})
	}
	text := flat(pdfText(t, renderPDF(t, c, emptyFields(), Options{}), 0, 0))
	for _, w := range []string{"Why this, why now", "Measured by", "Done by", "If-then plan", "Support", "First step",
		"70% - on the job", "The shift I am making", "What I will stop doing myself",
		"30-60-90 days", "Delegation map", "My reflections", "My week"} {
		if strings.Contains(text, w) {
			t.Errorf("%q printed for an empty field", w)
		}
	}
	// Obstacles nobody named yet are the person's to write in by hand.
	for _, w := range []string{"Focus area 1: Coaching", "Focus area 2 Obstacles and how I will handle them What is most likely to get in the way", "The conversation with my manager", "Time, mandate, introductions", "Signatures", "Participant: Zoë Müller", "Manager Date", "Progress log"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q missing", w)
		}
	}
}

// dash matches a dash pattern being set in an uncompressed page stream.
var dash = regexp.MustCompile(`\[[\d.]+ [\d.]+\] [\d.]+ d`)

// TestUnscoredDimension: a dimension with too few answers is labelled "not
// enough answers" and drawn as a dashed axis, never as a score of 0.
func TestUnscoredDimension(t *testing.T) {
	c := testContent(t)
	a := lukasz() // Working through people: none answered; Rescuing or leading: 2 of 5
	r := analysis.Analyze(c, a)
	unscored := 0
	for _, d := range r.Dimensions {
		if d.Score == nil {
			unscored++
		}
	}
	if unscored != 2 {
		t.Fatalf("fixture: want 2 dimensions without a score, got %d", unscored)
	}
	var buf bytes.Buffer
	if _, err := render(&buf, c, []*workshop.Answers{a}, Options{}, false, false); err != nil {
		t.Fatal(err)
	}
	if n := len(dash.FindAll(buf.Bytes(), -1)); n != unscored {
		t.Errorf("%d dashed axes drawn, want %d", n, unscored)
	}
	text := flat(pdfText(t, buf.Bytes(), 0, 0))
	for _, w := range []string{"Working through people not enough answers", "Rescuing or leading not enough answers",
		"Working through people: not enough answers. You answered 0 of its 3 statements",
		"Rescuing or leading: not enough answers. You answered 2 of its 5 statements"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q missing", w)
		}
	}
	if strings.Contains(text, " 0 of 100") {
		t.Error("a dimension without a score is printed as 0 of 100")
	}
	// With every dimension scored, nothing is dashed.
	buf.Reset()
	if _, err := render(&buf, c, []*workshop.Answers{zoe()}, Options{}, false, false); err != nil {
		t.Fatal(err)
	}
	if n := len(dash.FindAll(buf.Bytes(), -1)); n != 0 {
		t.Errorf("%d dashed axes drawn for a fully scored profile", n)
	}
}

// TestCompact: the compact version is the plan pages only, for the print
// pack; the full one adds the evidence.
func TestCompact(t *testing.T) {
	c := testContent(t)
	for name, a := range map[string]*workshop.Answers{"written": zoe(), "draft": lukasz()} {
		t.Run(name, func(t *testing.T) {
			full, compact := renderPDF(t, c, a, Options{}), renderPDF(t, c, a, Options{Compact: true})
			nf, _ := pdfInfo(t, full)
			nc, _ := pdfInfo(t, compact)
			if nc >= nf || nc > 3 {
				t.Errorf("compact has %d pages, full %d: want fewer, and at most 3", nc, nf)
			}
			text := flat(pdfText(t, compact, 0, 0))
			for _, w := range []string{"Focus area 1:", "The conversation with my manager", "How do you see the team's situation today?", "Signatures", "Progress log", fmt.Sprintf("Page %d of %d", nc, nc)} {
				if !strings.Contains(text, w) {
					t.Errorf("compact: %q missing", w)
				}
			}
			for _, w := range []string{"The evidence behind the plan", "Readiness profile"} {
				if strings.Contains(text, w) {
					t.Errorf("compact: %q printed", w)
				}
			}
		})
	}
	var buf bytes.Buffer
	starts, err := render(&buf, c, []*workshop.Answers{zoe(), lukasz(), zoe()}, Options{Compact: true}, true, true)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := pdfInfo(t, buf.Bytes()); n > 3*4 || n%2 != 0 {
		t.Errorf("a compact pack of three plans has %d pages, want an even number, at most 12", n)
	}
	for i, p := range starts {
		if p%2 != 1 {
			t.Errorf("compact plan %d starts on page %d, want an odd page", i+1, p)
		}
	}
}

// TestHyphen: the hyphen is drawn with a hyphen glyph, narrower than the
// en dash (the Go fonts drew a wide minus), and stays a plain hyphen in
// the text.
func TestHyphen(t *testing.T) {
	for _, s := range styles {
		f, err := sfnt.Parse(s.ttf)
		if err != nil {
			t.Fatal(err)
		}
		if hy, dash := advance(t, f, '-'), advance(t, f, '–'); hy >= dash*3/4 {
			t.Errorf("style %q: the hyphen is %v wide, the en dash %v", s.style, hy, dash)
		}
	}
	text := pdfText(t, renderPDF(t, testContent(t), zoe(), Options{}), 0, 0)
	for _, w := range []string{"key-account", "one-to-ones", "70% - on the job", "30-60-90 days"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q does not come out of the PDF with plain hyphens", w)
		}
	}
	if strings.ContainsRune(text, '\u00AD') {
		t.Error("the text holds soft hyphens")
	}
}

// TestPagesFilled: no page but the last is less than a third full.
func TestPagesFilled(t *testing.T) {
	c := testContent(t)
	for name, a := range map[string]*workshop.Answers{"written": zoe(), "draft": lukasz(), "long": longAnswers(), "empty fields": emptyFields()} {
		t.Run(name, func(t *testing.T) {
			pdf := renderPDF(t, c, a, Options{})
			pages, _ := pdfInfo(t, pdf)
			checkFill(t, pdf, pages)
		})
	}
}

// TestFlatProfile: when the scores lie close together the profile says no
// single dimension stands out, and all-middle answers are named as
// something to talk through.
func TestFlatProfile(t *testing.T) {
	c := testContent(t)
	a := lukasz()
	for _, d := range c.Dimensions {
		for _, it := range d.Items {
			a.Ratings[it.ID] = 3
		}
	}
	r := analysis.Analyze(c, a)
	if !r.Flat || !r.Has(analysis.FlagAllMiddle) {
		t.Fatalf("fixture: want a flat, all-middle report, got flat %v, flags %v", r.Flat, r.Flags)
	}
	text := flat(pdfText(t, renderPDF(t, c, a, Options{}), 0, 0))
	for _, w := range []string{"no single dimension stands out", "You chose the middle of the scale", "Things to talk through"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q missing", w)
		}
	}
}

// advance is the width of r's glyph at 1000 units per em.
func advance(t *testing.T, f *sfnt.Font, r rune) fixed.Int26_6 {
	t.Helper()
	var buf sfnt.Buffer
	g, err := f.GlyphIndex(&buf, r)
	if err != nil || g == 0 {
		t.Fatalf("no glyph for %q: %v", r, err)
	}
	a, err := f.GlyphAdvance(&buf, g, fixed.I(1000), font.HintingNone)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// glyphInk draws r's glyph at 100 pixels per em and returns the coverage of the
// pixel at (x, y) of its bounding box (0..1 each way), and the box.
func glyphInk(t *testing.T, f *sfnt.Font, r rune, x, y float64) (uint8, fixed.Rectangle26_6) {
	t.Helper()
	var buf sfnt.Buffer
	g, _ := f.GlyphIndex(&buf, r)
	segs, err := f.LoadGlyph(&buf, g, fixed.I(100), nil)
	if err != nil {
		t.Fatal(err)
	}
	b := segs.Bounds()
	w, h := (b.Max.X-b.Min.X).Ceil()+1, (b.Max.Y-b.Min.Y).Ceil()+1
	z := vector.NewRasterizer(w, h)
	pt := func(p fixed.Point26_6) (float32, float32) {
		return float32(p.X-b.Min.X) / 64, float32(p.Y-b.Min.Y) / 64
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			z.MoveTo(pt(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			z.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			z.QuadTo(x1, y1, x2, y2)
		case sfnt.SegmentOpCubeTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			x3, y3 := pt(s.Args[2])
			z.CubeTo(x1, y1, x2, y2, x3, y3)
		}
	}
	img := image.NewAlpha(image.Rect(0, 0, w, h))
	z.Draw(img, img.Bounds(), image.Opaque, image.Point{})
	return img.AlphaAt(int(x*float64(w-1)), int(y*float64(h-1))).A, b
}

// TestPlainLiningFigures: the body fonts' zero is plain (its centre is
// blank; the Go fonts' slashed zero was not) and every figure is lining:
// it stands on the baseline and is as tall as the zero.
func TestPlainLiningFigures(t *testing.T) {
	for _, s := range styles {
		f, err := sfnt.Parse(s.ttf)
		if err != nil {
			t.Fatal(err)
		}
		if a, _ := glyphInk(t, f, '0', 0.5, 0.5); a > 0 {
			t.Errorf("style %q: the zero has ink at its centre (%d): slashed or dotted", s.style, a)
		}
		if a, _ := glyphInk(t, f, '0', 0.5, 0.02); a == 0 {
			t.Errorf("style %q: the test sees no ink at the zero's top: it looks at the wrong place", s.style)
		}
		_, zero := glyphInk(t, f, '0', 0, 0)
		for _, r := range "123456789" {
			_, b := glyphInk(t, f, r, 0, 0)
			// y grows downwards: Min.Y is the top, Max.Y the bottom.
			if d := b.Min.Y - zero.Min.Y; d < -fixed.I(3) || d > fixed.I(3) {
				t.Errorf("style %q: %q's top is %v from the zero's: not a lining figure", s.style, r, d)
			}
			if d := b.Max.Y - zero.Max.Y; d < -fixed.I(3) || d > fixed.I(3) {
				t.Errorf("style %q: %q's foot is %v from the zero's: not a lining figure", s.style, r, d)
			}
		}
	}
}

// TestTableContinuationKeepsThreeRows: a table whose last row does not fit
// on its page takes two more rows over with it, so the continued table is
// never one lonely row under a repeated header; a table that fits is not
// broken.
func TestTableContinuationKeepsThreeRows(t *testing.T) {
	cols := []column{{title: "What", share: 0.5, align: "L"}, {title: "Who", share: 0.5, align: "L"}}
	var rows [][]string
	for i := 1; i <= 20; i++ {
		rows = append(rows, []string{fmt.Sprintf("row %02d", i), "Marek"})
	}
	widths, _, _ := newDoc(A4, "t", nil, false, false).tableHead(cols)
	rowH := newDoc(A4, "t", nil, false, false).rowHeight(rows[19], widths, 1000)
	for _, tc := range []struct {
		name      string
		spare     float64 // room left under the table, beyond its height; negative: short
		lastOnOne string  // the last row on the first page
	}{
		{"fits", 0.5, "row 20"},
		{"one row over", 0.5 - rowH, "row 17"},
		{"two rows over", 0.5 - 2*rowH, "row 17"},
		{"three rows over", 0.5 - 3*rowH, "row 17"},
		{"four rows over", 0.5 - 4*rowH, "row 16"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(A4, "t", nil, false, false)
			d.pdf.AddPage()
			d.pdf.SetY(d.bottom() - d.tableHeight(cols, rows) - tc.spare)
			d.table("Delegation", cols, rows)
			var buf bytes.Buffer
			if err := d.pdf.Output(&buf); err != nil {
				t.Fatal(err)
			}
			first := pdfText(t, buf.Bytes(), 1, 1)
			found := regexp.MustCompile(`row \d\d`).FindAllString(first, -1)
			if len(found) == 0 || found[len(found)-1] != tc.lastOnOne {
				t.Errorf("first page ends with %v, want %s", found, tc.lastOnOne)
			}
		})
	}
}

// TestAlignedStatementsAreASmallTable: the statements rated within a
// point of each other are a table, two to a row with both ratings, not a
// paragraph of number pairs.
func TestAlignedStatementsAreASmallTable(t *testing.T) {
	rows := [][]string{{"a", "3 / 4"}, {"b", "3 / 3"}, {"c", "2 / 3"}}
	got := pairUp(rows)
	want := [][]string{{"a", "3 / 4", "c", "2 / 3"}, {"b", "3 / 3", "", ""}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("pairUp = %q, want %q", got, want)
	}
	c, a := example(t)
	text := flat(pdfText(t, renderPDF(t, c, a, Options{}), 0, 0))
	if strings.Contains(text, "(you, your organisation)") || !strings.Contains(text, "Within a point of each other") || !strings.Contains(text, "I / org.") {
		t.Errorf("the statements within a point are not a table:\n%s", text)
	}
}

// TestStalePlanPrintsCaughtUp: a plan drafted before the week's counts
// were filled in prints with the baseline they give, and the goal the
// person wrote.
func TestStalePlanPrintsCaughtUp(t *testing.T) {
	c, a := example(t)
	week := a.Week
	a.Week = workshop.Week{}
	a.Plan = analysis.Draft(c, a, analysis.Analyze(c, a), a.Updated)
	const mine = "Hand the Monday patch review to the team and only read its summary."
	a.Plan.Focus[0].Goal.Specific = mine
	a.Plan.Focus[0].MarkEdited(workshop.AreaSpecific)
	a.Week = week
	var baselines []string
	for _, f := range analysis.Redraft(c, a, analysis.Analyze(c, a), a.Plan, a.Updated).Plan.Focus {
		baselines = append(baselines, "Today "+f.Goal.Baseline)
	}
	text := flat(pdfText(t, renderPDF(t, c, a, Options{Compact: true}), 0, 0))
	if !strings.Contains(text, mine) {
		t.Error("the person's goal is not printed")
	}
	for _, b := range baselines {
		if !strings.Contains(text, b) {
			t.Errorf("the printed plan lacks %q:\n%s", b, text)
		}
	}
}

// TestShortTableMovesWhole: a table of three rows or fewer that does not
// fit where it starts moves to the next page whole, with its heading: a
// continuation of one or two rows is never left alone under a repeated
// header, and the heading never stays alone at the foot of the page.
func TestShortTableMovesWhole(t *testing.T) {
	cols := []column{{title: "When", share: 0.2, align: "L"}, {title: "What", share: 0.8, align: "L"}}
	long := strings.Repeat("a milestone that takes a few lines to say ", 6)
	rows := [][]string{{"Day 30", long}, {"Day 60", long}, {"Day 90", long}}
	d := newDoc(A4, "t", nil, false, false)
	d.pdf.AddPage()
	// Room for the heading, the header and two rows, not three.
	widths, _, _ := d.tableHead(cols)
	d.pdf.SetY(d.bottom() - d.tableHeight(cols, rows) - 12 + d.rowHeight(rows[2], widths, 1000)/2)
	d.sub("30-60-90 days", d.tableKeep(cols, rows))
	d.table("30-60-90 days", cols, rows)
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	first, second := flat(pdfText(t, buf.Bytes(), 1, 1)), flat(pdfText(t, buf.Bytes(), 2, 2))
	if strings.Contains(first, "30-60-90 days") || strings.Contains(first, "Day 30") {
		t.Errorf("the heading or a row stayed on page 1: %q", first)
	}
	if !strings.Contains(second, "30-60-90 days When What Day 30") || !strings.Contains(second, "Day 90") || strings.Contains(second, "(continued)") {
		t.Errorf("page 2 does not hold the heading and the whole table: %q", second)
	}
	// With exactly the room for the heading and the whole table, both
	// stay on the page.
	d = newDoc(A4, "t", nil, false, false)
	d.pdf.AddPage()
	d.pdf.SetY(d.bottom() - d.tableHeight(cols, rows) - 5.6 - subGap - 0.01)
	d.sub("30-60-90 days", d.tableKeep(cols, rows))
	d.table("30-60-90 days", cols, rows)
	if pages := d.pdf.PageNo(); pages != 1 {
		t.Errorf("a heading and table with just enough room took %d pages", pages)
	}
}
