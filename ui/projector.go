package ui

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/workshop"
)

// projectorWindow is the room's shared screen: the join code while joining
// is open, the phase and its timer, and anonymous room charts. It reads only
// the room state and the host's aggregates, never anyone's answers.
type projectorWindow struct {
	room *controlRoom
	win  fyne.Window

	code, joinHelp, phase, timer *canvas.Text
	charts                       *fyne.Container
	fullScreen                   *widget.Button
}

func (r *controlRoom) openProjector() {
	if r.projector != nil {
		r.projector.win.RequestFocus()
		return
	}
	p := &projectorWindow{room: r, win: r.ui.fyneApp.NewWindow("LeadShift · " + r.setup.Title)}
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
	restoreSize(r.ui.fyneApp, p.win, "projector", fyne.NewSize(1280, 720))
	p.win.SetOnClosed(func() {
		rememberSize(r.ui.fyneApp, p.win, "projector")
		r.projector = nil
	})
	r.projector = p
	p.refresh()
	p.win.Show()
}

func (p *projectorWindow) toggleFullScreen() { p.win.SetFullScreen(!p.win.FullScreen()) }

// refresh redraws the join details, the phase and the room charts.
func (p *projectorWindow) refresh() {
	h := p.room.host
	st := h.State()
	if st.JoinOpen {
		p.code.Text = "Join code: " + h.Code()
		p.joinHelp.Text = fmt.Sprintf("Open LeadShift, choose Join a workshop · %s · check phrase: %s", p.room.addrs[0], h.Fingerprint())
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
	p.charts.Objects = roomCharts(p.room.setup, h.Aggregates())
	p.charts.Refresh()
}

func (p *projectorWindow) paintTimer() {
	st := p.room.host.State()
	left := st.Timer.Left(time.Now()).Round(time.Second)
	p.timer.Text = fmt.Sprintf("%d:%02d", int(left.Minutes()), int(left.Seconds())%60)
	if st.Timer.Paused {
		p.timer.Text += " ‖"
	}
	p.timer.Refresh()
}

// roomCharts draws the anonymous aggregates large enough for the back of
// the room. A chart appears only once enough people answered, and changes
// only at phase changes (lan.Host.Aggregates).
func roomCharts(s *workshop.Setup, agg workshop.RoomAggregates) []fyne.CanvasObject {
	title := func(t string) fyne.CanvasObject {
		return &canvas.Text{Text: t, TextSize: 30, TextStyle: fyne.TextStyle{Bold: true}, Color: theme.Color(theme.ColorNameForeground)}
	}
	var objs []fyne.CanvasObject
	if len(agg.Dimensions) > 0 {
		objs = append(objs, title("Readiness across the room (median, 0 to 100)"))
		for _, d := range agg.Dimensions {
			value := fmt.Sprintf("about %d", d.Median)
			if d.HasRange {
				value = fmt.Sprintf("about %d (%d–%d)", d.Median, d.Min, d.Max)
			}
			objs = append(objs, bigBar(d.Dimension.Name, float64(d.Median)/100, value))
		}
	}
	if len(agg.Mismatches) > 0 {
		objs = append(objs, title("Most common mismatches"))
		for i, m := range agg.Mismatches {
			if i == 5 || m.Total() == 0 {
				break
			}
			frac := float64(m.Total()) / float64(m.N)
			objs = append(objs, bigBar(m.Expectation.Statement, frac,
				fmt.Sprintf("%d of %d (%s unrealistic, %s blind spot)", m.Total(), m.N, m.Unrealistic, m.BlindSpot)))
		}
	}
	if len(agg.Gaps) > 0 {
		objs = append(objs, title("The room's top skill gaps"))
		for i, g := range agg.Gaps {
			if i == 5 {
				break
			}
			objs = append(objs, bigBar(g.Skill.Name, g.MeanPriority/float64(workshop.Scale*workshop.Scale), fmt.Sprintf("priority %.1f", g.MeanPriority)))
		}
	}
	if len(objs) == 0 {
		objs = append(objs, &canvas.Text{Text: fmt.Sprintf("Room charts appear at a phase change once %d people have answered.", workshop.MinGroup),
			TextSize: 26, Color: theme.Color(theme.ColorNameForeground), Alignment: fyne.TextAlignCenter})
	}
	return objs
}

// bigBar is a labelled horizontal bar for the projector, frac of 0..1.
func bigBar(label string, frac float64, value string) fyne.CanvasObject {
	fg := theme.Color(theme.ColorNameForeground)
	name := &canvas.Text{Text: label, TextSize: 22, Color: fg}
	val := &canvas.Text{Text: value, TextSize: 22, Color: fg}
	bar := &canvas.Rectangle{FillColor: theme.Color(theme.ColorNamePrimary)}
	track := &canvas.Rectangle{FillColor: color.Transparent, StrokeColor: fg, StrokeWidth: 1}
	return container.New(&barLayout{frac: min(1, max(0, frac))}, name, track, bar, val)
}

// barLayout puts a label above a track with its filled bar and value.
type barLayout struct{ frac float64 }

func (l *barLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(600, objs[0].MinSize().Height+34)
}

func (l *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	name, track, bar, val := objs[0], objs[1], objs[2], objs[3]
	h := name.MinSize().Height
	name.Move(fyne.NewPos(0, 0))
	name.Resize(fyne.NewSize(size.Width, h))
	w := size.Width * 0.7
	track.Move(fyne.NewPos(0, h+4))
	track.Resize(fyne.NewSize(w, 24))
	bar.Move(fyne.NewPos(0, h+4))
	bar.Resize(fyne.NewSize(w*float32(l.frac), 24))
	val.Move(fyne.NewPos(w+12, h+2))
	val.Resize(val.MinSize())
}
