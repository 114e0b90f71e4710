package workshop

import "io"

// DecodeDocument decodes one LeadShift document of the given format from r
// the way answers and content packs are decoded: strictly (no unknown
// fields, nothing after the object, at most MaxFileSize bytes of UTF-8),
// with its format marker checked, and errors worded for people. got is
// the field of v the format marker decodes into. For the documents of
// sibling packages (workshop/manager).
func DecodeDocument(r io.Reader, v any, format string, got *string) error {
	return decodeStrict(r, v, format, got)
}

// CheckBounds reports the first part of v, a decoded document, past the
// bounds every LeadShift document keeps (see MaxEntriesPerList, MaxText,
// MaxAllText): a *FieldError naming it by its JSON path.
func CheckBounds(v any) error { return checkBounds(v) }

// ChangedSince reports whether an item last changed in edition since was
// changed after edition made, so that an answer given on made is to other
// wording. Editions the pack does not list count as unchanged.
func (c *Content) ChangedSince(since, made string) bool { return c.changedSince(since, made) }
