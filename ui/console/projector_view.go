package console

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// projectorView draws the projector's one screen. Every size is a
// fraction of the window's (see unit), so the same view reads from the
// back of the room at 1280x720 and at 1920x1080, and its colours are a
// high-contrast pair for the app's light or dark variant.
type projectorView struct {
	widget.BaseWidget
	joinOpen, locked bool
	guarded          bool // the code shown is the guard code: joinHelp says why, charted or not

	bg, stateBg                            *canvas.Rectangle
	phase, timer, joined                   *canvas.Text
	code, joinHelp, address, phrase, state *canvas.Text
	title, note, question                  *canvas.Text
	rows                                   []*rowView
	hasChart                               bool
}

// rowView is one bar of a chart: its label above, the track with the
// filled span (and the median's mark when ranged), the value beside.
type rowView struct {
	chartRow
	label, value      *canvas.Text
	track, span, mark *canvas.Rectangle
}

func newProjectorView() *projectorView {
	text := func(bold, mono bool) *canvas.Text {
		return &canvas.Text{TextStyle: fyne.TextStyle{Bold: bold, Monospace: mono}}
	}
	v := &projectorView{bg: &canvas.Rectangle{}, stateBg: &canvas.Rectangle{},
		phase: text(true, false), timer: text(false, true), joined: text(true, false),
		code: text(false, true), joinHelp: text(false, false), address: text(true, false), phrase: text(true, false),
		state: text(true, false), title: text(true, false), note: text(false, false), question: text(false, false)}
	v.joinHelp.Text = joinHelp
	v.question.TextStyle.Italic = true
	v.ExtendBaseWidget(v)
	return v
}

// joinHelp is the projector's line beside the join code.
const joinHelp = "To join: open LeadShift, choose Join a workshop, type this code"

// setChart replaces the chart drawn.
func (v *projectorView) setChart(c chart) {
	v.title.Text, v.note.Text = c.title, c.note
	v.hasChart = c.title != ""
	v.rows = v.rows[:0]
	for _, r := range c.rows {
		v.rows = append(v.rows, &rowView{chartRow: r,
			label: &canvas.Text{Text: r.label}, value: &canvas.Text{Text: r.value, TextStyle: fyne.TextStyle{Bold: true}},
			track: &canvas.Rectangle{}, span: &canvas.Rectangle{}, mark: &canvas.Rectangle{}})
	}
}

// Texts is every text the view shows, for tests.
func (v *projectorView) texts() []*canvas.Text {
	t := []*canvas.Text{v.phase, v.timer, v.joined, v.code, v.joinHelp, v.address, v.phrase, v.state, v.title, v.note, v.question}
	for _, r := range v.rows {
		t = append(t, r.label, r.value)
	}
	return t
}

func (v *projectorView) CreateRenderer() fyne.WidgetRenderer { return &projectorRenderer{v: v} }

type projectorRenderer struct{ v *projectorView }

func (r *projectorRenderer) Destroy() {}

func (r *projectorRenderer) MinSize() fyne.Size { return fyne.NewSize(480, 270) }

func (r *projectorRenderer) Objects() []fyne.CanvasObject {
	v := r.v
	objs := []fyne.CanvasObject{v.bg, v.stateBg}
	for _, t := range v.texts() {
		objs = append(objs, t)
	}
	for _, row := range v.rows {
		objs = append(objs, row.track, row.span, row.mark)
	}
	return objs
}

// palette is the projector's high-contrast colours.
type palette struct {
	bg, fg, accent, onAccent, span color.Color
}

var (
	lightPalette = palette{bg: color.White, fg: color.Black, accent: color.NRGBA{0x00, 0x3d, 0x99, 0xff},
		onAccent: color.White, span: color.NRGBA{0x8c, 0xb4, 0xf0, 0xff}}
	darkPalette = palette{bg: color.Black, fg: color.White, accent: color.NRGBA{0x5c, 0xb0, 0xff, 0xff},
		onAccent: color.Black, span: color.NRGBA{0x1f, 0x5c, 0xa8, 0xff}}
)

// currentPalette follows the app's theme: dark when its background is.
func currentPalette() palette {
	r, g, b, _ := theme.Color(theme.ColorNameBackground).RGBA()
	if (299*r+587*g+114*b)/1000 < 0x8000 {
		return darkPalette
	}
	return lightPalette
}

func (r *projectorRenderer) Refresh() {
	v, p := r.v, currentPalette()
	v.bg.FillColor = p.bg
	for _, t := range v.texts() {
		t.Color = p.fg
	}
	v.code.Color, v.timer.Color = p.accent, p.fg
	v.stateBg.FillColor, v.stateBg.StrokeColor = p.accent, p.accent
	v.state.Color = p.onAccent
	if !v.locked { // the room closed to joiners: outlined, not filled
		v.stateBg.FillColor, v.state.Color = color.Transparent, p.fg
	}
	for _, row := range v.rows {
		row.track.FillColor, row.track.StrokeColor = color.Transparent, p.fg
		row.span.FillColor, row.mark.FillColor = p.accent, p.fg
		if row.ranged {
			row.span.FillColor = p.span
		}
	}
	r.Layout(v.Size())
	for _, o := range r.Objects() {
		canvas.Refresh(o)
	}
}

// unit is one pixel of a 1920x1080 screen at the view's size.
func unit(size fyne.Size) float32 { return min(size.Width/1920, size.Height/1080) }

// fit sets t's size, smaller when needed so it is no wider than maxW.
func fit(t *canvas.Text, size, maxW float32) fyne.Size {
	t.TextSize = size
	if w := t.MinSize().Width; w > maxW && maxW > 0 {
		t.TextSize = size * maxW / w * 0.98
	}
	return t.MinSize()
}

func place(o fyne.CanvasObject, x, y float32, s fyne.Size) {
	o.Move(fyne.NewPos(x, y))
	o.Resize(s)
}

func (r *projectorRenderer) Layout(size fyne.Size) {
	v, u := r.v, unit(size)
	v.bg.Resize(size)
	pad := 40 * u
	width := size.Width - 2*pad

	// The top bar: phase on the left, how many joined and the countdown
	// on the right.
	timer := fit(v.timer, 88*u, width/3)
	place(v.timer, size.Width-pad-timer.Width, pad, timer)
	joined := fit(v.joined, 60*u, width/4)
	place(v.joined, size.Width-pad-timer.Width-50*u-joined.Width, pad+(timer.Height-joined.Height)/2, joined)
	phase := fit(v.phase, 60*u, width-timer.Width-joined.Width-100*u)
	place(v.phase, pad, pad+(timer.Height-phase.Height)/2, phase)
	y := pad + timer.Height + 16*u

	// How to join, while joining is open: the code at least a tenth of
	// the screen tall, the address and phrase beside it; once a chart is
	// up, one line, so the chart keeps its size.
	for _, t := range []*canvas.Text{v.code, v.joinHelp, v.address, v.phrase} {
		t.Hidden = !v.joinOpen
	}
	charted := v.hasChart && len(v.rows) > 0
	switch {
	case v.joinOpen && charted:
		v.joinHelp.Hidden = !v.guarded
		code := fit(v.code, 64*u, width/4)
		place(v.code, pad, y, code)
		x := pad + code.Width + 40*u
		addr := fit(v.address, 40*u, (size.Width-pad-x)*0.55)
		place(v.address, x, y+(code.Height-addr.Height)/2, addr)
		x += addr.Width + 40*u
		phrase := fit(v.phrase, 40*u, size.Width-pad-x)
		place(v.phrase, x, y+(code.Height-phrase.Height)/2, phrase)
		y += code.Height + 16*u
		if v.guarded {
			help := fit(v.joinHelp, 34*u, width)
			place(v.joinHelp, pad, y, help)
			y += help.Height + 16*u
		}
	case v.joinOpen:
		code := fit(v.code, 180*u, width/2)
		place(v.code, pad, y, code)
		x := pad + code.Width + 60*u
		help := fit(v.joinHelp, 34*u, size.Width-pad-x)
		addr := fit(v.address, 58*u, size.Width-pad-x)
		phrase := fit(v.phrase, 58*u, size.Width-pad-x)
		yy := y + (code.Height-help.Height-addr.Height-phrase.Height)/2
		place(v.joinHelp, x, yy, help)
		place(v.address, x, yy+help.Height, addr)
		place(v.phrase, x, yy+help.Height+addr.Height, phrase)
		y += code.Height + 16*u
	}

	// Pens down, or the room closed to new participants: a strip, never
	// at the chart's expense.
	showState := v.locked || !v.joinOpen
	v.state.Hidden, v.stateBg.Hidden = !showState, !showState
	if showState {
		st := fit(v.state, 44*u, width-40*u)
		h := st.Height + 12*u
		place(v.stateBg, pad, y, fyne.NewSize(width, h))
		v.stateBg.StrokeWidth = 4 * u
		place(v.state, pad+(width-st.Width)/2, y+6*u, st)
		y += h + 16*u
	}

	// The phase's chart and its debrief question; without a chart, the
	// question fills the screen.
	bottom := size.Height - pad - 50*u // room for the full-screen button
	v.title.Hidden, v.note.Hidden = !v.hasChart, !v.hasChart || v.note.Text == ""
	if !v.hasChart {
		q := fit(v.question, 72*u, width)
		place(v.question, pad+(width-q.Width)/2, y+(bottom-y-q.Height)/2, q)
		return
	}
	q := fit(v.question, 52*u, width)
	place(v.question, pad, bottom-q.Height, q)
	bottom -= q.Height + 24*u
	title := fit(v.title, 48*u, width)
	place(v.title, pad, y, title)
	y += title.Height + 16*u
	if v.note.Text != "" {
		note := fit(v.note, 48*u, width)
		place(v.note, pad+(width-note.Width)/2, y+(bottom-y-note.Height)/2, note)
	}
	r.layoutRows(pad, y, width, bottom, u)
}

// chartText is the one size of every label and value of a chart at a
// 1920x1080 screen: capitals about 28 px tall, readable from the back of
// the room. Rows that do not fit at it are left out; the text never
// shrinks.
const chartText = 40

// layoutRows places the chart's rows between y and bottom: each row's
// label, bar and value on one line when every label fits in a third of
// the width, else every label above its bar; all at chartText.
func (r *projectorRenderer) layoutRows(pad, y, width, bottom, u float32) {
	v := r.v
	f := chartText * u
	labelW, valueW := width*0.34, width*0.16
	inline := true
	for _, row := range v.rows {
		row.label.TextSize = f
		inline = inline && row.label.MinSize().Width <= labelW-20*u
	}
	if !inline {
		labelW = 0
	}
	barX, barW := pad+labelW, width-labelW-valueW
	full := false // a row did not fit: the rest are left out too
	for _, row := range v.rows {
		row.label.TextSize, row.value.TextSize = f, f
		label, value := row.label.MinSize(), row.value.MinSize()
		barH, gap := f*1.1, f*0.3
		rowH := max(barH, label.Height)
		if !inline {
			barH, gap = f*0.7, f*0.5
			rowH = label.Height + barH
		}
		hidden := full || y+rowH > bottom
		full = hidden
		for _, o := range []fyne.CanvasObject{row.label, row.value, row.track, row.span, row.mark} {
			o.Hide()
			if !hidden {
				o.Show()
			}
		}
		if hidden {
			continue
		}
		barY := y + label.Height
		if inline {
			place(row.label, pad, y+(rowH-label.Height)/2, label)
			barY = y + (rowH-barH)/2
		} else {
			place(row.label, pad, y, ellipsize(row.label, width))
		}
		place(row.track, barX, barY, fyne.NewSize(barW, barH))
		row.track.StrokeWidth = max(2, 3*u)
		lo, hi := clamp01(row.lo), clamp01(row.hi)
		place(row.span, barX+barW*float32(lo), barY, fyne.NewSize(max(barW*float32(hi-lo), 2), barH))
		row.mark.Hidden = !row.ranged
		if row.ranged {
			mw := max(8*u, 3)
			place(row.mark, barX+barW*float32(clamp01(row.mid))-mw/2, barY-f*0.2, fyne.NewSize(mw, barH+f*0.4))
		}
		place(row.value, barX+barW+24*u, barY+(barH-value.Height)/2, value)
		y += rowH + gap
	}
}

// ellipsize shortens t's text with "…" until it is no wider than maxW,
// keeping its size, and returns its size.
func ellipsize(t *canvas.Text, maxW float32) fyne.Size {
	for t.MinSize().Width > maxW && len([]rune(t.Text)) > 2 {
		runes := []rune(strings.TrimSuffix(t.Text, "…"))
		t.Text = strings.TrimSpace(string(runes[:len(runes)-1])) + "…"
	}
	return t.MinSize()
}

func clamp01(x float64) float64 { return min(1, max(0, x)) }
