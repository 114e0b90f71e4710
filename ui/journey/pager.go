package journey

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// pager pages the items of a long step, a few at a time: "Page p of P ·
// n of m answered", Previous page and Next page, and a button to the
// first unanswered item, which opens its page, scrolls to it and
// highlights it. Every page opens scrolled to its top.
type pager struct {
	perPage, total int
	answered       func(i int) bool              // whether item i is answered
	item           func(i int) fyne.CanvasObject // draws item i
	// last, when set, draws one more page after the items (the
	// self-assessment's reflections).
	last func(body *fyne.Container)
	// clear forgets the widgets of the page shown before.
	clear func()

	page                  int
	marked                int // the item highlighted, or -1
	body                  *fyne.Container
	scroll                *container.Scroll
	status                *widget.Label
	prev, next, firstOpen *widget.Button
	boxes                 map[int]*itemBox // the items on the page shown
}

// itemBox is one item on a page, with the background that highlights it.
type itemBox struct {
	box *fyne.Container
	bg  *canvas.Rectangle
}

func newPager(perPage, total int, answered func(int) bool, item func(int) fyne.CanvasObject, clear func()) *pager {
	p := &pager{perPage: perPage, total: total, answered: answered, item: item, clear: clear, marked: -1,
		body: container.NewVBox(), status: widget.NewLabel(""), boxes: map[int]*itemBox{}}
	p.scroll = container.NewVScroll(container.NewPadded(p.body))
	p.prev = &widget.Button{Text: "Previous page", Icon: theme.NavigateBackIcon(), OnTapped: func() { p.show(p.page - 1) }}
	p.next = &widget.Button{Text: "Next page", Icon: theme.NavigateNextIcon(), IconPlacement: widget.ButtonIconTrailingText,
		OnTapped: func() { p.show(p.page + 1) }}
	p.firstOpen = &widget.Button{Text: "Go to the first unanswered", Icon: theme.SearchIcon(), OnTapped: p.onFirstOpen}
	return p
}

// start opens the page of the first unanswered item: where the person
// left off.
func (p *pager) start() {
	if i := p.firstUnanswered(); i < p.total {
		p.show(i / p.perPage)
		return
	}
	p.show(0)
}

// pages is the number of pages, the extra last one included.
func (p *pager) pages() int {
	n := (p.total + p.perPage - 1) / p.perPage
	if p.last != nil {
		n++
	}
	return max(n, 1)
}

// answeredCount is how many items are answered.
func (p *pager) answeredCount() int {
	n := 0
	for i := range p.total {
		if p.answered(i) {
			n++
		}
	}
	return n
}

// firstUnanswered is the index of the first item not answered, or total.
func (p *pager) firstUnanswered() int {
	for i := range p.total {
		if !p.answered(i) {
			return i
		}
	}
	return p.total
}

// frame is the step's page: its introduction and the status at the top,
// the items scrolling, the page buttons at the bottom.
func (p *pager) frame(intro fyne.CanvasObject) fyne.CanvasObject {
	nav := container.NewHBox(p.prev, p.next, p.firstOpen)
	return container.NewBorder(container.NewVBox(intro, p.status), container.NewPadded(nav), nil, nil, p.scroll)
}

// show draws page n, scrolled to its top, with nothing highlighted.
func (p *pager) show(n int) {
	p.page, p.marked = min(max(n, 0), p.pages()-1), -1
	p.body.RemoveAll()
	clear(p.boxes)
	p.clear()
	if p.last != nil && p.page == p.pages()-1 {
		p.last(p.body)
	} else {
		for i := p.page * p.perPage; i < min(p.total, (p.page+1)*p.perPage); i++ {
			b := &itemBox{bg: &canvas.Rectangle{CornerRadius: theme.InputRadiusSize()}}
			b.box = container.NewStack(b.bg, container.NewPadded(p.item(i)))
			p.boxes[i] = b
			p.body.Add(widget.NewSeparator())
			p.body.Add(b.box)
		}
	}
	p.body.Refresh()
	p.scroll.ScrollToTop()
	p.refresh()
}

// refresh redraws the status and the buttons from the answers.
func (p *pager) refresh() {
	p.status.SetText(fmt.Sprintf("Page %d of %d · %d of %d answered", p.page+1, p.pages(), p.answeredCount(), p.total))
	setEnabled(p.prev, p.page > 0)
	setEnabled(p.next, p.page < p.pages()-1)
	setEnabled(p.firstOpen, p.firstUnanswered() < p.total)
}

// onFirstOpen opens the page of the first unanswered item, scrolls to it
// and highlights it.
func (p *pager) onFirstOpen() {
	i := p.firstUnanswered()
	if i == p.total {
		return
	}
	p.show(i / p.perPage)
	b := p.boxes[i]
	p.marked = i
	b.bg.FillColor = theme.Color(theme.ColorNameSelection)
	b.bg.Refresh()
	p.scroll.Offset = fyne.NewPos(0, b.box.Position().Y)
	p.scroll.Refresh()
}

// setEnabled enables or disables b.
func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}
