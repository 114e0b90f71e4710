package roomdb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/leadshift/leadshift/workshop"
)

// AddMember stores a new member with the SHA-256 hash of its token, after
// every member stored before. A member ID or token hash already stored is
// an error.
func (d *DB) AddMember(ctx context.Context, m workshop.Member, tokenHash []byte) error {
	if len(tokenHash) != sha256.Size {
		return fmt.Errorf("adding member %s: token hash has %d bytes, want a SHA-256 hash of %d", m.ID, len(tokenHash), sha256.Size)
	}
	doc, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("adding member %s: %w", m.ID, err)
	}
	_, err = d.sql.ExecContext(ctx, `INSERT INTO members (id, token_hash, seq, member_json)
		VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM members), ?)`, m.ID, tokenHash, doc)
	if err != nil {
		return fmt.Errorf("adding member %s: %w", m.ID, err)
	}
	return nil
}

// MemberByToken finds a member by token hash, or workshop.ErrNotFound.
func (d *DB) MemberByToken(ctx context.Context, tokenHash []byte) (workshop.Member, error) {
	var doc []byte
	err := d.sql.QueryRowContext(ctx, "SELECT member_json FROM members WHERE token_hash = ?", tokenHash).Scan(&doc)
	if errors.Is(err, sql.ErrNoRows) {
		return workshop.Member{}, fmt.Errorf("finding a member by token: %w", workshop.ErrNotFound)
	}
	if err != nil {
		return workshop.Member{}, fmt.Errorf("finding a member by token: %w", err)
	}
	var m workshop.Member
	if err := json.Unmarshal(doc, &m); err != nil {
		return workshop.Member{}, fmt.Errorf("finding a member by token: %w", err)
	}
	return m, nil
}

// SaveMember updates the roster fields of the member with m's ID, or
// returns workshop.ErrNotFound.
func (d *DB) SaveMember(ctx context.Context, m workshop.Member) error {
	doc, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("saving member %s: %w", m.ID, err)
	}
	res, err := d.sql.ExecContext(ctx, "UPDATE members SET member_json = ? WHERE id = ?", doc, m.ID)
	if err != nil {
		return fmt.Errorf("saving member %s: %w", m.ID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("saving member %s: %w", m.ID, err)
	}
	if n == 0 {
		return fmt.Errorf("saving member %s: %w", m.ID, workshop.ErrNotFound)
	}
	return nil
}

// Members lists every member in joining order, removed ones included.
func (d *DB) Members(ctx context.Context) ([]workshop.Member, error) {
	rows, err := d.sql.QueryContext(ctx, "SELECT member_json FROM members ORDER BY seq")
	if err != nil {
		return nil, fmt.Errorf("listing members: %w", err)
	}
	defer rows.Close()
	var ms []workshop.Member
	for rows.Next() {
		var doc []byte
		if err := rows.Scan(&doc); err != nil {
			return nil, fmt.Errorf("listing members: %w", err)
		}
		var m workshop.Member
		if err := json.Unmarshal(doc, &m); err != nil {
			return nil, fmt.Errorf("listing members: %w", err)
		}
		ms = append(ms, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing members: %w", err)
	}
	return ms, nil
}
