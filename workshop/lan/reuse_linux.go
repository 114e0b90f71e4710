//go:build linux

package lan

import "syscall"

// shareAddr lets several programs on one computer listen for
// announcements on the same UDP port: on Linux, sockets that all set
// SO_REUSEADDR share a UDP port, and each gets every broadcast.
func shareAddr(_, _ string, c syscall.RawConn) error {
	var serr error
	err := c.Control(func(fd uintptr) {
		serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)
	})
	if err != nil {
		return err
	}
	return serr
}
