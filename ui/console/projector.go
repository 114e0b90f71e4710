package console

import (
	"fmt"
	"net"
	"reflect"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// projectorWindow is the room's shared screen, made for the back of the
// room: one full-screen view per phase (the phase, its countdown, how many
// joined, the join details while joining is open, the current phase's
// chart and its debrief question), every size taken from the window's.
// It reads only the room state, the number of people in it and the host's
// aggregates, never a name or anyone's answers.
type projectorWindow struct {
	c          *Console
	win        fyne.Window
	view       *projectorView
	fullScreen *widget.Button

	shown        workshop.RoomAggregates // the figures the chart shows
	shownChart   chartKind               // the chart drawn for them
	resultsShown bool                    // the phase's results were taken
	chartsBuilt  int                     // times the chart was drawn, for tests
}

func (r *Console) openProjector() {
	if r.projector != nil {
		r.projector.win.RequestFocus()
		return
	}
	p := &projectorWindow{c: r, win: r.shell.App().NewWindow("LeadShift · " + r.setup.Title), view: newProjectorView()}
	p.fullScreen = &widget.Button{Text: "Full screen (F11)", Icon: theme.ViewFullScreenIcon(), Importance: widget.LowImportance, OnTapped: p.toggleFullScreen}
	p.win.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyF11 {
			p.toggleFullScreen()
		}
	})
	p.win.SetContent(container.NewStack(p.view, container.NewBorder(nil, container.NewHBox(p.fullScreen), nil, nil)))
	widgets.RestoreSize(r.shell.App(), p.win, "projector", fyne.NewSize(1280, 720))
	p.win.SetOnClosed(func() {
		widgets.RememberSize(r.shell.App(), p.win, "projector")
		r.projector = nil
	})
	r.projector = p
	p.refresh()
	p.win.Show()
}

func (p *projectorWindow) toggleFullScreen() {
	p.win.SetFullScreen(!p.win.FullScreen())
	p.fullScreen.Hidden = p.win.FullScreen()
	p.fullScreen.Refresh()
}

// refresh redraws the join details, the phase, the room's states and the
// current phase's chart.
func (p *projectorWindow) refresh() {
	h := p.c.room
	st := h.State()
	v := p.view
	v.joinOpen, v.locked = st.JoinOpen, st.Locked
	if st.JoinOpen {
		v.code.Text, v.joinHelp.Text, v.guarded = h.Code(), joinHelp, false
		if guard := h.GuardCode(); guard != "" {
			v.code.Text, v.joinHelp.Text, v.guarded = service.ShowCode(guard), guardWhy, true
		}
		v.address.Text = "Address: " + lanAddress(h.Addrs())
		v.phrase.Text = "Check phrase: " + h.Fingerprint()
	}
	joined := 0
	for _, m := range h.Members() {
		if !m.Removed {
			joined++
		}
	}
	v.joined.Text = fmt.Sprintf("%d joined", joined)
	if joined == 1 {
		v.joined.Text = "1 person joined"
	}
	v.phase.Text = fmt.Sprintf("%d/%d  %s", st.Phase+1, len(st.Agenda), st.Current().Title)
	switch {
	case st.Locked && !st.JoinOpen:
		v.state.Text = "Pens down · the room is closed"
	case st.Locked:
		v.state.Text = "Pens down"
	case !st.JoinOpen:
		v.state.Text = "The room is closed to new participants"
	}
	v.question.Text = ""
	if d := debriefOf(h); d != nil {
		v.question.Text = d.Question
	}
	if line, ok := practiceLine(st); ok {
		v.question.Text = line
	}
	p.setTimer()
	// The chart is rebuilt only when the room's figures or the phase's
	// chart changed.
	kind, shown := phaseChart(st.Current()), h.ResultsShown()
	if agg := h.Aggregates(); p.chartsBuilt == 0 || kind != p.shownChart || shown != p.resultsShown || !reflect.DeepEqual(agg, p.shown) {
		p.shown, p.shownChart, p.resultsShown = agg, kind, shown
		p.chartsBuilt++
		v.setChart(roomChart(kind, agg, shown))
	}
	v.Refresh()
}

func (p *projectorWindow) paintTimer() {
	p.setTimer()
	p.view.timer.Refresh()
}

func (p *projectorWindow) setTimer() {
	st := p.c.room.State()
	left := st.Timer.Left(p.c.shell.Now()).Round(time.Second)
	p.view.timer.Text = fmt.Sprintf("%d:%02d", int(left.Minutes()), int(left.Seconds())%60)
	if st.Timer.Paused {
		p.view.timer.Text += " ‖"
	}
}

// lanAddress is the address participants can reach: the first one that is
// not a loopback address.
func lanAddress(addrs []string) string {
	for _, a := range addrs {
		host, _, err := net.SplitHostPort(a)
		if err != nil {
			host = a
		}
		if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() || host == "localhost" {
			continue
		}
		return a
	}
	return "no network: connect this laptop to the room's Wi-Fi"
}

// chartKind is which room chart a phase shows.
type chartKind int

const (
	noChart chartKind = iota
	readinessChart
	mismatchChart
	gapChart
	followUpChart
)

// phaseChart is the chart that belongs to a phase, by its steps.
func phaseChart(ph workshop.Phase) chartKind {
	switch {
	case ph.Practice != "": // trios talk; nothing is answered
		return noChart
	case ph.IsFollowUp():
		return followUpChart
	case slices.Contains(ph.Steps, workshop.StepAssess), slices.Contains(ph.Steps, workshop.StepProfile):
		return readinessChart
	case slices.Contains(ph.Steps, workshop.StepExpect), slices.Contains(ph.Steps, workshop.StepAlign):
		return mismatchChart
	case slices.Contains(ph.Steps, workshop.StepSkills), slices.Contains(ph.Steps, workshop.StepGaps):
		return gapChart
	}
	return noChart
}

// chart is what the projector draws for a phase: a title and rows, or a
// note when there is nothing to draw yet.
type chart struct {
	title string
	rows  []chartRow
	note  string
}

// chartRow is one bar: from lo to hi (0..1), with a median mark at mid
// when ranged.
type chartRow struct {
	label, value string
	lo, hi, mid  float64
	ranged       bool
}

// maxRanked is how many rows a ranked chart shows at most.
const maxRanked = 5

// roomChart draws the anonymous figures of a chart kind, frozen when the
// phase's results were shown. A ranked chart (mismatches, gaps) ranks
// only what the room's answers tell apart: tied rows share a place ("=2")
// and are never cut in half, and when nothing stands out it says so.
func roomChart(kind chartKind, agg workshop.RoomAggregates, shown bool) chart {
	wait := "The room's chart appears here when the facilitator shows the results."
	if shown {
		wait = fmt.Sprintf("Fewer than %d people had answered when the results were shown.", workshop.MinGroup)
	}
	switch kind {
	case readinessChart:
		c := chart{title: fmt.Sprintf("Readiness, 0 to 100: the median (the middle half of the room shows from %d people)", workshop.MinRange)}
		for _, d := range agg.Dimensions {
			if !d.HasRange {
				c.rows = append(c.rows, chartRow{label: d.Dimension.Name, value: fmt.Sprintf("about %d", d.Median), hi: float64(d.Median) / 100})
				continue
			}
			c.rows = append(c.rows, chartRow{label: d.Dimension.Name, value: fmt.Sprintf("%d  (%d–%d)", d.Median, d.Low, d.High),
				lo: float64(d.Low) / 100, hi: float64(d.High) / 100, mid: float64(d.Median) / 100, ranged: true})
		}
		if len(c.rows) == 0 {
			c.note = wait
		}
		return c
	case mismatchChart:
		c := chart{title: "Where people and their organisation differ most"}
		var ranks []workshop.Rank
		for _, m := range agg.Mismatches {
			if m.Total() == 0 {
				break
			}
			ranks = append(ranks, m.Rank)
			c.rows = append(c.rows, chartRow{label: m.Rank.String() + "  " + m.Expectation.Statement, hi: float64(m.Total()) / float64(m.N),
				value: fmt.Sprintf("%d of %d", m.Total(), m.N)})
		}
		switch {
		case len(agg.Mismatches) > 0 && len(c.rows) == 0:
			c.note = fmt.Sprintf("No mismatch shared by %d or more people: the room and its organisations mostly agree.", workshop.MinCategory)
		case len(c.rows) == 0:
			c.note = wait
		default:
			c.rows = cutAtTie(c.rows, ranks)
			if len(c.rows) == 0 {
				c.note = fmt.Sprintf("Too close to call with %d people: no statement stands out.", agg.Participants)
			}
		}
		return c
	case followUpChart:
		return progressChart(agg, shown)
	case gapChart:
		c := chart{title: "The room's widest skill gaps, in levels below what a first-line lead needs"}
		var ranks []workshop.Rank
		for _, g := range agg.Gaps {
			ranks = append(ranks, g.Rank)
			c.rows = append(c.rows, chartRow{label: g.Rank.String() + "  " + g.Skill.Name, hi: g.MeanGap / float64(workshop.Scale-1),
				value: levels(g.MeanGap)})
		}
		if len(c.rows) == 0 {
			c.note = wait
			return c
		}
		if c.rows = cutAtTie(c.rows, ranks); len(c.rows) == 0 {
			c.note = fmt.Sprintf("Too close to call with %d people: no skill gap stands out.", agg.Participants)
		}
		return c
	}
	return chart{}
}

// cutAtTie keeps at most maxRanked rows without splitting a run of tied
// ones: a run that would not fit whole is left out, so the chart never
// ranks one tied row above another it cannot tell apart. When the first
// run alone is longer than maxRanked, nothing is left.
func cutAtTie(rows []chartRow, ranks []workshop.Rank) []chartRow {
	if len(rows) <= maxRanked {
		if len(rows) > 1 && ranks[len(rows)-1].Place == 1 {
			return nil // every row ties with the first
		}
		return rows
	}
	end := maxRanked
	for end > 0 && ranks[end].Place == ranks[end-1].Place {
		end--
	}
	return rows[:end]
}

// ProjectorWindow is the projector window while it is open, or nil.
func (r *Console) ProjectorWindow() fyne.Window {
	if r.projector == nil {
		return nil
	}
	return r.projector.win
}

// levels words a mean gap, rounded to whole levels.
func levels(gap float64) string {
	if gap == 1 {
		return "about 1 level"
	}
	return fmt.Sprintf("about %.0f levels", gap)
}
