package main

import (
	"net"
	"sync"
)

// proxy forwards TCP connections to the host, and while the link is down
// forwards nothing, in either direction, without closing anything: as a
// Wi-Fi drop, what was sent arrives once the link is back, if the other
// side has not given up by then.
type proxy struct {
	l      net.Listener
	target string
	mu     sync.Mutex
	up     chan struct{} // closed while the link is up
}

func newProxy(target string) (*proxy, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	up := make(chan struct{})
	close(up)
	p := &proxy{l: l, target: target, up: up}
	go p.serve()
	return p, nil
}

func (p *proxy) Addr() string { return p.l.Addr().String() }

func (p *proxy) Close() error { return p.l.Close() }

func (p *proxy) setDown(down bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if down {
		p.up = make(chan struct{})
	} else {
		close(p.up)
	}
}

func (p *proxy) waitUp() {
	p.mu.Lock()
	up := p.up
	p.mu.Unlock()
	<-up
}

func (p *proxy) serve() {
	for {
		c, err := p.l.Accept()
		if err != nil {
			return
		}
		go func() {
			p.waitUp() // a connection opened while the link is down gets through once it is up
			h, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				return
			}
			go p.pipe(h, c)
			p.pipe(c, h)
		}()
	}
}

// pipe copies src to dst while the link is up, then closes both.
func (p *proxy) pipe(dst, src net.Conn) {
	defer dst.Close()
	defer src.Close()
	buf := make([]byte, 32<<10)
	for {
		p.waitUp()
		n, err := src.Read(buf)
		if n > 0 {
			p.waitUp()
			if _, err := dst.Write(buf[:n]); err != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}
