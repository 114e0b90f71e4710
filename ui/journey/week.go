package journey

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/ui/widgets"
	"github.com/leadshift/leadshift/workshop"
)

// weekForm asks where the participant's hours go today and in 90 days,
// and the counts of a week that show whether they have become too
// necessary. The plan's goals take their baselines from it.
type weekForm struct {
	s *Session
	// hours holds the today and target entries by kind, counts the count
	// entries by source, for tests.
	hours  map[string][2]*widget.Entry
	counts map[workshop.Source]*widget.Entry
}

func newWeekForm(s *Session) *weekForm {
	return &weekForm{s: s, hours: map[string][2]*widget.Entry{}, counts: map[workshop.Source]*widget.Entry{}}
}

// number parses a whole number from 0 to most, or says what is wrong.
func number(text string, most int, unit string) (int, error) {
	v, err := strconv.Atoi(strings.TrimSpace(text))
	if err != nil || v < 0 || v > most {
		return 0, fmt.Errorf("type a whole number of %s, from 0 to %d", unit, most)
	}
	return v, nil
}

// numberEntry is an entry for a whole number: a valid number is stored,
// anything else stays on screen with a sentence saying what to type, and
// is not stored.
func numberEntry(value int, known bool, most int, unit string, store func(int)) *widget.Entry {
	e := &widget.Entry{PlaceHolder: "0"}
	if known {
		e.Text = strconv.Itoa(value)
	}
	e.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		_, err := number(s, most, unit)
		return err
	}
	e.OnChanged = func(s string) {
		if v, err := number(s, most, unit); err == nil {
			store(v)
		}
	}
	return e
}

// invalid says which numbers of the week are not numbers.
func (w *weekForm) invalid() []string {
	var out []string
	for label, pair := range w.hours {
		for _, e := range pair {
			if err := e.Validate(); err != nil {
				out = append(out, fmt.Sprintf("%s: \"%s\" is not a number; %s.", label, strings.TrimSpace(e.Text), err))
				break
			}
		}
	}
	for _, src := range slices.Concat(workshop.CountSources, workshop.BehaviourSources) {
		if e := w.counts[src]; e != nil && e.Validate() != nil {
			out = append(out, fmt.Sprintf("%s: \"%s\" is not a number; type how many, such as 4.", src.CountQuestion(), strings.TrimSpace(e.Text)))
		}
	}
	slices.Sort(out)
	return out
}

func (w *weekForm) view() fyne.CanvasObject {
	wk := &w.s.Answers.Week
	known := wk.Today.Total() > 0
	var hours, counts []*widget.FormItem
	var doing []fyne.CanvasObject
	for _, h := range []struct {
		label         string
		today, target *int
	}{
		{"Hands-on technical work", &wk.Today.Technical, &wk.Target.Technical},
		{"People: one-to-ones, coaching, feedback", &wk.Today.People, &wk.Target.People},
		{"Planning and priorities", &wk.Today.Planning, &wk.Target.Planning},
		{"Users, other teams, executives, vendors", &wk.Today.Stakeholders, &wk.Target.Stakeholders},
	} {
		today := numberEntry(*h.today, known, 168, "hours", func(v int) { *h.today = v; w.s.changed() })
		target := numberEntry(*h.target, wk.Target.Total() > 0, 168, "hours", func(v int) { *h.target = v; w.s.changed() })
		w.hours[h.label] = [2]*widget.Entry{today, target}
		hours = append(hours, widget.NewFormItem(h.label, container.NewGridWithColumns(2, widgets.WithMessage(today).Box, widgets.WithMessage(target).Box)))
	}
	for _, src := range slices.Concat(workshop.CountSources, workshop.BehaviourSources) {
		v, ok := wk.Counts[src]
		e := numberEntry(v, ok, 1000, "times", func(v int) {
			if wk.Counts == nil {
				wk.Counts = map[workshop.Source]int{}
			}
			wk.Counts[src] = v
			w.s.changed()
		})
		w.counts[src] = e
		if slices.Contains(workshop.BehaviourSources, src) {
			// Long questions wrap above their field rather than widen the form.
			doing = append(doing, widgets.Para(src.CountQuestion()), container.NewGridWithColumns(3, widgets.WithMessage(e).Box))
			continue
		}
		counts = append(counts, widget.NewFormItem(src.CountQuestion(), widgets.WithMessage(e).Box))
	}
	return container.NewVBox(widgets.Heading("My week"),
		widgets.Para("Where your working hours go in a normal week: today (left) and where you want them in 90 days (right). Rough numbers are fine."),
		widget.NewForm(hours...), widgets.Para("And three counts from the last weeks. Your plan measures progress against them."), widget.NewForm(counts...),
		widgets.Para("If you can, a few more counts of what you do as a lead. They are optional: your plan starts counting them from your first step either way, and a number here gives it a starting point."),
		container.NewVBox(doing...))
}
