// Package lan is LeadShift's local-network hub: a facilitator's host serves
// the workshop over TLS, participants' clients join, sync their answers and
// follow the room; discovery announces hosts on the LAN.
//
// The host (Host) keeps the room in a workshop.RoomStore and serves the
// HTTP API described in docs/protocol.md. A participant's app talks to it
// through a Client; a Syncer is the participant's offline-first outbox for
// answers. Announce and Browse find hosts on the local network; a typed
// address works without them.
//
// The package imports no UI code. It reports changes through plain
// callbacks, which may run on any goroutine and must not block.
package lan
