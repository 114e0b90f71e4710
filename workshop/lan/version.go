package lan

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/leadshift/leadshift/workshop"
)

// Version names one answers document the host stored: the revision the
// host gave it and the SHA-256 of the stored document. A laptop keeps the
// version its answers were last confirmed at and sends it with its next
// push, so the host can tell a change made from that version (a
// fast-forward) from one made elsewhere meanwhile (a conflict). The zero
// Version means "nothing from the host yet".
type Version struct {
	Rev  int64  `json:"rev"`
	Hash string `json:"hash"`
}

// IsZero reports whether v names no stored document.
func (v Version) IsZero() bool { return v.Rev == 0 && v.Hash == "" }

// NormalizeAnswers is the form in which the host stores a document: the
// answers re-encoded compactly, so padding, key order and spacing never
// reach the store and equal answers have equal bytes.
func NormalizeAnswers(a *workshop.Answers) ([]byte, error) {
	data, err := json.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("encoding the answers: %w", err)
	}
	return data, nil
}

// AnswersHash is the hex SHA-256 of the normalised document, as in a
// Version's Hash.
func AnswersHash(a *workshop.Answers) (string, error) {
	data, err := NormalizeAnswers(a)
	if err != nil {
		return "", err
	}
	return hashBytes(data), nil
}

func hashBytes(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// ConflictError means the room holds other answers from this participant
// than the ones this laptop's answers were edited from: written from
// another laptop with the same session, or before this laptop's last
// confirmation was lost. Nothing was stored. The app merges the two from
// Base (workshop.Merge) and the participant chooses where both changed
// the same answer; Syncer.Resolve continues from the result.
type ConflictError struct {
	Mine *workshop.Answers // the answers this laptop pushed
	Room *workshop.Answers // the answers the room holds
	At   Version           // the room's version of Room
	// Base is the room's version Mine was edited from, as this laptop
	// last had it in step with the room: the common ancestor of Mine and
	// Room. Nil when the laptop does not know it (a first push, or a
	// session saved before base answers were kept).
	Base *workshop.Answers
}

// Error tells the participant what happened and what to do.
func (e *ConflictError) Error() string {
	return "the room holds other answers from you than this laptop, probably changed on another laptop: choose which answers to keep"
}
