package lan

import "encoding/json"

// ProtocolVersion is the version of the LAN protocol this package speaks.
// Its endpoints live under /v1; a host names the version in Hello.
// Version 2: answers are pushed with the version they were based on, and
// the host numbers the revisions (docs/protocol.md).
const ProtocolVersion = 2

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
		Code      string `json:"code"`
		Name      string `json:"name"`
		RequestID string `json:"requestId,omitempty"` // the same for retries of one join
	}
	joinResponse struct {
		ParticipantID string          `json:"participantId"`
		Token         string          `json:"token"`
		State         json.RawMessage `json:"state"`
		Content       json.RawMessage `json:"content"`
	}
	answersRequest struct {
		Base    Version         `json:"base"` // the host's version these answers were edited from
		Answers json.RawMessage `json:"answers"`
	}
	answersResponse struct {
		Version
		Answers json.RawMessage `json:"answers,omitempty"`
	}
	errorResponse struct {
		Error string `json:"error"`
		// Reason names the refusal where one status stands for more
		// than one (roomerrors.go); empty otherwise.
		Reason   string           `json:"reason,omitempty"`
		Conflict *answersResponse `json:"conflict,omitempty"` // the room's version, on a conflicting push
	}
)
