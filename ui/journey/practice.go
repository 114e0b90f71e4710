package journey

import (
	"strings"

	"fyne.io/fyne/v2"

	"github.com/leadshift/leadshift/ui/live"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// Partnered is a Room that tells the participant about their own trio
// and buddies; *live.Link is one. A Room without it runs practice phases
// as the journey's steps.
type Partnered interface {
	Partners() service.Partners
	SetOnPartners(f func())
	SetOnTick(f func())
}

// followPartners shows the trio screen during practice phases and takes
// the buddy the facilitator paired into the plan.
func (j *Journey) followPartners() {
	p, ok := j.live.(Partnered)
	if !ok {
		return
	}
	j.partnered = p
	j.trio = live.NewTrioView(j.s.Content)
	p.SetOnPartners(j.onPartners)
	p.SetOnTick(func() {
		if j.practising() {
			j.trio.Paint(j.s.Now())
		}
	})
}

// practising reports whether the room is on a practice phase this
// laptop can show.
func (j *Journey) practising() bool {
	if j.partnered == nil {
		return false
	}
	st := j.live.State()
	return len(st.Agenda) > 0 && st.Current().Practice != ""
}

// showPractice puts the participant's trio, role card and timer on screen.
func (j *Journey) showPractice() {
	j.trio.Show(j.live.State(), j.partnered.Partners())
	j.current = nil
	j.body.Objects = []fyne.CanvasObject{j.trio.Content}
	j.body.Refresh()
	j.heading.SetText("Practice in trios")
	j.next.Hide()
	j.toTrio.Hide()
	say(j.problem, "")
	say(j.status, "Talk, do not type: your answers wait where you left them.")
	j.refreshNav()
}

// onPartners follows what the room says about the trio and the buddies.
func (j *Journey) onPartners() {
	if j.closed {
		return
	}
	if j.takeBuddy() && j.s.Answers.Step == workshop.StepPlan && !j.practising() {
		j.show(workshop.StepPlan) // the plan's buddy field shows the new name
	}
	if j.practising() {
		j.showPractice()
	}
}

// takeBuddy writes the buddies the facilitator paired, and their first
// check-in, into a plan that names no buddy yet; it reports whether it
// changed the plan. A buddy the participant typed is never replaced.
func (j *Journey) takeBuddy() bool {
	if j.partnered == nil {
		return false
	}
	p := j.partnered.Partners()
	pl := j.s.Answers.Plan
	if len(p.Buddies) == 0 || pl == nil || strings.TrimSpace(pl.Buddy) != "" {
		return false
	}
	pl.Buddy = strings.Join(p.Buddies, " and ")
	if strings.TrimSpace(pl.BuddyCheckIn) == "" {
		pl.BuddyCheckIn = p.BuddyCheckIn
	}
	j.s.changed()
	return true
}
