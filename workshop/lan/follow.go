package lan

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"mime"
	"net/http"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// Reconnection delays: the first retry waits minBackoff, each further one
// twice as long, up to maxBackoff.
const (
	minBackoff = 100 * time.Millisecond
	maxBackoff = 5 * time.Second
)

// Follow streams the room state to onState until ctx ends, and returns
// ctx's error then. It reconnects after any failure, waiting 100 ms and
// doubling up to 5 s between attempts, and passes on only states newer
// (by Rev) than the last one passed, so a reconnect never replays one.
// onState runs on Follow's goroutine, one call at a time.
//
// Follow gives up, returning the error, when retrying cannot help: the
// host refuses the request (an *APIError with a 4xx status: 401 for an
// unknown token, 403 for a participant who was removed), or it presents
// another certificate (a *FingerprintError).
func (c *Client) Follow(ctx context.Context, onState func(workshop.RoomState)) error {
	return c.FollowUntilEnd(ctx, onState, nil)
}

// FollowUntilEnd is Follow that also calls onEnd (when not nil) each time
// the host says the facilitator stopped hosting. It keeps following: a
// room the facilitator opens again is followed again.
func (c *Client) FollowUntilEnd(ctx context.Context, onState func(workshop.RoomState), onEnd func()) error {
	f := follower{c: c, onState: onState, onEnd: onEnd}
	delay := minBackoff
	for {
		received, err := f.stream(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if permanent(err) {
			return err
		}
		if received {
			delay = minBackoff
		}
		if err := sleep(ctx, jitter(delay)); err != nil {
			return err
		}
		delay = min(2*delay, maxBackoff)
	}
}

// follower is one Follow call's memory across reconnections.
type follower struct {
	c       *Client
	onState func(workshop.RoomState)
	onEnd   func()
	lastRev int64
	lastID  string
}

// stream follows one event stream until it fails or ends. received tells
// whether any state arrived, that is, whether the connection worked.
func (f *follower) stream(ctx context.Context) (received bool, err error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.c.url("/v1/events"), nil)
	if err != nil {
		return false, err
	}
	req.Header.Set("Accept", "text/event-stream")
	if f.lastID != "" {
		req.Header.Set("Last-Event-ID", f.lastID)
	}
	f.c.mu.Lock()
	req.Header.Set("Authorization", "Bearer "+f.c.token)
	f.c.mu.Unlock()
	resp, err := f.c.hc.Do(req)
	if err != nil {
		return false, f.c.netError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return false, readAPIError(resp)
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != "text/event-stream" {
		return false, fmt.Errorf("the host answered with %q instead of an event stream", mt)
	}
	watchdog := time.AfterFunc(f.c.idle, cancel)
	defer watchdog.Stop()
	events := newSSEReader(watchdogReader{r: resp.Body, timer: watchdog, idle: f.c.idle})
	for {
		ev, err := events.next()
		if err != nil {
			return received, err
		}
		if ev.name == "end" && f.onEnd != nil {
			f.onEnd()
		}
		if ev.name != "state" {
			continue
		}
		var st workshop.RoomState
		if err := json.Unmarshal(ev.data, &st); err != nil {
			return received, fmt.Errorf("the host sent a room state that is not valid: %w", err)
		}
		received, f.lastID = true, ev.id
		if st.Rev > f.lastRev {
			f.lastRev = st.Rev
			f.onState(st)
		}
	}
}

// permanent reports whether retrying a request that failed with err cannot
// help: the host refused the token or the request, is not the host of the
// workshop joined, or holds other answers (a conflict).
func permanent(err error) bool {
	var api *APIError
	var fp *FingerprintError
	var conflict *ConflictError
	switch {
	case errors.As(err, &fp), errors.As(err, &conflict):
		return true
	case errors.As(err, &api):
		return api.Status >= 400 && api.Status < 500 && api.Status != http.StatusTooManyRequests && api.Status != http.StatusRequestTimeout
	}
	return false
}

// jitter spreads d by ±20%, so a room full of clients does not reconnect
// in lockstep after the host restarts.
func jitter(d time.Duration) time.Duration {
	return time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
}

// sleep waits d or until ctx ends, and then returns ctx's error.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
