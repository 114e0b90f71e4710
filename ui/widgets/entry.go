package widgets

import (
	"fmt"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TextLimit is how many characters a long text field takes unless it says
// otherwise (the plan's fields take less: workshop.PlanTextLimit). The
// field counts as the person types and takes no more.
const TextLimit = 600

// Entry is a text entry, of many lines or one, that behaves like the rest
// of a page:
// Tab moves the focus to the next field instead of typing a tab, and the
// mouse wheel scrolls the page until the entry is clicked into, instead of
// stopping whenever the pointer passes over it. Under it, a counter shows
// how much of its limit is used; typing stops at the limit, and a longer
// text (pasted, or from an older file) turns the counter red.
type Entry struct {
	widget.Entry
	pass    *wheelPass
	counter *canvas.Text
	limit   int // characters the entry takes
}

// LongText is a wrapping multi-line entry bound to a string through
// onChange, taking TextLimit characters.
func LongText(value, placeholder string, onChange func(string)) *Entry {
	return LimitedText(value, placeholder, TextLimit, onChange)
}

// LimitedText is LongText taking limit characters.
func LimitedText(value, placeholder string, limit int, onChange func(string)) *Entry {
	e := newEntry(value, placeholder, limit, onChange)
	e.MultiLine, e.Wrapping = true, fyne.TextWrapWord
	e.SetMinRowsVisible(2)
	return e
}

// LineText is a one-line entry bound to a string through onChange, taking
// limit characters, with its counter under it.
func LineText(value, placeholder string, limit int, onChange func(string)) *Entry {
	return newEntry(value, placeholder, limit, onChange)
}

func newEntry(value, placeholder string, limit int, onChange func(string)) *Entry {
	e := &Entry{pass: &wheelPass{}, counter: &canvas.Text{Alignment: fyne.TextAlignTrailing}, limit: limit}
	e.pass.ExtendBaseWidget(e.pass)
	e.ExtendBaseWidget(e)
	e.Text, e.PlaceHolder = value, placeholder
	e.OnChanged = func(s string) {
		e.count()
		onChange(s)
	}
	e.count()
	return e
}

// Counter is the counter's text, such as "120 / 600".
func (e *Entry) Counter() string { return e.counter.Text }

// count redraws the counter: muted, or red beyond the limit.
func (e *Entry) count() {
	n := utf8.RuneCountInString(e.Text)
	e.counter.Text = fmt.Sprintf("%d / %d", n, e.limit)
	e.counter.Color = theme.Color(theme.ColorNamePlaceHolder)
	if n > e.limit {
		e.counter.Text += ": shorten it to fit your printed plan"
		e.counter.Color = theme.Color(theme.ColorNameError)
	}
	e.counter.Refresh()
}

// TypedRune types r unless the text is at its limit.
func (e *Entry) TypedRune(r rune) {
	if utf8.RuneCountInString(e.Text) >= e.limit {
		return
	}
	e.Entry.TypedRune(r)
}

// AcceptsTab tells the window to use Tab for moving the focus.
func (e *Entry) AcceptsTab() bool { return false }

// FocusGained lets the entry take the wheel, for its own long text.
func (e *Entry) FocusGained() {
	e.pass.Hide()
	e.Entry.FocusGained()
}

// FocusLost gives the wheel back to the page.
func (e *Entry) FocusLost() {
	e.pass.Show()
	e.Entry.FocusLost()
}

// CreateRenderer draws the entry with the wheel pass over it and the
// counter under it.
func (e *Entry) CreateRenderer() fyne.WidgetRenderer {
	e.counter.TextSize = theme.CaptionTextSize()
	return &entryRenderer{WidgetRenderer: e.Entry.CreateRenderer(), pass: e.pass, counter: e.counter}
}

type entryRenderer struct {
	fyne.WidgetRenderer
	pass    *wheelPass
	counter *canvas.Text
}

// MinSize is the entry's with the counter's line under it.
func (r *entryRenderer) MinSize() fyne.Size {
	s := r.WidgetRenderer.MinSize()
	return fyne.NewSize(s.Width, s.Height+r.counter.MinSize().Height)
}

func (r *entryRenderer) Layout(size fyne.Size) {
	field := fyne.NewSize(size.Width, size.Height-r.counter.MinSize().Height)
	r.WidgetRenderer.Layout(field)
	r.pass.Resize(field)
	r.counter.Move(fyne.NewPos(0, field.Height))
	r.counter.Resize(fyne.NewSize(size.Width, r.counter.MinSize().Height))
}

// Objects puts the pass last, so it is the one the window finds under the
// pointer for the wheel, before the entry's own scroller.
func (r *entryRenderer) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.counter, r.pass)
}

// wheelPass is an invisible cover that hands the wheel to the nearest
// scrolling page under the pointer. It takes no taps, so clicks still reach
// the entry.
type wheelPass struct {
	widget.BaseWidget
}

var _ desktop.Cursorable = (*wheelPass)(nil)

func (p *wheelPass) Cursor() desktop.Cursor { return desktop.TextCursor }

func (p *wheelPass) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout())
}

// Scrolled passes the wheel to the innermost page scroller that holds the
// entry.
func (p *wheelPass) Scrolled(ev *fyne.ScrollEvent) {
	app := fyne.CurrentApp()
	if app == nil {
		return
	}
	c := app.Driver().CanvasForObject(p)
	if c == nil {
		return
	}
	// Where the pass is, rather than the event's position, which not
	// every driver fills in.
	at := app.Driver().AbsolutePositionForObject(p).Add(fyne.NewPos(1, 1))
	var page *container.Scroll
	var pagePos fyne.Position
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch t := o.(type) {
		case *fyne.Container:
			for _, child := range t.Objects {
				walk(child)
			}
		case *container.Scroll:
			pos := app.Driver().AbsolutePositionForObject(t)
			if inside(at, pos, t.Size()) {
				page, pagePos = t, pos
			}
			walk(t.Content)
		}
	}
	walk(c.Content())
	if page != nil {
		page.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{AbsolutePosition: at,
			Position: at.Subtract(pagePos)}, Scrolled: ev.Scrolled})
	}
}

func inside(p, pos fyne.Position, size fyne.Size) bool {
	return p.X >= pos.X && p.Y >= pos.Y && p.X < pos.X+size.Width && p.Y < pos.Y+size.Height
}
