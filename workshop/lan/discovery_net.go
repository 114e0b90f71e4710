package lan

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"slices"
)

// DiscoveryGroup is the IPv6 link-local multicast group to which hosts
// also announce their workshops, on DiscoveryPort. The group is the
// project's own ("4c53" is "LS"), not assigned by IANA.
const DiscoveryGroup = "ff02::4c53"

// lanTargets are where a host announces: the IPv4 broadcast addresses,
// then DiscoveryGroup on each interface that can carry it.
func lanTargets() []netip.Addr {
	out := broadcastAddrs()
	group := netip.MustParseAddr(DiscoveryGroup)
	for _, ifi := range groupInterfaces() {
		out = append(out, group.WithZone(ifi.Name))
	}
	return out
}

// broadcastAddrs are the limited broadcast address and the broadcast
// address of every IPv4 network this computer is on.
func broadcastAddrs() []netip.Addr {
	out := []netip.Addr{netip.AddrFrom4([4]byte{255, 255, 255, 255})}
	ifaces, err := net.Interfaces()
	if err != nil {
		return out
	}
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagBroadcast == 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok || ipn.IP.To4() == nil || len(ipn.Mask) != net.IPv4len {
				continue
			}
			var b [4]byte
			for i, ip := range ipn.IP.To4() {
				b[i] = ip | ^ipn.Mask[i]
			}
			if bc := netip.AddrFrom4(b); !slices.Contains(out, bc) {
				out = append(out, bc)
			}
		}
	}
	return out
}

// groupInterfaces are the interfaces that can carry DiscoveryGroup: up,
// multicast, not loopback (IPv4 covers this computer), and with an IPv6
// address.
func groupInterfaces() []net.Interface {
	ifaces, err := net.Interfaces()
	if err != nil {
		return nil
	}
	var out []net.Interface
	for _, ifi := range ifaces {
		if ifi.Flags&net.FlagUp == 0 || ifi.Flags&net.FlagMulticast == 0 || ifi.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, err := ifi.Addrs()
		if err != nil {
			continue
		}
		if slices.ContainsFunc(addrs, func(a net.Addr) bool {
			ipn, ok := a.(*net.IPNet)
			return ok && ipn.IP.To4() == nil
		}) {
			out = append(out, ifi)
		}
	}
	return out
}

// listenGroup joins DiscoveryGroup on port on each of ifaces, one socket
// per interface. The port is shared as for IPv4: net.ListenMulticastUDP
// sets SO_REUSEADDR, and SO_REUSEPORT on BSD and macOS. It returns the
// sockets it could open and why it could not open the others.
func listenGroup(ifaces []net.Interface, port int) ([]*net.UDPConn, error) {
	group := &net.UDPAddr{IP: net.ParseIP(DiscoveryGroup), Port: port}
	var conns []*net.UDPConn
	var errs []error
	for _, ifi := range ifaces {
		c, err := net.ListenMulticastUDP("udp6", &ifi, group)
		if err != nil {
			errs = append(errs, fmt.Errorf("on %s: %w", ifi.Name, err))
			continue
		}
		conns = append(conns, c)
	}
	return conns, errors.Join(errs...)
}
