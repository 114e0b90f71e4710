package ui

import (
	"context"
	"errors"
	"time"

	"github.com/leadshift/leadshift/ui/journey"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/service"
)

// AnswerInRoom shows the manager's form to a manager paired in a live
// room with their team member: the same form as for a request file, kept
// as a draft on this computer as they type, and sent to the team member
// instead of saved as a file. Sending again after a change replaces the
// answers sent before, once the team member confirms.
func (ui *App) AnswerInRoom(m *service.ManagerLink) {
	q := m.Request
	r, saver := ui.formDraft(q)
	person := personOf(q)
	leave := func() {
		m.Close()
		ui.showStart()
	}
	ui.form = journey.NewManagerForm(journey.FormSetup{Request: q, Response: r, Now: ui.deps.Now, Live: true,
		OnChange: func() { saver.Save(q, r) },
		Leave:    "Leave the workshop", OnLeave: leave,
		Finish: "Send my answers to " + person,
		OnFinish: func(r *manager.Response, say func(string, bool)) {
			say("Sending…", false)
			ui.tasks.Run(func() func() {
				ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
				defer cancel()
				err := m.Send(ctx, r)
				return func() {
					if err != nil {
						say("Your answers did not reach "+person+": "+pairingTrouble(err)+" They are kept on this computer: try again.", true)
						return
					}
					say("Sent to "+person+". They see your answers in their plan, and only there. "+
						"You can change them and send again while you are in the workshop.", false)
				}
			})
		}})
	saver.Save(q, r)
	ui.win.SetContent(ui.form.Content)
}

// pairingTrouble says in a sentence why the answers did not reach the
// team member.
func pairingTrouble(err error) string {
	switch {
	case errors.Is(err, workshop.ErrUnknownSession):
		return "the pairing has ended (they may have left the workshop, or shown a new code)."
	case errors.Is(err, workshop.ErrRefused):
		return "the workshop did not take them."
	}
	return "the workshop could not be reached."
}
