package cli

import (
	"errors"
	"os"
	"syscall"
)

// lockFile opens path with no sharing: while this handle is open, another
// process cannot open the file, and Windows closes it when the process ends.
func lockFile(path string) (*os.File, error) {
	p, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		return nil, err
	}
	h, err := syscall.CreateFile(p, syscall.GENERIC_READ|syscall.GENERIC_WRITE, 0, nil,
		syscall.OPEN_ALWAYS, syscall.FILE_ATTRIBUTE_NORMAL, 0)
	const errorSharingViolation = syscall.Errno(32) // ERROR_SHARING_VIOLATION
	if errors.Is(err, errorSharingViolation) {
		return nil, ErrLocked
	}
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(h), path), nil
}
