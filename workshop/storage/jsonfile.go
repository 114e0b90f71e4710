package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/leadshift/leadshift/workshop"
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
	data, err := io.ReadAll(io.LimitReader(f, 2*workshop.MaxFileSize+1))
	if err != nil {
		return err
	}
	if len(data) > 2*workshop.MaxFileSize {
		return fmt.Errorf("%s: file is too large", path)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if dec.More() {
		return fmt.Errorf("%s: unexpected data after the JSON object", path)
	}
	return nil
}
