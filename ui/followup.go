package ui

import (
	"context"

	"github.com/leadshift/leadshift/workshop"
)

// StartFollowUp reopens the held workshop s as a follow-up session: its
// room, stopped if hosted, opens again on the follow-up phase, and the
// control window shows.
func (ui *App) StartFollowUp(s *workshop.Setup) {
	ui.CloseRoom(s.ID)
	ws, now := ui.workshops, ui.deps.Now()
	ui.tasks.Run(func() func() {
		err := ws.OpenFollowUp(context.Background(), s, now)
		return func() {
			if err != nil {
				ui.ShowError("The follow-up session could not be opened", err)
				return
			}
			ui.StartHosting(s)
		}
	})
}
