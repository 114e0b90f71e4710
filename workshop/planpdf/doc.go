package planpdf

import (
	"fmt"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/analysis"
	"github.com/leadshift/leadshift/workshop/manager"
)

// Page geometry in millimetres.
const (
	marginX      = 20.0 // left and right
	marginTop    = 27.0 // content starts below the header
	marginBottom = 20.0 // content ends above the footer
	headerY      = 10.0 // top of the header's first line
	footerGap    = 13.0 // footer text box from the bottom edge
)

// epoch dates a document whose answers carry no time at all, so that the
// output stays deterministic.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// doc is one PDF being drawn: the gofpdf document, its geometry, and the
// plan currently being drawn.
type doc struct {
	pdf    *gofpdf.Fpdf
	title  string  // workshop title
	pageW  float64 // page width
	pageH  float64 // page height
	cw     float64 // content width
	starts []int   // first page of every plan drawn so far

	compact bool // only the plan pages

	c     *workshop.Content
	a     *workshop.Answers
	r     *analysis.Report // the one analysis of a's answers
	p     *workshop.Plan   // the participant's plan, or the draft
	draft bool             // p was drafted from the answers, not written

	footer  string          // the footer's left text; the plan's when empty
	pending *pendingSection // drawn with the next subsection
	dense   bool            // tables are drawn with less padding
}

// newDoc sets up an empty document for the given plans: page size,
// margins, fonts, and metadata dated by the newest answers.
func newDoc(paper Paper, title string, all []*workshop.Answers, compress, compact bool) *doc {
	size := "A4"
	if paper == Letter {
		size = "Letter"
	}
	pdf := gofpdf.New("P", "mm", size, "")
	addFonts(pdf)
	pdf.SetMargins(marginX, marginTop, marginX)
	pdf.SetAutoPageBreak(true, marginBottom)
	pdf.SetCellMargin(0)
	pdf.SetCompression(compress)
	pdf.SetCatalogSort(true)
	var stamp time.Time
	for _, a := range all {
		if t, ok := answersTime(a); ok && t.After(stamp) {
			stamp = t
		}
	}
	if stamp.IsZero() {
		stamp = epoch
	}
	pdf.SetCreationDate(stamp)
	pdf.SetModificationDate(stamp)
	pdf.SetCreator("LeadShift", true)
	pdf.SetTitle(clean(title), true)
	if len(all) == 1 {
		pdf.SetAuthor(clean(all[0].Participant.Name), true)
		pdf.SetSubject(clean("Personal development plan of "+all[0].Participant.Name), true)
	}
	w, h := pdf.GetPageSize()
	return &doc{pdf: pdf, title: title, pageW: w, pageH: h, cw: w - 2*marginX, compact: compact}
}

// answersTime is when the answers were last changed, for dating the plan;
// false when they carry no time at all.
func answersTime(a *workshop.Answers) (time.Time, bool) {
	switch {
	case !a.Updated.IsZero():
		return a.Updated.UTC(), true
	case !a.Created.IsZero():
		return a.Created.UTC(), true
	}
	return time.Time{}, false
}

// plan draws one participant's plan, starting on a new page: the plan
// itself first, then (unless compact) the evidence it rests on. Then it
// adds the header and footer to each of its pages. Everything is read from
// one analysis of the answers; nothing here scores anything.
func (d *doc) plan(c *workshop.Content, a *workshop.Answers, m *manager.Response) {
	d.c, d.a = c, a
	d.r = analysis.Analyze(c, a, analysis.WithManager(m))
	d.p, d.draft = a.Plan, false
	start, _ := answersTime(a)
	if start.IsZero() {
		start = epoch
	}
	switch {
	case d.p == nil:
		d.p, d.draft = analysis.NewPlan(c, a, d.r, start), true
	case d.p.DraftedFrom != "" && analysis.Stale(a, d.p):
		// The answers changed after the plan was drafted (the participant
		// finished an exercise and did not open the plan again): it
		// prints as the plan step would show it, their own words kept.
		d.p = analysis.Redraft(c, a, d.r, d.p, start).Plan
	}
	d.pdf.AddPage()
	first := d.pdf.PageNo()
	d.starts = append(d.starts, first)
	d.planPages()
	if !d.compact {
		d.evidence()
	}
	d.decorate(first, d.pdf.PageNo())
}

// decorate draws the header and footer on pages first..last. It runs once
// the plan is complete, when its page count is known; automatic page
// breaks are off meanwhile so the footer cannot spill onto a new page.
func (d *doc) decorate(first, last int) {
	name := strings.TrimSpace(d.a.Participant.Name)
	if name == "" {
		name = "Participant"
	}
	date := ""
	if t, ok := answersTime(d.a); ok {
		date = t.Format("2 January 2006")
	}
	d.pdf.SetAutoPageBreak(false, 0)
	for p := first; p <= last; p++ {
		d.pdf.SetPage(p)
		d.resetState()
		x, right := marginX, d.pageW-marginX

		d.style("B", smallSize, ink)
		d.pdf.SetXY(x, headerY)
		d.pdf.CellFormat(d.cw, 4.5, d.fit(name, d.cw), "", 0, "L", false, 0, "")
		d.style("", smallSize, muted)
		dateW := d.pdf.GetStringWidth(date)
		d.pdf.SetXY(x, headerY+4.8)
		title := d.title
		if d.draft {
			title += " - draft suggested from your answers"
		}
		d.pdf.CellFormat(d.cw-dateW-6, 4.5, d.fit(title, d.cw-dateW-6), "", 0, "L", false, 0, "")
		d.pdf.SetXY(right-dateW, headerY+4.8)
		d.pdf.CellFormat(dateW, 4.5, date, "", 0, "R", false, 0, "")
		d.rule(headerY+11, greyRule, 0.3)

		footY := d.pageH - footerGap
		d.rule(footY-1.5, greyRule, 0.3)
		d.style("", smallSize, muted)
		d.pdf.SetXY(x, footY)
		d.pdf.CellFormat(d.cw/2, 4.5, nameOr(d.footer, "Personal development plan"), "", 0, "L", false, 0, "")
		d.pdf.SetXY(x+d.cw/2, footY)
		d.pdf.CellFormat(d.cw/2, 4.5, fmt.Sprintf("Page %d of %d", p-first+1, last-first+1), "", 0, "R", false, 0, "")
	}
	d.pdf.SetPage(last)
	d.pdf.SetAutoPageBreak(true, marginBottom)
}

// resetState re-emits the graphics state on a page revisited with
// SetPage: gofpdf skips a font or colour it believes is already set, but
// the page's own content stream may have ended with another one. The font
// set here differs from the header's first, so that one is always written.
func (d *doc) resetState() {
	d.pdf.SetFont(family, "I", smallSize)
	d.pdf.SetFillColor(255, 255, 255)
	d.pdf.SetDrawColor(greyRule.r, greyRule.g, greyRule.b)
	d.pdf.SetLineWidth(0.2)
}
