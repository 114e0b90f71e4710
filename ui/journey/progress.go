package journey

import (
	"fmt"
	"slices"
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

// statusLabels name the action statuses for people, in ActionStatuses'
// order.
var statusLabels = []string{"Not started", "Started", "Done", "Blocked"}

// Progress is a check-in after the workshop: per focus area the indicator
// today against its baseline and target, how each action stands (and what
// blocks it), and a note. Saving adds a dated record to the plan's
// progress log; nothing earlier is changed.
type Progress struct {
	Content fyne.CanvasObject

	a         *workshop.Answers
	levels    []string // the pack's delegation levels
	draft     workshop.CheckIn
	handOvers []*handOver
	save      func(a *workshop.Answers) // keeps the answers with the new check-in
	done      func()                    // leaves the screen
	values    []*widget.Entry           // per focus area: the indicator today
	valueOK   []*widget.Label           // per focus area: what is wrong with the value
	status    [][]*widget.RadioGroup    // per focus area, per action
	why       [][]*widget.Entry         // per focus area, per action: what blocks it
	note      *widget.Entry
	manager   *widget.Entry
	problem   *widget.Label
	saveBtn   *widget.Button
}

// NewProgress shows the next check-in of a's plan (made with content c),
// dated today.
func NewProgress(c *workshop.Content, a *workshop.Answers, now time.Time, save func(a *workshop.Answers), done func()) *Progress {
	p := &Progress{a: a, save: save, done: done, levels: c.Delegation.Levels,
		draft:   a.DraftCheckIn(uuid.NewString(), now.Format(workshop.DateLayout)),
		problem: &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}}
	p.problem.Hide()
	objs := []fyne.CanvasObject{widgets.Heading(p.title()), widgets.Para(lastCheckIn(a))}
	if log := progressLog(a); log != nil {
		objs = append(objs, log)
	}
	for i := range p.draft.Focus {
		objs = append(objs, p.focusCard(i))
	}
	if rows := p.handOversCard(); rows != nil {
		objs = append(objs, rows)
	}
	p.note = widgets.TextEntry("", "What went well, what got in the way, what you will do next", true, nil)
	p.manager = widgets.TextEntry("", "What your manager said, if you talked (optional)", true, nil)
	p.saveBtn = &widget.Button{Text: "Save this check-in", Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: p.onSave}
	objs = append(objs,
		widget.NewCard("Note", "", p.note),
		widget.NewCard("My manager's note", "", p.manager),
		p.problem,
		container.NewHBox(&widget.Button{Text: "Back", Icon: theme.NavigateBackIcon(), OnTapped: done}, p.saveBtn))
	p.Content = widgets.Scroll(objs...)
	return p
}

// title names the check-in and when it was due.
func (p *Progress) title() string {
	if r := p.draft.Review; r > 0 && r <= len(workshop.ReviewDays) && r <= len(p.a.Plan.Reviews) {
		return fmt.Sprintf("Check-in, day %d of your plan (due %s)", workshop.ReviewDays[r-1], workshop.Long(p.a.Plan.Reviews[r-1]))
	}
	return "Check-in on your plan"
}

// lastCheckIn says when the progress log last filled in.
func lastCheckIn(a *workshop.Answers) string {
	if len(a.CheckIns) == 0 {
		return "Your first check-in. Count each indicator as the goal says, and say how each action stands."
	}
	last := a.CheckIns[len(a.CheckIns)-1]
	return fmt.Sprintf("Your last check-in was on %s; %d in your progress log so far. Nothing you recorded then changes.", workshop.Long(last.Date), len(a.CheckIns))
}

func (p *Progress) focusCard(i int) fyne.CanvasObject {
	f := p.draft.Focus[i]
	goal := p.a.Plan.Focus[i].Goal
	value := widgets.TextEntry("", "Today, as a number", false, nil)
	valueOK := &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	valueOK.Hide()
	p.values, p.valueOK = append(p.values, value), append(p.valueOK, valueOK)
	measure := fmt.Sprintf("%s: %s at the workshop, %s aimed at", widgets.OrDash(goal.Measurable), orUnset(goal.Baseline), orUnset(goal.Target))
	items := []*widget.FormItem{widget.NewFormItem("Today", container.NewVBox(value, valueOK))}
	var radios []*widget.RadioGroup
	var whys []*widget.Entry
	for j, act := range f.Actions {
		why := widgets.TextEntry(act.Why, "What blocks it", false, nil)
		r := &widget.RadioGroup{Options: statusLabels, Horizontal: true, Selected: statusLabel(act.Status)}
		r.OnChanged = func(string) { showWhy(r, why) }
		showWhy(r, why)
		radios, whys = append(radios, r), append(whys, why)
		items = append(items, widget.NewFormItem(fmt.Sprintf("Action %d", j+1), container.NewVBox(widgets.Para(act.Text), r, why)))
	}
	p.status, p.why = append(p.status, radios), append(p.why, whys)
	return widget.NewCard(f.Title, measure, widget.NewForm(items...))
}

// showWhy shows the blocker's field for a blocked action only.
func showWhy(r *widget.RadioGroup, why *widget.Entry) {
	if r.Selected == statusLabels[3] {
		why.Show()
	} else {
		why.Hide()
	}
}

func orUnset(s string) string {
	if strings.TrimSpace(s) == "" {
		return "not set"
	}
	return s
}

func statusLabel(s workshop.ActionStatus) string {
	return statusLabels[max(0, slices.Index(workshop.ActionStatuses, s))]
}

// onSave checks the check-in, says on each field what is wrong, and adds
// it to the progress log only when nothing is.
func (p *Progress) onSave() {
	c := p.draft
	c.Focus = slices.Clone(p.draft.Focus)
	var problems []string
	for i := range c.Focus {
		f := &c.Focus[i]
		p.valueOK[i].Hide()
		if text := strings.TrimSpace(p.values[i].Text); text != "" {
			v, err := strconv.ParseFloat(strings.ReplaceAll(text, ",", "."), 64)
			if err != nil || v < 0 || v > 1_000_000 {
				p.valueOK[i].SetText(fmt.Sprintf("%q is not a number: write what you counted, such as 4.", text))
				p.valueOK[i].Show()
				problems = append(problems, f.Title+": today's count")
			} else {
				f.Value = &v
			}
		}
		f.Actions = append([]workshop.ActionProgress(nil), f.Actions...)
		for j := range f.Actions {
			act := &f.Actions[j]
			act.Status = workshop.ActionStatuses[max(0, slices.Index(statusLabels, p.status[i][j].Selected))]
			act.Why = ""
			if act.Status == workshop.ActionBlocked {
				act.Why = strings.TrimSpace(p.why[i][j].Text)
				if act.Why == "" {
					problems = append(problems, fmt.Sprintf("%s: what blocks action %d", f.Title, j+1))
				}
			}
		}
	}
	rowProblems, recordHandOvers := p.handOverChanges(c.Date)
	problems = append(problems, rowProblems...)
	if len(problems) > 0 {
		p.problem.SetText("Still to fill in: " + strings.Join(problems, "; ") + ".")
		p.problem.Show()
		return
	}
	c.Note, c.ManagerNote = strings.TrimSpace(p.note.Text), strings.TrimSpace(p.manager.Text)
	if err := p.a.CanAdd(c); err != nil {
		p.problem.SetText(strings.ToUpper(err.Error()[:1]) + err.Error()[1:] + ".")
		p.problem.Show()
		return
	}
	recordHandOvers()
	p.a.AddCheckIn(c)
	p.save(p.a)
	p.done()
}
