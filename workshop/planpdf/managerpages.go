package planpdf

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/leadshift/leadshift/workshop"
)

// RenderGuide writes the one-page guide for managers from the content
// pack's words.
func RenderGuide(w io.Writer, c *workshop.Content, opt Options) error {
	if c == nil || c.Manager == nil {
		return errors.New("planpdf: the content pack has no manager guide")
	}
	d, err := standalone(opt, c.Manager.GuideTitle)
	if err != nil {
		return err
	}
	d.pdf.AddPage()
	d.text(marginX, d.cw, c.Manager.GuideTitle, "B", 16, 7.5, accent)
	d.pdf.SetY(d.pdf.GetY() + 1)
	for _, s := range c.Manager.Guide {
		d.sub(s.Heading, 2*bodyLine)
		d.para(s.Text)
	}
	return d.output(w)
}

// standalone sets up a document that is not a plan, titled title.
func standalone(opt Options, title string) (*doc, error) {
	paper := A4
	if opt.Paper != "" {
		p, err := ParsePaper(string(opt.Paper))
		if err != nil {
			return nil, fmt.Errorf("planpdf: %w", err)
		}
		paper = p
	}
	d := newDoc(paper, title, nil, true, true)
	if opt.Producer != "" {
		d.pdf.SetProducer(opt.Producer, true)
	}
	return d, nil
}

// output writes the document.
func (d *doc) output(w io.Writer) error {
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("planpdf: %w", err)
	}
	return nil
}

func nameOr(s, other string) string {
	if s = strings.TrimSpace(s); s != "" {
		return s
	}
	return other
}
