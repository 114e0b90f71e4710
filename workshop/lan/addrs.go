package lan

import (
	"net"
	"net/netip"
	"strconv"
)

// ShareAddrs lists the addresses participants can type to reach a host
// listening on l: the listener's own address, or, when it listens on every
// interface, each up, non-loopback IPv4 address of this machine. Loopback
// comes last, for a demo on one machine.
func ShareAddrs(l net.Addr) []string {
	ap, err := netip.ParseAddrPort(l.String())
	if err != nil {
		return []string{l.String()}
	}
	port := strconv.Itoa(int(ap.Port()))
	if !ap.Addr().IsUnspecified() {
		return []string{net.JoinHostPort(ap.Addr().Unmap().String(), port)}
	}
	var out []string
	ifaces, _ := net.Interfaces()
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, _ := ifc.Addrs()
		for _, a := range addrs {
			if pfx, err := netip.ParsePrefix(a.String()); err == nil && pfx.Addr().Is4() {
				out = append(out, net.JoinHostPort(pfx.Addr().String(), port))
			}
		}
	}
	return append(out, net.JoinHostPort("127.0.0.1", port))
}
