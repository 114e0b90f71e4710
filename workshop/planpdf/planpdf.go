// Package planpdf renders a participant's personal action plan as a
// printable PDF with gofpdf.
//
// A plan is a document people keep and print. It opens with the plan
// itself: the shift, the focus areas as SMART goals with 70-20-10 actions,
// strengths, a stop-doing list, 30-60-90 milestones, obstacles, the
// manager's commitments, signatures and a progress log. The evidence it
// rests on follows: readiness profile, things to talk through,
// expectations, questions for the manager, skills, delegation map, the
// week and reflections. Options.Compact leaves the evidence out. Every page carries the
// participant's name, the workshop title and the date in its header and
// "Page X of Y" in its footer. The output is deterministic: the same
// answers give the same bytes.
package planpdf

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

// Paper is a paper size: A4 or Letter.
type Paper string

// The supported paper sizes.
const (
	A4     Paper = "a4"
	Letter Paper = "letter"
)

// ParsePaper reads a paper size name, ignoring case and surrounding space.
func ParsePaper(s string) (Paper, error) {
	switch p := Paper(strings.ToLower(strings.TrimSpace(s))); p {
	case A4, Letter:
		return p, nil
	}
	return "", fmt.Errorf("paper size %q: want \"a4\" or \"letter\"", s)
}

// letterRegions are the territories that print on US Letter (CLDR
// measurement data); everywhere else uses A4.
var letterRegions = map[string]bool{
	"BZ": true, "CA": true, "CL": true, "CO": true, "CR": true, "GT": true, "MX": true,
	"NI": true, "PA": true, "PH": true, "PR": true, "SV": true, "US": true, "VE": true,
}

// DefaultPaper returns the usual paper size for a locale such as
// "en_US.UTF-8", "fr-CA" or "fil_PH": Letter in the Americas' Letter
// countries and the Philippines, A4 everywhere else and when the locale
// names no region.
func DefaultPaper(locale string) Paper {
	if i := strings.IndexAny(locale, ".@"); i >= 0 {
		locale = locale[:i]
	}
	parts := strings.FieldsFunc(locale, func(r rune) bool { return r == '_' || r == '-' })
	for _, p := range parts[min(1, len(parts)):] {
		if len(p) == 2 && letterRegions[strings.ToUpper(p)] {
			return Letter
		}
	}
	return A4
}

// DefaultTitle is the workshop title printed when Options.Title is empty.
const DefaultTitle = "LeadShift personal development plan"

// Options control how plans are rendered.
type Options struct {
	Paper Paper  // A4 when empty
	Title string // workshop title in the page header; DefaultTitle when empty
	// Compact prints only the plan pages, without the evidence behind
	// them: for a print pack that people take to their managers.
	Compact bool
	// Manager is the manager's response to read with the answers it is
	// bound to (manager.Bind); other answers are read without it.
	Manager *manager.Response
	// Producer is the PDF's producer field, e.g. "LeadShift 0.1.0";
	// gofpdf's own when empty.
	Producer string
}

// Render writes one participant's plan as a PDF.
func Render(w io.Writer, c *workshop.Content, a *workshop.Answers, opt Options) error {
	if a == nil {
		return errors.New("planpdf: no answers to render")
	}
	_, err := render(w, c, []*workshop.Answers{a}, opt, false, true)
	return err
}

// RenderPack writes every plan into one PDF for printing in one go. Each
// plan starts on an odd page, so that duplex printing never puts two
// people on one sheet; a blank page is inserted where needed and the pack
// ends on an even page. Page numbers count within each plan.
func RenderPack(w io.Writer, c *workshop.Content, all []*workshop.Answers, opt Options) error {
	if len(all) == 0 {
		return errors.New("planpdf: no plans to render")
	}
	for i, a := range all {
		if a == nil {
			return fmt.Errorf("planpdf: plan %d has no answers", i+1)
		}
	}
	_, err := render(w, c, all, opt, true, true)
	return err
}

// render draws the plans and writes the PDF. It returns the first page of
// each plan. pack aligns plans to odd pages; compress is off only in
// tests that read the page streams.
func render(w io.Writer, c *workshop.Content, all []*workshop.Answers, opt Options, pack, compress bool) ([]int, error) {
	if c == nil {
		return nil, errors.New("planpdf: no content pack")
	}
	paper := A4
	if opt.Paper != "" {
		p, err := ParsePaper(string(opt.Paper))
		if err != nil {
			return nil, fmt.Errorf("planpdf: %w", err)
		}
		paper = p
	}
	title := strings.TrimSpace(opt.Title)
	if title == "" {
		title = DefaultTitle
	}
	d := newDoc(paper, title, all, compress, opt.Compact)
	if opt.Producer != "" {
		d.pdf.SetProducer(opt.Producer, true)
	}
	for i, a := range all {
		if pack && i > 0 && d.pdf.PageNo()%2 == 1 {
			d.pdf.AddPage()
		}
		d.plan(c, a, managerFor(opt.Manager, a))
	}
	if pack && d.pdf.PageNo()%2 == 1 {
		d.pdf.AddPage()
	}
	if err := d.pdf.Output(w); err != nil {
		return nil, fmt.Errorf("planpdf: %w", err)
	}
	return d.starts, nil
}
