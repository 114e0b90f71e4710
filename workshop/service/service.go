// Package service does LeadShift's work that is not drawing: it saves
// plans, answers, exports and print packs to files, keeps the library of
// workshops, hosts a room (store, certificate, listener, discovery) and
// keeps a participant's link to a live room. Screens reach it through
// narrow interfaces declared next to them (ui/journey, ui/live,
// ui/console, ui/library), so their tests can pass fakes. It knows nothing
// of Fyne: background work reports through plain callbacks.
package service

import (
	"io"

	"github.com/leadshift/leadshift/workshop"
)

// Print says how plans are printed: the paper size ("a4" or "letter") and
// the workshop title in the page header (empty for the default).
type Print struct {
	Paper, Title string
	Compact      bool // only the plan pages, without the evidence behind them
}

// RenderPlan writes one participant's plan as a PDF.
type RenderPlan func(w io.Writer, c *workshop.Content, a *workshop.Answers, p Print) error

// RenderPack writes many participants' plans into one PDF for duplex
// printing.
type RenderPack func(w io.Writer, c *workshop.Content, all []*workshop.Answers, p Print) error
