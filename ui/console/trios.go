package console

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// Grouper is a Room that forms practice trios and pairs buddies;
// *service.Room is one. A console on a room without it shows neither.
type Grouper interface {
	FormTrios(ctx context.Context, ids []string, shuffle bool) error
	SetTrios(ctx context.Context, t workshop.Trios) error
	Trios() workshop.Trios
	NextRound(ctx context.Context) error
	PairBuddies(ctx context.Context, ids []string, checkIn string) error
	Buddies() (workshop.Buddies, string)
}

// BuddyDays is how many days after the workshop the buddies' first
// check-in falls unless the facilitator picks another day: the day-30
// milestone of the plan.
const BuddyDays = 30

// groupsPanel is the console's part for practice rounds and buddies: the
// trios by name (only the facilitator sees them all), the rounds, and the
// buddy pairs with their first check-in.
type groupsPanel struct {
	r       *Console
	g       Grouper
	box     *fyne.Container
	trios   *widget.Label
	round   *widget.Button
	buddies *widget.Label
	checkIn *widget.DateEntry
}

func newGroupsPanel(r *Console) *groupsPanel {
	g, ok := r.room.(Grouper)
	p := &groupsPanel{r: r, g: g, box: container.NewVBox()}
	if !ok {
		p.box.Hide()
		return p
	}
	p.trios = &widget.Label{Wrapping: fyne.TextWrapWord}
	p.buddies = &widget.Label{Wrapping: fyne.TextWrapWord}
	p.round = &widget.Button{Icon: theme.MediaPlayIcon(), Importance: widget.HighImportance, OnTapped: p.onRound}
	p.checkIn = widget.NewDateEntry()
	if day, err := time.Parse(workshop.DateLayout, r.setup.Date); err == nil {
		d := day.AddDate(0, 0, BuddyDays)
		p.checkIn.SetDate(&d)
	}
	p.box.Add(widget.NewSeparator())
	p.box.Add(widgets.Heading("Practice trios"))
	p.box.Add(container.NewGridWithColumns(2,
		&widget.Button{Text: "Form trios at random", Icon: theme.ViewRefreshIcon(), OnTapped: p.onRandom},
		&widget.Button{Text: "Arrange by hand…", Icon: theme.DocumentCreateIcon(), OnTapped: p.onByHand}))
	p.box.Add(p.round)
	p.box.Add(p.trios)
	p.box.Add(widgets.Heading("Buddies for day 30"))
	p.box.Add(widget.NewForm(widget.NewFormItem("First check-in", p.checkIn)))
	p.box.Add(&widget.Button{Text: "Pair buddies at random", Icon: theme.AccountIcon(), OnTapped: p.onBuddies})
	p.box.Add(p.buddies)
	return p
}

// present are the members in the room and connected now, in joining
// order: the people who can practise.
func (p *groupsPanel) present() []workshop.Member {
	return slices.DeleteFunc(p.r.room.Members(), func(m workshop.Member) bool { return m.Removed || !m.Connected })
}

func ids(ms []workshop.Member) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}

// refresh shows the trios with this round's roles, the round button and
// the buddies.
func (p *groupsPanel) refresh(st workshop.RoomState) {
	if p.g == nil {
		return
	}
	names := map[string]string{}
	for _, m := range p.r.room.Members() {
		names[m.ID] = m.Name
	}
	trios := p.g.Trios()
	p.trios.SetText(triosText(trios, names, max(1, st.Round)))
	practising := st.Current().Practice != ""
	switch {
	case !practising:
		p.round.SetText("Rounds start in a practice phase")
		p.round.Disable()
	case st.Round >= workshop.PracticeRounds:
		p.round.SetText(fmt.Sprintf("All %d rounds are under way", workshop.PracticeRounds))
		p.round.Disable()
	case len(trios) == 0:
		p.round.SetText("Form the trios to start round 1")
		p.round.Disable()
	default:
		p.round.SetText(fmt.Sprintf("Start round %d of %d (roles rotate)", st.Round+1, workshop.PracticeRounds))
		p.round.Enable()
	}
	buddies, day := p.g.Buddies()
	p.buddies.SetText(buddiesText(buddies, names, day))
}

// triosText lists the groups with the roles of round: "1. Ana (speaker),
// Ben (listener), Cleo (observer)".
func triosText(t workshop.Trios, names map[string]string, round int) string {
	if len(t) == 0 {
		return "No trios yet. Form them once everyone is connected; each participant sees only their own trio and role."
	}
	var lines []string
	for i, g := range t {
		var who []string
		for pos, id := range g {
			who = append(who, fmt.Sprintf("%s (%s)", names[id], workshop.RoleOf(pos, len(g), round)))
		}
		lines = append(lines, fmt.Sprintf("%d. %s", i+1, strings.Join(who, ", ")))
	}
	return strings.Join(lines, "\n")
}

// buddiesText lists each pair once.
func buddiesText(b workshop.Buddies, names map[string]string, day string) string {
	if len(b) == 0 {
		return "No buddies yet. Participants can also write a buddy of their own choosing into their plan."
	}
	seen := map[string]bool{}
	var lines []string
	var keys []string
	for id := range b {
		keys = append(keys, id)
	}
	slices.SortFunc(keys, func(a, c string) int { return strings.Compare(names[a], names[c]) })
	for _, id := range keys {
		if seen[id] {
			continue
		}
		group := []string{names[id]}
		seen[id] = true
		for _, o := range b[id] {
			group = append(group, names[o])
			seen[o] = true
		}
		lines = append(lines, strings.Join(group, " and "))
	}
	return fmt.Sprintf("First check-in on %s:\n%s", workshop.Long(day), strings.Join(lines, "\n"))
}

func (p *groupsPanel) onRandom() {
	present := p.present()
	p.r.act("The trios could not be formed", func(ctx context.Context) error {
		return tooFew(p.g.FormTrios(ctx, ids(present), true))
	})
}

func (p *groupsPanel) onRound() {
	p.r.act("The next round could not be started", p.g.NextRound)
}

func (p *groupsPanel) onBuddies() {
	present := p.present()
	day := p.checkIn.Date
	if day == nil {
		p.r.shell.ShowError("Buddies were not paired", errors.New("pick the day of the buddies' first check-in first"))
		return
	}
	p.r.act("Buddies were not paired", func(ctx context.Context) error {
		err := p.g.PairBuddies(ctx, ids(present), day.Format(workshop.DateLayout))
		if err != nil && len(present) < 2 {
			return errors.New("buddies need at least two participants connected")
		}
		return err
	})
}

// tooFew words the refusal of a room too small to practise.
func tooFew(err error) error {
	if errors.Is(err, workshop.ErrTooFewForTrios) {
		return errors.New("trios need at least two participants connected")
	}
	return err
}

// onByHand lets the facilitator put each participant present into a
// trio of their choosing, starting from the trios as they are.
func (p *groupsPanel) onByHand() {
	present := p.present()
	if len(present) < 2 {
		p.r.shell.ShowError("The trios could not be arranged", errors.New("trios need at least two participants connected"))
		return
	}
	groups := (len(present) + 2) / 3
	var options []string
	for i := range groups {
		options = append(options, fmt.Sprintf("Trio %d", i+1))
	}
	current := p.g.Trios()
	form := widget.NewForm()
	choice := make([]*widget.Select, len(present))
	for i, m := range present {
		sel := widget.NewSelect(options, nil)
		if g, _, ok := current.Of(m.ID); ok {
			sel.SetSelectedIndex(min(slices.IndexFunc(current, func(x []string) bool { return slices.Equal(x, g) }), groups-1))
		} else {
			sel.SetSelectedIndex(i / 3 % groups)
		}
		choice[i] = sel
		form.Append(m.Name, sel)
	}
	dialog.ShowCustomConfirm("Arrange the trios by hand", "Use these trios", "Cancel", container.NewVScroll(form), func(ok bool) {
		if !ok {
			return
		}
		t := make(workshop.Trios, groups)
		for i, sel := range choice {
			t[max(0, sel.SelectedIndex())] = append(t[max(0, sel.SelectedIndex())], present[i].ID)
		}
		t = slices.DeleteFunc(t, func(g []string) bool { return len(g) == 0 })
		p.r.act("The trios could not be arranged", func(ctx context.Context) error { return p.g.SetTrios(ctx, t) })
	}, p.r.shell.Window())
}
