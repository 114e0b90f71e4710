package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// LockFile is the file in a data folder that a running LeadShift keeps
// locked, so that a second one does not fight over the same files.
const LockFile = ".leadshift.lock"

// ErrLocked means another LeadShift is running with the same data folder.
var ErrLocked = errors.New("LeadShift is already running with this data")

// LockDir takes the lock on folder dir, creating the folder if needed, and
// returns a function that releases it. The operating system releases it
// too when the process ends, however it ends. When another process holds
// it, the error wraps ErrLocked and names the folder.
func LockDir(dir string) (release func(), err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, LockFile)
	f, err := lockFile(path)
	if errors.Is(err, ErrLocked) {
		return nil, fmt.Errorf("%w (%s); close the other LeadShift first", ErrLocked, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("locking %s: %w", dir, err)
	}
	return func() { f.Close() }, nil
}

// LockApp takes the lock for the app's data folder root without writing
// into it, so that a first start leaves nothing on disk until the person
// chooses something: the lock file lives in the temporary folder, named
// after root. A second app on the same root gets an error wrapping
// ErrLocked and naming root.
func LockApp(root string) (release func(), err error) {
	sum := sha256.Sum256([]byte(filepath.Clean(root)))
	dir := os.Getenv("XDG_RUNTIME_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	f, err := lockFile(filepath.Join(dir, "leadshift-"+hex.EncodeToString(sum[:8])+".lock"))
	if errors.Is(err, ErrLocked) {
		return nil, fmt.Errorf("%w (%s); switch to the LeadShift window that is already open", ErrLocked, root)
	}
	if err != nil {
		return nil, fmt.Errorf("locking %s: %w", root, err)
	}
	return func() { f.Close() }, nil
}
