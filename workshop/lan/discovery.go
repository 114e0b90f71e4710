package lan

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop/strictjson"
)

// DiscoveryPort is the UDP port on which hosts announce their workshops.
const DiscoveryPort = 47321

// Limits of an announcement datagram.
const (
	maxDatagram = 1024 // bytes
	maxTitle    = 200  // characters of the title
	maxFound    = 1024 // distinct hosts remembered by Browse
)

// Announcement is what a host tells the local network about its workshop.
type Announcement struct {
	Title       string
	Port        int // the host's TCP port
	Fingerprint string
}

// Found is a workshop heard on the local network.
type Found struct {
	Title       string
	Addr        string // "ip:port", for Dial
	Fingerprint string // for Dial, and for the participant to compare with the projector
}

// datagram is the announcement on the wire.
type datagram struct {
	LeadShift   int    `json:"leadshift"` // ProtocolVersion
	Title       string `json:"title"`
	Port        int    `json:"port"`
	Fingerprint string `json:"fingerprint"`
}

// discoverer announces and hears workshops; tests point it at loopback.
type discoverer struct {
	port    int                 // the UDP port announcements go to
	listen  string              // the address Browse listens on; "" for every interface
	targets func() []netip.Addr // where Announce sends
	every   time.Duration       // how often Announce sends
}

// FoundRefresh is how often Browse reports a workshop that keeps
// announcing, and FoundExpiry how long after its last report it is gone.
const (
	FoundRefresh = 3 * time.Second
	FoundExpiry  = 10 * time.Second
)

// lanDiscovery is discovery on the local network.
var lanDiscovery = discoverer{port: DiscoveryPort, targets: broadcastAddrs, every: time.Second}

// Announce tells the local network about a workshop every second, by UDP
// broadcast to 255.255.255.255 and to every interface's broadcast address
// on DiscoveryPort, until ctx ends; it then returns ctx's error. Networks
// that drop broadcasts (many hotel and guest Wi-Fis isolate clients) still
// work with typed addresses.
func Announce(ctx context.Context, a Announcement) error { return lanDiscovery.announce(ctx, a) }

// Browse listens for announcements on DiscoveryPort and calls onFound, on
// Browse's goroutine, when a workshop is first heard and again every
// FoundRefresh while it keeps announcing, until ctx ends; it then returns
// ctx's error. A workshop not reported for FoundExpiry has stopped
// announcing: forget it. Datagrams that are not valid announcements are
// ignored. The port is shared, so several programs on one computer can
// browse at once. An announcement is unverified: anyone on the network
// can send one (docs/protocol.md, Security).
func Browse(ctx context.Context, onFound func(Found)) error {
	return lanDiscovery.browse(ctx, onFound)
}

func (d discoverer) announce(ctx context.Context, a Announcement) error {
	msg, err := encodeAnnouncement(a)
	if err != nil {
		return err
	}
	conn, err := net.ListenUDP("udp4", nil)
	if err != nil {
		return fmt.Errorf("cannot announce the workshop: %w", err)
	}
	defer conn.Close()
	log := slog.Default().With("component", "lan.discovery")
	tick := time.NewTicker(d.every)
	defer tick.Stop()
	for {
		for _, ip := range d.targets() {
			if _, err := conn.WriteToUDPAddrPort(msg, netip.AddrPortFrom(ip, uint16(d.port))); err != nil {
				log.Debug("announcing the workshop", "to", ip, "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

func (d discoverer) browse(ctx context.Context, onFound func(Found)) error {
	addr := net.JoinHostPort(d.listen, strconv.Itoa(d.port))
	ua, err := net.ResolveUDPAddr("udp4", addr)
	if err != nil {
		return fmt.Errorf("cannot listen for workshops on %s: %w", addr, err)
	}
	lc := net.ListenConfig{Control: shareAddr}
	pc, err := lc.ListenPacket(ctx, "udp4", ua.String())
	if err != nil {
		return fmt.Errorf("cannot listen for workshops on UDP port %d: %w", d.port, err)
	}
	return browseOn(ctx, pc.(*net.UDPConn), onFound)
}

// browseOn hears announcements on conn until ctx ends, and closes conn.
func browseOn(ctx context.Context, conn *net.UDPConn, onFound func(Found)) error {
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	seen := map[Found]time.Time{} // when each workshop was last reported
	buf := make([]byte, maxDatagram+1)
	for {
		n, from, err := conn.ReadFromUDPAddrPort(buf)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			return fmt.Errorf("listening for workshops: %w", err)
		}
		dg, err := decodeAnnouncement(buf[:n])
		if err != nil {
			continue
		}
		f := Found{
			Title:       dg.Title,
			Addr:        netip.AddrPortFrom(from.Addr().Unmap(), uint16(dg.Port)).String(),
			Fingerprint: dg.Fingerprint,
		}
		now := time.Now()
		if last, ok := seen[f]; ok && now.Sub(last) < FoundRefresh {
			continue
		}
		if len(seen) >= maxFound {
			clear(seen)
		}
		seen[f] = now
		onFound(f)
	}
}

// encodeAnnouncement checks an announcement and encodes it as a datagram;
// a long title is shortened.
func encodeAnnouncement(a Announcement) ([]byte, error) {
	if a.Port < 1 || a.Port > 65535 {
		return nil, fmt.Errorf("port %d is not a TCP port", a.Port)
	}
	if !isFingerprintPhrase(a.Fingerprint) {
		return nil, fmt.Errorf("%q is not a fingerprint phrase", a.Fingerprint)
	}
	title := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(a.Title, "?"))
	if r := []rune(title); len(r) > maxTitle {
		title = string(r[:maxTitle])
	}
	for {
		msg, err := json.Marshal(datagram{LeadShift: ProtocolVersion, Title: title, Port: a.Port, Fingerprint: a.Fingerprint})
		if err != nil || len(msg) <= maxDatagram {
			return msg, err
		}
		r := []rune(title) // escapes made it too long: shorten and try again
		title = string(r[:len(r)*3/4])
	}
}

// decodeAnnouncement reads a datagram strictly: exactly one JSON object
// with the known fields, protocol 1, a TCP port, a printable title and a
// fingerprint phrase.
func decodeAnnouncement(b []byte) (datagram, error) {
	var dg datagram
	if len(b) > maxDatagram {
		return dg, errors.New("datagram too large")
	}
	if err := strictjson.Unmarshal(b, &dg); errors.Is(err, strictjson.ErrTrailing) {
		return dg, errors.New("data after the announcement")
	} else if err != nil {
		return dg, err
	}
	switch {
	case dg.LeadShift != ProtocolVersion:
		return dg, fmt.Errorf("protocol %d", dg.LeadShift)
	case dg.Port < 1 || dg.Port > 65535:
		return dg, fmt.Errorf("port %d", dg.Port)
	case !isFingerprintPhrase(dg.Fingerprint):
		return dg, errors.New("not a fingerprint phrase")
	case !utf8.ValidString(dg.Title) || utf8.RuneCountInString(dg.Title) > maxTitle ||
		strings.ContainsFunc(dg.Title, unicode.IsControl):
		return dg, errors.New("not a printable title")
	}
	return dg, nil
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
