// Package textnorm wraps golang.org/x/text for the workshop package:
// Unicode normalisation of the names people type.
package textnorm

import "golang.org/x/text/unicode/norm"

// NFKC is s in Unicode normalisation form KC: compatibility characters
// (full-width letters, ligatures, superscripts, ...) replaced by the
// characters they stand for, and accents composed with their letters.
func NFKC(s string) string { return norm.NFKC.String(s) }

// NFKD is s in Unicode normalisation form KD: as NFKC, but with accents
// apart from their letters, as combining marks.
func NFKD(s string) string { return norm.NFKD.String(s) }
