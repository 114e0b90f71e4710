package ui

import (
	"path/filepath"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/ui/journey"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/storage"
)

// This file is the manager's side: answering a request a team member
// sent, in the manager's form, kept as a draft on this computer as the
// manager types and saved as a response file to send back.

// drafts is where this computer keeps the answers being written to requests.
func (ui *App) drafts() *storage.Drafts {
	return storage.OpenDrafts(filepath.Join(ui.deps.DataDir, "manager"))
}

// answerRequest asks for a request file and opens the form for it; a file
// that is not a request is explained on the start screen.
func (ui *App) answerRequest() {
	ui.chooseOpen(func(path string) {
		q, err := ui.files.OpenRequest(path)
		if err != nil {
			ui.start.sayProblem(journey.RequestProblem(err))
			return
		}
		ui.openRequest(q)
	})
}

// openRequest shows the manager's form for request q, with the answers
// kept from before when there are some.
func (ui *App) openRequest(q *manager.Request) {
	r, saver := ui.formDraft(q)
	stem, person := workshop.Participant{Name: q.Name}.FileStem(), personOf(q)
	ui.form = journey.NewManagerForm(journey.FormSetup{Request: q, Response: r, Now: ui.deps.Now,
		OnChange: func() { saver.Save(q, r) },
		Leave:    "Home", OnLeave: ui.showStart,
		Finish: "Save my answers to send back",
		OnFinish: func(r *manager.Response, say func(string, bool)) {
			ui.chooseSave(stem+"-manager-response.json", func(path string) {
				if err := ui.files.SaveResponse(path, r); err != nil {
					say("Your answers could not be saved there. Choose another folder, such as your documents.", true)
					return
				}
				say("Saved as "+filepath.Base(path)+". Send this file back to "+person+
					". Your answers also stay on this computer: open the request again to change them and save again.", false)
			})
		}})
	saver.Save(q, r)
	ui.win.SetContent(ui.form.Content)
}

// formDraft leaves the screen on show for the manager's form of request
// q: it returns the answers kept from before when there are some (new
// ones otherwise), and the saver that keeps them as they change.
func (ui *App) formDraft(q *manager.Request) (*manager.Response, *storage.DraftSaver) {
	drafts := ui.drafts()
	r, err := drafts.Load(q.ID)
	if err != nil {
		ui.ShowError("Your earlier answers to this request could not be read", err)
	}
	if r == nil || manager.MatchRequest(r, q) != nil {
		r = manager.NewResponse(q, ui.deps.Now())
	}
	ui.leave()
	saver := storage.NewDraftSaver(drafts, func(err error) {
		bridge.Do(func() { ui.ShowError("Your answers could not be kept on this computer", err) })
	})
	ui.draftSaver = saver
	return r, saver
}

// personOf is the name of the team member who made request q.
func personOf(q *manager.Request) string {
	if q.Name == "" {
		return "your team member"
	}
	return q.Name
}

// TypeManagerAnswers shows the manager's form over the journey, for the
// participant to type in what their manager wrote on paper; the answers
// typed so far are kept as a draft of the request, found again by the
// answers they belong to. done gets them when the participant adds them.
func (ui *App) TypeManagerAnswers(q *manager.Request, done func(r *manager.Response)) {
	drafts := ui.drafts()
	r := manager.NewResponse(q, ui.deps.Now())
	for _, d := range drafts.List() {
		if d.Request.AnswersID == q.AnswersID {
			q, r = d.Request, d.Response
			break
		}
	}
	back := ui.journey
	saver := storage.NewDraftSaver(drafts, func(err error) {
		bridge.Do(func() { ui.ShowError("The answers you typed could not be kept on this computer", err) })
	})
	ui.draftSaver = saver // closed with the window too
	leave := func() {
		saver.Close()
		ui.form, ui.draftSaver = nil, nil
		if ui.journey == back && back != nil {
			ui.win.SetContent(back.Content)
		}
	}
	ui.form = journey.NewManagerForm(journey.FormSetup{Request: q, Response: r, Now: ui.deps.Now, Paper: true,
		OnChange: func() { saver.Save(q, r) },
		Leave:    "Back to my journey", OnLeave: leave,
		Finish: "Add these answers to my plan",
		OnFinish: func(r *manager.Response, _ func(string, bool)) {
			leave()
			if err := drafts.Remove(q.ID); err != nil {
				ui.ShowError("The answers you typed could not be tidied away", err)
			}
			done(r)
		}})
	saver.Save(q, r)
	ui.win.SetContent(ui.form.Content)
}
