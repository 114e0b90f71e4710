package service

import (
	"bytes"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/storage"
)

// SaveRequest writes a participant's request for their manager to path.
func (f *Files) SaveRequest(path string, q *manager.Request) error {
	return storage.WriteRequest(path, q)
}

// OpenRequest reads and checks a request a team member sent.
func (f *Files) OpenRequest(path string) (*manager.Request, error) {
	return storage.ReadRequest(path)
}

// SaveResponse writes a manager's response to path, to send back.
func (f *Files) SaveResponse(path string, r *manager.Response) error {
	return storage.WriteResponse(path, r, storage.Shared)
}

// OpenResponse reads and checks a manager's response file on its own;
// manager.Apply checks it against the participant's answers.
func (f *Files) OpenResponse(path string) (*manager.Response, error) {
	return storage.ReadResponse(path)
}

// SaveRequestPDF writes request q as a printable form to path, for a
// manager who prefers paper.
func (f *Files) SaveRequestPDF(path string, c *workshop.Content, q *manager.Request, p Print) error {
	var buf bytes.Buffer
	if err := f.RenderRequest(&buf, c, q, p); err != nil {
		return err
	}
	return storage.WriteAtomic(path, buf.Bytes(), storage.Shared)
}

// SaveGuide writes the one-page guide for managers to path.
func (f *Files) SaveGuide(path string, c *workshop.Content, p Print) error {
	var buf bytes.Buffer
	if err := f.RenderGuide(&buf, c, p); err != nil {
		return err
	}
	return storage.WriteAtomic(path, buf.Bytes(), storage.Shared)
}
