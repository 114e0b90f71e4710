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
	"github.com/leadshift/leadshift/workshop/manager"
)

// Print says how plans are printed: the paper size ("a4" or "letter") and
// the workshop title in the page header (empty for the default).
type Print struct {
	Paper, Title string
	Compact      bool // only the plan pages, without the evidence behind them
	// Manager is the manager's response applied to the answers printed,
	// or nil; it prints only on its owner's own plan.
	Manager *manager.Response
}

// RenderRequest writes a request for a participant's manager as a
// printable form; RenderGuide writes the one-page guide for managers.
type (
	RenderRequest func(w io.Writer, c *workshop.Content, q *manager.Request, p Print) error
	RenderGuide   func(w io.Writer, c *workshop.Content, p Print) error
)

// RenderPlan writes one participant's plan as a PDF.
type RenderPlan func(w io.Writer, c *workshop.Content, a *workshop.Answers, p Print) error

// RenderPack writes many participants' plans into one PDF for duplex
// printing.
type RenderPack func(w io.Writer, c *workshop.Content, all []*workshop.Answers, p Print) error
