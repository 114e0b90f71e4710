package lan

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/leadshift/leadshift/workshop"
)

// maxResponse bounds what a client reads of one answer: a join carries the
// content pack, which may be up to workshop.MaxFileSize.
const maxResponse = 2*workshop.MaxFileSize + smallBody

// Session is what a participant's app keeps to rejoin a workshop without
// the code: after a crash, a restart or a Wi-Fi drop. It is
// JSON-serialisable; store it next to the local answers. The token is a
// secret.
type Session struct {
	Addr          string `json:"addr"`          // host:port
	Fingerprint   string `json:"fingerprint"`   // the host's fingerprint phrase
	CertSHA256    string `json:"certSha256"`    // hex SHA-256 of the host's certificate, pinned on resume
	ParticipantID string `json:"participantId"` // the participant's ID in the room
	Token         string `json:"token"`         // the participant's bearer token
}

// Joined is the result of joining a workshop.
type Joined struct {
	Session Session
	State   workshop.RoomState
	// Content is the room's content pack as JSON: decode it with
	// workshop.DecodeContent.
	Content json.RawMessage
}

// APIError is an error answer of the host: the HTTP status and the
// sentence naming the problem. A refusal (4xx) matches the room's typed
// error with errors.Is (workshop.ErrBadCode, workshop.ErrLocked, ...) and
// errors.As finds it as a *workshop.RoomError; see roomerrors.go.
type APIError struct {
	Status  int
	Message string
	refusal *workshop.RoomError // the room's typed refusal, nil for a 5xx
}

// Error is the host's sentence, fit to show to the participant.
func (e *APIError) Error() string { return e.Message }

// FingerprintError means the host presented a certificate other than the
// one of the workshop the participant joined.
type FingerprintError struct {
	Expected string // the phrase pinned
	Got      string // the phrase of the certificate presented
	NoHash   bool   // a resumed session without the certificate's hash: nothing is trusted
}

// ErrNotCompared means Join was called before the participant compared the
// host's phrase: on a client dialled without a phrase, call Hello, show
// Fingerprint, and call TrustPresented once the participant confirms it.
// It is workshop.ErrNotCompared, so screens match it without this package.
var ErrNotCompared = workshop.ErrNotCompared

// Error names both phrases, for the participant to compare with the
// projector.
func (e *FingerprintError) Error() string {
	if e.NoHash {
		return "this saved workshop has no certificate to check the host against: join it again with the code"
	}
	if e.Expected == "" || e.Expected == e.Got {
		return fmt.Sprintf("the host's certificate does not match the workshop you joined: it has the same phrase (%s) but is another certificate", e.Got)
	}
	return fmt.Sprintf("the host's certificate does not match the workshop you joined: expected %s, got %s", e.Expected, e.Got)
}

// Client is a participant's connection to a host. Its methods are safe for
// concurrent use.
type Client struct {
	addr string
	hc   *http.Client
	idle time.Duration // an event stream silent this long is reconnected

	mu       sync.Mutex
	pinned   string // expected phrase; empty until compared
	pinHash  string // expected certificate hash; empty if unknown
	needHash bool   // a resumed session: refuse any certificate without pinHash
	seen     string // phrase of the last certificate presented
	seenHash string
	token    string
}

// Dial returns a client of the host at addr ("host:port", or a bare host
// for DefaultPort). An IPv6 address may carry its zone, as discovery
// reports a link-local one: "[fe80::1%eth0]:47320". No connection is made
// until the first call.
//
// The host's certificate is self-signed, so it is checked by its
// fingerprint phrase instead of a certificate authority: with a non-empty
// pinnedFingerprint (as typed from the projector, or as announced and
// then confirmed by the participant) any other certificate is refused
// with a *FingerprintError. With an empty one, only Hello may be called:
// its phrase is then available from Fingerprint for the participant to
// compare with the projector, and TrustPresented pins that very
// certificate before Join sends the code and name. Join pins the
// certificate's full SHA-256 from then on.
func Dial(addr, pinnedFingerprint string) *Client {
	c := &Client{addr: hostPort(addr), pinned: normalizePhrase(pinnedFingerprint), idle: 3 * heartbeatInterval}
	c.hc = &http.Client{Transport: &http.Transport{
		Proxy:                 nil, // the room is on the local network: never go through a proxy
		DialContext:           (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSClientConfig:       &tls.Config{InsecureSkipVerify: true, VerifyConnection: c.verify, MinVersion: tls.VersionTLS13},
		TLSHandshakeTimeout:   5 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
		IdleConnTimeout:       60 * time.Second,
		MaxIdleConnsPerHost:   4,
	}}
	return c
}

// Resume returns a client for a saved session: it is pinned to the
// session's certificate and authenticated with its token, so it needs no
// join code.
//
// A session without the certificate's SHA-256 trusts nothing: every
// request fails with a *FingerprintError whose NoHash is set, and the
// participant joins again with the code.
func Resume(s Session) *Client {
	c := Dial(s.Addr, s.Fingerprint)
	c.pinHash, c.token = strings.ToLower(s.CertSHA256), s.Token
	c.needHash = true
	return c
}

// hostPort adds DefaultPort to an address without a port.
func hostPort(addr string) string {
	addr = strings.TrimSpace(addr)
	if _, _, err := net.SplitHostPort(addr); err == nil {
		return addr
	}
	return net.JoinHostPort(strings.Trim(addr, "[]"), strconv.Itoa(DefaultPort))
}

// url is the address of path on the host. The zone of an IPv6 address
// is escaped in a URL: [fe80::1%25eth0].
func (c *Client) url(path string) string {
	return (&url.URL{Scheme: "https", Host: c.addr}).String() + path
}

// verify checks the host's certificate against the pin and records its
// phrase. It replaces certificate-authority checks, which a self-signed
// certificate cannot pass.
func (c *Client) verify(cs tls.ConnectionState) error {
	if len(cs.PeerCertificates) == 0 {
		return errors.New("the host sent no certificate")
	}
	der := cs.PeerCertificates[0].Raw
	sum := sha256.Sum256(der)
	got, gotHash := FingerprintPhrase(der), hex.EncodeToString(sum[:])
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seen, c.seenHash = got, gotHash
	if c.needHash && c.pinHash == "" {
		return &FingerprintError{Expected: c.pinned, Got: got, NoHash: true}
	}
	if (c.pinned != "" && got != c.pinned) || (c.pinHash != "" && gotHash != c.pinHash) {
		return &FingerprintError{Expected: c.pinned, Got: got}
	}
	return nil
}

// TrustPresented pins the certificate the host presented last (in Hello),
// by its full SHA-256: call it once the participant has confirmed that its
// phrase, Fingerprint, matches the projector. It returns that phrase, or
// ErrNotCompared before any connection.
func (c *Client) TrustPresented() (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seenHash == "" {
		return "", ErrNotCompared
	}
	c.pinned, c.pinHash = c.seen, c.seenHash
	return c.seen, nil
}

// Fingerprint is the phrase of the certificate the host presented last,
// or "" before the first connection.
func (c *Client) Fingerprint() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.seen
}

// Close releases the client's idle connections.
func (c *Client) Close() { c.hc.CloseIdleConnections() }

// Hello asks the host about itself. It needs no join code and fails when
// the host speaks another protocol version.
func (c *Client) Hello(ctx context.Context) (Hello, error) {
	var h Hello
	if err := c.do(ctx, http.MethodGet, "/v1/hello", nil, &h); err != nil {
		return Hello{}, err
	}
	if h.Protocol != ProtocolVersion {
		return Hello{}, fmt.Errorf("the host speaks LeadShift protocol %d, this LeadShift speaks %d: use the same version", h.Protocol, ProtocolVersion)
	}
	return h, nil
}

// Join joins the workshop with its code and the participant's name. The
// client must be pinned first, by a phrase given to Dial or by
// TrustPresented; otherwise nothing is sent and the error is
// ErrNotCompared. From then on the client is authenticated and pinned to
// the host's certificate; keep the returned session to rejoin with Resume.
func (c *Client) Join(ctx context.Context, code, name string) (*Joined, error) {
	c.mu.Lock()
	compared := c.pinned != "" || c.pinHash != ""
	c.mu.Unlock()
	if !compared {
		return nil, ErrNotCompared
	}
	// A join whose answer is lost is sent again with the same request ID:
	// the host answers with the same member instead of adding another.
	req := joinRequest{Code: code, Name: name, RequestID: NewToken()[:22]}
	var resp joinResponse
	var err error
	for attempt, delay := 1, 500*time.Millisecond; ; attempt, delay = attempt+1, 2*delay {
		err = c.do(ctx, http.MethodPost, "/v1/join", req, &resp)
		if err == nil || attempt == 3 || permanent(err) || ctx.Err() != nil || apiStatusOf(err) == http.StatusTooManyRequests {
			break
		}
		if sleep(ctx, jitter(delay)) != nil {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	var st workshop.RoomState
	if err := json.Unmarshal(resp.State, &st); err != nil {
		return nil, fmt.Errorf("the host's room state is not valid: %w", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.token = resp.Token
	c.pinned, c.pinHash = c.seen, c.seenHash
	s := Session{Addr: c.addr, Fingerprint: c.seen, CertSHA256: c.seenHash, ParticipantID: resp.ParticipantID, Token: resp.Token}
	return &Joined{Session: s, State: st, Content: resp.Content}, nil
}

// State is the room's current state.
func (c *Client) State(ctx context.Context) (workshop.RoomState, error) {
	var st workshop.RoomState
	err := c.do(ctx, http.MethodGet, "/v1/state", nil, &st)
	return st, err
}

// PushAnswers sends the participant's answers, edited from the host's
// version base (the zero Version for a first push), and returns the
// version the host has stored once they are committed. Sending the same
// answers again changes nothing. When the host holds another version than
// base, nothing is stored and the error is a *ConflictError with both
// versions.
func (c *Client) PushAnswers(ctx context.Context, base Version, a *workshop.Answers) (Version, error) {
	data, err := NormalizeAnswers(a)
	if err != nil {
		return Version{}, err
	}
	var resp answersResponse
	err = c.do(ctx, http.MethodPut, "/v1/answers", answersRequest{Base: base, Answers: data}, &resp)
	var conflict *ConflictError
	if errors.As(err, &conflict) {
		conflict.Mine = a.Clone()
		return Version{}, conflict
	}
	if err != nil {
		return Version{}, err
	}
	return resp.Version, nil
}

// GetAnswers returns the participant's answers as the host stores them,
// with their version. A host without answers from this participant
// answers with an *APIError of status 404.
func (c *Client) GetAnswers(ctx context.Context) (Version, *workshop.Answers, error) {
	var resp answersResponse
	if err := c.do(ctx, http.MethodGet, "/v1/answers", nil, &resp); err != nil {
		return Version{}, nil, err
	}
	a, err := workshop.DecodeAnswers(bytes.NewReader(resp.Answers))
	if err != nil {
		return Version{}, nil, fmt.Errorf("the answers the host sent are not valid: %w", err)
	}
	return resp.Version, a, nil
}

// do sends a JSON request and decodes a JSON answer into out. Failures of
// the host come back as *APIError, a wrong certificate as
// *FingerprintError.
func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		data, err := json.Marshal(in)
		if err != nil {
			return fmt.Errorf("encoding the request: %w", err)
		}
		body = bytes.NewReader(data)
	}
	resp, err := c.send(ctx, method, path, body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return readAPIError(resp)
	}
	if out == nil {
		return nil
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxResponse)).Decode(out); err != nil {
		return fmt.Errorf("the host's answer is not valid JSON: %w", err)
	}
	return nil
}

// send makes an authenticated request.
func (c *Client) send(ctx context.Context, method, path string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.url(path), body)
	if err != nil {
		return nil, &ReachError{Addr: c.addr, Kind: workshop.ErrIncompleteAddress, Err: err}
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	c.mu.Lock()
	token := c.token
	c.mu.Unlock()
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, c.netError(err)
	}
	return resp, nil
}

// netError explains a failed request without the URL noise.
func (c *Client) netError(err error) error {
	var fe *FingerprintError
	if errors.As(err, &fe) {
		return fe
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return reachError(c.addr, err)
}

// apiStatusOf is the status of an *APIError, or 0.
func apiStatusOf(err error) int {
	var api *APIError
	if errors.As(err, &api) {
		return api.Status
	}
	return 0
}

// readAPIError reads the host's error answer.
func readAPIError(resp *http.Response) error {
	var body errorResponse
	data, _ := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err := json.Unmarshal(data, &body); err != nil || body.Error == "" {
		body.Error = fmt.Sprintf("the host answered %d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
	}
	if c := body.Conflict; resp.StatusCode == http.StatusConflict && c != nil {
		room, err := workshop.DecodeAnswers(bytes.NewReader(c.Answers))
		if err == nil {
			return &ConflictError{Room: room, At: c.Version}
		}
	}
	e := &APIError{Status: resp.StatusCode, Message: body.Error}
	if resp.Request != nil {
		e.refusal = refusalOf(resp.Request.Method, resp.Request.URL.Path, resp.StatusCode, body.Reason, body.Error)
		if secs, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && e.refusal != nil && secs > 0 {
			e.refusal.RetryAfter = time.Duration(secs) * time.Second
		}
	}
	return e
}
