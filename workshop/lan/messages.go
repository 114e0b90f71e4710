package lan

import "encoding/json"

// ProtocolVersion is the version of the LAN protocol this package speaks.
// Its endpoints live under /v1; a host names the version in Hello.
const ProtocolVersion = 1

// DefaultPort is the TCP port a host listens on unless told otherwise.
const DefaultPort = 47320

// Hello is what a host tells anyone who asks, before they join.
type Hello struct {
	Protocol    int    `json:"protocol"`
	Title       string `json:"title"`
	Fingerprint string `json:"fingerprint"`
	JoinOpen    bool   `json:"joinOpen"`
}

// Wire messages of the HTTP API; docs/protocol.md describes each.
type (
	joinRequest struct {
		Code string `json:"code"`
		Name string `json:"name"`
	}
	joinResponse struct {
		ParticipantID string          `json:"participantId"`
		Token         string          `json:"token"`
		State         json.RawMessage `json:"state"`
		Content       json.RawMessage `json:"content"`
	}
	answersRequest struct {
		Rev     int64           `json:"rev"`
		Answers json.RawMessage `json:"answers"`
	}
	answersResponse struct {
		Rev     int64           `json:"rev"`
		Answers json.RawMessage `json:"answers,omitempty"`
	}
	shareRequest struct {
		Share *bool `json:"share"`
	}
	shareResponse struct {
		Share bool `json:"share"`
	}
	errorResponse struct {
		Error string `json:"error"`
	}
)
