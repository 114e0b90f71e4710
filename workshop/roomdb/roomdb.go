// Package roomdb stores a hosted workshop in an embedded SQLite database
// (modernc.org/sqlite, pure Go) in WAL mode: the room, its members and their
// answers; every write is committed before it returns.
//
// Every connection runs with synchronous=FULL, so a write that has returned
// has been synced to the disk: it survives a killed process and, on a disk
// that honours fsync, a power loss. All queries share one connection, so
// writes are serialized; a write costs one fsync of the write-ahead log.
package roomdb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/leadshift/leadshift/workshop"
)

// DB is an open room database. It is safe for concurrent use.
type DB struct {
	sql *sql.DB
}

var _ workshop.RoomStore = (*DB)(nil)

// Open opens the room database in the file at path, creating the file, its
// folder and the schema when needed. A file that is not a room database
// gives an error matching ErrNotRoomDB, one written by a newer LeadShift an
// error matching ErrNewerSchema; neither file is changed.
func Open(ctx context.Context, path string) (*DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("opening room database %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, fmt.Errorf("creating the room database folder: %w", err)
	}
	// The file holds the room's private key and the participants' answers:
	// create it readable by the owner only. SQLite gives its -wal and -shm
	// files the same permissions.
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening room database: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("opening room database: %w", err)
	}

	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("opening room database %s: %w", abs, err)
	}
	// One connection: writes never wait on SQLite's file locks inside the
	// process, and a transaction can never be split across connections.
	db.SetMaxOpenConns(1)
	d := &DB{sql: db}
	if err := d.setUp(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening room database %s: %w", abs, err)
	}
	return d, nil
}

// dsn is the connection string for the database file at the absolute path.
// These pragmas last as long as a connection, so they are in the connection
// string rather than executed once: a connection database/sql opens again
// gets them too. WAL mode is kept in the file and set by setUp.
func dsn(path string) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "foreign_keys(ON)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Set("_txlock", "immediate") // transactions take the write lock at BEGIN
	return (&url.URL{Scheme: "file", Path: path, RawQuery: q.Encode()}).String()
}

// setUp brings the schema up to date, then puts the database in WAL mode:
// only then, so that a file that turns out not to be a room database is
// left as it was.
func (d *DB) setUp(ctx context.Context) error {
	if err := d.migrate(ctx); err != nil {
		var se *sqlite.Error
		if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_NOTADB {
			return fmt.Errorf("%w: %w", ErrNotRoomDB, err)
		}
		return err
	}
	var mode string
	if err := d.sql.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
		return fmt.Errorf("switching to WAL mode: %w", err)
	}
	if mode != "wal" {
		return fmt.Errorf("switching to WAL mode: journal mode is still %q", mode)
	}
	return nil
}

// Close releases the database.
func (d *DB) Close() error {
	if err := d.sql.Close(); err != nil {
		return fmt.Errorf("closing room database: %w", err)
	}
	return nil
}

// DeleteAll wipes the room, its members and all their answers, then
// rebuilds the file (VACUUM) and empties the write-ahead log, so that the
// deleted data does not linger in free pages or old log frames.
func (d *DB) DeleteAll(ctx context.Context) error {
	tx, err := d.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("wiping the room: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "DELETE FROM answers; DELETE FROM members; DELETE FROM room"); err != nil {
		return fmt.Errorf("wiping the room: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("wiping the room: %w", err)
	}
	if _, err := d.sql.ExecContext(ctx, "VACUUM"); err != nil {
		return fmt.Errorf("compacting the wiped room database: %w", err)
	}
	var busy, logFrames, checkpointed int
	if err := d.sql.QueryRowContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &logFrames, &checkpointed); err != nil {
		return fmt.Errorf("emptying the write-ahead log: %w", err)
	}
	if busy != 0 {
		return errors.New("emptying the write-ahead log: another process is reading the room database")
	}
	return nil
}

// isForeignKeyError reports whether err is a violated foreign key.
func isForeignKeyError(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY
}

// formatTime is how times are stored: RFC 3339 text in UTC, readable with
// the sqlite3 shell and sorting in time order.
func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// parseTime reads a time stored by formatTime.
func parseTime(s string) (time.Time, error) { return time.Parse(time.RFC3339Nano, s) }
