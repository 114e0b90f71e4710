package journey

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// Reassess is the day-90 re-assessment: the situations and the statements
// of the focus dimensions asked again, the indicators and the week's
// counts recorded, and optionally the team pulse's tallies. Saving adds
// a new dated round; the workshop's answers and earlier rounds stay as
// they were.
type Reassess struct {
	Content fyne.CanvasObject

	a       *workshop.Answers
	c       *workshop.Content
	draft   workshop.Round
	items   []workshop.Item
	ratings []*widget.RadioGroup // per item, in items' order
	values  []*widget.Entry      // per focus area: the indicator now
	counts  []*widget.Entry      // per count of the week, in CountSources' order
	tallies [][]*widget.Entry    // per pulse question, per answer
	problem *widget.Label
	saveBtn *widget.Button
	save    func(a *workshop.Answers)
	done    func()
}

// NewReassess shows the re-assessment of a's plan (made with content c),
// dated today; printSheet saves the team pulse sheet to print, when the
// pack has a pulse.
func NewReassess(c *workshop.Content, a *workshop.Answers, now time.Time, save func(a *workshop.Answers), done, printSheet func()) *Reassess {
	r := &Reassess{a: a, c: c, save: save, done: done, items: retakeMixed(c, a.Plan),
		draft:   a.DraftRound(c, uuid.NewString(), now.Format(workshop.DateLayout)),
		problem: &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}}
	r.problem.Hide()
	objs := []fyne.CanvasObject{widgets.Heading("Day 90: re-assess your plan"),
		widgets.Para("Answer as you lead today: not as you did at the workshop, and not as you would like to. " +
			"Your answers from the workshop are kept as they were; this adds a new dated round beside them, and your progress report sets the two side by side."),
		r.itemsCard(), r.indicatorsCard()}
	if c.Pulse != nil {
		objs = append(objs, r.pulseCard(printSheet))
	}
	r.saveBtn = &widget.Button{Text: "Save the re-assessment", Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: r.onSave}
	objs = append(objs, r.problem, container.NewHBox(&widget.Button{Text: "Back", Icon: theme.NavigateBackIcon(), OnTapped: done}, r.saveBtn))
	r.Content = widgets.Scroll(objs...)
	return r
}

// retakeMixed are the items to re-take, mixed as the self-assessment
// mixes them, so items of one dimension do not sit together.
func retakeMixed(c *workshop.Content, p *workshop.Plan) []workshop.Item {
	retake := map[string]bool{}
	for _, it := range workshop.RetakeItems(c, p) {
		retake[it.ID] = true
	}
	var out []workshop.Item
	for _, it := range mixed(c) {
		if retake[it.ID] {
			out = append(out, it)
		}
	}
	return out
}

// itemsCard asks each situation and statement again, each as the
// self-assessment asked it (a situation's responses in the same order).
func (r *Reassess) itemsCard() fyne.CanvasObject {
	box := container.NewVBox()
	for i, it := range r.items {
		number := widget.NewLabelWithStyle(fmt.Sprintf("%d.", i+1), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		store := func(v int) {
			if v == 0 {
				delete(r.draft.Ratings, it.ID)
			} else {
				r.draft.Ratings[it.ID] = v
			}
		}
		if !it.IsScenario() {
			radio := widgets.ScaleRadio(workshop.AgreeScale, 0, store)
			r.ratings = append(r.ratings, radio)
			box.Add(container.NewVBox(container.NewBorder(nil, nil, number, nil, widgets.Para(it.Text)), widgets.Fit(radio)))
			continue
		}
		optA, optB := it.Rescue, it.Lead
		swap := swapped(r.a.ID, it.ID)
		if swap {
			optA, optB = optB, optA
		}
		radio := widgets.ScaleRadio(abScale, 0, func(v int) {
			if swap && v != 0 {
				v = workshop.Scale + 1 - v
			}
			store(v)
		})
		r.ratings = append(r.ratings, radio)
		box.Add(container.NewVBox(
			container.NewBorder(nil, nil, number, nil, &widget.Label{Text: it.Text, TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}),
			widgets.Para(it.Situation), widgets.Para("A: "+optA), widgets.Para("B: "+optB), widgets.Fit(radio)))
	}
	return widget.NewCard("The situations, and the statements behind your focus areas", fmt.Sprintf("%d to answer", len(r.items)), box)
}

// indicatorsCard records each focus area's indicator and the week's
// counts again.
func (r *Reassess) indicatorsCard() fyne.CanvasObject {
	var items []*widget.FormItem
	for _, f := range r.a.Plan.Focus {
		e := widgets.TextEntry("", "Today, as a number", false, nil)
		r.values = append(r.values, e)
		items = append(items, &widget.FormItem{Text: f.Title, Widget: e,
			HintText: fmt.Sprintf("%s: %s at the workshop, %s aimed at", widgets.OrDash(f.Goal.Measurable), orUnset(f.Goal.Baseline), orUnset(f.Goal.Target))})
	}
	for _, src := range workshop.CountSources {
		e := widgets.TextEntry("", "As a whole number", false, nil)
		r.counts = append(r.counts, e)
		items = append(items, &widget.FormItem{Text: src.CountQuestion(), Widget: e, HintText: fmt.Sprintf("%d at the workshop", r.a.Week.Counts[src])})
	}
	return widget.NewCard("My indicators and my week", "Count them as you did at the workshop; leave one empty if you could not count it", widget.NewForm(items...))
}

// pulseCard offers the pulse sheet to print and takes its tallies.
func (r *Reassess) pulseCard(printSheet func()) fyne.CanvasObject {
	p := r.c.Pulse
	box := container.NewVBox(widgets.Para("Print the sheet, hand it to your team with an envelope, and leave the room while they fill it in. "+
		"Then count how many ticked each box, and type the counts here."),
		container.NewHBox(&widget.Button{Text: "Save the pulse sheet to print", Icon: theme.DocumentPrintIcon(), OnTapped: printSheet}))
	for _, q := range p.Questions {
		row := container.NewGridWithColumns(len(p.Options))
		var es []*widget.Entry
		for _, o := range p.Options {
			e := widgets.TextEntry("", "people", false, nil)
			es = append(es, e)
			row.Add(container.NewBorder(nil, nil, widget.NewLabel(o), nil, e))
		}
		r.tallies = append(r.tallies, es)
		box.Add(widgets.Para(q.Text))
		box.Add(row)
	}
	return widget.NewCard(p.Title, "Optional and anonymous: only the counts are kept", box)
}

// onSave checks the round, says what is missing or wrong, and adds it
// only when nothing is.
func (r *Reassess) onSave() {
	rd := r.draft
	var problems []string
	var unanswered []string
	for i, it := range r.items {
		if _, ok := rd.Ratings[it.ID]; !ok {
			unanswered = append(unanswered, strconv.Itoa(i+1))
		}
	}
	if len(unanswered) > 0 {
		problems = append(problems, "an answer to "+plural(len(unanswered), "item ", "items ")+joinAnd(unanswered))
	}
	rd.Focus = append([]workshop.FocusProgress(nil), rd.Focus...)
	for i, e := range r.values {
		v, ok, bad := typedNumber(e.Text, false, 1_000_000)
		if bad {
			problems = append(problems, fmt.Sprintf("%s: %q is not a number", rd.Focus[i].Title, strings.TrimSpace(e.Text)))
		} else if ok {
			rd.Focus[i].Value = &v
		}
	}
	for i, e := range r.counts {
		v, ok, bad := typedNumber(e.Text, true, workshop.MaxWeekCount)
		if bad {
			problems = append(problems, fmt.Sprintf("%s %q is not a whole number from 0 to %d", workshop.CountSources[i].CountQuestion(), strings.TrimSpace(e.Text), workshop.MaxWeekCount))
		} else if ok {
			if rd.Counts == nil {
				rd.Counts = map[workshop.Source]int{}
			}
			rd.Counts[workshop.CountSources[i]] = int(v)
		}
	}
	problems = append(problems, r.readPulse(&rd)...)
	if len(problems) > 0 {
		r.problem.SetText("Still to fill in: " + strings.Join(problems, "; ") + ".")
		r.problem.Show()
		return
	}
	r.a.AddRound(rd)
	r.save(r.a)
	r.done()
}

// readPulse reads the tallies typed in; a question left empty is not
// kept, and one counted in part counts the rest as none.
func (r *Reassess) readPulse(rd *workshop.Round) []string {
	var problems []string
	for i, es := range r.tallies {
		q := r.c.Pulse.Questions[i]
		t := make(workshop.Tally, len(es))
		typed := false
		for j, e := range es {
			v, ok, bad := typedNumber(e.Text, true, workshop.MaxTeamSize)
			switch {
			case bad:
				problems = append(problems, fmt.Sprintf("pulse question %d, %q: %q is not a number of people", i+1, r.c.Pulse.Options[j], strings.TrimSpace(e.Text)))
			case ok:
				t[j], typed = int(v), true
			}
		}
		if typed && t.Total() > 0 {
			if rd.Pulse == nil {
				rd.Pulse = map[string]workshop.Tally{}
			}
			rd.Pulse[q.ID] = t
		}
	}
	return problems
}

// typedNumber reads a count typed in: ok when there is one, bad when
// what is typed is not a number from 0 to most (a whole one when whole is
// set).
func typedNumber(s string, whole bool, most float64) (v float64, ok, bad bool) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ",", "."))
	if s == "" {
		return 0, false, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < 0 || v > most || (whole && v != float64(int(v))) {
		return 0, false, true
	}
	return v, true, false
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// joinAnd lists numbers for people: "3", "3 and 7", "3, 5 and 7".
func joinAnd(xs []string) string {
	if len(xs) == 1 {
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}
