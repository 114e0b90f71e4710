package lan

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"strconv"
	"sync"
	"time"
)

// browse opens d's sockets, IPv4 and IPv6, and hears announcements on
// them until ctx ends; it fails only when it can open none.
func (d discoverer) browse(ctx context.Context, onFound func(Found)) error {
	log := d.logger()
	var conns []*net.UDPConn
	v4, err4 := d.listen4(ctx)
	if err4 == nil {
		conns = append(conns, v4)
	}
	var err6 error
	if d.listen6 != nil {
		var v6 []*net.UDPConn
		v6, err6 = d.listen6(d.port)
		conns = append(conns, v6...)
	}
	if len(conns) == 0 {
		return errors.Join(err4, err6)
	}
	if err4 != nil {
		log.Warn("listening for workshops over IPv6 only", "err", err4)
	}
	if err6 != nil {
		log.Warn("cannot listen for workshops over IPv6 on every interface", "err", err6)
	}
	return browseOn(ctx, log, conns, onFound)
}

// listen4 opens Browse's IPv4 socket, sharing the port.
func (d discoverer) listen4(ctx context.Context) (*net.UDPConn, error) {
	addr := net.JoinHostPort(d.listen, strconv.Itoa(d.port))
	ua, err := net.ResolveUDPAddr("udp4", addr)
	if err != nil {
		return nil, fmt.Errorf("cannot listen for workshops on %s: %w", addr, err)
	}
	lc := net.ListenConfig{Control: shareAddr}
	pc, err := lc.ListenPacket(ctx, "udp4", ua.String())
	if err != nil {
		return nil, fmt.Errorf("cannot listen for workshops on UDP port %d: %w", d.port, err)
	}
	return pc.(*net.UDPConn), nil
}

// heard is a valid announcement and where it came from.
type heard struct {
	dg   datagram
	from netip.Addr
}

// browseOn hears announcements on conns until ctx ends, or until every
// one of them fails, and closes them. It logs to log a socket that fails
// while others still hear.
func browseOn(ctx context.Context, log *slog.Logger, conns []*net.UDPConn, onFound func(Found)) error {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	in := make(chan heard)
	failed := make(chan error)
	for _, conn := range conns {
		wg.Go(func() { hear(ctx, conn, in, failed) })
	}
	l := newListing()
	var errs []error
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-failed:
			if errs = append(errs, err); len(errs) == len(conns) {
				return fmt.Errorf("listening for workshops: %w", errors.Join(errs...))
			}
			log.Warn("listening for workshops stopped on one socket", "err", err)
		case h := <-in:
			if f, ok := l.hear(h.dg, h.from, time.Now()); ok {
				onFound(f)
			}
		}
	}
}

// hear reads valid announcements from conn into in until ctx ends or
// reading fails, and closes conn.
func hear(ctx context.Context, conn *net.UDPConn, in chan<- heard, failed chan<- error) {
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	buf := make([]byte, maxDatagram+1)
	for {
		n, from, err := conn.ReadFromUDPAddrPort(buf)
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			select {
			case failed <- err:
			case <-ctx.Done():
			}
			return
		}
		dg, err := decodeAnnouncement(buf[:n])
		if err != nil {
			continue
		}
		select {
		case in <- heard{dg: dg, from: from.Addr()}:
		case <-ctx.Done():
			return
		}
	}
}
