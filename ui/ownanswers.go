package ui

import (
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storage"
)

// otherAnswers are the IDs of the answers on this laptop other than a:
// the participant's own journey and the live workshop's. A manager's
// response to a request made from them may be carried over to a (a
// request handed out before the workshop, answered and added in it).
func (ui *App) otherAnswers(a *workshop.Answers) []string {
	stores := []*storage.Store{ui.deps.Store}
	if live, err := ui.participant.Answers(); err == nil {
		stores = append(stores, live)
	}
	var ids []string
	for _, store := range stores {
		if other, err := store.Load(); err == nil && other.ID != "" && other.ID != a.ID {
			ids = append(ids, other.ID)
		}
	}
	return ids
}
