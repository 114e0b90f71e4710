package service

import (
	"bytes"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

// SaveProgress writes the progress report of a's latest re-assessment to
// path: the page for the 90-day conversation with the manager.
func (f *Files) SaveProgress(path string, c *workshop.Content, a *workshop.Answers, p Print) error {
	var buf bytes.Buffer
	if err := f.RenderProgress(&buf, c, a, p); err != nil {
		return err
	}
	return storage.WriteAtomic(path, buf.Bytes(), storage.Private)
}

// SavePulseSheet writes the anonymous team pulse sheet to path, to print
// and hand round.
func (f *Files) SavePulseSheet(path string, c *workshop.Content, p Print) error {
	var buf bytes.Buffer
	if err := f.RenderPulseSheet(&buf, c, p); err != nil {
		return err
	}
	return storage.WriteAtomic(path, buf.Bytes(), storage.Shared)
}
