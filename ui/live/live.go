// Package live is a participant's side of a live workshop: the screen that
// finds and joins a room with the code from the projector, the link
// that follows the room while the journey runs (the banner with the phase,
// the timer and whether the answers reached the room), and the dialog
// that settles answers changed on two laptops (ClashView). It reaches the
// network only through the Joiner and Conn interfaces (implemented by
// package service) and never sees HTTP: refusals are the room's typed
// errors from package workshop.
package live

import (
	"context"
	"time"

	"fyne.io/fyne/v2"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// Shell is what the live screens need from the app around them.
type Shell interface {
	Home()
	ShowError(title string, err error)
	// ConfirmRoom asks the participant whether phrase matches the projector.
	ConfirmRoom(phrase string, done func(ok bool))
	Focus(o fyne.Focusable)
	Tasks() *bridge.Tasks
	// OpenLive opens the journey of a joined workshop.
	OpenLive(f service.LiveFile, c *workshop.Content, a *workshop.Answers, state workshop.RoomState)
	// AnswerInRoom opens the form of a manager paired in a live room with
	// their team member, on the request they received.
	AnswerInRoom(m *service.ManagerLink)
	Now() time.Time
}

// Joiner finds, joins and keeps workshops; *service.Participant is one.
// Joining takes two steps: Reach says hello and nothing else, then the
// participant compares the check phrase with the projector, and only then
// does Reached.Join send the code and the name.
type Joiner interface {
	Browse(ctx context.Context, onFound func(service.Found)) error
	Reach(ctx context.Context, addr, pinned string) (*service.Reached, error)
	Keep(f service.LiveFile) error
}

// Conn is the network link of a joined workshop; *service.Link is one.
type Conn interface {
	Context() context.Context
	StartSync(a *workshop.Answers, onStatus func(service.SyncStatus))
	Push(a *workshop.Answers)
	// Resolve settles a conflict with the answers a, merged from both
	// sides with the participant's choices for the answers named in
	// clashes; it keeps a trace of both sides first and settles nothing
	// when it cannot.
	Resolve(c *service.Conflict, a *workshop.Answers, clashes []string) error
	Close()
}

// Ender is a Conn that can tell when the facilitator stopped hosting: its
// channel closes when the room has ended. The link then says so at once
// instead of showing a countdown and "synced". A Conn without it leaves
// the banner as it was last heard.
type Ender interface {
	Ended() <-chan struct{}
}

// Stopper is a Conn that can tell when following the room stopped for
// good (removed, an unknown session, another certificate): its channel
// gets why, as one of the room's typed errors. The banner then says so
// instead of going quiet.
type Stopper interface {
	Stopped() <-chan error
}
