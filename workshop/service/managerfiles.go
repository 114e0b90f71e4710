package service

import (
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
