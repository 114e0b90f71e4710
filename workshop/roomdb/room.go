package roomdb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/leadshift/leadshift/workshop"
)

// LoadRoom returns the stored room, or workshop.ErrNotFound for a new
// database.
func (d *DB) LoadRoom(ctx context.Context) (*workshop.RoomRecord, error) {
	var (
		r       workshop.RoomRecord
		created string
		state   []byte
		results []byte
	)
	err := d.sql.QueryRowContext(ctx, `SELECT room_id, code, created, cert_pem, key_pem, content_json, state_json, results_json
		FROM room WHERE id = 1`).Scan(&r.ID, &r.Code, &created, &r.CertPEM, &r.KeyPEM, &r.ContentJSON, &state, &results)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("loading the room: %w", workshop.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("loading the room: %w", err)
	}
	if r.Created, err = parseTime(created); err != nil {
		return nil, fmt.Errorf("loading the room: creation time: %w", err)
	}
	if err := json.Unmarshal(state, &r.State); err != nil {
		return nil, fmt.Errorf("loading the room: state: %w", err)
	}
	if len(results) > 0 {
		if err := json.Unmarshal(results, &r.Results); err != nil {
			return nil, fmt.Errorf("loading the room: results: %w", err)
		}
	}
	return &r, nil
}

// SaveRoom creates or replaces the room record.
func (d *DB) SaveRoom(ctx context.Context, r *workshop.RoomRecord) error {
	state, err := json.Marshal(r.State)
	if err != nil {
		return fmt.Errorf("saving the room: state: %w", err)
	}
	var results []byte
	if len(r.Results) > 0 {
		if results, err = json.Marshal(r.Results); err != nil {
			return fmt.Errorf("saving the room: results: %w", err)
		}
	}
	_, err = d.sql.ExecContext(ctx, `INSERT INTO room (id, room_id, code, created, cert_pem, key_pem, content_json, state_json, results_json)
		VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET room_id = excluded.room_id, code = excluded.code,
			created = excluded.created, cert_pem = excluded.cert_pem, key_pem = excluded.key_pem,
			content_json = excluded.content_json, state_json = excluded.state_json, results_json = excluded.results_json`,
		r.ID, r.Code, formatTime(r.Created), r.CertPEM, r.KeyPEM, r.ContentJSON, state, results)
	if err != nil {
		return fmt.Errorf("saving the room: %w", err)
	}
	return nil
}
