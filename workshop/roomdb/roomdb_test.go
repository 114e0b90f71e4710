package roomdb

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// openTest opens a database in a fresh temporary folder and closes it when
// the test ends.
func openTest(t testing.TB) *DB {
	t.Helper()
	d, err := Open(context.Background(), filepath.Join(t.TempDir(), "room.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := d.Close(); err != nil {
			t.Error(err)
		}
	})
	return d
}

// tokenHash is the stored form of a member token.
func tokenHash(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// testMember is a member with every field set.
func testMember(id string) workshop.Member {
	return workshop.Member{
		ID:        id,
		Name:      "Name of " + id,
		Joined:    time.Date(2026, 3, 4, 9, 30, 0, 0, time.UTC),
		LastSeen:  time.Date(2026, 3, 4, 9, 45, 12, 500, time.UTC),
		Connected: true,
		Step:      workshop.StepAssess,
		Progress:  33,
		Share:     true,
	}
}

// testRoom is a room record with every field set.
func testRoom() *workshop.RoomRecord {
	state := workshop.NewRoomState("Team leads, spring", workshop.DefaultAgenda, workshop.Paced)
	if err := state.GoTo(2, time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)); err != nil {
		panic(err)
	}
	state.Change(func(s *workshop.RoomState) { s.Locked = true })
	return &workshop.RoomRecord{
		ID:          "room-1",
		Code:        "K7Q2",
		Created:     time.Date(2026, 3, 4, 8, 59, 1, 123456789, time.UTC),
		CertPEM:     []byte("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"),
		KeyPEM:      []byte("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n"),
		ContentJSON: []byte(`{"version":1,"scales":[]}`),
		State:       state,
	}
}

// rawSQL opens path with the driver directly, bypassing Open's checks.
func rawSQL(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

func TestOpenSetsPragmasAndPermissions(t *testing.T) {
	// A folder that does not exist yet, with characters that mean
	// something in a URI.
	path := filepath.Join(t.TempDir(), "nested", "odd name ?#%20", "room.db")
	d, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()

	tests := []struct {
		pragma string
		want   string
	}{
		{"journal_mode", "wal"},
		{"synchronous", "2"}, // FULL
		{"busy_timeout", "5000"},
		{"foreign_keys", "1"},
		{"user_version", strconv.Itoa(len(migrations))},
		{"application_id", "1280528973"}, // "LSRM"
	}
	for _, tt := range tests {
		var got string
		if err := d.sql.QueryRow("PRAGMA " + tt.pragma).Scan(&got); err != nil {
			t.Fatalf("PRAGMA %s: %v", tt.pragma, err)
		}
		if got != tt.want {
			t.Errorf("PRAGMA %s = %s, want %s", tt.pragma, got, tt.want)
		}
	}
	if err := d.AddMember(context.Background(), testMember("m"), tokenHash("m")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if perm := fi.Mode().Perm(); perm != 0o600 {
			t.Errorf("%s has mode %v, want 0600", filepath.Base(name), perm)
		}
	}
}

func TestOpenRefusesForeignFiles(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(t *testing.T, path string)
		want    error
		mention string
	}{
		{
			name: "text file",
			prepare: func(t *testing.T, path string) {
				text := strings.Repeat("These are my notes, not a database.\n", 40)
				if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
					t.Fatal(err)
				}
			},
			want:    ErrNotRoomDB,
			mention: "file is not a database",
		},
		{
			name: "short garbage",
			prepare: func(t *testing.T, path string) {
				if err := os.WriteFile(path, []byte("PK\x03\x04 zip?"), 0o600); err != nil {
					t.Fatal(err)
				}
			},
			want:    ErrNotRoomDB,
			mention: "file is not a database",
		},
		{
			name: "another program's SQLite database",
			prepare: func(t *testing.T, path string) {
				rawSQL(t, path, "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('keep me')")
			},
			want:    ErrNotRoomDB,
			mention: "application id 0x0",
		},
		{
			name: "newer schema",
			prepare: func(t *testing.T, path string) {
				d, err := Open(context.Background(), path)
				if err != nil {
					t.Fatal(err)
				}
				if err := d.Close(); err != nil {
					t.Fatal(err)
				}
				rawSQL(t, path, "PRAGMA user_version = 99")
			},
			want:    ErrNewerSchema,
			mention: "schema version is 99, this LeadShift knows up to " + strconv.Itoa(len(migrations)),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "room.db")
			tt.prepare(t, path)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Open(context.Background(), path)
			if err == nil {
				d.Close()
				t.Fatal("Open succeeded, want an error")
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("error %q does not match %q", err, tt.want)
			}
			for _, s := range []string{path, tt.mention} {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
			after, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, after) {
				t.Error("Open changed the file it refused")
			}
		})
	}
}

func TestRoomRoundTrip(t *testing.T) {
	ctx := context.Background()
	d := openTest(t)
	if _, err := d.LoadRoom(ctx); !errors.Is(err, workshop.ErrNotFound) {
		t.Fatalf("LoadRoom of a new database: %v, want ErrNotFound", err)
	}

	want := testRoom()
	if err := d.SaveRoom(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err := d.LoadRoom(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("LoadRoom = %+v\nwant %+v", got, want)
	}

	// Saving again replaces the record; a time in another zone keeps its
	// instant; missing certificate and content come back empty.
	want.Code = "ZZ99"
	want.Created = time.Date(2026, 3, 4, 10, 0, 0, 0, time.FixedZone("CET", 3600))
	want.CertPEM, want.KeyPEM, want.ContentJSON = nil, nil, nil
	want.State.Change(func(s *workshop.RoomState) { s.JoinOpen = false })
	if err := d.SaveRoom(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err = d.LoadRoom(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Created.Equal(want.Created) {
		t.Errorf("Created = %v, want %v", got.Created, want.Created)
	}
	if got.Code != "ZZ99" || got.CertPEM != nil || got.KeyPEM != nil || got.ContentJSON != nil {
		t.Errorf("replaced room = %+v", got)
	}
	if !reflect.DeepEqual(got.State, want.State) {
		t.Errorf("State = %+v, want %+v", got.State, want.State)
	}
}

func TestPersistsAcrossReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "room.db")
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	room := testRoom()
	if err := d.SaveRoom(ctx, room); err != nil {
		t.Fatal(err)
	}
	members := []workshop.Member{testMember("b"), testMember("a")}
	for _, m := range members {
		if err := d.AddMember(ctx, m, tokenHash("token-"+m.ID)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := d.PutAnswers(ctx, "a", 7, []byte(`{"checkin":"ready"}`)); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	d, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	gotRoom, err := d.LoadRoom(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotRoom, room) {
		t.Errorf("room after reopening = %+v\nwant %+v", gotRoom, room)
	}
	gotMembers, err := d.Members(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotMembers, members) {
		t.Errorf("members after reopening = %+v\nwant %+v", gotMembers, members)
	}
	rev, data, err := d.GetAnswers(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if rev != 7 || string(data) != `{"checkin":"ready"}` {
		t.Errorf("answers after reopening = %d %s", rev, data)
	}
}

func TestDeleteAllLeavesNoTrace(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "room.db")
	const secret = "my-boss-never-listens-7781"

	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	room := testRoom()
	room.ContentJSON = []byte(`{"title":"` + secret + `"}`)
	if err := d.SaveRoom(ctx, room); err != nil {
		t.Fatal(err)
	}
	for i, id := range []string{"a", "b", "c"} {
		m := testMember(id)
		m.Name = secret
		if err := d.AddMember(ctx, m, tokenHash(id)); err != nil {
			t.Fatal(err)
		}
		doc := []byte(`{"expect":"` + strings.Repeat(secret+" ", 100*(i+1)) + `"}`)
		for rev := int64(1); rev <= 3; rev++ {
			if _, err := d.PutAnswers(ctx, id, rev, doc); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if !filesContain(t, dir, secret) {
		t.Fatal("the secret is not in the files before the wipe: the test proves nothing")
	}

	if d, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	if err := d.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := d.LoadRoom(ctx); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("LoadRoom after DeleteAll: %v, want ErrNotFound", err)
	}
	if ms, err := d.Members(ctx); err != nil || len(ms) != 0 {
		t.Errorf("Members after DeleteAll = %v, %v, want none", ms, err)
	}
	if _, _, err := d.GetAnswers(ctx, "a"); !errors.Is(err, workshop.ErrNotFound) {
		t.Errorf("GetAnswers after DeleteAll: %v, want ErrNotFound", err)
	}
	// The emptied log must hold no old frames either, while still open.
	if filesContain(t, dir, secret) {
		t.Error("the secret is still in the files after DeleteAll, before Close")
	}
	// The store stays usable.
	if err := d.AddMember(ctx, testMember("a"), tokenHash("a")); err != nil {
		t.Errorf("AddMember after DeleteAll: %v", err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if filesContain(t, dir, secret) {
		t.Error("the secret is still in the files after DeleteAll and Close")
	}
}

// filesContain reports whether any file in dir holds s.
func filesContain(t *testing.T, dir, s string) bool {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(s)) {
			t.Logf("%s holds %q", e.Name(), s)
			return true
		}
	}
	return false
}

// TestUpgradesVersion1: a room database of schema version 1 (before the
// phases' frozen results) opens, keeps its room and stores results.
func TestUpgradesVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "room.db")
	rawSQL(t, path, migrations[0], "PRAGMA application_id = 1280528973", "PRAGMA user_version = 1",
		`INSERT INTO room (id, room_id, code, created, state_json) VALUES (1, 'old', 'K7Q2', '2026-03-04T08:59:01Z', CAST('{"rev":3}' AS BLOB))`)
	d, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	r, err := d.LoadRoom(ctx)
	if err != nil || r.ID != "old" || r.State.Rev != 3 || r.Results != nil {
		t.Fatalf("the version 1 room after the upgrade: %+v, %v", r, err)
	}
	r.Results = []workshop.PhaseResults{{Phase: 2, Figures: workshop.RoomAggregates{Participants: 6}}}
	if err := d.SaveRoom(ctx, r); err != nil {
		t.Fatal(err)
	}
	if got, err := d.LoadRoom(ctx); err != nil || !reflect.DeepEqual(got.Results, r.Results) {
		t.Errorf("results after saving: %+v, %v", got, err)
	}
}
