package main

import (
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// idle holds conns TLS connections to addr open for d, none of which sends
// a request.
func idle(addr string, conns int, d time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var open, peak, handshakes, failed atomic.Int64
	var wg sync.WaitGroup
	for i := range conns {
		// Many source addresses, as many laptops would be, so the
		// dialler's ports never run out.
		local := &net.TCPAddr{IP: net.IPv4(127, 1, byte(i/200), byte(1+i%200))}
		wg.Go(func() {
			dialer := &net.Dialer{LocalAddr: local, Timeout: d}
			for ctx.Err() == nil {
				c, err := tls.DialWithDialer(dialer, "tcp", addr, &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS13})
				if err != nil {
					failed.Add(1)
					sleepCtx(ctx, time.Second)
					continue
				}
				handshakes.Add(1)
				now := open.Add(1)
				for p := peak.Load(); now > p && !peak.CompareAndSwap(p, now); p = peak.Load() {
				}
				stop := context.AfterFunc(ctx, func() { c.Close() })
				io.Copy(io.Discard, c) // until the host closes it
				stop()
				c.Close()
				open.Add(-1)
			}
		})
	}
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	start := time.Now()
	for ctx.Err() == nil {
		select {
		case <-t.C:
			fmt.Printf("%3.0fs: %d idle connections open (handshake done), %d handshakes, %d failed dials\n",
				time.Since(start).Seconds(), open.Load(), handshakes.Load(), failed.Load())
		case <-ctx.Done():
		}
	}
	wg.Wait()
	fmt.Printf("idle connections: %d wanted, at most %d open at once with the handshake done, %d handshakes, %d failed dials\n",
		conns, peak.Load(), handshakes.Load(), failed.Load())
	return nil
}
