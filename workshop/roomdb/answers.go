package roomdb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// PutAnswers stores a member's answers document if rev is newer than the
// stored one, and returns the revision now stored. Writing the same or an
// older revision again changes nothing. An unknown member gives
// workshop.ErrNotFound; data must not be nil.
func (d *DB) PutAnswers(ctx context.Context, memberID string, rev int64, data []byte) (int64, error) {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("saving answers of %s: %w", memberID, err)
	}
	defer tx.Rollback()
	_, err = tx.ExecContext(ctx, `INSERT INTO answers (member_id, rev, data, updated) VALUES (?, ?, ?, ?)
		ON CONFLICT (member_id) DO UPDATE SET rev = excluded.rev, data = excluded.data, updated = excluded.updated
		WHERE excluded.rev > answers.rev`, memberID, rev, data, formatTime(time.Now()))
	if isForeignKeyError(err) {
		return 0, fmt.Errorf("saving answers of %s: %w", memberID, workshop.ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("saving answers of %s: %w", memberID, err)
	}
	var stored int64
	if err := tx.QueryRowContext(ctx, "SELECT rev FROM answers WHERE member_id = ?", memberID).Scan(&stored); err != nil {
		return 0, fmt.Errorf("saving answers of %s: %w", memberID, err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("saving answers of %s: %w", memberID, err)
	}
	return stored, nil
}

// GetAnswers returns a member's stored answers, or workshop.ErrNotFound.
func (d *DB) GetAnswers(ctx context.Context, memberID string) (rev int64, data []byte, err error) {
	err = d.sql.QueryRowContext(ctx, "SELECT rev, data FROM answers WHERE member_id = ?", memberID).Scan(&rev, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil, fmt.Errorf("loading answers of %s: %w", memberID, workshop.ErrNotFound)
	}
	if err != nil {
		return 0, nil, fmt.Errorf("loading answers of %s: %w", memberID, err)
	}
	return rev, data, nil
}
