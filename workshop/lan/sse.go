package lan

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"time"
)

// maxEventSize bounds one server-sent event, so a broken or hostile host
// cannot make a client buffer without end.
const maxEventSize = 1 << 20

// sseEvent is one server-sent event.
type sseEvent struct {
	id   string
	name string // "message" unless the event names itself
	data []byte
}

// sseReader reads server-sent events (the text/event-stream format):
// fields "event", "data" and "id", comment lines starting with ":", and a
// blank line ending each event. Unknown fields are ignored.
type sseReader struct {
	sc *bufio.Scanner
}

func newSSEReader(r io.Reader) *sseReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxEventSize)
	return &sseReader{sc: sc}
}

// next returns the next event with data; io.EOF at the end of the stream.
func (s *sseReader) next() (sseEvent, error) {
	ev := sseEvent{name: "message"}
	var hasData bool
	for s.sc.Scan() {
		line := s.sc.Bytes()
		if len(line) == 0 {
			if hasData {
				if ev.name == "" {
					ev.name = "message"
				}
				return ev, nil
			}
			ev = sseEvent{name: "message"}
			continue
		}
		if line[0] == ':' {
			continue // a comment, such as the host's heartbeat
		}
		field, value, _ := bytes.Cut(line, []byte(":"))
		value = bytes.TrimPrefix(value, []byte(" "))
		switch string(field) {
		case "event":
			ev.name = string(value)
		case "id":
			ev.id = string(value)
		case "data":
			if hasData {
				ev.data = append(ev.data, '\n')
			}
			if len(ev.data)+len(value) > maxEventSize {
				return sseEvent{}, fmt.Errorf("the host sent an event larger than %d bytes", maxEventSize)
			}
			ev.data, hasData = append(ev.data, value...), true
		}
	}
	if err := s.sc.Err(); err != nil {
		return sseEvent{}, err
	}
	return sseEvent{}, io.EOF
}

// watchdogReader resets a timer whenever bytes arrive, so a stream that
// goes silent (a Wi-Fi drop the TCP connection has not noticed) is cut
// when the timer fires.
type watchdogReader struct {
	r     io.Reader
	timer *time.Timer
	idle  time.Duration
}

// Read reads from the stream and resets the timer when bytes arrive.
func (w watchdogReader) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	if n > 0 {
		w.timer.Reset(w.idle)
	}
	return n, err
}
