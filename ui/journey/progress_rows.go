package journey

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// stateLabels name the delegation row states for people, in RowStates'
// order.
var stateLabels = []string{"Not handed over yet", "Handed over", "Taken back"}

// handOver is one row of the delegation map at a check-in: where it
// stands now, and what changed since.
type handOver struct {
	row   int // index into the answers' delegations
	state *widget.RadioGroup
	level *widget.Select // the level it was handed over at
	why   *widget.Entry  // why it was taken back
}

// handOversCard lists the rows meant to be handed over (those the
// participant still holds, or handed over already), each with where it
// stands; nil when the map has none.
func (p *Progress) handOversCard() fyne.CanvasObject {
	var items []*widget.FormItem
	for i, r := range p.a.Delegations {
		if r.Kind != workshop.RowHold && r.Kind != workshop.RowHanded {
			continue
		}
		now := r.Now()
		h := &handOver{row: i,
			state: &widget.RadioGroup{Options: stateLabels, Horizontal: true, Selected: stateLabels[max(0, slices.Index(workshop.RowStates, now.State))]},
			level: &widget.Select{Options: p.levels, PlaceHolder: "At which level"},
			why:   widgets.TextEntry(now.Why, "Why it was taken back", false, nil)}
		if now.Level > 0 && now.Level <= len(p.levels) {
			h.level.Selected = p.levels[now.Level-1]
		}
		h.state.OnChanged = func(string) { h.show() }
		h.show()
		p.handOvers = append(p.handOvers, h)
		owner := strings.TrimSpace(r.Owner)
		if owner == "" {
			owner = "no owner yet"
		}
		items = append(items, widget.NewFormItem(r.What, container.NewVBox(widgets.Para(fmt.Sprintf("To %s; %s", owner, since(now))), h.state, h.level, h.why)))
	}
	if len(items) == 0 {
		return nil
	}
	return widget.NewCard("Hand-overs", "Each row of your delegation map you meant to hand over: a change is added to its history, dated today", widget.NewForm(items...))
}

// since says where a row has stood, and from when.
func since(s workshop.RowStatus) string {
	switch s.State {
	case workshop.StateHanded:
		return "handed over on " + workshop.Long(s.Date)
	case workshop.StateTakenBack:
		return "taken back on " + workshop.Long(s.Date)
	}
	return "not handed over yet"
}

// show offers the level for a hand-over and the reason for a take-back.
func (h *handOver) show() {
	h.level.Hidden = h.state.Selected != stateLabels[1]
	h.why.Hidden = h.state.Selected != stateLabels[2]
	h.level.Refresh()
	h.why.Refresh()
}

// handOverChanges are the steps to add to the rows' histories for what
// changed at this check-in, dated date, and what is missing to add them.
func (p *Progress) handOverChanges(date string) (problems []string, apply func()) {
	var changes []func()
	for _, h := range p.handOvers {
		r := &p.a.Delegations[h.row]
		state := workshop.RowStates[max(0, slices.Index(stateLabels, h.state.Selected))]
		s := workshop.RowStatus{State: state, Date: date}
		switch state {
		case workshop.StateHanded:
			s.Level = slices.Index(p.levels, h.level.Selected) + 1
			if s.Level == 0 {
				problems = append(problems, fmt.Sprintf("%q: the level it was handed over at", r.What))
			}
		case workshop.StateTakenBack:
			s.Why = strings.TrimSpace(h.why.Text)
			if s.Why == "" {
				problems = append(problems, fmt.Sprintf("%q: why it was taken back", r.What))
			}
		}
		if now := r.Now(); now.State != s.State || now.State == workshop.StateHanded && now.Level != s.Level {
			changes = append(changes, func() { r.Record(s) })
		}
	}
	return problems, func() {
		for _, change := range changes {
			change()
		}
	}
}
