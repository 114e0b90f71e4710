package journey

import (
	"errors"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/service"
)

// PairingRoom is a Room where the participant can pair with their manager
// while the facilitator lets managers in; *live.Link is one.
type PairingRoom interface {
	// OfferPairing offers request q to the room; done gets the pairing
	// code to show, or why not, on the UI goroutine.
	OfferPairing(q *manager.Request, done func(code string, err error))
	// FollowPairing calls onChange, on the UI goroutine, each time the
	// pairing changes (a manager paired, answers arrived), until the room
	// is left. Calling it again does nothing.
	FollowPairing(onChange func(p service.Pairing))
}

// roomPairing is the participant's pairing with their manager in a live
// room. It lives as long as the journey: every step's "Your manager" card
// shows it.
type roomPairing struct {
	j    *Journey
	room PairingRoom
	code string
	who  string // the manager's name, once paired
	seen *manager.Response
}

// pairing is the journey's pairing, or nil outside a room that allows it.
func (j *Journey) pairing() *roomPairing {
	room, ok := j.live.(PairingRoom)
	if !ok || !j.live.State().Managers {
		return nil
	}
	if j.paired == nil {
		j.paired = &roomPairing{j: j, room: room}
	}
	return j.paired
}

// pairRow is the way to pair with a manager in the room, on the manager
// card: the button, then the code to show; nil outside such a room.
func (b *managerBar) pairRow() fyne.CanvasObject {
	p := b.j.pairing()
	if p == nil {
		return nil
	}
	show := &widget.Button{Text: "My manager is in the room: pair with them…", Icon: theme.AccountIcon(), OnTapped: b.onPair}
	if p.code == "" && p.who == "" {
		return container.NewHBox(show)
	}
	return container.NewVBox(container.NewHBox(show), widgets.Para(p.say()))
}

// withPairRow is objs with the pairing row inserted at i, when there is one.
func (b *managerBar) withPairRow(i int, objs ...fyne.CanvasObject) []fyne.CanvasObject {
	if row := b.pairRow(); row != nil {
		return slices.Insert(objs, i, row)
	}
	return objs
}

// say tells how the pairing stands.
func (p *roomPairing) say() string {
	if p.who != "" {
		return fmt.Sprintf("%s has paired with you. Their answers come into your plan when they send them; only you see them.", p.who)
	}
	return fmt.Sprintf("Pairing code for your manager: %s. They join this workshop as \u201cA participant's manager\u201d "+
		"with the room's code and this code. They see only what your request carries.", p.code)
}

// onPair asks what to share, as for a request file, then shows the code.
func (b *managerBar) onPair() {
	a := b.newAskDialog()
	a.pdf.Hide()
	a.save.Text, a.save.Icon, a.save.OnTapped = "Show a pairing code", theme.AccountIcon(), a.onPair
	a.d.Show()
}

// onPair offers the request to the room and shows the code it gives.
func (a *askDialog) onPair() {
	b := a.b
	inc := manager.Include{SkillRatings: a.skills.Checked, ExpectationAnswers: a.expectations.Checked}
	a.close()
	p := b.j.pairing()
	if p == nil {
		b.tell("The facilitator no longer lets managers join. Ask your manager to answer a request file instead.", true)
		return
	}
	q, err := manager.NewRequest(b.s.Content, b.s.Answers, inc, b.s.Now())
	if err != nil {
		b.tell("Your answers have no ID yet, so your manager's answers could not be tied to them. Go back to the check-in and try again.", true)
		return
	}
	b.tell("Asking the room for a pairing code…", false)
	p.room.OfferPairing(q, func(code string, err error) {
		if b.j.closed {
			return
		}
		if err != nil {
			b.j.managerBar().tell("The room did not give a pairing code: "+roomTrouble(err), true)
			return
		}
		p.code, p.who = code, ""
		p.room.FollowPairing(p.onChange)
		p.redraw()
	})
}

// onChange follows the pairing: a manager paired, or sent answers, which
// are applied as a response file is (confirmed before replacing others).
func (p *roomPairing) onChange(now service.Pairing) {
	if p.j.closed {
		return
	}
	if now == (service.Pairing{}) {
		// The room no longer holds the pairing (it was restarted, say):
		// the code shown would not work.
		p.code, p.who = "", ""
		p.redraw()
		p.j.managerBar().tell("The room no longer knows your pairing code. If your manager has not sent their answers yet, pair again.", false)
		return
	}
	if now.Code != "" {
		p.code = now.Code
	}
	p.who = now.Manager
	r := now.Response
	if r != nil && (p.seen == nil || p.seen.ID != r.ID || !p.seen.Updated.Equal(r.Updated)) {
		p.seen = r
		p.j.managerBar().apply(r)
		return // apply redraws the step
	}
	p.redraw()
}

// redraw shows the step again, so its card shows the pairing.
func (p *roomPairing) redraw() { p.j.show(p.j.s.Answers.Step) }

// roomTrouble words why the room refused: the room's own sentence for a
// refusal, never the network's words.
func roomTrouble(err error) string {
	var refused *workshop.RoomError
	if errors.As(err, &refused) {
		return refused.Message + "."
	}
	return "the workshop could not be reached. Check that you are still on its Wi-Fi, and try again."
}
