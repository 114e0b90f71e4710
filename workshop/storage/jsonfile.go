package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/strictjson"
)

// WriteJSON writes v as indented JSON to path atomically.
func WriteJSON(path string, v any, perm os.FileMode) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return WriteAtomic(path, data, perm)
}

// ReadJSON reads path into v strictly: unknown fields and trailing data are
// errors, and files over the answers size limit are refused.
func ReadJSON(path string, v any) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	err = strictjson.Decode(f, 2*workshop.MaxFileSize, v)
	var tooBig *strictjson.TooLargeError
	if errors.As(err, &tooBig) {
		return fmt.Errorf("%s: file is too large", path)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
