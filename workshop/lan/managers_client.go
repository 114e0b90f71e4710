package lan

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/leadshift/leadshift/workshop/manager"
)

// Pairing is how a participant's pairing with their manager stands.
type Pairing struct {
	// Code is the code to show the manager, until one has paired; "" then,
	// and when there is no pairing.
	Code string
	// Manager is the paired manager's name, "" before one pairs.
	Manager string
	// Response is the manager's newest answers, nil before they send any.
	// Apply it as a response file is applied (manager.Apply).
	Response *manager.Response
}

// ManagerJoined is what a manager receives on pairing: the workshop's
// title and their team member's request, and nothing else.
type ManagerJoined struct {
	Title   string
	Request *manager.Request
}

// OfferPairing offers request q, made for the participant's manager, to
// the room and returns the pairing code to show them. A new offer ends
// the participant's earlier pairing.
func (c *Client) OfferPairing(ctx context.Context, q *manager.Request) (string, error) {
	data, err := json.Marshal(q)
	if err != nil {
		return "", fmt.Errorf("encoding the request: %w", err)
	}
	var resp struct {
		Code string `json:"code"`
	}
	if err := c.do(ctx, http.MethodPost, "/v1/pairing", offerRequest{Request: data}, &resp); err != nil {
		return "", err
	}
	return resp.Code, nil
}

// Pairing asks how the participant's pairing stands, with the manager's
// answers once sent.
func (c *Client) Pairing(ctx context.Context) (Pairing, error) {
	var resp struct {
		Code     string          `json:"code"`
		Manager  string          `json:"manager"`
		Response json.RawMessage `json:"response"`
	}
	if err := c.do(ctx, http.MethodGet, "/v1/pairing", nil, &resp); err != nil {
		return Pairing{}, err
	}
	p := Pairing{Code: resp.Code, Manager: resp.Manager}
	if len(resp.Response) > 0 && !bytes.Equal(resp.Response, []byte("null")) {
		r, err := manager.DecodeResponse(bytes.NewReader(resp.Response))
		if err != nil {
			return Pairing{}, fmt.Errorf("the manager's answers the host sent are not valid: %w", err)
		}
		p.Response = r
	}
	return p, nil
}

// JoinAsManager pairs a manager with their team member: code is the
// workshop's join code, pairing the code on the team member's screen.
// Like Join, it sends nothing before the client is pinned. It is not
// retried: a pairing code is used once.
func (c *Client) JoinAsManager(ctx context.Context, code, pairing, name string) (*ManagerJoined, error) {
	c.mu.Lock()
	compared := c.pinned != "" || c.pinHash != ""
	c.mu.Unlock()
	if !compared {
		return nil, ErrNotCompared
	}
	var resp struct {
		Token   string          `json:"token"`
		Title   string          `json:"title"`
		Request json.RawMessage `json:"request"`
	}
	req := managerJoinRequest{Code: code, Pairing: pairing, Name: name}
	if err := c.do(ctx, http.MethodPost, "/v1/manager/join", req, &resp); err != nil {
		return nil, err
	}
	q, err := manager.DecodeRequest(bytes.NewReader(resp.Request))
	if err != nil {
		return nil, fmt.Errorf("the request the host sent is not valid: %w", err)
	}
	c.mu.Lock()
	c.token = resp.Token
	c.pinned, c.pinHash = c.seen, c.seenHash
	c.mu.Unlock()
	return &ManagerJoined{Title: resp.Title, Request: q}, nil
}

// SendManagerResponse sends a paired manager's answers to their team
// member. Sending the same answers again changes nothing.
func (c *Client) SendManagerResponse(ctx context.Context, r *manager.Response) error {
	return c.do(ctx, http.MethodPut, "/v1/manager/response", r, nil)
}
