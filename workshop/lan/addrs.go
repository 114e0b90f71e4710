package lan

import (
	"net"
	"net/netip"
	"strconv"
)

// ShareAddrs lists the addresses participants can type to reach a host
// listening on l: the listener's own address, or, when it listens on every
// interface, each up, non-loopback IPv4 address of this machine (on a
// network without IPv4, its global and unique-local IPv6 addresses, in
// brackets). Loopback comes last, for a demo on one machine.
func ShareAddrs(l net.Addr) []string {
	ap, err := netip.ParseAddrPort(l.String())
	if err != nil {
		return []string{l.String()}
	}
	port := strconv.Itoa(int(ap.Port()))
	if !ap.Addr().IsUnspecified() {
		return []string{net.JoinHostPort(ap.Addr().Unmap().String(), port)}
	}
	var local []netip.Addr
	ifaces, _ := net.Interfaces()
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, _ := ifc.Addrs()
		for _, a := range addrs {
			if pfx, err := netip.ParsePrefix(a.String()); err == nil {
				local = append(local, pfx.Addr())
			}
		}
	}
	return shareAddrs(local, port)
}

// shareAddrs picks, from this machine's interface addresses, the ones to
// show: IPv4, else IPv6 that another computer can reach without a zone;
// then loopback.
func shareAddrs(local []netip.Addr, port string) []string {
	var v4, v6 []string
	for _, a := range local {
		switch {
		case a.Is4() || a.Is4In6():
			v4 = append(v4, net.JoinHostPort(a.Unmap().String(), port))
		case a.IsGlobalUnicast() && !a.IsLinkLocalUnicast():
			v6 = append(v6, net.JoinHostPort(a.String(), port))
		}
	}
	if len(v4) == 0 {
		v4 = v6
	}
	return append(v4, net.JoinHostPort("127.0.0.1", port))
}
