package lan

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
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
	port   int    // the UDP port announcements go to
	listen string // the IPv4 address Browse listens on; "" for every interface
	// listen6 opens Browse's IPv6 sockets on port, and says why it could
	// not open some; nil for none.
	listen6 func(port int) ([]*net.UDPConn, error)
	targets func() []netip.Addr // where Announce sends: IPv4 addresses, then IPv6 ones with their zone
	every   time.Duration       // how often Announce sends
	log     *slog.Logger        // nil for slog's default
}

// logger is where d logs what fails without stopping it.
func (d discoverer) logger() *slog.Logger {
	l := d.log
	if l == nil {
		l = slog.Default()
	}
	return l.With("component", "lan.discovery")
}

// FoundRefresh is how often Browse reports a workshop that keeps
// announcing, and FoundExpiry how long after its last report it is gone.
const (
	FoundRefresh = 3 * time.Second
	FoundExpiry  = 10 * time.Second
)

// lanDiscovery is discovery on the local network.
var lanDiscovery = discoverer{
	port:    DiscoveryPort,
	listen6: func(port int) ([]*net.UDPConn, error) { return listenGroup(groupInterfaces(), port) },
	targets: lanTargets,
	every:   time.Second,
}

// Announce tells the local network about a workshop every second until
// ctx ends; it then returns ctx's error. It sends to DiscoveryPort by UDP
// broadcast to 255.255.255.255 and to every interface's broadcast
// address, and by IPv6 multicast to DiscoveryGroup on every interface
// that has IPv6. Without IPv6 it announces over IPv4 alone, and the other
// way round; it fails only when it can use neither. Networks that drop
// broadcasts and multicasts (many hotel and guest Wi-Fis isolate clients)
// still work with typed addresses.
func Announce(ctx context.Context, a Announcement) error { return lanDiscovery.announce(ctx, a) }

// Browse listens for announcements on DiscoveryPort, over IPv4 and in
// DiscoveryGroup over IPv6, and calls onFound, on Browse's goroutine,
// when a workshop is first heard and again every FoundRefresh while it
// keeps announcing, until ctx ends; it then returns ctx's error. A
// workshop not reported for FoundExpiry has stopped announcing: forget
// it. A workshop heard over both IPv4 and IPv6 is reported with its IPv4
// address only; one heard over IPv6 alone has a link-local address with
// this computer's zone, such as "[fe80::1%eth0]:47320", which Dial
// accepts. Datagrams that are not valid announcements are ignored. The
// port is shared, so several programs on one computer can browse at once.
// Browse fails only when it can listen over neither IPv4 nor IPv6; the
// interfaces are those up when it starts. An announcement is unverified:
// anyone on the network can send one (docs/protocol.md, Security).
func Browse(ctx context.Context, onFound func(Found)) error {
	return lanDiscovery.browse(ctx, onFound)
}

func (d discoverer) announce(ctx context.Context, a Announcement) error {
	msg, err := encodeAnnouncement(a)
	if err != nil {
		return err
	}
	log := d.logger()
	v4, err4 := net.ListenUDP("udp4", nil)
	v6, err6 := net.ListenUDP("udp6", nil)
	switch {
	case err4 != nil && err6 != nil:
		return fmt.Errorf("cannot announce the workshop: %w", errors.Join(err4, err6))
	case err4 != nil:
		log.Warn("announcing the workshop over IPv6 only", "err", err4)
	case err6 != nil:
		log.Warn("announcing the workshop over IPv4 only", "err", err6)
	}
	for _, c := range []*net.UDPConn{v4, v6} {
		if c != nil {
			defer c.Close()
		}
	}
	tick := time.NewTicker(d.every)
	defer tick.Stop()
	for {
		for _, ip := range d.targets() {
			conn := v4
			if ip.Is6() {
				conn = v6
			}
			if conn == nil {
				continue
			}
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
