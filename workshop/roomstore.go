package workshop

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"
)

// ErrNotFound means a stored record does not exist.
var ErrNotFound = errors.New("not found")

// RoomRecord is a hosted workshop's identity and state as stored: enough to
// resume the room, with the same code and certificate, after a crash.
type RoomRecord struct {
	ID          string    `json:"id"`
	Code        string    `json:"code"` // join code
	Created     time.Time `json:"created"`
	CertPEM     []byte    `json:"certPem"` // the workshop's TLS identity
	KeyPEM      []byte    `json:"keyPem"`
	ContentJSON []byte    `json:"contentJson"` // the content pack in use
	State       RoomState `json:"state"`
	// Results are the frozen figures of each phase whose results were
	// shown, in the order they were taken.
	Results []PhaseResults `json:"results,omitempty"`
}

// RoomStore keeps one hosted workshop: the room, its members and their
// answers. Every write is durable when the call returns.
type RoomStore interface {
	// LoadRoom returns the stored room, or ErrNotFound for a new store.
	LoadRoom(ctx context.Context) (*RoomRecord, error)
	// SaveRoom creates or replaces the room record.
	SaveRoom(ctx context.Context, r *RoomRecord) error
	// AddMember stores a new member with the SHA-256 hash of its token.
	AddMember(ctx context.Context, m Member, tokenHash []byte) error
	// MemberByToken finds a member by token hash, or ErrNotFound.
	MemberByToken(ctx context.Context, tokenHash []byte) (Member, error)
	// SaveMember updates a member's roster fields; ErrNotFound if unknown.
	SaveMember(ctx context.Context, m Member) error
	// Members lists every member in joining order, removed ones included.
	Members(ctx context.Context) ([]Member, error)
	// PutAnswers stores a member's answers document if rev is newer than
	// the stored one, and returns the revision now stored. Writing the same
	// or an older revision again changes nothing: writes are idempotent.
	PutAnswers(ctx context.Context, memberID string, rev int64, data []byte) (int64, error)
	// GetAnswers returns a member's stored answers, or ErrNotFound.
	GetAnswers(ctx context.Context, memberID string) (rev int64, data []byte, err error)
	// DeleteAll wipes the room, its members and all their answers.
	DeleteAll(ctx context.Context) error
	// Close releases the store.
	Close() error
}

// StoredAnswers reads the answers of every member still in the room; with
// sharedOnly, only answers whose owner chose to share them (Answers.Share). Answers that no
// longer decode are skipped and reported, so one bad record hides nothing else.
func StoredAnswers(ctx context.Context, store RoomStore, sharedOnly bool) (all []*Answers, problems []error, err error) {
	members, err := store.Members(ctx)
	if err != nil {
		return nil, nil, err
	}
	for _, m := range members {
		if m.Removed {
			continue
		}
		_, data, err := store.GetAnswers(ctx, m.ID)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		a, err := DecodeAnswers(bytes.NewReader(data))
		if err != nil {
			problems = append(problems, fmt.Errorf("answers of %s: %w", m.Name, err))
			continue
		}
		if sharedOnly && !a.Share {
			continue // consent travels with the answers
		}
		all = append(all, a)
	}
	return all, problems, nil
}

// RoomContent decodes the content pack a stored room runs.
func RoomContent(r *RoomRecord) (*Content, error) {
	return DecodeContent(bytes.NewReader(r.ContentJSON))
}
