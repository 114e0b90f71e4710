package journey

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop/analysis"
)

// keepUp drafts the plan the first time, and again whenever the answers
// behind it have changed (a participant the room moved ahead comes back
// and finishes an exercise): what the person wrote stays, the rest
// follows the answers, and the banner says what changed.
func (p *planScreen) keepUp() {
	s := p.s
	pl := s.Answers.Plan
	if pl == nil {
		s.Answers.Plan = analysis.Draft(s.Content, s.Answers, p.report, s.Now())
		s.changed()
		return
	}
	if pl.DraftedFrom == "" { // saved before plans kept track of edits
		analysis.AdoptEdits(s.Content, s.Answers, p.report, pl, s.Now())
	}
	if !analysis.Stale(s.Answers, pl) {
		return
	}
	rd := analysis.Redraft(s.Content, s.Answers, p.report, pl, s.Now())
	s.Answers.Plan = rd.Plan
	if len(rd.Changed) > 0 {
		p.redrafted = &rd
	}
	s.changed()
}

// showBanner fills the lines at the top of the page: what the last
// redraft changed and kept, and which exercises the plan still waits for.
func (p *planScreen) showBanner() {
	p.banner.RemoveAll()
	if rd := p.redrafted; rd != nil {
		text := "Your answers have changed since this plan was drafted, so everything you had not written yourself follows them now:\n• " +
			strings.Join(rd.Changed, "\n• ")
		if len(rd.Kept) > 0 {
			text += "\nKept as you wrote it: " + strings.Join(rd.Kept, "; ") + "."
		}
		p.banner.Add(infoLine("Your plan has caught up with your answers", text, nil))
	}
	if steps := p.s.Answers.Unfinished(p.s.Content); len(steps) > 0 {
		names := make([]string, len(steps))
		buttons := container.NewHBox()
		for i, st := range steps {
			names[i] = st.Title()
			buttons.Add(&widget.Button{Text: "Go to " + st.Title(), Icon: theme.NavigateNextIcon(), Importance: widget.LowImportance,
				OnTapped: func() { p.j.show(st) }})
		}
		verb, them := "is", "it"
		if len(steps) > 1 {
			verb, them = "are", "them"
		}
		text := "This plan is drafted from part of your answers: " + listWords(names) + " " + verb + " not finished yet. " +
			"As you finish " + them + ", the plan catches up and keeps what you write yourself."
		p.banner.Add(infoLine("Drafted from part of your answers", text, buttons))
	}
	p.banner.Hidden = len(p.banner.Objects) == 0 // no gap above the page when there is nothing to say
}

// infoLine is a banner: an icon, a bold heading, the text and any
// buttons, on the page's own background (it informs; it is no error).
func infoLine(heading, text string, buttons fyne.CanvasObject) fyne.CanvasObject {
	body := container.NewVBox(widget.NewLabelWithStyle(heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), widgets.Para(text))
	if buttons != nil {
		body.Add(buttons)
	}
	return widget.NewCard("", "", container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(theme.InfoIcon())), nil, body))
}

// bannerText is everything the banner says, for tests.
func (p *planScreen) bannerText() string {
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *widget.Card:
			walk(x.Content)
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		}
	}
	walk(p.banner)
	return strings.Join(out, "\n")
}

// listWords joins names as people do: "a", "a and b", "a, b and c".
func listWords(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
