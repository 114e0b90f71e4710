package console

import (
	"fmt"
	"reflect"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// projectorWindow is the room's shared screen: the join code while joining
// is open, the phase and its timer, and anonymous room charts. It reads only
// the room state and the host's aggregates, never anyone's answers.
type projectorWindow struct {
	c   *Console
	win fyne.Window

	code, joinHelp, phase, timer *canvas.Text
	charts                       *fyne.Container
	fullScreen                   *widget.Button
	shown                        workshop.RoomAggregates // the figures the charts show
	chartsBuilt                  int                     // times the charts were drawn, for tests
}

func (r *Console) openProjector() {
	if r.projector != nil {
		r.projector.win.RequestFocus()
		return
	}
	p := &projectorWindow{c: r, win: r.shell.App().NewWindow("LeadShift · " + r.setup.Title)}
	fg := theme.Color(theme.ColorNameForeground)
	p.code = &canvas.Text{TextSize: 96, TextStyle: fyne.TextStyle{Monospace: true}, Color: fg, Alignment: fyne.TextAlignCenter}
	p.joinHelp = &canvas.Text{TextSize: 26, Color: fg, Alignment: fyne.TextAlignCenter}
	p.phase = &canvas.Text{TextSize: 40, TextStyle: fyne.TextStyle{Bold: true}, Color: fg, Alignment: fyne.TextAlignCenter}
	p.timer = &canvas.Text{TextSize: 64, TextStyle: fyne.TextStyle{Monospace: true}, Color: fg, Alignment: fyne.TextAlignCenter}
	p.charts = container.NewVBox()
	p.fullScreen = &widget.Button{Text: "Full screen (F11)", Icon: theme.ViewFullScreenIcon(), Importance: widget.LowImportance, OnTapped: p.toggleFullScreen}
	p.win.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyF11 {
			p.toggleFullScreen()
		}
	})
	p.win.SetContent(container.NewBorder(container.NewVBox(p.code, p.joinHelp, p.phase, p.timer), container.NewHBox(p.fullScreen), nil, nil,
		container.NewVScroll(container.NewPadded(p.charts))))
	widgets.RestoreSize(r.shell.App(), p.win, "projector", fyne.NewSize(1280, 720))
	p.win.SetOnClosed(func() {
		widgets.RememberSize(r.shell.App(), p.win, "projector")
		r.projector = nil
	})
	r.projector = p
	p.refresh()
	p.win.Show()
}

func (p *projectorWindow) toggleFullScreen() { p.win.SetFullScreen(!p.win.FullScreen()) }

// refresh redraws the join details, the phase and the room charts.
func (p *projectorWindow) refresh() {
	h := p.c.room
	st := h.State()
	if st.JoinOpen {
		p.code.Text = "Join code: " + h.Code()
		p.joinHelp.Text = fmt.Sprintf("Open LeadShift, choose Join a workshop · %s · check phrase: %s", h.Addrs()[0], h.Fingerprint())
	} else {
		p.code.Text, p.joinHelp.Text = "", ""
	}
	p.code.Refresh()
	p.joinHelp.Refresh()
	p.phase.Text = fmt.Sprintf("%d/%d · %s", st.Phase+1, len(st.Agenda), st.Current().Title)
	if st.Locked {
		p.phase.Text += " · pens down"
	}
	p.phase.Refresh()
	p.paintTimer()
	// The charts are rebuilt only when the room's figures changed.
	if agg := h.Aggregates(); p.chartsBuilt == 0 || !reflect.DeepEqual(agg, p.shown) {
		p.shown = agg
		p.chartsBuilt++
		p.charts.Objects = roomCharts(p.c.setup, agg)
		p.charts.Refresh()
	}
}

func (p *projectorWindow) paintTimer() {
	st := p.c.room.State()
	left := st.Timer.Left(p.c.shell.Now()).Round(time.Second)
	p.timer.Text = fmt.Sprintf("%d:%02d", int(left.Minutes()), int(left.Seconds())%60)
	if st.Timer.Paused {
		p.timer.Text += " ‖"
	}
	p.timer.Refresh()
}

// roomCharts draws the anonymous aggregates large enough for the back of
// the room. A chart appears only once enough people answered.
func roomCharts(s *workshop.Setup, agg workshop.RoomAggregates) []fyne.CanvasObject {
	title := func(t string) fyne.CanvasObject {
		return &canvas.Text{Text: t, TextSize: 30, TextStyle: fyne.TextStyle{Bold: true}, Color: theme.Color(theme.ColorNameForeground)}
	}
	var objs []fyne.CanvasObject
	if len(agg.Dimensions) > 0 {
		objs = append(objs, title("Readiness across the room (median and range, 0 to 100)"))
		for _, d := range agg.Dimensions {
			objs = append(objs, widgets.BigBar(d.Dimension.Name, float64(d.Median)/100, fmt.Sprintf("%d (%d–%d)", d.Median, d.Min, d.Max)))
		}
	}
	if len(agg.Mismatches) > 0 {
		objs = append(objs, title("Most common mismatches"))
		for i, m := range agg.Mismatches {
			if i == 5 || m.Total() == 0 {
				break
			}
			frac := float64(m.Total()) / float64(m.N)
			objs = append(objs, widgets.BigBar(m.Expectation.Statement, frac,
				fmt.Sprintf("%d of %d (%d expect more, %d believe the organisation expects more)", m.Total(), m.N, m.MeMore, m.OrgMore)))
		}
	}
	if len(agg.Gaps) > 0 {
		objs = append(objs, title("The room's top skill gaps"))
		for i, g := range agg.Gaps {
			if i == 5 {
				break
			}
			objs = append(objs, widgets.BigBar(g.Skill.Name, g.MeanGap/float64(workshop.Scale-1), fmt.Sprintf("%.1f levels below what a first-line lead needs", g.MeanGap)))
		}
	}
	if len(objs) == 0 {
		objs = append(objs, &canvas.Text{Text: fmt.Sprintf("Room charts appear once %d people have answered.", workshop.MinGroup),
			TextSize: 26, Color: theme.Color(theme.ColorNameForeground), Alignment: fyne.TextAlignCenter})
	}
	return objs
}

// ProjectorWindow is the projector window while it is open, or nil.
func (r *Console) ProjectorWindow() fyne.Window {
	if r.projector == nil {
		return nil
	}
	return r.projector.win
}
