package manager

import (
	"fmt"

	"github.com/google/uuid"
	"github.com/leadshift/leadshift/workshop"
)

// field is a problem with a field of the document's top level.
func field(name, problem string) error {
	return &workshop.FieldError{Field: name, Problem: problem}
}

// checkIDs checks a document's own ID and the answers ID it is bound to.
func checkIDs(id, answersID string) error {
	if _, err := uuid.Parse(id); err != nil {
		return field("id", "is not an ID LeadShift made")
	}
	if _, err := uuid.Parse(answersID); err != nil {
		return field("answersId", "is not an answers ID: the file does not say whose answers it belongs to")
	}
	return nil
}

// uniqueID checks that id, found at path, is present and not seen before.
func uniqueID(seen map[string]bool, path, id string) error {
	switch {
	case id == "":
		return field(path, "is empty")
	case seen[id]:
		return field(path, fmt.Sprintf("%q appears twice", id))
	}
	seen[id] = true
	return nil
}

func valid(v int) bool       { _, ok := workshop.ValidRating(v); return ok }
func validOrZero(v int) bool { return v == 0 || valid(v) }
