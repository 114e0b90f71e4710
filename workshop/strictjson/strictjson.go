// Package strictjson is LeadShift's one strict JSON decoder, used by every
// file and network decoder: exactly one JSON value, no unknown fields, no
// data after it, and a size limit. Its errors are encoding/json's own
// (*json.SyntaxError, *json.UnmarshalTypeError, io.EOF for no data), plus
// ErrTrailing and *TooLargeError, so each caller words them for its
// readers.
package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// ErrTrailing means there is more data after the JSON value.
var ErrTrailing = errors.New("unexpected data after the JSON object")

// TooLargeError means the input is larger than the limit.
type TooLargeError struct{ Limit int64 }

func (e *TooLargeError) Error() string { return fmt.Sprintf("larger than %d bytes", e.Limit) }

// Decode reads at most limit bytes from r and decodes them into v as with
// Unmarshal; more than limit bytes is a *TooLargeError.
func Decode(r io.Reader, limit int64, v any) error {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return err
	}
	if int64(len(data)) > limit {
		return &TooLargeError{Limit: limit}
	}
	return Unmarshal(data, v)
}

// Unmarshal decodes data, exactly one JSON value with only fields v knows,
// into v.
func Unmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return ErrTrailing
	}
	return nil
}
