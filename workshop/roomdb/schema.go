package roomdb

import (
	"context"
	"errors"
	"fmt"
)

// ErrNotRoomDB means the file is not a LeadShift room database: not an
// SQLite database at all, or one that another program made.
var ErrNotRoomDB = errors.New("not a LeadShift room database")

// ErrNewerSchema means the database was written by a newer LeadShift whose
// schema this one does not know.
var ErrNewerSchema = errors.New("room database written by a newer LeadShift")

// applicationID marks a room database in its header ("LSRM").
const applicationID = 0x4c53524d

// migrations[v] brings a database from schema version v to v+1; the schema
// version the code knows, kept in PRAGMA user_version, is len(migrations).
var migrations = []string{
	// 1: the room, its members in joining order and their answers.
	`CREATE TABLE room (
		id           INTEGER PRIMARY KEY CHECK (id = 1),
		room_id      TEXT NOT NULL,
		code         TEXT NOT NULL,
		created      TEXT NOT NULL,
		cert_pem     BLOB,
		key_pem      BLOB,
		content_json BLOB,
		state_json   BLOB NOT NULL
	) STRICT;
	CREATE TABLE members (
		id          TEXT PRIMARY KEY,
		token_hash  BLOB NOT NULL UNIQUE,
		seq         INTEGER NOT NULL UNIQUE,
		member_json BLOB NOT NULL
	) STRICT;
	CREATE TABLE answers (
		member_id TEXT PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
		rev       INTEGER NOT NULL,
		data      BLOB NOT NULL,
		updated   TEXT NOT NULL
	) STRICT;`,
	// 2: each phase's frozen room figures (workshop.PhaseResults).
	`ALTER TABLE room ADD COLUMN results_json BLOB;`,
}

// migrate creates the schema in a new database and upgrades an older one,
// in one transaction. It refuses a database of another program or of a
// newer schema without changing it.
func (d *DB) migrate(ctx context.Context) error {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("reading the schema version: %w", err)
	}
	defer tx.Rollback()
	var app, version, objects int
	err = tx.QueryRowContext(ctx, `SELECT
		(SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM sqlite_schema)`).Scan(&app, &version, &objects)
	if err != nil {
		return fmt.Errorf("reading the schema version: %w", err)
	}
	fresh := app == 0 && version == 0 && objects == 0
	switch {
	case !fresh && app != applicationID:
		return fmt.Errorf("%w: it has application id %#x and %d schema objects", ErrNotRoomDB, app, objects)
	case version > len(migrations):
		return fmt.Errorf("%w: its schema version is %d, this LeadShift knows up to %d", ErrNewerSchema, version, len(migrations))
	case version == len(migrations):
		return nil
	}
	for v := version; v < len(migrations); v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("upgrading the schema to version %d: %w", v+1, err)
		}
	}
	// Pragmas take no parameters; both values are integers of this package.
	stamp := fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", applicationID, len(migrations))
	if _, err := tx.ExecContext(ctx, stamp); err != nil {
		return fmt.Errorf("recording the schema version: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("recording the schema version: %w", err)
	}
	return nil
}
